from __future__ import annotations

from ..types import Model


class BulkExperiencesDeleteRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (list[int]): A list of unique numerical identifiers for experiences to be affected by a bulk operation.
    """

    id: list[int]
