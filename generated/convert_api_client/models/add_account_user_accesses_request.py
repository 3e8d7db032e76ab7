from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_user_accesses_expand_fields import AccountUserAccessesExpandFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_account_user_accesses_request_accesses_item import (
        AddAccountUserAccessesRequestAccessesItem,
    )


T = TypeVar("T", bound="AddAccountUserAccessesRequest")


@_attrs_define
class AddAccountUserAccessesRequest:
    """
    Attributes:
        accesses (list[AddAccountUserAccessesRequestAccessesItem]): List of projects the user can access
        email (str): The email address of the collaborator or invitee.
        first_name (str | Unset): Collaborator's first name
        last_name (str | Unset): Collaborator's last name
        custom_message (str | Unset): (For invitations) A custom message to include in the invitation email sent to a
            new collaborator.
        expand (list[AccountUserAccessesExpandFields] | Unset): Specifies linked objects to expand in the response,
            e.g., 'accesses.project'. Refer to the Expanding Fields section.
    """

    accesses: list[AddAccountUserAccessesRequestAccessesItem]
    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    custom_message: str | Unset = UNSET
    expand: list[AccountUserAccessesExpandFields] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accesses = []
        for accesses_item_data in self.accesses:
            accesses_item = accesses_item_data.to_dict()
            accesses.append(accesses_item)

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        custom_message = self.custom_message

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = []
            for expand_item_data in self.expand:
                expand_item = expand_item_data.value
                expand.append(expand_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accesses": accesses,
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if custom_message is not UNSET:
            field_dict["custom_message"] = custom_message
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accesses = []
        _accesses = d.pop("accesses")
        if not isinstance(_accesses, list):
            raise TypeError(
                f"accesses: expected a list, got {type(_accesses).__name__}"
            )
        for accesses_item_data in _accesses:
            accesses_item = AddAccountUserAccessesRequestAccessesItem.from_dict(
                accesses_item_data
            )

            accesses.append(accesses_item)

        email = d.pop("email")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

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

        add_account_user_accesses_request = cls(
            accesses=accesses,
            email=email,
            first_name=first_name,
            last_name=last_name,
            custom_message=custom_message,
            expand=expand,
        )

        add_account_user_accesses_request.additional_properties = d
        return add_account_user_accesses_request

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
from ..models.add_account_user_accesses_request_accesses_item import (
    AddAccountUserAccessesRequestAccessesItem,
)
