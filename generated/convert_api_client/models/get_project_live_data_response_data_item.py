from __future__ import annotations

from typing import Any, TypeAlias

GetProjectLiveDataResponseDataItem: TypeAlias = dict[str, Any]
