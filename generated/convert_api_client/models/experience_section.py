from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.section_version import SectionVersion


T = TypeVar("T", bound="ExperienceSection")


@_attrs_define
class ExperienceSection:
    """Internally, every experience's variation is made by combining one Section and on Version, as if it would be a
    Multivariate experiment. In case of a non Multivariate experiment, the experience has only one section and therefore
    each version under it will correspond to one Variation

        Attributes:
            id (str | Unset): A unique identifier for this section within the MVT experience (e.g., "s1", "01", "ab").
                Typically a short string (1-2 characters). This ID helps in structuring the MVT test.
            name (str | Unset): A user-defined, friendly name for this section (e.g., "Page Headline", "Main Call-to-Action
                Button", "Hero Image"). This name appears in MVT setup and reports.
            versions (list[SectionVersion | str] | Unset): Version definition.

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
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    versions: list[SectionVersion | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        versions: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item: dict[str, Any] | str
                if isinstance(versions_item_data, SectionVersion):
                    versions_item = versions_item_data.to_dict()
                else:
                    versions_item = versions_item_data
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _versions = d.pop("versions", UNSET)
        versions: list[SectionVersion | str] | Unset = UNSET
        if _versions is not UNSET:
            if not isinstance(_versions, list):
                raise TypeError(
                    f"versions: expected a list, got {type(_versions).__name__}"
                )
            versions = []
            for versions_item_data in _versions:

                def _parse_versions_item(data: object) -> SectionVersion | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        versions_item_type_1 = SectionVersion.from_dict(data)

                        return versions_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(SectionVersion | str, data)

                versions_item = _parse_versions_item(versions_item_data)

                versions.append(versions_item)

        experience_section = cls(
            id=id,
            name=name,
            versions=versions,
        )

        experience_section.additional_properties = d
        return experience_section

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
from ..models.section_version import SectionVersion
