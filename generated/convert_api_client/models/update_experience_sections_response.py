from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experience_section import ExperienceSection


T = TypeVar("T", bound="UpdateExperienceSectionsResponse")


@_attrs_define
class UpdateExperienceSectionsResponse:
    """The sections of the experience.

    Attributes:
        data (list[ExperienceSection] | Unset):
    """

    data: list[ExperienceSection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[ExperienceSection] | Unset = UNSET
        if _data is not UNSET:
            if not isinstance(_data, list):
                raise TypeError(f"data: expected a list, got {type(_data).__name__}")
            data = []
            for data_item_data in _data:
                data_item = ExperienceSection.from_dict(data_item_data)

                data.append(data_item)

        update_experience_sections_response = cls(
            data=data,
        )

        update_experience_sections_response.additional_properties = d
        return update_experience_sections_response

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
from ..models.experience_section import ExperienceSection
