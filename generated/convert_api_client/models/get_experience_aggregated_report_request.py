from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.metric_types import MetricTypes
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.reporting_segments_filters import ReportingSegmentsFilters
    from ..models.se_proc_settings import SEProcSettings


class GetExperienceAggregatedReportRequest(
    Model,
    omit_defaults=False,
):
    """Parameters to customize the aggregated performance report for an experience: reporting period (start_time, end_time,
    utc_offset), segments filters, statistical engine settings, and optionally the goals and metrics to report on.

        Attributes:
            goals (list[int] | Unset): A list of goal Id's for which to return the reporting data.

                If no ID is provided, the list of goals attached to the experience is being used.
            metrics (list[MetricTypes] | Unset): The list of metrics to return. If not provided, all available metrics will
                be returned.
            utc_offset (int | Unset): The time offset from Coordinated Universal Time (UTC) in seconds. For example, UTC-5
                (EST) would be -18000. UTC+2 would be 7200. Used for interpreting or displaying date/time information according
                to a specific timezone.
            start_time (float | None | Unset): Unix timestamp (seconds since epoch) for the beginning of the reporting
                period. If null, data from the experience start is typically used. Should be interpreted with utc_offset.
            end_time (float | None | Unset): Unix timestamp (seconds since epoch) for the end of the reporting period. If
                null, data up to the current time is typically used. Should be interpreted with utc_offset.
            segments (ReportingSegmentsFilters | Unset): A collection of filters used to segment experience report data
                based on various visitor attributes and traffic sources. Applying these filters allows for deeper analysis of
                how different user groups interact with experience variations. Knowledge Base: "Using Basic and Advanced Post
                segmentation".
            stats_engine_processing (SEProcSettings | Unset): Overall settings for the statistical engine processing results
                for this experience (e.g. confidence level, test type one-tail/two-tails, MAB strategy and MDE for Frequentist;
                decision/risk thresholds for Bayesian).
    """

    goals: list[int] | UnsetType = UNSET
    metrics: list[MetricTypes] | UnsetType = UNSET
    utc_offset: int | UnsetType = UNSET
    start_time: float | None | UnsetType = UNSET
    end_time: float | None | UnsetType = UNSET
    segments: ReportingSegmentsFilters | UnsetType = UNSET
    stats_engine_processing: SEProcSettings | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.reporting_segments_filters import ReportingSegmentsFilters
from ..models.se_proc_settings import SEProcSettings
