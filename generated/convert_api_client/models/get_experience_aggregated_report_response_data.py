from __future__ import annotations

from typing import Any, TypeAlias

GetExperienceAggregatedReportResponseData: TypeAlias = dict[str, Any]
""" Aggregated data per variation for each reported goal (visitor counts, conversions, conversion rates, improvement
percentages, statistical confidence or chance to win). The reference collapses this object and does not list its
fields.

 """
