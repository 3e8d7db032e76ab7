from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GoalTriggeringRuleType0")


@_attrs_define
class GoalTriggeringRuleType0:
    """Defines the logical structure for combining multiple rule conditions. It uses a nested OR -> AND -> OR_WHEN
    structure.

    - The top-level OR array means if any of its contained AND blocks evaluate to true, the entire rule set is true.
    - Each object within the OR array has an AND array. For this AND block to be true, all of its contained OR_WHEN
    blocks must evaluate to true.
    - Each object within the AND array has an OR_WHEN array. For this OR_WHEN block to be true, any of its individual
    RuleElement conditions must evaluate to true. This structure allows for complex logical expressions like (CondA AND
    CondB) OR (CondC AND CondD).

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        goal_triggering_rule_type_0 = cls()

        goal_triggering_rule_type_0.additional_properties = d
        return goal_triggering_rule_type_0

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
