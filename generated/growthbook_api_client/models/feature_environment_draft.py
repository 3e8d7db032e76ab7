from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_experiment_rule import FeatureExperimentRule
    from ..models.feature_force_rule import FeatureForceRule
    from ..models.feature_rollout_rule import FeatureRolloutRule


T = TypeVar("T", bound="FeatureEnvironmentDraft")


@_attrs_define
class FeatureEnvironmentDraft:
    """Unpublished draft of a feature's settings in one environment.

    Attributes:
        enabled (bool | Unset):
        default_value (str | Unset):
        rules (list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule] | Unset):
        definition (str | Unset): A JSON stringified FeatureDefinition
    """

    enabled: bool | Unset = UNSET
    default_value: str | Unset = UNSET
    rules: (
        list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule] | Unset
    ) = UNSET
    definition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        default_value = self.default_value

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item: dict[str, Any]
                if isinstance(rules_item_data, FeatureExperimentRule) or isinstance(
                    rules_item_data, FeatureRolloutRule
                ):
                    rules_item = rules_item_data.to_dict()
                else:
                    rules_item = rules_item_data.to_dict()

                rules.append(rules_item)

        definition = self.definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if rules is not UNSET:
            field_dict["rules"] = rules
        if definition is not UNSET:
            field_dict["definition"] = definition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        default_value = d.pop("defaultValue", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: (
            list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule] | Unset
        ) = UNSET
        if _rules is not UNSET:
            if not isinstance(_rules, list):
                raise TypeError(f"rules: expected a list, got {type(_rules).__name__}")
            rules = []
            for rules_item_data in _rules:

                def _parse_rules_item(
                    data: object,
                ) -> FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_feature_rule_type_0 = (
                            FeatureExperimentRule.from_dict(data)
                        )

                        return componentsschemas_feature_rule_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_feature_rule_type_1 = (
                            FeatureRolloutRule.from_dict(data)
                        )

                        return componentsschemas_feature_rule_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_feature_rule_type_2 = FeatureForceRule.from_dict(
                        data
                    )

                    return componentsschemas_feature_rule_type_2

                rules_item = _parse_rules_item(rules_item_data)

                rules.append(rules_item)

        definition = d.pop("definition", UNSET)

        feature_environment_draft = cls(
            enabled=enabled,
            default_value=default_value,
            rules=rules,
            definition=definition,
        )

        feature_environment_draft.additional_properties = d
        return feature_environment_draft

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
from ..models.feature_experiment_rule import FeatureExperimentRule
from ..models.feature_force_rule import FeatureForceRule
from ..models.feature_rollout_rule import FeatureRolloutRule
