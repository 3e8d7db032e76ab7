from __future__ import annotations

from typing import Any, TypeAlias

GetExperienceLiveDataResponseDataItem: TypeAlias = dict[str, Any]
