from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckPartnerResponse")


@_attrs_define
class CheckPartnerResponse:
    """
    Attributes:
        email (str | Unset): The email address that was checked.
        allowed (bool | Unset): Whether the email belongs to a registered partner.
        already_granted (bool | Unset): Whether extended access was already granted.
    """

    email: str | Unset = UNSET
    allowed: bool | Unset = UNSET
    already_granted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        allowed = self.allowed

        already_granted = self.already_granted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if already_granted is not UNSET:
            field_dict["alreadyGranted"] = already_granted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        allowed = d.pop("allowed", UNSET)

        already_granted = d.pop("alreadyGranted", UNSET)

        check_partner_response = cls(
            email=email,
            allowed=allowed,
            already_granted=already_granted,
        )

        check_partner_response.additional_properties = d
        return check_partner_response

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
