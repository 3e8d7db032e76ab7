from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..models.hypothesis_statuses import HypothesisStatuses
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.pie_attributes import PIEAttributes
    from ..models.tag_to_create import TagToCreate
    from ..models.uploaded_file_data import UploadedFileData


class UpdateHypothesisRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        name (str | Unset): A user-defined, concise name for the hypothesis (e.g., "Changing CTA Button Color to Green",
            "Simplifying Signup Form"). This name appears in the Compass section of Convert.
        url (None | str | Unset): (Optional) A URL relevant to this hypothesis, such as the page where the proposed
            change would be implemented or a link to supporting research/data.
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
        prioritization_score_type (str | Unset): A given description of prioritizing model
        prioritization_score_attributes (PIEAttributes | Unset): Scores for the PIE (Potential, Importance, Ease)
            prioritization model. Each attribute is scored on a scale of 1 to 5. KB: "Hypotheses (Compass)" - "PIE
            prioritization model".
        experiences (list[int] | Unset): A list of experience IDs that are testing or were derived from this hypothesis.
            This links the hypothesis to actual experiments.
        tags (list[int | TagToCreate] | None | Unset): The list of tags connected to this hypothesis
    """

    name: str | UnsetType = UNSET
    url: None | str | UnsetType = UNSET
    objective: str | UnsetType = UNSET
    status: HypothesisStatuses | UnsetType = UNSET
    start_date: datetime.date | None | UnsetType = UNSET
    end_date: datetime.date | None | UnsetType = UNSET
    summary: str | UnsetType = UNSET
    description: None | str | UnsetType = UNSET
    files: list[UploadedFileData] | None | UnsetType = UNSET
    created_at: int | UnsetType = UNSET
    prioritization_score_type: str | UnsetType = UNSET
    prioritization_score_attributes: PIEAttributes | UnsetType = UNSET
    experiences: list[int] | UnsetType = UNSET
    tags: list[int | TagToCreate] | None | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.pie_attributes import PIEAttributes
from ..models.tag_to_create import TagToCreate
from ..models.uploaded_file_data import UploadedFileData
