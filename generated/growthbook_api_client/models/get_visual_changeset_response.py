from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.visual_changeset import VisualChangeset


T = TypeVar("T", bound="GetVisualChangesetResponse")


@_attrs_define
class GetVisualChangesetResponse:
    """
    Attributes:
        visual_changeset (VisualChangeset):
    """

    visual_changeset: VisualChangeset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visual_changeset = self.visual_changeset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "visualChangeset": visual_changeset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        visual_changeset = VisualChangeset.from_dict(d.pop("visualChangeset"))

        get_visual_changeset_response = cls(
            visual_changeset=visual_changeset,
        )

        get_visual_changeset_response.additional_properties = d
        return get_visual_changeset_response

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
