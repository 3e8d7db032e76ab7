from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_addons_types import AccountAddonsTypes
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestAccountAddonsRequest")


@_attrs_define
class RequestAccountAddonsRequest:
    """
    Attributes:
        addon (AccountAddonsTypes):
        collaborator_email (str | Unset): Email of the collaborator for whom the add-on is being requested (if
            applicable).
        collaborator_name (str | Unset): Name of the collaborator for whom the add-on is being requested (if
            applicable).
    """

    addon: AccountAddonsTypes
    collaborator_email: str | Unset = UNSET
    collaborator_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon = self.addon.value

        collaborator_email = self.collaborator_email

        collaborator_name = self.collaborator_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addon": addon,
            }
        )
        if collaborator_email is not UNSET:
            field_dict["collaborator_email"] = collaborator_email
        if collaborator_name is not UNSET:
            field_dict["collaborator_name"] = collaborator_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        addon = AccountAddonsTypes(d.pop("addon"))

        collaborator_email = d.pop("collaborator_email", UNSET)

        collaborator_name = d.pop("collaborator_name", UNSET)

        request_account_addons_request = cls(
            addon=addon,
            collaborator_email=collaborator_email,
            collaborator_name=collaborator_name,
        )

        request_account_addons_request.additional_properties = d
        return request_account_addons_request

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
