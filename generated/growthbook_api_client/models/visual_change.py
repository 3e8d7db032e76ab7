from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dom_mutation import DOMMutation


T = TypeVar("T", bound="VisualChange")


@_attrs_define
class VisualChange:
    """The changes one variation applies to the page.

    Attributes:
        description (str | Unset):
        css (str | Unset):
        variation (str | Unset):
        dom_mutations (list[DOMMutation] | Unset):
    """

    description: str | Unset = UNSET
    css: str | Unset = UNSET
    variation: str | Unset = UNSET
    dom_mutations: list[DOMMutation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        css = self.css

        variation = self.variation

        dom_mutations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dom_mutations, Unset):
            dom_mutations = []
            for dom_mutations_item_data in self.dom_mutations:
                dom_mutations_item = dom_mutations_item_data.to_dict()
                dom_mutations.append(dom_mutations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if css is not UNSET:
            field_dict["css"] = css
        if variation is not UNSET:
            field_dict["variation"] = variation
        if dom_mutations is not UNSET:
            field_dict["domMutations"] = dom_mutations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        css = d.pop("css", UNSET)

        variation = d.pop("variation", UNSET)

        _dom_mutations = d.pop("domMutations", UNSET)
        dom_mutations: list[DOMMutation] | Unset = UNSET
        if _dom_mutations is not UNSET:
            if not isinstance(_dom_mutations, list):
                raise TypeError(
                    f"dom_mutations: expected a list, got {type(_dom_mutations).__name__}"
                )
            dom_mutations = []
            for dom_mutations_item_data in _dom_mutations:
                dom_mutations_item = DOMMutation.from_dict(dom_mutations_item_data)

                dom_mutations.append(dom_mutations_item)

        visual_change = cls(
            description=description,
            css=css,
            variation=variation,
            dom_mutations=dom_mutations,
        )

        visual_change.additional_properties = d
        return visual_change

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
from ..models.dom_mutation import DOMMutation
