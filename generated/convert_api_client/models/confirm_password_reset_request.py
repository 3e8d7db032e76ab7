from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmPasswordResetRequest")


@_attrs_define
class ConfirmPasswordResetRequest:
    """
    Attributes:
        code (str): The password reset confirmation code received by the user via email. This code verifies the reset
            request.
        new_password (str): The new password chosen by the user. Must meet system complexity requirements. Maximum
            length is 99 characters.
        confirm_new_password (str): Confirmation of the new password. Must exactly match the newPassword field. Maximum
            length is 99 characters.
        auth_sub (str | Unset): (Deprecated or Internal) An internal user identifier, typically part of the password
            reset link sent via email. The token or code is usually the primary field.
        token (str | Unset): (Deprecated or Alternative) A password reset token, possibly sent as part of the reset
            link. The code field is often the primary verification.
    """

    code: str
    new_password: str
    confirm_new_password: str
    auth_sub: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        new_password = self.new_password

        confirm_new_password = self.confirm_new_password

        auth_sub = self.auth_sub

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "newPassword": new_password,
                "confirmNewPassword": confirm_new_password,
            }
        )
        if auth_sub is not UNSET:
            field_dict["authSub"] = auth_sub
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        new_password = d.pop("newPassword")

        confirm_new_password = d.pop("confirmNewPassword")

        auth_sub = d.pop("authSub", UNSET)

        token = d.pop("token", UNSET)

        confirm_password_reset_request = cls(
            code=code,
            new_password=new_password,
            confirm_new_password=confirm_new_password,
            auth_sub=auth_sub,
            token=token,
        )

        confirm_password_reset_request.additional_properties = d
        return confirm_password_reset_request

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
