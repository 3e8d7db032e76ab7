from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experience_change_add import ExperienceChangeAdd
    from ..models.experience_change_id import ExperienceChangeId
    from ..models.experience_change_update import ExperienceChangeUpdate


T = TypeVar("T", bound="UpdateExperienceSectionVersionRequest")


@_attrs_define
class UpdateExperienceSectionVersionRequest:
    """
    Attributes:
        id (str | Unset): A unique identifier for this version within its parent section (e.g., "v1", "02", "ab").
            Typically a short string (1-2 characters). This ID is used to construct the overall MVT variation combinations.
        name (str | Unset): A user-defined, friendly name for this version (e.g., "Red Button", "Headline Option A",
            "Original Image"). This name appears in MVT setup and reports.
        changes (list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate] | Unset): List of changes to
            apply. If ID of a change is not provided, the change is gonna be created. Empty array will remove changes.
            Otherwise the change would be updated
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    changes: (
        list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item: dict[str, Any]
                if isinstance(changes_item_data, ExperienceChangeId) or isinstance(
                    changes_item_data, ExperienceChangeUpdate
                ):
                    changes_item = changes_item_data.to_dict()
                else:
                    changes_item = changes_item_data.to_dict()

                changes.append(changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if changes is not UNSET:
            field_dict["changes"] = changes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: (
            list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate]
            | Unset
        ) = UNSET
        if _changes is not UNSET:
            if not isinstance(_changes, list):
                raise TypeError(
                    f"changes: expected a list, got {type(_changes).__name__}"
                )
            changes = []
            for changes_item_data in _changes:

                def _parse_changes_item(
                    data: object,
                ) -> ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        changes_item_type_0 = ExperienceChangeId.from_dict(data)

                        return changes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        changes_item_type_1 = ExperienceChangeUpdate.from_dict(data)

                        return changes_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    changes_item_type_2 = ExperienceChangeAdd.from_dict(data)

                    return changes_item_type_2

                changes_item = _parse_changes_item(changes_item_data)

                changes.append(changes_item)

        update_experience_section_version_request = cls(
            id=id,
            name=name,
            changes=changes,
        )

        update_experience_section_version_request.additional_properties = d
        return update_experience_section_version_request

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
from ..models.experience_change_add import ExperienceChangeAdd
from ..models.experience_change_id import ExperienceChangeId
from ..models.experience_change_update import ExperienceChangeUpdate
