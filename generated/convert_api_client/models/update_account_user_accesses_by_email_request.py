from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_user_accesses_expand_fields import AccountUserAccessesExpandFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_account_user_accesses_by_email_request_accesses_item import (
        UpdateAccountUserAccessesByEmailRequestAccessesItem,
    )


T = TypeVar("T", bound="UpdateAccountUserAccessesByEmailRequest")


@_attrs_define
class UpdateAccountUserAccessesByEmailRequest:
    """Identifies a pending invitee by email.

    Attributes:
        email (str | Unset): The email address of the collaborator or invitee.
        first_name (str | Unset): Collaborator's first name
        last_name (str | Unset): Collaborator's last name
        accesses (list[UpdateAccountUserAccessesByEmailRequestAccessesItem] | Unset): List of projects the user can
            access
        custom_message (str | Unset): (For invitations) A custom message to include in the invitation email sent to a
            new collaborator.
        expand (list[AccountUserAccessesExpandFields] | Unset): Specifies linked objects to expand in the response,
            e.g., 'accesses.project'. Refer to the Expanding Fields section.
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    accesses: list[UpdateAccountUserAccessesByEmailRequestAccessesItem] | Unset = UNSET
    custom_message: str | Unset = UNSET
    expand: list[AccountUserAccessesExpandFields] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        accesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accesses, Unset):
            accesses = []
            for accesses_item_data in self.accesses:
                accesses_item = accesses_item_data.to_dict()
                accesses.append(accesses_item)

        custom_message = self.custom_message

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = []
            for expand_item_data in self.expand:
                expand_item = expand_item_data.value
                expand.append(expand_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if accesses is not UNSET:
            field_dict["accesses"] = accesses
        if custom_message is not UNSET:
            field_dict["custom_message"] = custom_message
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _accesses = d.pop("accesses", UNSET)
        accesses: list[UpdateAccountUserAccessesByEmailRequestAccessesItem] | Unset = (
            UNSET
        )
        if _accesses is not UNSET:
            if not isinstance(_accesses, list):
                raise TypeError(
                    f"accesses: expected a list, got {type(_accesses).__name__}"
                )
            accesses = []
            for accesses_item_data in _accesses:
                accesses_item = (
                    UpdateAccountUserAccessesByEmailRequestAccessesItem.from_dict(
                        accesses_item_data
                    )
                )

                accesses.append(accesses_item)

        custom_message = d.pop("custom_message", UNSET)

        _expand = d.pop("expand", UNSET)
        expand: list[AccountUserAccessesExpandFields] | Unset = UNSET
        if _expand is not UNSET:
            if not isinstance(_expand, list):
                raise TypeError(
                    f"expand: expected a list, got {type(_expand).__name__}"
                )
            expand = []
            for expand_item_data in _expand:
                expand_item = AccountUserAccessesExpandFields(expand_item_data)

                expand.append(expand_item)

        update_account_user_accesses_by_email_request = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            accesses=accesses,
            custom_message=custom_message,
            expand=expand,
        )

        update_account_user_accesses_by_email_request.additional_properties = d
        return update_account_user_accesses_by_email_request

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
from ..models.update_account_user_accesses_by_email_request_accesses_item import (
    UpdateAccountUserAccessesByEmailRequestAccessesItem,
)
