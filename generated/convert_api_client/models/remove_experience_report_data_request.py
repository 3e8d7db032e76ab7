from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.remove_experience_report_event_type_conversion import (
        RemoveExperienceReportEventTypeConversion,
    )
    from ..models.remove_experience_report_event_type_transaction import (
        RemoveExperienceReportEventTypeTransaction,
    )
    from ..models.remove_experience_report_event_type_view_experience import (
        RemoveExperienceReportEventTypeViewExperience,
    )
    from ..models.reporting_segments_filters import ReportingSegmentsFilters
    from ..models.se_proc_settings import SEProcSettings


class RemoveExperienceReportDataRequest(
    Model,
    omit_defaults=False,
):
    """Parameters for removing specific data from an experience's report.

    Attributes:
        start_time (float | None): Unix timestamp (seconds since epoch) for the beginning of the reporting period. If
            null, data from the experience start is typically used. Should be interpreted with utc_offset.
        end_time (float | None): Unix timestamp (seconds since epoch) for the end of the reporting period. If null, data
            up to the current time is typically used. Should be interpreted with utc_offset.
        utc_offset (int | Unset): The time offset from Coordinated Universal Time (UTC) in seconds. For example, UTC-5
            (EST) would be -18000. UTC+2 would be 7200. Used for interpreting or displaying date/time information according
            to a specific timezone.
        segments (ReportingSegmentsFilters | Unset): A collection of filters used to segment experience report data
            based on various visitor attributes and traffic sources. Applying these filters allows for deeper analysis of
            how different user groups interact with experience variations. Knowledge Base: "Using Basic and Advanced Post
            segmentation".
        stats_engine_processing (SEProcSettings | Unset): Overall settings for the statistical engine processing results
            for this experience (e.g. confidence level, test type one-tail/two-tails, MAB strategy and MDE for Frequentist;
            decision/risk thresholds for Bayesian).
        events (list[RemoveExperienceReportEventTypeConversion | RemoveExperienceReportEventTypeTransaction |
            RemoveExperienceReportEventTypeViewExperience] | Unset): List of the events that would be targeted by the delete
            operation. If not provided, all the events would be targeted.
        simulate (bool | Unset): When simulate - true is passed, it will only return back an object with the numbers of
            how many records will be deleted, instead of deleting any records Default: True.
    """

    start_time: float | None
    end_time: float | None
    utc_offset: int | UnsetType = UNSET
    segments: ReportingSegmentsFilters | UnsetType = UNSET
    stats_engine_processing: SEProcSettings | UnsetType = UNSET
    events: (
        list[
            RemoveExperienceReportEventTypeConversion
            | RemoveExperienceReportEventTypeTransaction
            | RemoveExperienceReportEventTypeViewExperience
        ]
        | UnsetType
    ) = UNSET
    simulate: bool = True


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.remove_experience_report_event_type_conversion import (
    RemoveExperienceReportEventTypeConversion,
)
from ..models.remove_experience_report_event_type_transaction import (
    RemoveExperienceReportEventTypeTransaction,
)
from ..models.remove_experience_report_event_type_view_experience import (
    RemoveExperienceReportEventTypeViewExperience,
)
from ..models.reporting_segments_filters import ReportingSegmentsFilters
from ..models.se_proc_settings import SEProcSettings
