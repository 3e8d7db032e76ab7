from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.daily_report_metrics import DailyReportMetrics
from ..models.daily_report_types import DailyReportTypes
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.get_experience_daily_report_request_segments import (
        GetExperienceDailyReportRequestSegments,
    )
    from ..models.se_proc_settings import SEProcSettings


class GetExperienceDailyReportRequest(
    Model,
    omit_defaults=False,
):
    """Parameters to customize the daily performance report: the goal, the report type (cumulative or non_cumulative) and
    the metric, plus reporting period and segments filters.

        Attributes:
            goal (float | Unset): Goal's ID for which to return the reporting data
            report_type (DailyReportTypes | Unset): Determines how daily data is aggregated in time-series reports.
            metric (DailyReportMetrics | Unset): The specific performance metric to be displayed in a daily report.
            segments (GetExperienceDailyReportRequestSegments | Unset): A collection of filters used to segment experience
                report data based on various visitor attributes and traffic sources. Applying these filters allows for deeper
                analysis of how different user groups interact with experience variations. Knowledge Base: "Using Basic and
                Advanced Post segmentation".
            utc_offset (int | Unset): The time offset from Coordinated Universal Time (UTC) in seconds. For example, UTC-5
                (EST) would be -18000. UTC+2 would be 7200. Used for interpreting or displaying date/time information according
                to a specific timezone.
            start_time (float | None | Unset): Unix timestamp (seconds since epoch) for the beginning of the reporting
                period. If null, data from the experience start is typically used. Should be interpreted with utc_offset.
            end_time (float | None | Unset): Unix timestamp (seconds since epoch) for the end of the reporting period. If
                null, data up to the current time is typically used. Should be interpreted with utc_offset.
            stats_engine_processing (SEProcSettings | Unset): Overall settings for the statistical engine processing results
                for this experience (e.g. confidence level, test type one-tail/two-tails, MAB strategy and MDE for Frequentist;
                decision/risk thresholds for Bayesian).
    """

    goal: float | UnsetType = UNSET
    report_type: DailyReportTypes | UnsetType = UNSET
    metric: DailyReportMetrics | UnsetType = UNSET
    segments: GetExperienceDailyReportRequestSegments | UnsetType = UNSET
    utc_offset: int | UnsetType = UNSET
    start_time: float | None | UnsetType = UNSET
    end_time: float | None | UnsetType = UNSET
    stats_engine_processing: SEProcSettings | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_experience_daily_report_request_segments import (
    GetExperienceDailyReportRequestSegments,
)
from ..models.se_proc_settings import SEProcSettings
