from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDomainRequest")


@_attrs_define
class UpdateDomainRequest:
    """
    Attributes:
        url (str | Unset): Domain's homepage url
        code_installed (bool | Unset): Indicating whether code installed check passed sometimes in the past. Default:
            False.
    """

    url: str | Unset = UNSET
    code_installed: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        code_installed = self.code_installed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if code_installed is not UNSET:
            field_dict["code_installed"] = code_installed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        code_installed = d.pop("code_installed", UNSET)

        update_domain_request = cls(
            url=url,
            code_installed=code_installed,
        )

        update_domain_request.additional_properties = d
        return update_domain_request

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
