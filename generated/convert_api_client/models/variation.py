from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.experience_variation_statuses import ExperienceVariationStatuses
from ..types import Model

if TYPE_CHECKING:
    from ..models.experience_change import ExperienceChange


class Variation(
    Model,
):
    """A variation is the object that reference all the changes presented to a visitor through one experience.

    Attributes:
        id (int | Unset): Variation unique ID
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
        changes (list[ExperienceChange | int] | Unset): An array of changes that this variation would apply.
    """

    id: int | None = None
    name: str | None = None
    description: None | str = None
    is_baseline: bool | None = None
    traffic_distribution: float | None = None
    key: str | None = None
    status: ExperienceVariationStatuses | None = None
    changes: list[ExperienceChange | int] | None = None

    def page_items(self) -> list[ExperienceChange | int]:
        """The items of this page: what a pager over this operation yields."""
        return self.changes or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experience_change import ExperienceChange
