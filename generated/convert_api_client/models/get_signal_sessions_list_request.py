from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

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


class GetSignalSessionsListRequest(
    Model,
    rename={
        "only_count": "onlyCount",
        "contains_page": "containsPage",
        "not_contains_page": "notContainsPage",
        "page_count": "pageCount",
        "entry_page": "entryPage",
        "exit_page": "exitPage",
        "referrer_ur_ls": "referrerURLs",
        "traffic_channels": "trafficChannels",
        "ad_campaign_labels": "adCampaignLabels",
        "recording_id": "recordingId",
    },
    omit_defaults=False,
):
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

    start_time: float | None | UnsetType = UNSET
    end_time: float | None | UnsetType = UNSET
    utc_offset: int | UnsetType = UNSET
    page: int | UnsetType = UNSET
    results_per_page: int | None | UnsetType = UNSET
    only_count: bool | UnsetType = UNSET
    experience: GetSignalSessionsListRequestExperience | UnsetType = UNSET
    location_id: int | UnsetType = UNSET
    starred: str | UnsetType = UNSET
    watched: str | UnsetType = UNSET
    country: GetSignalSessionsListRequestCountryType0 | None | UnsetType = UNSET
    os: GetSignalSessionsListRequestOs | UnsetType = UNSET
    browser: GetSignalSessionsListRequestBrowserType0 | None | UnsetType = UNSET
    devices: GetSignalSessionsListRequestDevicesType0 | None | UnsetType = UNSET
    contains_page: str | UnsetType = UNSET
    not_contains_page: str | UnsetType = UNSET
    duration: GetSignalSessionsListRequestDurationType0 | None | UnsetType = UNSET
    page_count: GetSignalSessionsListRequestPageCountType0 | None | UnsetType = UNSET
    entry_page: str | UnsetType = UNSET
    exit_page: str | UnsetType = UNSET
    referrer_ur_ls: list[str] | UnsetType = UNSET
    traffic_channels: list[str] | UnsetType = UNSET
    ad_campaign_labels: list[str] | UnsetType = UNSET
    recording_id: str | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
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
