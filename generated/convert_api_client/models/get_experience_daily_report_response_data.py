from __future__ import annotations

from typing import Any, TypeAlias

GetExperienceDailyReportResponseData: TypeAlias = dict[str, Any]
""" Day-by-day metrics per variation for the requested goal. The reference collapses this object and does not list its
fields.

 """
