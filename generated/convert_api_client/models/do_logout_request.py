from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.do_logout_request_request_type import DoLogoutRequestRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DoLogoutRequest")


@_attrs_define
class DoLogoutRequest:
    """
    Attributes:
        request_type (DoLogoutRequestRequestType | Unset): Which sessions to invalidate: the current one, all other
            ones, or all sessions of the user.
    """

    request_type: DoLogoutRequestRequestType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_type: str | Unset = UNSET
        if not isinstance(self.request_type, Unset):
            request_type = self.request_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_type is not UNSET:
            field_dict["requestType"] = request_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _request_type = d.pop("requestType", UNSET)
        request_type: DoLogoutRequestRequestType | Unset
        if isinstance(_request_type, Unset):
            request_type = UNSET
        else:
            request_type = DoLogoutRequestRequestType(_request_type)

        do_logout_request = cls(
            request_type=request_type,
        )

        do_logout_request.additional_properties = d
        return do_logout_request

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
