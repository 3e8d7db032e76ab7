from __future__ import annotations

from ..types import Model


class BulkFeaturesDeleteRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (list[int]): A list of feature unique numerical identifiers to be affected by a bulk operation.
    """

    id: list[int]
