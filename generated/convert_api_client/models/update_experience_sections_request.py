from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_section_request_data import UpdateSectionRequestData


T = TypeVar("T", bound="UpdateExperienceSectionsRequest")


@_attrs_define
class UpdateExperienceSectionsRequest:
    """
    Attributes:
        sections (list[UpdateSectionRequestData] | Unset): An array of UpdateSectionRequestData objects. Each object
            defines a section and its complete set of versions and changes.

            - To update an existing section, provide its id and modified name or versions.
            - To add a new section, provide a new unique id (1-2 chars), name, and its versions.
            - Sections from the current MVT configuration not present in this array will be deleted.
    """

    sections: list[UpdateSectionRequestData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _sections = d.pop("sections", UNSET)
        sections: list[UpdateSectionRequestData] | Unset = UNSET
        if _sections is not UNSET:
            if not isinstance(_sections, list):
                raise TypeError(
                    f"sections: expected a list, got {type(_sections).__name__}"
                )
            sections = []
            for sections_item_data in _sections:
                sections_item = UpdateSectionRequestData.from_dict(sections_item_data)

                sections.append(sections_item)

        update_experience_sections_request = cls(
            sections=sections,
        )

        update_experience_sections_request.additional_properties = d
        return update_experience_sections_request

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
from ..models.update_section_request_data import UpdateSectionRequestData
