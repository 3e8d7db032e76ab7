from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_account_user_accesses_by_user_id_request_accesses_item import (
        DeleteAccountUserAccessesByUserIdRequestAccessesItem,
    )


T = TypeVar("T", bound="DeleteAccountUserAccessesByUserIdRequest")


@_attrs_define
class DeleteAccountUserAccessesByUserIdRequest:
    """Identifies an active collaborator by user_id.

    Attributes:
        user_id (None | str | Unset): The unique system identifier for an active Convert user. Null if the user is only
            an invitee (pending acceptance).
        accesses (list[DeleteAccountUserAccessesByUserIdRequestAccessesItem] | Unset): A list defining the user's access
            to specific projects or all projects within the account. Each item specifies a project (ID or null for all
            projects) and the role granted.
    """

    user_id: None | str | Unset = UNSET
    accesses: list[DeleteAccountUserAccessesByUserIdRequestAccessesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        accesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accesses, Unset):
            accesses = []
            for accesses_item_data in self.accesses:
                accesses_item = accesses_item_data.to_dict()
                accesses.append(accesses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if accesses is not UNSET:
            field_dict["accesses"] = accesses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _accesses = d.pop("accesses", UNSET)
        accesses: list[DeleteAccountUserAccessesByUserIdRequestAccessesItem] | Unset = (
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
                    DeleteAccountUserAccessesByUserIdRequestAccessesItem.from_dict(
                        accesses_item_data
                    )
                )

                accesses.append(accesses_item)

        delete_account_user_accesses_by_user_id_request = cls(
            user_id=user_id,
            accesses=accesses,
        )

        delete_account_user_accesses_by_user_id_request.additional_properties = d
        return delete_account_user_accesses_by_user_id_request

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
from ..models.delete_account_user_accesses_by_user_id_request_accesses_item import (
    DeleteAccountUserAccessesByUserIdRequestAccessesItem,
)
