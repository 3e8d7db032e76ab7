from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_access_accesses_item import AccountAccessAccessesItem


T = TypeVar("T", bound="AccountAccess")


@_attrs_define
class AccountAccess:
    """This defines how a user gets access to accounts(Collaborates into accounts)

    Attributes:
        first_name (str | Unset): Collaborator's first name
        last_name (str | Unset): Collaborator's last name
        accesses (list[AccountAccessAccessesItem] | Unset): List of projects the user can access
        email (str | Unset): The email address of the collaborator or invitee.
        user_id (None | str | Unset): The unique system identifier for an active Convert user. Null if the user is only
            an invitee (pending acceptance).
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    accesses: list[AccountAccessAccessesItem] | Unset = UNSET
    email: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        accesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accesses, Unset):
            accesses = []
            for accesses_item_data in self.accesses:
                accesses_item = accesses_item_data.to_dict()
                accesses.append(accesses_item)

        email = self.email

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if accesses is not UNSET:
            field_dict["accesses"] = accesses
        if email is not UNSET:
            field_dict["email"] = email
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _accesses = d.pop("accesses", UNSET)
        accesses: list[AccountAccessAccessesItem] | Unset = UNSET
        if _accesses is not UNSET:
            if not isinstance(_accesses, list):
                raise TypeError(
                    f"accesses: expected a list, got {type(_accesses).__name__}"
                )
            accesses = []
            for accesses_item_data in _accesses:
                accesses_item = AccountAccessAccessesItem.from_dict(accesses_item_data)

                accesses.append(accesses_item)

        email = d.pop("email", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        account_access = cls(
            first_name=first_name,
            last_name=last_name,
            accesses=accesses,
            email=email,
            user_id=user_id,
        )

        account_access.additional_properties = d
        return account_access

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
from ..models.account_access_accesses_item import AccountAccessAccessesItem
