from __future__ import annotations

from ..types import Model


class ExperimentResultSummary(
    Model,
    rename={
        "released_variation_id": "releasedVariationId",
    },
):
    """
    Attributes:
        status (str | Unset):
        winner (str | Unset):
        conclusions (str | Unset):
        released_variation_id (str | Unset):
    """

    status: str | None = None
    winner: str | None = None
    conclusions: str | None = None
    released_variation_id: str | None = None
