from __future__ import annotations

from typing import Any, TypeAlias

GetExperienceDailyTrafficAllocationResponseData: TypeAlias = dict[str, Any]
""" Day-by-day traffic allocation percentages per variation. The reference collapses this object and does not list its
fields.

 """
