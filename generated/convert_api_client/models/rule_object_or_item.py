from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_object_or_item_and_item import RuleObjectORItemANDItem


T = TypeVar("T", bound="RuleObjectORItem")


@_attrs_define
class RuleObjectORItem:
    """
    Attributes:
        and_ (list[RuleObjectORItemANDItem] | Unset): All of these OR_WHEN blocks must be true.
    """

    and_: list[RuleObjectORItemANDItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = []
            for and_item_data in self.and_:
                and_item = and_item_data.to_dict()
                and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["AND"] = and_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _and_ = d.pop("AND", UNSET)
        and_: list[RuleObjectORItemANDItem] | Unset = UNSET
        if _and_ is not UNSET:
            if not isinstance(_and_, list):
                raise TypeError(f"and_: expected a list, got {type(_and_).__name__}")
            and_ = []
            for and_item_data in _and_:
                and_item = RuleObjectORItemANDItem.from_dict(and_item_data)

                and_.append(and_item)

        rule_object_or_item = cls(
            and_=and_,
        )

        rule_object_or_item.additional_properties = d
        return rule_object_or_item

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
from ..models.rule_object_or_item_and_item import RuleObjectORItemANDItem
