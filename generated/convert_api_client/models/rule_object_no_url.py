from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_object_no_url_or_item import RuleObjectNoUrlORItem


T = TypeVar("T", bound="RuleObjectNoUrl")


@_attrs_define
class RuleObjectNoUrl:
    """Similar to RuleObject, but the individual RuleElementNoUrl conditions within OR_WHEN arrays cannot include URL-based
    matching types. Used for 'permanent' or 'transient' audiences where URL context is not persistently evaluated or
    relevant for the audience type.

    Uses a nested OR -> AND -> OR_WHEN structure:

    * The top-level OR array means if any of its contained AND blocks evaluate to true, the entire rule set is true.
    * Each object within the OR array has an AND array. For this AND block to be true, all of its contained OR_WHEN
    blocks must evaluate to true.
    * Each object within the AND array has an OR_WHEN array. For this OR_WHEN block to be true, any of its individual
    RuleElementNoUrl conditions must evaluate to true.

    This structure allows for complex logical expressions like (CondA AND CondB) OR (CondC AND CondD).

        Attributes:
            or_ (list[RuleObjectNoUrlORItem] | Unset): Alternatives; the rule set is true if any of these AND blocks is
                true.
    """

    or_: list[RuleObjectNoUrlORItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = []
            for or_item_data in self.or_:
                or_item = or_item_data.to_dict()
                or_.append(or_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if or_ is not UNSET:
            field_dict["OR"] = or_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _or_ = d.pop("OR", UNSET)
        or_: list[RuleObjectNoUrlORItem] | Unset = UNSET
        if _or_ is not UNSET:
            if not isinstance(_or_, list):
                raise TypeError(f"or_: expected a list, got {type(_or_).__name__}")
            or_ = []
            for or_item_data in _or_:
                or_item = RuleObjectNoUrlORItem.from_dict(or_item_data)

                or_.append(or_item)

        rule_object_no_url = cls(
            or_=or_,
        )

        rule_object_no_url.additional_properties = d
        return rule_object_no_url

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
from ..models.rule_object_no_url_or_item import RuleObjectNoUrlORItem
