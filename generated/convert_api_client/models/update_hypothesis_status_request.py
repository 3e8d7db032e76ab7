from __future__ import annotations

from ..models.hypothesis_statuses import HypothesisStatuses
from ..types import UNSET, Model, UnsetType


class UpdateHypothesisStatusRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
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
    """

    status: HypothesisStatuses | UnsetType = UNSET
