from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_results_analysis import ExperimentResultsAnalysis


class ExperimentResultsVariation(
    Model,
    rename={
        "variation_id": "variationId",
    },
):
    """
    Attributes:
        variation_id (str | Unset):
        analyses (list[ExperimentResultsAnalysis] | Unset):
    """

    variation_id: str | None = None
    analyses: list[ExperimentResultsAnalysis] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_results_analysis import ExperimentResultsAnalysis
