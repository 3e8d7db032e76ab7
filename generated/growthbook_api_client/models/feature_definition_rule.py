from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_definition_rule_condition import (
        FeatureDefinitionRuleCondition,
    )


T = TypeVar("T", bound="FeatureDefinitionRule")


@_attrs_define
class FeatureDefinitionRule:
    """One rule of a FeatureDefinition.

    Attributes:
        force (str | Unset):
        weights (list[Any] | Unset): Per-variation weights (the reference leaves the item type open).
        variations (list[str] | Unset):
        hash_attribute (str | Unset):
        namespace (list[float] | Unset): A namespace given as a three-item array.
        key (str | Unset):
        coverage (float | Unset):
        condition (FeatureDefinitionRuleCondition | Unset):
    """

    force: str | Unset = UNSET
    weights: list[Any] | Unset = UNSET
    variations: list[str] | Unset = UNSET
    hash_attribute: str | Unset = UNSET
    namespace: list[float] | Unset = UNSET
    key: str | Unset = UNSET
    coverage: float | Unset = UNSET
    condition: FeatureDefinitionRuleCondition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        force = self.force

        weights: list[Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights

        variations: list[str] | Unset = UNSET
        if not isinstance(self.variations, Unset):
            variations = self.variations

        hash_attribute = self.hash_attribute

        namespace: list[float] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace

        key = self.key

        coverage = self.coverage

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if force is not UNSET:
            field_dict["force"] = force
        if weights is not UNSET:
            field_dict["weights"] = weights
        if variations is not UNSET:
            field_dict["variations"] = variations
        if hash_attribute is not UNSET:
            field_dict["hashAttribute"] = hash_attribute
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if key is not UNSET:
            field_dict["key"] = key
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        force = d.pop("force", UNSET)

        weights = cast(list[Any], d.pop("weights", UNSET))

        variations = cast(list[str], d.pop("variations", UNSET))

        hash_attribute = d.pop("hashAttribute", UNSET)

        namespace = cast(list[float], d.pop("namespace", UNSET))

        key = d.pop("key", UNSET)

        coverage = d.pop("coverage", UNSET)

        _condition = d.pop("condition", UNSET)
        condition: FeatureDefinitionRuleCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = FeatureDefinitionRuleCondition.from_dict(_condition)

        feature_definition_rule = cls(
            force=force,
            weights=weights,
            variations=variations,
            hash_attribute=hash_attribute,
            namespace=namespace,
            key=key,
            coverage=coverage,
            condition=condition,
        )

        feature_definition_rule.additional_properties = d
        return feature_definition_rule

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
from ..models.feature_definition_rule_condition import FeatureDefinitionRuleCondition
