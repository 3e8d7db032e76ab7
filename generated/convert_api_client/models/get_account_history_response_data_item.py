from __future__ import annotations

from typing import Any, TypeAlias

GetAccountHistoryResponseDataItem: TypeAlias = dict[str, Any]
""" A change history entry. The reference does not detail its fields.

 """
