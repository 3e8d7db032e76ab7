from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.visual_changeset import VisualChangeset


T = TypeVar("T", bound="ListVisualChangesetsResponse")


@_attrs_define
class ListVisualChangesetsResponse:
    """Not paginated - the reference shows no pagination fields for this list.

    Attributes:
        visual_changesets (list[VisualChangeset]):
    """

    visual_changesets: list[VisualChangeset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visual_changesets = []
        for visual_changesets_item_data in self.visual_changesets:
            visual_changesets_item = visual_changesets_item_data.to_dict()
            visual_changesets.append(visual_changesets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "visualChangesets": visual_changesets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        visual_changesets = []
        _visual_changesets = d.pop("visualChangesets")
        if not isinstance(_visual_changesets, list):
            raise TypeError(
                f"visual_changesets: expected a list, got {type(_visual_changesets).__name__}"
            )
        for visual_changesets_item_data in _visual_changesets:
            visual_changesets_item = VisualChangeset.from_dict(
                visual_changesets_item_data
            )

            visual_changesets.append(visual_changesets_item)

        list_visual_changesets_response = cls(
            visual_changesets=visual_changesets,
        )

        list_visual_changesets_response.additional_properties = d
        return list_visual_changesets_response

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
from ..models.visual_changeset import VisualChangeset
