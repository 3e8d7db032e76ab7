from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..models.hypothesis_statuses import HypothesisStatuses
from ..types import Model

if TYPE_CHECKING:
    from ..models.base_simple_experience import BaseSimpleExperience
    from ..models.pie_attributes import PIEAttributes
    from ..models.project import Project
    from ..models.tag import Tag
    from ..models.uploaded_file_data import UploadedFileData


class Hypothesis(
    Model,
):
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for the hypothesis.
        name (str | Unset): A user-defined, concise name for the hypothesis (e.g., "Changing CTA Button Color to Green",
            "Simplifying Signup Form"). This name appears in the Compass section of Convert.
        url (None | str | Unset): (Optional) A URL relevant to this hypothesis, such as the page where the proposed
            change would be implemented or a link to supporting research/data.
        project (int | Project | Unset):
        prioritization_score (str | Unset): The calculated priority score for this hypothesis, based on the chosen
            prioritization_score_type (PIE or ICE) and its attribute scores. Helps in ranking hypotheses to decide which to
            test next. KB: "Hypotheses (Compass)" - "How to Prioritize a Hypothesis".
        objective (str | Unset): A detailed description of the hypothesis. This should clearly state:

            1. The problem observed (e.g., "Low click-through rate on the main CTA").
            2. The proposed solution/change (e.g., "Change the CTA button text from 'Learn More' to 'Get Started Now'").
            3. The expected outcome/impact (e.g., "This will increase clicks on the CTA by 15% because 'Get Started Now' is
            more action-oriented"). KB: "Hypotheses (Compass)" - "What is a Hypothesis".
        status (HypothesisStatuses | Unset): The current stage or outcome of a hypothesis in its lifecycle:

            * draft: The hypothesis is still being formulated or refined; not yet ready for testing.
            * completed: The hypothesis definition is finalized and it's ready to be linked to an experiment or tested.
            * applied: The hypothesis is currently being tested in one or more active experiences.
            * proven: Testing has concluded, and the hypothesis was validated (i.e., the proposed change led to a positive,
            statistically significant outcome). Can be moved to Knowledge Base.
            * disproven: Testing has concluded, and the hypothesis was invalidated (i.e., the proposed change did not lead
            to the expected positive outcome or had a negative impact). Can be moved to Knowledge Base.
            * archived: The hypothesis is no longer active or relevant for current testing but is kept for historical
            records. KB: "Hypotheses (Compass)" - "Status of Hypothesis".
        start_date (datetime.date | None | Unset): (Optional) The date (YYYY-MM-DD) when this hypothesis was
            conceptualized or formally logged.
        end_date (datetime.date | None | Unset): (Optional) The target date (YYYY-MM-DD) by which this hypothesis is
            expected to be tested or resolved.
        summary (str | Unset): (Optional) A brief summary or key takeaway from this hypothesis, often filled in after
            testing.
        description (None | str | Unset): This is more details that want to be added besides the name of the hypothesis
        files (list[UploadedFileData] | None | Unset): Files attached to the hypothesis
        created_at (int | Unset): Unix timestamp (UTC) indicating when this hypothesis was created in the system.
        created_by (None | str | Unset): The name or identifier of the user who created this hypothesis.
        prioritization_score_type (str | Unset): A given description of prioritizing model
        prioritization_score_attributes (PIEAttributes | Unset): Scores for the PIE (Potential, Importance, Ease)
            prioritization model. Each attribute is scored on a scale of 1 to 5. KB: "Hypotheses (Compass)" - "PIE
            prioritization model".
        experiences (list[BaseSimpleExperience | int] | None | Unset): The list of experiences connected to this
            hypothesis
        tags (list[int | Tag] | None | Unset): The list of tags connected to this hypothesis
    """

    id: int | None = None
    name: str | None = None
    url: None | str = None
    project: int | Project | None = None
    prioritization_score: str | None = None
    objective: str | None = None
    status: HypothesisStatuses | None = None
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    summary: str | None = None
    description: None | str = None
    files: list[UploadedFileData] | None = None
    created_at: int | None = None
    created_by: None | str = None
    prioritization_score_type: str | None = None
    prioritization_score_attributes: PIEAttributes | None = None
    experiences: list[BaseSimpleExperience | int] | None = None
    tags: list[int | Tag] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.base_simple_experience import BaseSimpleExperience
from ..models.pie_attributes import PIEAttributes
from ..models.project import Project
from ..models.tag import Tag
from ..models.uploaded_file_data import UploadedFileData
