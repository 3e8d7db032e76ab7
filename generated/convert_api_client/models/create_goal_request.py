from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.goal_statuses import GoalStatuses
from ..models.goal_types import GoalTypes
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.create_goal_request_settings import CreateGoalRequestSettings
    from ..models.rule_object import RuleObject


class CreateGoalRequest(
    Model,
    rename={
        "type_": "type",
    },
    omit_defaults=False,
):
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
    key: str | UnsetType = UNSET
    description: str | UnsetType = UNSET
    selected_default: bool | UnsetType = UNSET
    status: GoalStatuses | UnsetType = UNSET
    settings: CreateGoalRequestSettings | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.create_goal_request_settings import CreateGoalRequestSettings
from ..models.rule_object import RuleObject
