from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_data_event_types import LiveDataEventTypes
from ..models.live_data_expand_fields import LiveDataExpandFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_account_live_data_request_segments_type_0 import (
        GetAccountLiveDataRequestSegmentsType0,
    )


T = TypeVar("T", bound="GetAccountLiveDataRequest")


@_attrs_define
class GetAccountLiveDataRequest:
    """
    Attributes:
        event_types (list[LiveDataEventTypes] | None | Unset): Event types to get data by.
        projects (list[int] | None | Unset): List of projects id to get data by
        segments (GetAccountLiveDataRequestSegmentsType0 | None | Unset): A collection of filters used to segment
            experience report data based on various visitor attributes and traffic sources. Applying these filters allows
            for deeper analysis of how different user groups interact with experience variations. Knowledge Base: "Using
            Basic and Advanced Post segmentation".
        expand (list[LiveDataExpandFields] | None | Unset): Specifies linked objects to expand in the live data
            response. Refer to the Expanding Fields section.
    """

    event_types: list[LiveDataEventTypes] | None | Unset = UNSET
    projects: list[int] | None | Unset = UNSET
    segments: GetAccountLiveDataRequestSegmentsType0 | None | Unset = UNSET
    expand: list[LiveDataExpandFields] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_types: list[str] | None | Unset
        if isinstance(self.event_types, Unset):
            event_types = UNSET
        elif isinstance(self.event_types, list):
            event_types = []
            for event_types_type_0_item_data in self.event_types:
                event_types_type_0_item = event_types_type_0_item_data.value
                event_types.append(event_types_type_0_item)

        else:
            event_types = self.event_types

        projects: list[int] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, list):
            projects = self.projects

        else:
            projects = self.projects

        segments: dict[str, Any] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, GetAccountLiveDataRequestSegmentsType0):
            segments = self.segments.to_dict()
        else:
            segments = self.segments

        expand: list[str] | None | Unset
        if isinstance(self.expand, Unset):
            expand = UNSET
        elif isinstance(self.expand, list):
            expand = []
            for expand_type_0_item_data in self.expand:
                expand_type_0_item = expand_type_0_item_data.value
                expand.append(expand_type_0_item)

        else:
            expand = self.expand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if projects is not UNSET:
            field_dict["projects"] = projects
        if segments is not UNSET:
            field_dict["segments"] = segments
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_event_types(data: object) -> list[LiveDataEventTypes] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                event_types_type_0 = []
                _event_types_type_0 = data
                if not isinstance(_event_types_type_0, list):
                    raise TypeError(
                        f"event_types_type_0: expected a list, got {type(_event_types_type_0).__name__}"
                    )
                for event_types_type_0_item_data in _event_types_type_0:
                    event_types_type_0_item = LiveDataEventTypes(
                        event_types_type_0_item_data
                    )

                    event_types_type_0.append(event_types_type_0_item)

                return event_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LiveDataEventTypes] | None | Unset, data)

        event_types = _parse_event_types(d.pop("event_types", UNSET))

        def _parse_projects(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                projects_type_0 = cast(list[int], data)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        projects = _parse_projects(d.pop("projects", UNSET))

        def _parse_segments(
            data: object,
        ) -> GetAccountLiveDataRequestSegmentsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segments_type_0 = GetAccountLiveDataRequestSegmentsType0.from_dict(data)

                return segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetAccountLiveDataRequestSegmentsType0 | None | Unset, data)

        segments = _parse_segments(d.pop("segments", UNSET))

        def _parse_expand(data: object) -> list[LiveDataExpandFields] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expand_type_0 = []
                _expand_type_0 = data
                if not isinstance(_expand_type_0, list):
                    raise TypeError(
                        f"expand_type_0: expected a list, got {type(_expand_type_0).__name__}"
                    )
                for expand_type_0_item_data in _expand_type_0:
                    expand_type_0_item = LiveDataExpandFields(expand_type_0_item_data)

                    expand_type_0.append(expand_type_0_item)

                return expand_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LiveDataExpandFields] | None | Unset, data)

        expand = _parse_expand(d.pop("expand", UNSET))

        get_account_live_data_request = cls(
            event_types=event_types,
            projects=projects,
            segments=segments,
            expand=expand,
        )

        get_account_live_data_request.additional_properties = d
        return get_account_live_data_request

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
from ..models.get_account_live_data_request_segments_type_0 import (
    GetAccountLiveDataRequestSegmentsType0,
)
