from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class GetExperienceDailyTrafficAllocationRequest(
    Model,
    omit_defaults=False,
):
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

    utc_offset: int | UnsetType = UNSET
    start_time: float | None | UnsetType = UNSET
    end_time: float | None | UnsetType = UNSET
