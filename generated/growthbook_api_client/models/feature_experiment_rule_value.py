from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureExperimentRuleValue")


@_attrs_define
class FeatureExperimentRuleValue:
    """One variation of an experiment rule.

    Attributes:
        value (str | Unset):
        weight (float | Unset):
        name (str | Unset):
    """

    value: str | Unset = UNSET
    weight: float | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        weight = self.weight

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if weight is not UNSET:
            field_dict["weight"] = weight
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        weight = d.pop("weight", UNSET)

        name = d.pop("name", UNSET)

        feature_experiment_rule_value = cls(
            value=value,
            weight=weight,
            name=name,
        )

        feature_experiment_rule_value.additional_properties = d
        return feature_experiment_rule_value

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
