from __future__ import annotations

from ..models.knowledge_base_statuses import KnowledgeBaseStatuses
from ..types import UNSET, Model, UnsetType


class UpdateKnowledgeBaseRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        status (KnowledgeBaseStatuses | Unset): The status of a Knowledge Base entry:

            * active: The entry is current and relevant.
            * archived: The entry is kept for historical purposes but may no longer be considered current best practice or
            has been superseded by newer learnings.
    """

    status: KnowledgeBaseStatuses | UnsetType = UNSET
