from __future__ import annotations

from ..types import Model


class BulkGoalsDeleteRequest(
    Model,
    omit_defaults=False,
):
    """A list of goal ids to delete.

    Attributes:
        id (list[int]): The list of goals id to delete
    """

    id: list[int]
