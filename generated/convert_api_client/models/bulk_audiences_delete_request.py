from __future__ import annotations

from ..types import Model


class BulkAudiencesDeleteRequest(
    Model,
    omit_defaults=False,
):
    """A list of audience ids to delete.

    Attributes:
        id (list[int]): A list of audience unique numerical identifiers to be affected by a bulk operation.
    """

    id: list[int]
