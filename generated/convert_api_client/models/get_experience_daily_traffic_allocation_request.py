from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetExperienceDailyTrafficAllocationRequest")


@_attrs_define
class GetExperienceDailyTrafficAllocationRequest:
    """Date range for the daily traffic allocation data.

    Attributes:
        utc_offset (int | Unset): The time offset from Coordinated Universal Time (UTC) in seconds. For example, UTC-5
            (EST) would be -18000. UTC+2 would be 7200. Used for interpreting or displaying date/time information according
            to a specific timezone.
        start_time (float | None | Unset): Unix timestamp (seconds since epoch) for the beginning of the reporting
            period. If null, data from the experience start is typically used. Should be interpreted with utc_offset.
        end_time (float | None | Unset): Unix timestamp (seconds since epoch) for the end of the reporting period. If
            null, data up to the current time is typically used. Should be interpreted with utc_offset.
    """

    utc_offset: int | Unset = UNSET
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if utc_offset is not UNSET:
            field_dict["utc_offset"] = utc_offset
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        get_experience_daily_traffic_allocation_request = cls(
            utc_offset=utc_offset,
            start_time=start_time,
            end_time=end_time,
        )

        get_experience_daily_traffic_allocation_request.additional_properties = d
        return get_experience_daily_traffic_allocation_request

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
