from __future__ import annotations

from typing import Any, TypeAlias

RemoveExperienceReportEventTypeTransaction: TypeAlias = dict[str, Any]
""" Targets 'transaction' events; specific goals can be targeted and revenue_start_value / revenue_end_value can filter
by revenue amount for deletion. The reference collapses this object and does not list its fields.

 """
