from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.goal_statuses import GoalStatuses
from ..models.goal_types import GoalTypes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_object import RuleObject
    from ..models.update_goal_request_settings import UpdateGoalRequestSettings


T = TypeVar("T", bound="UpdateGoalRequest")


@_attrs_define
class UpdateGoalRequest:
    """Contains the fields of the goal to be updated. This can include name, description, status, type, settings (specific
    to goal type), or triggering_rule.

        Attributes:
            name (str | Unset): A user-defined, friendly name for the goal (e.g., "Completed Purchase", "Newsletter Signup",
                "Viewed Pricing Page"). This name appears in reports and when selecting goals for experiences.
            key (str | Unset): A unique, machine-readable string key for this goal within the project. Often auto-generated
                from the name if not specified, but can be user-defined for easier programmatic reference. Example:
                "completed_purchase_main_flow".
            description (str | Unset): An optional, more detailed explanation of what this goal measures or its significance
                to business objectives.
            triggering_rule (None | RuleObject | Unset): Defines the logical structure for combining multiple rule
                conditions (OR -> AND -> OR_WHEN of RuleElement conditions).
            selected_default (bool | Unset): If true, this goal will be automatically pre-selected when creating new
                experiences within the project. Useful for commonly tracked primary conversions.
            status (GoalStatuses | Unset): The current status of a goal:

                - active: The goal is active and will track conversions for experiences it's attached to.
                - archived: The goal is archived and will not track new conversions. Its historical data remains accessible in
                reports for experiences that previously used it. Archived goals can often be cloned or unarchived. Knowledge
                Base: "Benefits of Archiving Unused Goals, Locations, and Audiences."
            type_ (GoalTypes | Unset): The type of a goal, i.e. how its conversion is detected.
            settings (UpdateGoalRequestSettings | Unset): Settings specific to the goal type, such as the target URL for a
                page visit goal or the CSS selector for a click goal. The reference collapses this object and does not list its
                fields.
    """

    name: str | Unset = UNSET
    key: str | Unset = UNSET
    description: str | Unset = UNSET
    triggering_rule: None | RuleObject | Unset = UNSET
    selected_default: bool | Unset = UNSET
    status: GoalStatuses | Unset = UNSET
    type_: GoalTypes | Unset = UNSET
    settings: UpdateGoalRequestSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        description = self.description

        triggering_rule: dict[str, Any] | None | Unset
        if isinstance(self.triggering_rule, Unset):
            triggering_rule = UNSET
        elif isinstance(self.triggering_rule, RuleObject):
            triggering_rule = self.triggering_rule.to_dict()
        else:
            triggering_rule = self.triggering_rule

        selected_default = self.selected_default

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if key is not UNSET:
            field_dict["key"] = key
        if description is not UNSET:
            field_dict["description"] = description
        if triggering_rule is not UNSET:
            field_dict["triggering_rule"] = triggering_rule
        if selected_default is not UNSET:
            field_dict["selected_default"] = selected_default
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        key = d.pop("key", UNSET)

        description = d.pop("description", UNSET)

        def _parse_triggering_rule(data: object) -> None | RuleObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triggering_rule_type_0 = RuleObject.from_dict(data)

                return triggering_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleObject | Unset, data)

        triggering_rule = _parse_triggering_rule(d.pop("triggering_rule", UNSET))

        selected_default = d.pop("selected_default", UNSET)

        _status = d.pop("status", UNSET)
        status: GoalStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GoalStatuses(_status)

        _type_ = d.pop("type", UNSET)
        type_: GoalTypes | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GoalTypes(_type_)

        _settings = d.pop("settings", UNSET)
        settings: UpdateGoalRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UpdateGoalRequestSettings.from_dict(_settings)

        update_goal_request = cls(
            name=name,
            key=key,
            description=description,
            triggering_rule=triggering_rule,
            selected_default=selected_default,
            status=status,
            type_=type_,
            settings=settings,
        )

        update_goal_request.additional_properties = d
        return update_goal_request

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
from ..models.rule_object import RuleObject
from ..models.update_goal_request_settings import UpdateGoalRequestSettings
