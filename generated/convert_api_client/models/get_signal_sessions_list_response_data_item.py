from __future__ import annotations

from typing import Any, TypeAlias

GetSignalSessionsListResponseDataItem: TypeAlias = dict[str, Any]
