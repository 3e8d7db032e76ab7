from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.goal_statuses import GoalStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goal_stats import GoalStats
    from ..models.goal_triggering_rule_type_0 import GoalTriggeringRuleType0


T = TypeVar("T", bound="Goal")


@_attrs_define
class Goal:
    """A goal is the object which defines how a conversion would be tracked.

    Attributes:
        id (int | Unset): The unique numerical identifier for the goal.
        name (str | Unset): A user-defined, friendly name for the goal (e.g., "Completed Purchase", "Newsletter Signup",
            "Viewed Pricing Page"). This name appears in reports and when selecting goals for experiences.
        key (str | Unset): A unique, machine-readable string key for this goal within the project. Often auto-generated
            from the name if not specified, but can be user-defined for easier programmatic reference. Example:
            "completed_purchase_main_flow".
        description (str | Unset): An optional, more detailed explanation of what this goal measures or its significance
            to business objectives.
        is_system (bool | Unset): Indicates if this is a system-defined default goal (e.g., "Decrease Bounce Rate",
            "Increase Engagement"). System goals cannot be deleted but their usage can be controlled.
        stats (GoalStats | Unset):
        triggering_rule (GoalTriggeringRuleType0 | None | Unset): Defines the logical structure for combining multiple
            rule conditions. It uses a nested OR -> AND -> OR_WHEN structure.

            - The top-level OR array means if any of its contained AND blocks evaluate to true, the entire rule set is true.
            - Each object within the OR array has an AND array. For this AND block to be true, all of its contained OR_WHEN
            blocks must evaluate to true.
            - Each object within the AND array has an OR_WHEN array. For this OR_WHEN block to be true, any of its
            individual RuleElement conditions must evaluate to true. This structure allows for complex logical expressions
            like (CondA AND CondB) OR (CondC AND CondD).
        selected_default (bool | Unset): If true, this goal will be automatically pre-selected when creating new
            experiences within the project. Useful for commonly tracked primary conversions.
        status (GoalStatuses | Unset): The current status of a goal:

            - active: The goal is active and will track conversions for experiences it's attached to.
            - archived: The goal is archived and will not track new conversions. Its historical data remains accessible in
            reports for experiences that previously used it. Archived goals can often be cloned or unarchived. Knowledge
            Base: "Benefits of Archiving Unused Goals, Locations, and Audiences."
        type_ (Any | Unset): The goal type (e.g. "advanced"). The reference types this field as `any`; the values are
            the goal types (see GoalTypes).
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    key: str | Unset = UNSET
    description: str | Unset = UNSET
    is_system: bool | Unset = UNSET
    stats: GoalStats | Unset = UNSET
    triggering_rule: GoalTriggeringRuleType0 | None | Unset = UNSET
    selected_default: bool | Unset = UNSET
    status: GoalStatuses | Unset = UNSET
    type_: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        key = self.key

        description = self.description

        is_system = self.is_system

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        triggering_rule: dict[str, Any] | None | Unset
        if isinstance(self.triggering_rule, Unset):
            triggering_rule = UNSET
        elif isinstance(self.triggering_rule, GoalTriggeringRuleType0):
            triggering_rule = self.triggering_rule.to_dict()
        else:
            triggering_rule = self.triggering_rule

        selected_default = self.selected_default

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if key is not UNSET:
            field_dict["key"] = key
        if description is not UNSET:
            field_dict["description"] = description
        if is_system is not UNSET:
            field_dict["is_system"] = is_system
        if stats is not UNSET:
            field_dict["stats"] = stats
        if triggering_rule is not UNSET:
            field_dict["triggering_rule"] = triggering_rule
        if selected_default is not UNSET:
            field_dict["selected_default"] = selected_default
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        key = d.pop("key", UNSET)

        description = d.pop("description", UNSET)

        is_system = d.pop("is_system", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: GoalStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = GoalStats.from_dict(_stats)

        def _parse_triggering_rule(
            data: object,
        ) -> GoalTriggeringRuleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triggering_rule_type_0 = GoalTriggeringRuleType0.from_dict(data)

                return triggering_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GoalTriggeringRuleType0 | None | Unset, data)

        triggering_rule = _parse_triggering_rule(d.pop("triggering_rule", UNSET))

        selected_default = d.pop("selected_default", UNSET)

        _status = d.pop("status", UNSET)
        status: GoalStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GoalStatuses(_status)

        type_ = d.pop("type", UNSET)

        goal = cls(
            id=id,
            name=name,
            key=key,
            description=description,
            is_system=is_system,
            stats=stats,
            triggering_rule=triggering_rule,
            selected_default=selected_default,
            status=status,
            type_=type_,
        )

        goal.additional_properties = d
        return goal

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
from ..models.goal_stats import GoalStats
from ..models.goal_triggering_rule_type_0 import GoalTriggeringRuleType0
