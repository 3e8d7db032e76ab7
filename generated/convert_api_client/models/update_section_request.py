from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.section_version_update import SectionVersionUpdate


T = TypeVar("T", bound="UpdateSectionRequest")


@_attrs_define
class UpdateSectionRequest:
    """
    Attributes:
        versions (list[SectionVersionUpdate]): Version definition.

            Each Multivariate experience is made of a list of Sections and a list of Versions

            Than, variations of a Multivariate experience are made of all possible combinations of versions, takin one from
            each section.

            Example: Experience has Section A and Section B. Section A has Version 1 and Version 2, Section B has Version 3
            and Version 4

            The resulting experience's variations will be the following:

            1. Section A - Version 1 + Section B - Version 3
            2. Section A - Version 2 + Section B - Version 3
            3. Section A - Version 1 + Section B - Version 4
            4. Section A - Version 1 + Section B - Version 4
        id (str | Unset): A unique identifier for this section within the MVT experience (e.g., "s1", "01", "ab").
            Typically a short string (1-2 characters). This ID helps in structuring the MVT test.
        name (str | Unset): A user-defined, friendly name for this section (e.g., "Page Headline", "Main Call-to-Action
            Button", "Hero Image"). This name appears in MVT setup and reports.
    """

    versions: list[SectionVersionUpdate]
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versions": versions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        versions = []
        _versions = d.pop("versions")
        if not isinstance(_versions, list):
            raise TypeError(
                f"versions: expected a list, got {type(_versions).__name__}"
            )
        for versions_item_data in _versions:
            versions_item = SectionVersionUpdate.from_dict(versions_item_data)

            versions.append(versions_item)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        update_section_request = cls(
            versions=versions,
            id=id,
            name=name,
        )

        update_section_request.additional_properties = d
        return update_section_request

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
from ..models.section_version_update import SectionVersionUpdate
