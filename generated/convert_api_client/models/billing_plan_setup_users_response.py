from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.billing_plan_setup_users_response_data_item import (
        BillingPlanSetupUsersResponseDataItem,
    )


class BillingPlanSetupUsersResponse(
    Model,
):
    """
    Attributes:
        data (list[BillingPlanSetupUsersResponseDataItem] | Unset):
    """

    data: list[BillingPlanSetupUsersResponseDataItem] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.billing_plan_setup_users_response_data_item import (
    BillingPlanSetupUsersResponseDataItem,
)
