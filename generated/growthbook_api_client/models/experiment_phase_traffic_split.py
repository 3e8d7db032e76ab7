from __future__ import annotations

from ..types import Model


class ExperimentPhaseTrafficSplit(
    Model,
    rename={
        "variation_id": "variationId",
    },
):
    """
    Attributes:
        variation_id (str | Unset):
        weight (float | Unset):
    """

    variation_id: str | None = None
    weight: float | None = None
