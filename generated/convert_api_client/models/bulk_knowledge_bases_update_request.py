from __future__ import annotations

from ..models.knowledge_base_statuses import KnowledgeBaseStatuses
from ..types import Model


class BulkKnowledgeBasesUpdateRequest(
    Model,
    omit_defaults=False,
):
    """Contains a list of Knowledge Base entry ids and the target status to apply to all of them.

    Attributes:
        id (list[int]): A list of Knowledge Base entry unique numerical identifiers to be affected by a bulk operation.
        status (KnowledgeBaseStatuses): The status of a Knowledge Base entry:

            * active: The entry is current and relevant.
            * archived: The entry is kept for historical purposes but may no longer be considered current best practice or
            has been superseded by newer learnings.
    """

    id: list[int]
    status: KnowledgeBaseStatuses
