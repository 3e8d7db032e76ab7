from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserProfileDataRequest")


@_attrs_define
class UpdateUserProfileDataRequest:
    """
    Attributes:
        first_name (str | Unset): The user's new first name.
        last_name (str | Unset): The user's new last name.
        current_password (str | Unset): The user's current password. Required if changing email or password.
        new_password (str | Unset): The new password chosen by the user. Required if changing password. Max 25 chars.
        confirm_password (str | Unset): Confirmation of the new password. Must match newPassword. Required if changing
            password. Max 25 chars.
        email (str | Unset): The user's new email address. Requires currentPassword for verification.
        mfa (Any | Unset): Multi-Factor Authentication (MFA) settings. The reference types this field as "any" and gives
            no structure.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    current_password: str | Unset = UNSET
    new_password: str | Unset = UNSET
    confirm_password: str | Unset = UNSET
    email: str | Unset = UNSET
    mfa: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        current_password = self.current_password

        new_password = self.new_password

        confirm_password = self.confirm_password

        email = self.email

        mfa = self.mfa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if current_password is not UNSET:
            field_dict["currentPassword"] = current_password
        if new_password is not UNSET:
            field_dict["newPassword"] = new_password
        if confirm_password is not UNSET:
            field_dict["confirmPassword"] = confirm_password
        if email is not UNSET:
            field_dict["email"] = email
        if mfa is not UNSET:
            field_dict["mfa"] = mfa

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        current_password = d.pop("currentPassword", UNSET)

        new_password = d.pop("newPassword", UNSET)

        confirm_password = d.pop("confirmPassword", UNSET)

        email = d.pop("email", UNSET)

        mfa = d.pop("mfa", UNSET)

        update_user_profile_data_request = cls(
            first_name=first_name,
            last_name=last_name,
            current_password=current_password,
            new_password=new_password,
            confirm_password=confirm_password,
            email=email,
            mfa=mfa,
        )

        update_user_profile_data_request.additional_properties = d
        return update_user_profile_data_request

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
