from __future__ import annotations

from typing import Any, TypeAlias

GetExperienceHistoryResponseDataItem: TypeAlias = dict[str, Any]
