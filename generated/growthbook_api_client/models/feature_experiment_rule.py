from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_experiment_rule_namespace import (
        FeatureExperimentRuleNamespace,
    )
    from ..models.feature_experiment_rule_value import FeatureExperimentRuleValue


T = TypeVar("T", bound="FeatureExperimentRule")


@_attrs_define
class FeatureExperimentRule:
    """A rule that runs an experiment, splitting matching users between weighted values.

    Attributes:
        description (str):
        condition (str):
        id (str):
        enabled (bool):
        type_ (str):
        tracking_key (str | Unset):
        hash_attribute (str | Unset):
        namespace (FeatureExperimentRuleNamespace | Unset): Namespace settings (the reference types this only as an
            object).
        coverage (float | Unset):
        value (list[FeatureExperimentRuleValue] | Unset):
    """

    description: str
    condition: str
    id: str
    enabled: bool
    type_: str
    tracking_key: str | Unset = UNSET
    hash_attribute: str | Unset = UNSET
    namespace: FeatureExperimentRuleNamespace | Unset = UNSET
    coverage: float | Unset = UNSET
    value: list[FeatureExperimentRuleValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        condition = self.condition

        id = self.id

        enabled = self.enabled

        type_ = self.type_

        tracking_key = self.tracking_key

        hash_attribute = self.hash_attribute

        namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace.to_dict()

        coverage = self.coverage

        value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = []
            for value_item_data in self.value:
                value_item = value_item_data.to_dict()
                value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "condition": condition,
                "id": id,
                "enabled": enabled,
                "type": type_,
            }
        )
        if tracking_key is not UNSET:
            field_dict["trackingKey"] = tracking_key
        if hash_attribute is not UNSET:
            field_dict["hashAttribute"] = hash_attribute
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        condition = d.pop("condition")

        id = d.pop("id")

        enabled = d.pop("enabled")

        type_ = d.pop("type")

        tracking_key = d.pop("trackingKey", UNSET)

        hash_attribute = d.pop("hashAttribute", UNSET)

        _namespace = d.pop("namespace", UNSET)
        namespace: FeatureExperimentRuleNamespace | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = FeatureExperimentRuleNamespace.from_dict(_namespace)

        coverage = d.pop("coverage", UNSET)

        _value = d.pop("value", UNSET)
        value: list[FeatureExperimentRuleValue] | Unset = UNSET
        if _value is not UNSET:
            if not isinstance(_value, list):
                raise TypeError(f"value: expected a list, got {type(_value).__name__}")
            value = []
            for value_item_data in _value:
                value_item = FeatureExperimentRuleValue.from_dict(value_item_data)

                value.append(value_item)

        feature_experiment_rule = cls(
            description=description,
            condition=condition,
            id=id,
            enabled=enabled,
            type_=type_,
            tracking_key=tracking_key,
            hash_attribute=hash_attribute,
            namespace=namespace,
            coverage=coverage,
            value=value,
        )

        feature_experiment_rule.additional_properties = d
        return feature_experiment_rule

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
from ..models.feature_experiment_rule_namespace import FeatureExperimentRuleNamespace
from ..models.feature_experiment_rule_value import FeatureExperimentRuleValue
