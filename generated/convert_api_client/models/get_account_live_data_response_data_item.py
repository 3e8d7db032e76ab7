from __future__ import annotations

from typing import Any, TypeAlias

GetAccountLiveDataResponseDataItem: TypeAlias = dict[str, Any]
""" A tracking event. The reference does not detail its fields.

 """
