from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_definition_rule import FeatureDefinitionRule
    from ..models.feature_definition_value_type_3 import FeatureDefinitionValueType3


T = TypeVar("T", bound="FeatureDefinition")


@_attrs_define
class FeatureDefinition:
    """The feature as SDKs consume it. The API does not return this object
    directly: `FeatureEnvironment.definition` carries it as a JSON string.

        Attributes:
            default_value (FeatureDefinitionValueType3 | float | list[Any] | None | str): A feature value of any of the
                types the reference allows.
            rules (list[FeatureDefinitionRule] | Unset):
    """

    default_value: FeatureDefinitionValueType3 | float | list[Any] | None | str
    rules: list[FeatureDefinitionRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value: dict[str, Any] | float | list[Any] | None | str
        if isinstance(self.default_value, list):
            default_value = self.default_value

        elif isinstance(self.default_value, FeatureDefinitionValueType3):
            default_value = self.default_value.to_dict()
        else:
            default_value = self.default_value

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultValue": default_value,
            }
        )
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_default_value(
            data: object,
        ) -> FeatureDefinitionValueType3 | float | list[Any] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_feature_definition_value_type_2 = cast(
                    list[Any], data
                )

                return componentsschemas_feature_definition_value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_feature_definition_value_type_3 = (
                    FeatureDefinitionValueType3.from_dict(data)
                )

                return componentsschemas_feature_definition_value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                FeatureDefinitionValueType3 | float | list[Any] | None | str, data
            )

        default_value = _parse_default_value(d.pop("defaultValue"))

        _rules = d.pop("rules", UNSET)
        rules: list[FeatureDefinitionRule] | Unset = UNSET
        if _rules is not UNSET:
            if not isinstance(_rules, list):
                raise TypeError(f"rules: expected a list, got {type(_rules).__name__}")
            rules = []
            for rules_item_data in _rules:
                rules_item = FeatureDefinitionRule.from_dict(rules_item_data)

                rules.append(rules_item)

        feature_definition = cls(
            default_value=default_value,
            rules=rules,
        )

        feature_definition.additional_properties = d
        return feature_definition

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
from ..models.feature_definition_rule import FeatureDefinitionRule
from ..models.feature_definition_value_type_3 import FeatureDefinitionValueType3
