from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.update_account_details_request_billing import (
        UpdateAccountDetailsRequestBilling,
    )
    from ..models.update_account_details_request_settings import (
        UpdateAccountDetailsRequestSettings,
    )


class UpdateAccountDetailsRequest(
    Model,
    rename={
        "account_type": "accountType",
    },
    omit_defaults=False,
):
    """
    Attributes:
        account_type (str | Unset): Defines the type of the account:

            * main: A primary account that can have sub-accounts and manages its own billing.
            * sub: A secondary account existing under a main account, often used by agencies to manage client activities.
            Sub-accounts share quotas from the parent.
        name (str | Unset): The user-defined, friendly name for the account (e.g., "Client X Marketing", "My Company
            Inc.").
        settings (UpdateAccountDetailsRequestSettings | Unset): Various Account level settings that can be controlled by
            the user
        billing (UpdateAccountDetailsRequestBilling | Unset): Billing related data and settings
    """

    account_type: str | UnsetType = UNSET
    name: str | UnsetType = UNSET
    settings: UpdateAccountDetailsRequestSettings | UnsetType = UNSET
    billing: UpdateAccountDetailsRequestBilling | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.update_account_details_request_billing import (
    UpdateAccountDetailsRequestBilling,
)
from ..models.update_account_details_request_settings import (
    UpdateAccountDetailsRequestSettings,
)
