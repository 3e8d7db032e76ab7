from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_experience_raw_data_events import ExportExperienceRawDataEvents
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reporting_segments_filters import ReportingSegmentsFilters
    from ..models.se_proc_settings import SEProcSettings


T = TypeVar("T", bound="ExportExperienceRawDataRequest")


@_attrs_define
class ExportExperienceRawDataRequest:
    """Parameters for requesting an export of raw, event-level tracking data.

    Attributes:
        events (list[ExportExperienceRawDataEvents] | Unset): List of events to export
        goals (list[int] | Unset): A list of goal Id's for which to return the tracking data.

            If no ID is provided, the list of goals attached to the experience is being used.
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

    events: list[ExportExperienceRawDataEvents] | Unset = UNSET
    goals: list[int] | Unset = UNSET
    utc_offset: int | Unset = UNSET
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    segments: ReportingSegmentsFilters | Unset = UNSET
    stats_engine_processing: SEProcSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        goals: list[int] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = self.goals

        utc_offset = self.utc_offset

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        segments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = self.segments.to_dict()

        stats_engine_processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats_engine_processing, Unset):
            stats_engine_processing = self.stats_engine_processing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if goals is not UNSET:
            field_dict["goals"] = goals
        if utc_offset is not UNSET:
            field_dict["utc_offset"] = utc_offset
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if segments is not UNSET:
            field_dict["segments"] = segments
        if stats_engine_processing is not UNSET:
            field_dict["stats_engine_processing"] = stats_engine_processing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[ExportExperienceRawDataEvents] | Unset = UNSET
        if _events is not UNSET:
            if not isinstance(_events, list):
                raise TypeError(
                    f"events: expected a list, got {type(_events).__name__}"
                )
            events = []
            for events_item_data in _events:
                events_item = ExportExperienceRawDataEvents(events_item_data)

                events.append(events_item)

        goals = cast(list[int], d.pop("goals", UNSET))

        utc_offset = d.pop("utc_offset", UNSET)

        def _parse_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

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

        export_experience_raw_data_request = cls(
            events=events,
            goals=goals,
            utc_offset=utc_offset,
            start_time=start_time,
            end_time=end_time,
            segments=segments,
            stats_engine_processing=stats_engine_processing,
        )

        export_experience_raw_data_request.additional_properties = d
        return export_experience_raw_data_request

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
from ..models.reporting_segments_filters import ReportingSegmentsFilters
from ..models.se_proc_settings import SEProcSettings
