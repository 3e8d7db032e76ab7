from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_element_no_url import RuleElementNoUrl


T = TypeVar("T", bound="RuleObjectNoUrlORItemANDItem")


@_attrs_define
class RuleObjectNoUrlORItemANDItem:
    """
    Attributes:
        or_when (list[RuleElementNoUrl] | Unset): Any of these RuleElementNoUrl conditions must be true.
    """

    or_when: list[RuleElementNoUrl] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        or_when: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_when, Unset):
            or_when = []
            for or_when_item_data in self.or_when:
                or_when_item = or_when_item_data.to_dict()
                or_when.append(or_when_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if or_when is not UNSET:
            field_dict["OR_WHEN"] = or_when

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _or_when = d.pop("OR_WHEN", UNSET)
        or_when: list[RuleElementNoUrl] | Unset = UNSET
        if _or_when is not UNSET:
            if not isinstance(_or_when, list):
                raise TypeError(
                    f"or_when: expected a list, got {type(_or_when).__name__}"
                )
            or_when = []
            for or_when_item_data in _or_when:
                or_when_item = RuleElementNoUrl.from_dict(or_when_item_data)

                or_when.append(or_when_item)

        rule_object_no_url_or_item_and_item = cls(
            or_when=or_when,
        )

        rule_object_no_url_or_item_and_item.additional_properties = d
        return rule_object_no_url_or_item_and_item

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
from ..models.rule_element_no_url import RuleElementNoUrl
