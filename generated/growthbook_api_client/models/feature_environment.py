from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_environment_draft import FeatureEnvironmentDraft
    from ..models.feature_experiment_rule import FeatureExperimentRule
    from ..models.feature_force_rule import FeatureForceRule
    from ..models.feature_rollout_rule import FeatureRolloutRule


T = TypeVar("T", bound="FeatureEnvironment")


@_attrs_define
class FeatureEnvironment:
    """A feature's settings in one environment.

    Attributes:
        enabled (bool):
        default_value (str):
        rules (list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule]):
        definition (str | Unset): A JSON stringified FeatureDefinition
        draft (FeatureEnvironmentDraft | Unset): Unpublished draft of a feature's settings in one environment.
    """

    enabled: bool
    default_value: str
    rules: list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule]
    definition: str | Unset = UNSET
    draft: FeatureEnvironmentDraft | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        default_value = self.default_value

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

        draft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft, Unset):
            draft = self.draft.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "defaultValue": default_value,
                "rules": rules,
            }
        )
        if definition is not UNSET:
            field_dict["definition"] = definition
        if draft is not UNSET:
            field_dict["draft"] = draft

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        default_value = d.pop("defaultValue")

        rules = []
        _rules = d.pop("rules")
        if not isinstance(_rules, list):
            raise TypeError(f"rules: expected a list, got {type(_rules).__name__}")
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
                componentsschemas_feature_rule_type_2 = FeatureForceRule.from_dict(data)

                return componentsschemas_feature_rule_type_2

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        definition = d.pop("definition", UNSET)

        _draft = d.pop("draft", UNSET)
        draft: FeatureEnvironmentDraft | Unset
        if isinstance(_draft, Unset):
            draft = UNSET
        else:
            draft = FeatureEnvironmentDraft.from_dict(_draft)

        feature_environment = cls(
            enabled=enabled,
            default_value=default_value,
            rules=rules,
            definition=definition,
            draft=draft,
        )

        feature_environment.additional_properties = d
        return feature_environment

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
from ..models.feature_environment_draft import FeatureEnvironmentDraft
from ..models.feature_experiment_rule import FeatureExperimentRule
from ..models.feature_force_rule import FeatureForceRule
from ..models.feature_rollout_rule import FeatureRolloutRule
