from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.confirm_password_reset_response_data import (
        ConfirmPasswordResetResponseData,
    )


T = TypeVar("T", bound="ConfirmPasswordResetResponse")


@_attrs_define
class ConfirmPasswordResetResponse:
    """Outcome of the password reset confirmation.

    Attributes:
        auth_code (str | Unset): Next step of the authentication flow, e.g. `NEW_PASSWORD_REQUIRED`.
        message (str | Unset):
        data (ConfirmPasswordResetResponseData | Unset):
    """

    auth_code: str | Unset = UNSET
    message: str | Unset = UNSET
    data: ConfirmPasswordResetResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_code = self.auth_code

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_code is not UNSET:
            field_dict["auth-code"] = auth_code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auth_code = d.pop("auth-code", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: ConfirmPasswordResetResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ConfirmPasswordResetResponseData.from_dict(_data)

        confirm_password_reset_response = cls(
            auth_code=auth_code,
            message=message,
            data=data,
        )

        confirm_password_reset_response.additional_properties = d
        return confirm_password_reset_response

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
from ..models.confirm_password_reset_response_data import (
    ConfirmPasswordResetResponseData,
)
