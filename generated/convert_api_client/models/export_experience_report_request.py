from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.export_experience_report_request_data_type import (
    ExportExperienceReportRequestDataType,
)
from ..models.export_experience_report_request_report_type import (
    ExportExperienceReportRequestReportType,
)
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.reporting_segments_filters import ReportingSegmentsFilters
    from ..models.se_proc_settings import SEProcSettings


class ExportExperienceReportRequest(
    Model,
    omit_defaults=False,
):
    """Parameters for exporting an experience report.

    Attributes:
        report_type (ExportExperienceReportRequestReportType | Unset): Type of the exported report:

            * csv_aggregated - export in CSV format the number of visitors and metrics values aggregated per variation for
            the whole reported period
            * csv_daily - export in CSV format the number of visitors and metrics values per day, per variation for the
            whole reported period Default: ExportExperienceReportRequestReportType.CSV_AGGREGATED.
        data_type (ExportExperienceReportRequestDataType | Unset): Type of data the exported report (csv_daily only)
            Default: ExportExperienceReportRequestDataType.NON_CUMULATIVE.
        goals (list[int] | Unset): A list of goal Id's for which to return the reporting data.

            If no ID is provided, the list of goals attached to the experience is being used.

            Max 10 goals at one time available for csv_daily type.
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

    report_type: ExportExperienceReportRequestReportType = (
        ExportExperienceReportRequestReportType.CSV_AGGREGATED
    )
    data_type: ExportExperienceReportRequestDataType = (
        ExportExperienceReportRequestDataType.NON_CUMULATIVE
    )
    goals: list[int] | UnsetType = UNSET
    utc_offset: int | UnsetType = UNSET
    start_time: float | None | UnsetType = UNSET
    end_time: float | None | UnsetType = UNSET
    segments: ReportingSegmentsFilters | UnsetType = UNSET
    stats_engine_processing: SEProcSettings | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.reporting_segments_filters import ReportingSegmentsFilters
from ..models.se_proc_settings import SEProcSettings
