from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_experience_aggregated_report_response_data import (
        GetExperienceAggregatedReportResponseData,
    )


class GetExperienceAggregatedReportResponse(
    Model,
):
    """Aggregated performance report of an experience, wrapped in `data`.

    Attributes:
        data (GetExperienceAggregatedReportResponseData | Unset): Aggregated data per variation for each reported goal
            (visitor counts, conversions, conversion rates, improvement percentages, statistical confidence or chance to
            win). The reference collapses this object and does not list its fields.
    """

    data: GetExperienceAggregatedReportResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_experience_aggregated_report_response_data import (
    GetExperienceAggregatedReportResponseData,
)
