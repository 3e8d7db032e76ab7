from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visual_change import VisualChange


T = TypeVar("T", bound="VisualChangeset")


@_attrs_define
class VisualChangeset:
    """
    Attributes:
        url_pattern (str):
        editor_url (str):
        experiment (str): Id of the experiment the changeset belongs to.
        visual_changes (list[VisualChange]):
        id (str | Unset):
    """

    url_pattern: str
    editor_url: str
    experiment: str
    visual_changes: list[VisualChange]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url_pattern = self.url_pattern

        editor_url = self.editor_url

        experiment = self.experiment

        visual_changes = []
        for visual_changes_item_data in self.visual_changes:
            visual_changes_item = visual_changes_item_data.to_dict()
            visual_changes.append(visual_changes_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urlPattern": url_pattern,
                "editorUrl": editor_url,
                "experiment": experiment,
                "visualChanges": visual_changes,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url_pattern = d.pop("urlPattern")

        editor_url = d.pop("editorUrl")

        experiment = d.pop("experiment")

        visual_changes = []
        _visual_changes = d.pop("visualChanges")
        if not isinstance(_visual_changes, list):
            raise TypeError(
                f"visual_changes: expected a list, got {type(_visual_changes).__name__}"
            )
        for visual_changes_item_data in _visual_changes:
            visual_changes_item = VisualChange.from_dict(visual_changes_item_data)

            visual_changes.append(visual_changes_item)

        id = d.pop("id", UNSET)

        visual_changeset = cls(
            url_pattern=url_pattern,
            editor_url=editor_url,
            experiment=experiment,
            visual_changes=visual_changes,
            id=id,
        )

        visual_changeset.additional_properties = d
        return visual_changeset

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
from ..models.visual_change import VisualChange
