from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DOMMutation")


@_attrs_define
class DOMMutation:
    """One change to the page's DOM.

    Attributes:
        selector (str | Unset):
        action (str | Unset): What to do to the selected elements (the reference shows `append`).
        attribute (str | Unset):
        value (str | Unset):
    """

    selector: str | Unset = UNSET
    action: str | Unset = UNSET
    attribute: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selector = self.selector

        action = self.action

        attribute = self.attribute

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selector is not UNSET:
            field_dict["selector"] = selector
        if action is not UNSET:
            field_dict["action"] = action
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        selector = d.pop("selector", UNSET)

        action = d.pop("action", UNSET)

        attribute = d.pop("attribute", UNSET)

        value = d.pop("value", UNSET)

        dom_mutation = cls(
            selector=selector,
            action=action,
            attribute=attribute,
            value=value,
        )

        dom_mutation.additional_properties = d
        return dom_mutation

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
