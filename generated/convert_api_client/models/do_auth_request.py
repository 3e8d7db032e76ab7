from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.password_auth_data import PasswordAuthData


T = TypeVar("T", bound="DoAuthRequest")


@_attrs_define
class DoAuthRequest:
    """Credentials or tokens for authenticating a cookie-based session: typically username and password, or MFA codes in a
    later step.

        Attributes:
            request_type (str):
            username (str | Unset):
            data (PasswordAuthData | Unset): Base data included in cookie-based authentication steps.
    """

    request_type: str
    username: str | Unset = UNSET
    data: PasswordAuthData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_type = self.request_type

        username = self.username

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestType": request_type,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_type = d.pop("requestType")

        username = d.pop("username", UNSET)

        _data = d.pop("data", UNSET)
        data: PasswordAuthData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = PasswordAuthData.from_dict(_data)

        do_auth_request = cls(
            request_type=request_type,
            username=username,
            data=data,
        )

        do_auth_request.additional_properties = d
        return do_auth_request

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
from ..models.password_auth_data import PasswordAuthData
