from __future__ import annotations

from ..types import Model


class BulkKnowledgeBasesDeleteRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (list[int]): A list of Knowledge Base entry unique numerical identifiers to be affected by a bulk operation.
    """

    id: list[int]
