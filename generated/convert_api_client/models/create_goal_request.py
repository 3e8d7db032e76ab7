from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.goal_statuses import GoalStatuses
from ..models.goal_types import GoalTypes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_goal_request_settings import CreateGoalRequestSettings
    from ..models.rule_object import RuleObject


T = TypeVar("T", bound="CreateGoalRequest")


@_attrs_define
class CreateGoalRequest:
    """Goal request object to create goal data.

    Attributes:
        name (str): A user-defined, friendly name for the goal (e.g., "Completed Purchase", "Newsletter Signup", "Viewed
            Pricing Page"). This name appears in reports and when selecting goals for experiences.
        triggering_rule (None | RuleObject): Defines the logical structure for combining multiple rule conditions (OR ->
            AND -> OR_WHEN of RuleElement conditions).
        type_ (GoalTypes): The type of a goal, i.e. how its conversion is detected.
        key (str | Unset): A unique, machine-readable string key for this goal within the project. Often auto-generated
            from the name if not specified, but can be user-defined for easier programmatic reference. Example:
            "completed_purchase_main_flow".
        description (str | Unset): An optional, more detailed explanation of what this goal measures or its significance
            to business objectives.
        selected_default (bool | Unset): If true, this goal will be automatically pre-selected when creating new
            experiences within the project. Useful for commonly tracked primary conversions.
        status (GoalStatuses | Unset): The current status of a goal:

            - active: The goal is active and will track conversions for experiences it's attached to.
            - archived: The goal is archived and will not track new conversions. Its historical data remains accessible in
            reports for experiences that previously used it. Archived goals can often be cloned or unarchived. Knowledge
            Base: "Benefits of Archiving Unused Goals, Locations, and Audiences."
        settings (CreateGoalRequestSettings | Unset): Settings specific to the goal type, such as the target URL for a
            page visit goal or the CSS selector for a click goal. The reference collapses this object and does not list its
            fields.
    """

    name: str
    triggering_rule: None | RuleObject
    type_: GoalTypes
    key: str | Unset = UNSET
    description: str | Unset = UNSET
    selected_default: bool | Unset = UNSET
    status: GoalStatuses | Unset = UNSET
    settings: CreateGoalRequestSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        triggering_rule: dict[str, Any] | None
        if isinstance(self.triggering_rule, RuleObject):
            triggering_rule = self.triggering_rule.to_dict()
        else:
            triggering_rule = self.triggering_rule

        type_ = self.type_.value

        key = self.key

        description = self.description

        selected_default = self.selected_default

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "triggering_rule": triggering_rule,
                "type": type_,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if description is not UNSET:
            field_dict["description"] = description
        if selected_default is not UNSET:
            field_dict["selected_default"] = selected_default
        if status is not UNSET:
            field_dict["status"] = status
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_triggering_rule(data: object) -> None | RuleObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triggering_rule_type_0 = RuleObject.from_dict(data)

                return triggering_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleObject, data)

        triggering_rule = _parse_triggering_rule(d.pop("triggering_rule"))

        type_ = GoalTypes(d.pop("type"))

        key = d.pop("key", UNSET)

        description = d.pop("description", UNSET)

        selected_default = d.pop("selected_default", UNSET)

        _status = d.pop("status", UNSET)
        status: GoalStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GoalStatuses(_status)

        _settings = d.pop("settings", UNSET)
        settings: CreateGoalRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CreateGoalRequestSettings.from_dict(_settings)

        create_goal_request = cls(
            name=name,
            triggering_rule=triggering_rule,
            type_=type_,
            key=key,
            description=description,
            selected_default=selected_default,
            status=status,
            settings=settings,
        )

        create_goal_request.additional_properties = d
        return create_goal_request

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
from ..models.create_goal_request_settings import CreateGoalRequestSettings
from ..models.rule_object import RuleObject
