from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_signal_sessions_list_request_browser_type_0 import (
        GetSignalSessionsListRequestBrowserType0,
    )
    from ..models.get_signal_sessions_list_request_country_type_0 import (
        GetSignalSessionsListRequestCountryType0,
    )
    from ..models.get_signal_sessions_list_request_devices_type_0 import (
        GetSignalSessionsListRequestDevicesType0,
    )
    from ..models.get_signal_sessions_list_request_duration_type_0 import (
        GetSignalSessionsListRequestDurationType0,
    )
    from ..models.get_signal_sessions_list_request_experience import (
        GetSignalSessionsListRequestExperience,
    )
    from ..models.get_signal_sessions_list_request_os import (
        GetSignalSessionsListRequestOs,
    )
    from ..models.get_signal_sessions_list_request_page_count_type_0 import (
        GetSignalSessionsListRequestPageCountType0,
    )


T = TypeVar("T", bound="GetSignalSessionsListRequest")


@_attrs_define
class GetSignalSessionsListRequest:
    """
    Attributes:
        start_time (float | None | Unset): Unix timestamp (seconds since epoch, UTC) marking the beginning of the time
            range. If null, implies from the beginning of data.
        end_time (float | None | Unset): Unix timestamp (seconds since epoch, UTC) marking the end of the time range. If
            null, implies up to the current time.
        utc_offset (int | Unset): The time offset from Coordinated Universal Time (UTC) in seconds. For example, UTC-5
            (EST) would be -18000. UTC+2 would be 7200. Used for interpreting or displaying date/time information according
            to a specific timezone.
        page (int | Unset): The page number for paginated results, starting at 1.
        results_per_page (int | None | Unset): Specifies the maximum number of items to return in a single page of
            results. Default is 30, maximum is 50.
        only_count (bool | Unset): If true, the response only carries `extra.pagination.items_count` and no items.
        experience (GetSignalSessionsListRequestExperience | Unset):
        location_id (int | Unset): The ID of the location to filter by
        starred (str | Unset):
        watched (str | Unset):
        country (GetSignalSessionsListRequestCountryType0 | None | Unset):
        os (GetSignalSessionsListRequestOs | Unset):
        browser (GetSignalSessionsListRequestBrowserType0 | None | Unset):
        devices (GetSignalSessionsListRequestDevicesType0 | None | Unset):
        contains_page (str | Unset):
        not_contains_page (str | Unset):
        duration (GetSignalSessionsListRequestDurationType0 | None | Unset): The duration of the signal session in
            seconds
        page_count (GetSignalSessionsListRequestPageCountType0 | None | Unset):
        entry_page (str | Unset):
        exit_page (str | Unset):
        referrer_ur_ls (list[str] | Unset):
        traffic_channels (list[str] | Unset):
        ad_campaign_labels (list[str] | Unset):
        recording_id (str | Unset):
    """

    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    utc_offset: int | Unset = UNSET
    page: int | Unset = UNSET
    results_per_page: int | None | Unset = UNSET
    only_count: bool | Unset = UNSET
    experience: GetSignalSessionsListRequestExperience | Unset = UNSET
    location_id: int | Unset = UNSET
    starred: str | Unset = UNSET
    watched: str | Unset = UNSET
    country: GetSignalSessionsListRequestCountryType0 | None | Unset = UNSET
    os: GetSignalSessionsListRequestOs | Unset = UNSET
    browser: GetSignalSessionsListRequestBrowserType0 | None | Unset = UNSET
    devices: GetSignalSessionsListRequestDevicesType0 | None | Unset = UNSET
    contains_page: str | Unset = UNSET
    not_contains_page: str | Unset = UNSET
    duration: GetSignalSessionsListRequestDurationType0 | None | Unset = UNSET
    page_count: GetSignalSessionsListRequestPageCountType0 | None | Unset = UNSET
    entry_page: str | Unset = UNSET
    exit_page: str | Unset = UNSET
    referrer_ur_ls: list[str] | Unset = UNSET
    traffic_channels: list[str] | Unset = UNSET
    ad_campaign_labels: list[str] | Unset = UNSET
    recording_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        utc_offset = self.utc_offset

        page = self.page

        results_per_page: int | None | Unset
        if isinstance(self.results_per_page, Unset):
            results_per_page = UNSET
        else:
            results_per_page = self.results_per_page

        only_count = self.only_count

        experience: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experience, Unset):
            experience = self.experience.to_dict()

        location_id = self.location_id

        starred = self.starred

        watched = self.watched

        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, GetSignalSessionsListRequestCountryType0):
            country = self.country.to_dict()
        else:
            country = self.country

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        browser: dict[str, Any] | None | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        elif isinstance(self.browser, GetSignalSessionsListRequestBrowserType0):
            browser = self.browser.to_dict()
        else:
            browser = self.browser

        devices: dict[str, Any] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, GetSignalSessionsListRequestDevicesType0):
            devices = self.devices.to_dict()
        else:
            devices = self.devices

        contains_page = self.contains_page

        not_contains_page = self.not_contains_page

        duration: dict[str, Any] | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, GetSignalSessionsListRequestDurationType0):
            duration = self.duration.to_dict()
        else:
            duration = self.duration

        page_count: dict[str, Any] | None | Unset
        if isinstance(self.page_count, Unset):
            page_count = UNSET
        elif isinstance(self.page_count, GetSignalSessionsListRequestPageCountType0):
            page_count = self.page_count.to_dict()
        else:
            page_count = self.page_count

        entry_page = self.entry_page

        exit_page = self.exit_page

        referrer_ur_ls: list[str] | Unset = UNSET
        if not isinstance(self.referrer_ur_ls, Unset):
            referrer_ur_ls = self.referrer_ur_ls

        traffic_channels: list[str] | Unset = UNSET
        if not isinstance(self.traffic_channels, Unset):
            traffic_channels = self.traffic_channels

        ad_campaign_labels: list[str] | Unset = UNSET
        if not isinstance(self.ad_campaign_labels, Unset):
            ad_campaign_labels = self.ad_campaign_labels

        recording_id = self.recording_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if utc_offset is not UNSET:
            field_dict["utc_offset"] = utc_offset
        if page is not UNSET:
            field_dict["page"] = page
        if results_per_page is not UNSET:
            field_dict["results_per_page"] = results_per_page
        if only_count is not UNSET:
            field_dict["onlyCount"] = only_count
        if experience is not UNSET:
            field_dict["experience"] = experience
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if starred is not UNSET:
            field_dict["starred"] = starred
        if watched is not UNSET:
            field_dict["watched"] = watched
        if country is not UNSET:
            field_dict["country"] = country
        if os is not UNSET:
            field_dict["os"] = os
        if browser is not UNSET:
            field_dict["browser"] = browser
        if devices is not UNSET:
            field_dict["devices"] = devices
        if contains_page is not UNSET:
            field_dict["containsPage"] = contains_page
        if not_contains_page is not UNSET:
            field_dict["notContainsPage"] = not_contains_page
        if duration is not UNSET:
            field_dict["duration"] = duration
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if entry_page is not UNSET:
            field_dict["entryPage"] = entry_page
        if exit_page is not UNSET:
            field_dict["exitPage"] = exit_page
        if referrer_ur_ls is not UNSET:
            field_dict["referrerURLs"] = referrer_ur_ls
        if traffic_channels is not UNSET:
            field_dict["trafficChannels"] = traffic_channels
        if ad_campaign_labels is not UNSET:
            field_dict["adCampaignLabels"] = ad_campaign_labels
        if recording_id is not UNSET:
            field_dict["recordingId"] = recording_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        utc_offset = d.pop("utc_offset", UNSET)

        page = d.pop("page", UNSET)

        def _parse_results_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_per_page = _parse_results_per_page(d.pop("results_per_page", UNSET))

        only_count = d.pop("onlyCount", UNSET)

        _experience = d.pop("experience", UNSET)
        experience: GetSignalSessionsListRequestExperience | Unset
        if isinstance(_experience, Unset):
            experience = UNSET
        else:
            experience = GetSignalSessionsListRequestExperience.from_dict(_experience)

        location_id = d.pop("location_id", UNSET)

        starred = d.pop("starred", UNSET)

        watched = d.pop("watched", UNSET)

        def _parse_country(
            data: object,
        ) -> GetSignalSessionsListRequestCountryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_type_0 = GetSignalSessionsListRequestCountryType0.from_dict(
                    data
                )

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetSignalSessionsListRequestCountryType0 | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        _os = d.pop("os", UNSET)
        os: GetSignalSessionsListRequestOs | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = GetSignalSessionsListRequestOs.from_dict(_os)

        def _parse_browser(
            data: object,
        ) -> GetSignalSessionsListRequestBrowserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                browser_type_0 = GetSignalSessionsListRequestBrowserType0.from_dict(
                    data
                )

                return browser_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetSignalSessionsListRequestBrowserType0 | None | Unset, data)

        browser = _parse_browser(d.pop("browser", UNSET))

        def _parse_devices(
            data: object,
        ) -> GetSignalSessionsListRequestDevicesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                devices_type_0 = GetSignalSessionsListRequestDevicesType0.from_dict(
                    data
                )

                return devices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetSignalSessionsListRequestDevicesType0 | None | Unset, data)

        devices = _parse_devices(d.pop("devices", UNSET))

        contains_page = d.pop("containsPage", UNSET)

        not_contains_page = d.pop("notContainsPage", UNSET)

        def _parse_duration(
            data: object,
        ) -> GetSignalSessionsListRequestDurationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duration_type_0 = GetSignalSessionsListRequestDurationType0.from_dict(
                    data
                )

                return duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetSignalSessionsListRequestDurationType0 | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_page_count(
            data: object,
        ) -> GetSignalSessionsListRequestPageCountType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                page_count_type_0 = (
                    GetSignalSessionsListRequestPageCountType0.from_dict(data)
                )

                return page_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetSignalSessionsListRequestPageCountType0 | None | Unset, data)

        page_count = _parse_page_count(d.pop("pageCount", UNSET))

        entry_page = d.pop("entryPage", UNSET)

        exit_page = d.pop("exitPage", UNSET)

        referrer_ur_ls = cast(list[str], d.pop("referrerURLs", UNSET))

        traffic_channels = cast(list[str], d.pop("trafficChannels", UNSET))

        ad_campaign_labels = cast(list[str], d.pop("adCampaignLabels", UNSET))

        recording_id = d.pop("recordingId", UNSET)

        get_signal_sessions_list_request = cls(
            start_time=start_time,
            end_time=end_time,
            utc_offset=utc_offset,
            page=page,
            results_per_page=results_per_page,
            only_count=only_count,
            experience=experience,
            location_id=location_id,
            starred=starred,
            watched=watched,
            country=country,
            os=os,
            browser=browser,
            devices=devices,
            contains_page=contains_page,
            not_contains_page=not_contains_page,
            duration=duration,
            page_count=page_count,
            entry_page=entry_page,
            exit_page=exit_page,
            referrer_ur_ls=referrer_ur_ls,
            traffic_channels=traffic_channels,
            ad_campaign_labels=ad_campaign_labels,
            recording_id=recording_id,
        )

        get_signal_sessions_list_request.additional_properties = d
        return get_signal_sessions_list_request

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
from ..models.get_signal_sessions_list_request_browser_type_0 import (
    GetSignalSessionsListRequestBrowserType0,
)
from ..models.get_signal_sessions_list_request_country_type_0 import (
    GetSignalSessionsListRequestCountryType0,
)
from ..models.get_signal_sessions_list_request_devices_type_0 import (
    GetSignalSessionsListRequestDevicesType0,
)
from ..models.get_signal_sessions_list_request_duration_type_0 import (
    GetSignalSessionsListRequestDurationType0,
)
from ..models.get_signal_sessions_list_request_experience import (
    GetSignalSessionsListRequestExperience,
)
from ..models.get_signal_sessions_list_request_os import GetSignalSessionsListRequestOs
from ..models.get_signal_sessions_list_request_page_count_type_0 import (
    GetSignalSessionsListRequestPageCountType0,
)
