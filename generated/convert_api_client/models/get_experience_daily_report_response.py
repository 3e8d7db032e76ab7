from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_experience_daily_report_response_data import (
        GetExperienceDailyReportResponseData,
    )


class GetExperienceDailyReportResponse(
    Model,
):
    """Daily performance report of an experience, wrapped in `data`.

    Attributes:
        data (GetExperienceDailyReportResponseData | Unset): Day-by-day metrics per variation for the requested goal.
            The reference collapses this object and does not list its fields.
    """

    data: GetExperienceDailyReportResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_experience_daily_report_response_data import (
    GetExperienceDailyReportResponseData,
)
