from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convert_experience_variation_request_experience_type import (
    ConvertExperienceVariationRequestExperienceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertExperienceVariationRequest")


@_attrs_define
class ConvertExperienceVariationRequest:
    """
    Attributes:
        experience_type (ConvertExperienceVariationRequestExperienceType | Unset): Type of the experience to be
            converted to
    """

    experience_type: ConvertExperienceVariationRequestExperienceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experience_type: str | Unset = UNSET
        if not isinstance(self.experience_type, Unset):
            experience_type = self.experience_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experience_type is not UNSET:
            field_dict["experience_type"] = experience_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _experience_type = d.pop("experience_type", UNSET)
        experience_type: ConvertExperienceVariationRequestExperienceType | Unset
        if isinstance(_experience_type, Unset):
            experience_type = UNSET
        else:
            experience_type = ConvertExperienceVariationRequestExperienceType(
                _experience_type
            )

        convert_experience_variation_request = cls(
            experience_type=experience_type,
        )

        convert_experience_variation_request.additional_properties = d
        return convert_experience_variation_request

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
