from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_sub_account_request_billing import (
        CreateSubAccountRequestBilling,
    )
    from ..models.create_sub_account_request_settings import (
        CreateSubAccountRequestSettings,
    )


T = TypeVar("T", bound="CreateSubAccountRequest")


@_attrs_define
class CreateSubAccountRequest:
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
    account_type: str | Unset = UNSET
    settings: CreateSubAccountRequestSettings | Unset = UNSET
    send_user_email: bool | Unset = False
    custom_email_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        billing = self.billing.to_dict()

        user_name = self.user_name

        user_email = self.user_email

        account_type = self.account_type

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        send_user_email = self.send_user_email

        custom_email_text = self.custom_email_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "billing": billing,
                "userName": user_name,
                "userEmail": user_email,
            }
        )
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if settings is not UNSET:
            field_dict["settings"] = settings
        if send_user_email is not UNSET:
            field_dict["sendUserEmail"] = send_user_email
        if custom_email_text is not UNSET:
            field_dict["customEmailText"] = custom_email_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        billing = CreateSubAccountRequestBilling.from_dict(d.pop("billing"))

        user_name = d.pop("userName")

        user_email = d.pop("userEmail")

        account_type = d.pop("accountType", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: CreateSubAccountRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CreateSubAccountRequestSettings.from_dict(_settings)

        send_user_email = d.pop("sendUserEmail", UNSET)

        custom_email_text = d.pop("customEmailText", UNSET)

        create_sub_account_request = cls(
            name=name,
            billing=billing,
            user_name=user_name,
            user_email=user_email,
            account_type=account_type,
            settings=settings,
            send_user_email=send_user_email,
            custom_email_text=custom_email_text,
        )

        create_sub_account_request.additional_properties = d
        return create_sub_account_request

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
from ..models.create_sub_account_request_billing import CreateSubAccountRequestBilling
from ..models.create_sub_account_request_settings import CreateSubAccountRequestSettings
