from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.experience_variation_statuses import ExperienceVariationStatuses
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.experience_change_add import ExperienceChangeAdd
    from ..models.experience_change_id import ExperienceChangeId
    from ..models.experience_change_update import ExperienceChangeUpdate


class UpdateExperienceVariationRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        name (str | Unset): A user-defined, friendly name for the variation (e.g., "Original Homepage", "Variation B -
            Green Button", "Personalized Offer for New Users"). This name appears in reports and the Convert UI.
        description (None | str | Unset): An optional, more detailed explanation of what this variation entails or what
            changes it implements compared to the original or other variations.
        is_baseline (bool | Unset): If true, this variation is considered the baseline (control) against which other
            variations in the experience are compared for performance. Typically, the "Original" variation is the baseline.
            Only one variation per experience can be the baseline. Knowledge Base: "What is a Baseline?"
        traffic_distribution (float | Unset): The percentage of eligible traffic allocated to this specific variation.
            The sum of traffic_distribution for all active variations within an experience should ideally be 100% of the
            traffic allocated to the experience itself. For Multi-Armed Bandit (MAB) experiences, this value may be
            dynamically adjusted by the system. Knowledge Base: "What is an Traffic Distribution?"
        key (str | Unset): A unique, machine-readable key or identifier for this variation within the project. Often
            auto-generated from the name if not specified, but can be user-defined for easier programmatic reference (e.g.,
            in Full Stack SDKs). Example: "control", "treatment_A".
        status (ExperienceVariationStatuses | Unset):
        changes (list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate] | Unset): An array of changes
            that this variation would apply. Empty array will remove changes.
    """

    name: str | UnsetType = UNSET
    description: None | str | UnsetType = UNSET
    is_baseline: bool | UnsetType = UNSET
    traffic_distribution: float | UnsetType = UNSET
    key: str | UnsetType = UNSET
    status: ExperienceVariationStatuses | UnsetType = UNSET
    changes: (
        list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate]
        | UnsetType
    ) = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experience_change_add import ExperienceChangeAdd
from ..models.experience_change_id import ExperienceChangeId
from ..models.experience_change_update import ExperienceChangeUpdate
