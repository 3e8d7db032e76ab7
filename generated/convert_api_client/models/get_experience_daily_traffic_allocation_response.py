from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_experience_daily_traffic_allocation_response_data import (
        GetExperienceDailyTrafficAllocationResponseData,
    )


class GetExperienceDailyTrafficAllocationResponse(
    Model,
):
    """Daily traffic allocation of an MAB experience, wrapped in `data`.

    Attributes:
        data (GetExperienceDailyTrafficAllocationResponseData | Unset): Day-by-day traffic allocation percentages per
            variation. The reference collapses this object and does not list its fields.
    """

    data: GetExperienceDailyTrafficAllocationResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_experience_daily_traffic_allocation_response_data import (
    GetExperienceDailyTrafficAllocationResponseData,
)
