from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models.goal_statuses import GoalStatuses
from ..types import Model

if TYPE_CHECKING:
    from ..models.goal_stats import GoalStats
    from ..models.goal_triggering_rule_type_0 import GoalTriggeringRuleType0


class Goal(
    Model,
    rename={
        "type_": "type",
    },
):
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

    id: int | None = None
    name: str | None = None
    key: str | None = None
    description: str | None = None
    is_system: bool | None = None
    stats: GoalStats | None = None
    triggering_rule: GoalTriggeringRuleType0 | None = None
    selected_default: bool | None = None
    status: GoalStatuses | None = None
    type_: Any | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.goal_stats import GoalStats
from ..models.goal_triggering_rule_type_0 import GoalTriggeringRuleType0
