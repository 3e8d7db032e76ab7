from __future__ import annotations

from ..models.goal_statuses import GoalStatuses
from ..types import Model


class BulkGoalsUpdateRequest(
    Model,
    omit_defaults=False,
):
    """A list of goal ids and the target status to apply to all of them.

    Attributes:
        id (list[int]): The list of goals id to delete
        status (GoalStatuses): The current status of a goal:

            - active: The goal is active and will track conversions for experiences it's attached to.
            - archived: The goal is archived and will not track new conversions. Its historical data remains accessible in
            reports for experiences that previously used it. Archived goals can often be cloned or unarchived. Knowledge
            Base: "Benefits of Archiving Unused Goals, Locations, and Audiences."
    """

    id: list[int]
    status: GoalStatuses
