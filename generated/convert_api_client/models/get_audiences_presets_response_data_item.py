from __future__ import annotations

from typing import Any, TypeAlias

GetAudiencesPresetsResponseDataItem: TypeAlias = dict[str, Any]
