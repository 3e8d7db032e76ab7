from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GadgetRuleRollout")


@_attrs_define
class GadgetRuleRollout:
    """
    Attributes:
        type_ (Literal['rollout'] | Unset):
        coverage (float | Unset):
    """

    type_: Literal["rollout"] | Unset = UNSET
    coverage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coverage = self.coverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if coverage is not UNSET:
            field_dict["coverage"] = coverage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["rollout"] | Unset, d.pop("type", UNSET))
        if type_ != "rollout" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'rollout', got '{type_}'")

        coverage = d.pop("coverage", UNSET)

        gadget_rule_rollout = cls(
            type_=type_,
            coverage=coverage,
        )

        gadget_rule_rollout.additional_properties = d
        return gadget_rule_rollout

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
