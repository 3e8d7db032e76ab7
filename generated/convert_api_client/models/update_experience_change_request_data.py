from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateExperienceChangeRequestData")


@_attrs_define
class UpdateExperienceChangeRequestData:
    """A flexible object containing the specific details and content for this change, structured according to the change
    type. For example, for customCode, it would contain js and css strings. For defaultRedirect, it would contain
    original_pattern and variation_pattern. This field is included by default when fetching a single ExperienceChange
    but might be omitted in list views unless specified in an include parameter.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        update_experience_change_request_data = cls()

        update_experience_change_request_data.additional_properties = d
        return update_experience_change_request_data

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
