from __future__ import annotations

from ..types import Model


class BulkTagsDeleteRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (list[int]): A list of tag unique numerical identifiers to be affected by a bulk delete operation.
    """

    id: list[int]
