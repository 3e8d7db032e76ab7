from __future__ import annotations

from typing import Any, TypeAlias

GetLocationsPresetsResponseDataItem: TypeAlias = dict[str, Any]
