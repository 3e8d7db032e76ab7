from __future__ import annotations

from typing import Any, TypeAlias

GetProjectHistoryResponseDataItem: TypeAlias = dict[str, Any]
