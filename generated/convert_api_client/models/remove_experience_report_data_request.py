from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="RemoveExperienceReportDataRequest")


@_attrs_define
class RemoveExperienceReportDataRequest:
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
    utc_offset: int | Unset = UNSET
    segments: ReportingSegmentsFilters | Unset = UNSET
    stats_engine_processing: SEProcSettings | Unset = UNSET
    events: (
        list[
            RemoveExperienceReportEventTypeConversion
            | RemoveExperienceReportEventTypeTransaction
            | RemoveExperienceReportEventTypeViewExperience
        ]
        | Unset
    ) = UNSET
    simulate: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: float | None
        start_time = self.start_time

        end_time: float | None
        end_time = self.end_time

        utc_offset = self.utc_offset

        segments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = self.segments.to_dict()

        stats_engine_processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats_engine_processing, Unset):
            stats_engine_processing = self.stats_engine_processing.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: dict[str, Any]
                if isinstance(
                    events_item_data, RemoveExperienceReportEventTypeViewExperience
                ) or isinstance(
                    events_item_data, RemoveExperienceReportEventTypeConversion
                ):
                    events_item = events_item_data.to_dict()
                else:
                    events_item = events_item_data.to_dict()

                events.append(events_item)

        simulate = self.simulate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if utc_offset is not UNSET:
            field_dict["utc_offset"] = utc_offset
        if segments is not UNSET:
            field_dict["segments"] = segments
        if stats_engine_processing is not UNSET:
            field_dict["stats_engine_processing"] = stats_engine_processing
        if events is not UNSET:
            field_dict["events"] = events
        if simulate is not UNSET:
            field_dict["simulate"] = simulate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_start_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        start_time = _parse_start_time(d.pop("start_time"))

        def _parse_end_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        end_time = _parse_end_time(d.pop("end_time"))

        utc_offset = d.pop("utc_offset", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: ReportingSegmentsFilters | Unset
        if isinstance(_segments, Unset):
            segments = UNSET
        else:
            segments = ReportingSegmentsFilters.from_dict(_segments)

        _stats_engine_processing = d.pop("stats_engine_processing", UNSET)
        stats_engine_processing: SEProcSettings | Unset
        if isinstance(_stats_engine_processing, Unset):
            stats_engine_processing = UNSET
        else:
            stats_engine_processing = SEProcSettings.from_dict(_stats_engine_processing)

        _events = d.pop("events", UNSET)
        events: (
            list[
                RemoveExperienceReportEventTypeConversion
                | RemoveExperienceReportEventTypeTransaction
                | RemoveExperienceReportEventTypeViewExperience
            ]
            | Unset
        ) = UNSET
        if _events is not UNSET:
            if not isinstance(_events, list):
                raise TypeError(
                    f"events: expected a list, got {type(_events).__name__}"
                )
            events = []
            for events_item_data in _events:

                def _parse_events_item(
                    data: object,
                ) -> (
                    RemoveExperienceReportEventTypeConversion
                    | RemoveExperienceReportEventTypeTransaction
                    | RemoveExperienceReportEventTypeViewExperience
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        events_item_type_0 = (
                            RemoveExperienceReportEventTypeViewExperience.from_dict(
                                data
                            )
                        )

                        return events_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        events_item_type_1 = (
                            RemoveExperienceReportEventTypeConversion.from_dict(data)
                        )

                        return events_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    events_item_type_2 = (
                        RemoveExperienceReportEventTypeTransaction.from_dict(data)
                    )

                    return events_item_type_2

                events_item = _parse_events_item(events_item_data)

                events.append(events_item)

        simulate = d.pop("simulate", UNSET)

        remove_experience_report_data_request = cls(
            start_time=start_time,
            end_time=end_time,
            utc_offset=utc_offset,
            segments=segments,
            stats_engine_processing=stats_engine_processing,
            events=events,
            simulate=simulate,
        )

        remove_experience_report_data_request.additional_properties = d
        return remove_experience_report_data_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
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
