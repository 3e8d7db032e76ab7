from __future__ import annotations

from ..types import Model


class BulkLocationsDeleteRequest(
    Model,
    omit_defaults=False,
):
    """A list of location ids to delete.

    Attributes:
        id (list[int]): A list of location unique numerical identifiers to be affected by a bulk operation.
    """

    id: list[int]
