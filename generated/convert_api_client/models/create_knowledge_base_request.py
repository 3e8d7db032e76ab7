from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..models.knowledge_base_statuses import KnowledgeBaseStatuses
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.base_simple_experience import BaseSimpleExperience
    from ..models.create_knowledge_base_request_prioritization_score_attributes_type_0 import (
        CreateKnowledgeBaseRequestPrioritizationScoreAttributesType0,
    )
    from ..models.tag_to_create import TagToCreate
    from ..models.uploaded_file_data import UploadedFileData


class CreateKnowledgeBaseRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        name (str): A concise title for the Knowledge Base entry, often derived from the original hypothesis name or a
            summary of the key learning (e.g., "Green CTA Button Increased Signups by 10%", "Simplified Navigation Did Not
            Improve Task Completion").
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
        prioritization_score_attributes (CreateKnowledgeBaseRequestPrioritizationScoreAttributesType0 | None | Unset):
            Prioritization score attributes
        experiences (list[BaseSimpleExperience | int] | None | Unset): The list of experiences connected to this
            knowledge base
        description (str | Unset): Detailed description of the knowledge base
        files (list[UploadedFileData] | None | Unset): Files attached to the knowledge base
        tags (list[int | TagToCreate] | None | Unset): The list of tags connected to this observation
    """

    name: str
    status: KnowledgeBaseStatuses | UnsetType = UNSET
    summary: str | UnsetType = UNSET
    url: None | str | UnsetType = UNSET
    objective: str | UnsetType = UNSET
    start_date: datetime.date | None | UnsetType = UNSET
    end_date: datetime.date | None | UnsetType = UNSET
    prioritization_score_type: None | str | UnsetType = UNSET
    prioritization_score_attributes: (
        CreateKnowledgeBaseRequestPrioritizationScoreAttributesType0 | None | UnsetType
    ) = UNSET
    experiences: list[BaseSimpleExperience | int] | None | UnsetType = UNSET
    description: str | UnsetType = UNSET
    files: list[UploadedFileData] | None | UnsetType = UNSET
    tags: list[int | TagToCreate] | None | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.base_simple_experience import BaseSimpleExperience
from ..models.create_knowledge_base_request_prioritization_score_attributes_type_0 import (
    CreateKnowledgeBaseRequestPrioritizationScoreAttributesType0,
)
from ..models.tag_to_create import TagToCreate
from ..models.uploaded_file_data import UploadedFileData
