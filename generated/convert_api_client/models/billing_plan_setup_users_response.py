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

    def page_items(self) -> list[BillingPlanSetupUsersResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.billing_plan_setup_users_response_data_item import (
    BillingPlanSetupUsersResponseDataItem,
)
