from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.create_sub_account_request_billing import (
        CreateSubAccountRequestBilling,
    )
    from ..models.create_sub_account_request_settings import (
        CreateSubAccountRequestSettings,
    )


class CreateSubAccountRequest(
    Model,
    rename={
        "user_name": "userName",
        "user_email": "userEmail",
        "account_type": "accountType",
        "send_user_email": "sendUserEmail",
        "custom_email_text": "customEmailText",
    },
    omit_defaults=False,
):
    """
    Attributes:
        name (str): The user-defined, friendly name for the account (e.g., "Client X Marketing", "My Company Inc.").
        billing (CreateSubAccountRequestBilling): Billing plan configuration and usage limits of the new sub-account.
            The reference does not detail its fields.
        user_name (str): Name of the user that would own this account.
        user_email (str): Email of the user that would own this account. If the an user exists with that email, the
            respective user would be used. Otherwise, a new user would get created.
        account_type (str | Unset): Defines the type of the account:

            * main: A primary account that can have sub-accounts and manages its own billing.
            * sub: A secondary account existing under a main account, often used by agencies to manage client activities.
            Sub-accounts share quotas from the parent.
        settings (CreateSubAccountRequestSettings | Unset): Various Account level settings that can be controlled by the
            user
        send_user_email (bool | Unset): Flag indicating whether an email to be sent or not to the user, notifying them
            that an account was created for them by main account.

            An email with a complete sign-up link would be sent regardless if the user does not exist into the system and
            gets created. Default: False.
        custom_email_text (str | Unset): Custom text to be appended to the email that gets sent to the user if
            sendUserEmail = true
    """

    name: str
    billing: CreateSubAccountRequestBilling
    user_name: str
    user_email: str
    account_type: str | UnsetType = UNSET
    settings: CreateSubAccountRequestSettings | UnsetType = UNSET
    send_user_email: bool = False
    custom_email_text: str | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.create_sub_account_request_billing import CreateSubAccountRequestBilling
from ..models.create_sub_account_request_settings import CreateSubAccountRequestSettings
