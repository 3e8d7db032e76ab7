from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FeatureRolloutRule")


@_attrs_define
class FeatureRolloutRule:
    """A rule that serves a value to a percentage of matching users.

    Attributes:
        description (str):
        condition (str):
        id (str):
        enabled (bool):
        type_ (str):
        value (str):
        coverage (float):
        hash_attribute (str):
    """

    description: str
    condition: str
    id: str
    enabled: bool
    type_: str
    value: str
    coverage: float
    hash_attribute: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        condition = self.condition

        id = self.id

        enabled = self.enabled

        type_ = self.type_

        value = self.value

        coverage = self.coverage

        hash_attribute = self.hash_attribute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "condition": condition,
                "id": id,
                "enabled": enabled,
                "type": type_,
                "value": value,
                "coverage": coverage,
                "hashAttribute": hash_attribute,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        condition = d.pop("condition")

        id = d.pop("id")

        enabled = d.pop("enabled")

        type_ = d.pop("type")

        value = d.pop("value")

        coverage = d.pop("coverage")

        hash_attribute = d.pop("hashAttribute")

        feature_rollout_rule = cls(
            description=description,
            condition=condition,
            id=id,
            enabled=enabled,
            type_=type_,
            value=value,
            coverage=coverage,
            hash_attribute=hash_attribute,
        )

        feature_rollout_rule.additional_properties = d
        return feature_rollout_rule

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
