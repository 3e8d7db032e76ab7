from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..models.knowledge_base_statuses import KnowledgeBaseStatuses
from ..types import Model

if TYPE_CHECKING:
    from ..models.base_simple_experience import BaseSimpleExperience
    from ..models.knowledge_base_prioritization_score_attributes_type_0 import (
        KnowledgeBasePrioritizationScoreAttributesType0,
    )
    from ..models.project import Project
    from ..models.tag import Tag
    from ..models.uploaded_file_data import UploadedFileData


class KnowledgeBase(
    Model,
):
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for this Knowledge Base entry.
        name (str | Unset): A concise title for the Knowledge Base entry, often derived from the original hypothesis
            name or a summary of the key learning (e.g., "Green CTA Button Increased Signups by 10%", "Simplified Navigation
            Did Not Improve Task Completion").
        project (int | Project | Unset):
        status (KnowledgeBaseStatuses | Unset): The status of a Knowledge Base entry:

            * active: The entry is current and relevant.
            * archived: The entry is kept for historical purposes but may no longer be considered current best practice or
            has been superseded by newer learnings.
        summary (str | Unset): A detailed summary of the findings, insights, and conclusions derived from the tested
            hypothesis that led to this Knowledge Base entry. This should articulate what was learned, whether the
            hypothesis was proven or disproven, and any actionable takeaways.
        url (None | str | Unset): Url reference for the knowledge base
        objective (str | Unset): A given description for the knowledge base to easily identify it later
        start_date (datetime.date | None | Unset): The date in format YYYY-MM-DD
        end_date (datetime.date | None | Unset): The date in format YYYY-MM-DD
        prioritization_score_type (None | str | Unset): A given description of prioritizing model
        prioritization_score_attributes (KnowledgeBasePrioritizationScoreAttributesType0 | None | Unset): Prioritization
            score attributes
        experiences (list[BaseSimpleExperience | int] | None | Unset): The list of experiences connected to this
            knowledge base
        description (str | Unset): Detailed description of the knowledge base
        files (list[UploadedFileData] | None | Unset): Files attached to the knowledge base
        created_by (None | str | Unset): The name or identifier of the user who created this Knowledge Base entry (often
            the person who marked the source hypothesis as proven/disproven).
        updated_at (int | Unset): Unix timestamp (UTC) indicating when this Knowledge Base entry was last updated or
            created.
        tags (list[int | Tag] | None | Unset): The list of tags connected to this knowledge base
    """

    id: int | None = None
    name: str | None = None
    project: int | Project | None = None
    status: KnowledgeBaseStatuses | None = None
    summary: str | None = None
    url: None | str = None
    objective: str | None = None
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    prioritization_score_type: None | str = None
    prioritization_score_attributes: (
        KnowledgeBasePrioritizationScoreAttributesType0 | None
    ) = None
    experiences: list[BaseSimpleExperience | int] | None = None
    description: str | None = None
    files: list[UploadedFileData] | None = None
    created_by: None | str = None
    updated_at: int | None = None
    tags: list[int | Tag] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.base_simple_experience import BaseSimpleExperience
from ..models.knowledge_base_prioritization_score_attributes_type_0 import (
    KnowledgeBasePrioritizationScoreAttributesType0,
)
from ..models.project import Project
from ..models.tag import Tag
from ..models.uploaded_file_data import UploadedFileData
