from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_account_details_request_billing import (
        UpdateAccountDetailsRequestBilling,
    )
    from ..models.update_account_details_request_settings import (
        UpdateAccountDetailsRequestSettings,
    )


T = TypeVar("T", bound="UpdateAccountDetailsRequest")


@_attrs_define
class UpdateAccountDetailsRequest:
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

    account_type: str | Unset = UNSET
    name: str | Unset = UNSET
    settings: UpdateAccountDetailsRequestSettings | Unset = UNSET
    billing: UpdateAccountDetailsRequestBilling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if billing is not UNSET:
            field_dict["billing"] = billing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_type = d.pop("accountType", UNSET)

        name = d.pop("name", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: UpdateAccountDetailsRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UpdateAccountDetailsRequestSettings.from_dict(_settings)

        _billing = d.pop("billing", UNSET)
        billing: UpdateAccountDetailsRequestBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = UpdateAccountDetailsRequestBilling.from_dict(_billing)

        update_account_details_request = cls(
            account_type=account_type,
            name=name,
            settings=settings,
            billing=billing,
        )

        update_account_details_request.additional_properties = d
        return update_account_details_request

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
from ..models.update_account_details_request_billing import (
    UpdateAccountDetailsRequestBilling,
)
from ..models.update_account_details_request_settings import (
    UpdateAccountDetailsRequestSettings,
)
