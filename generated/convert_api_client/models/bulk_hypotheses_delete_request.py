from __future__ import annotations

from ..types import Model


class BulkHypothesesDeleteRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (list[int]): A list of hypothesis unique numerical identifiers to be affected by a bulk operation.
    """

    id: list[int]
