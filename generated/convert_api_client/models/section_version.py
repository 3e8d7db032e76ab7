from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experience_change import ExperienceChange


T = TypeVar("T", bound="SectionVersion")


@_attrs_define
class SectionVersion:
    """The version is an entity that lives under a section in order to group together the changes that compose the
    experience. In case of a non Multivariate experience, each version corresponds to one variation. in the case of a
    MVT experiment, one variation would be made by combining one version from each of the defined sections.

        Attributes:
            id (str | Unset): A unique identifier for this version within its parent section (e.g., "v1", "02", "ab").
                Typically a short string (1-2 characters). This ID is used to construct the overall MVT variation combinations.
            name (str | Unset): A user-defined, friendly name for this version (e.g., "Red Button", "Headline Option A",
                "Original Image"). This name appears in MVT setup and reports.
            changes (list[ExperienceChange | int] | Unset):
            variations (list[int] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    changes: list[ExperienceChange | int] | Unset = UNSET
    variations: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        changes: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item: dict[str, Any] | int
                if isinstance(changes_item_data, ExperienceChange):
                    changes_item = changes_item_data.to_dict()
                else:
                    changes_item = changes_item_data
                changes.append(changes_item)

        variations: list[int] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = self.variations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if changes is not UNSET:
            field_dict["changes"] = changes
        if variations is not UNSET:
            field_dict["variations"] = variations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[ExperienceChange | int] | Unset = UNSET
        if _changes is not UNSET:
            if not isinstance(_changes, list):
                raise TypeError(
                    f"changes: expected a list, got {type(_changes).__name__}"
                )
            changes = []
            for changes_item_data in _changes:

                def _parse_changes_item(data: object) -> ExperienceChange | int:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        changes_item_type_1 = ExperienceChange.from_dict(data)

                        return changes_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ExperienceChange | int, data)

                changes_item = _parse_changes_item(changes_item_data)

                changes.append(changes_item)

        variations = cast(list[int], d.pop("variations", UNSET))

        section_version = cls(
            id=id,
            name=name,
            changes=changes,
            variations=variations,
        )

        section_version.additional_properties = d
        return section_version

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
from ..models.experience_change import ExperienceChange
