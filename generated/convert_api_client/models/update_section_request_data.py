from __future__ import annotations

from typing import Any, TypeAlias

UpdateSectionRequestData: TypeAlias = dict[str, Any]
