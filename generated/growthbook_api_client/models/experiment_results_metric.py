from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_results_variation import ExperimentResultsVariation


class ExperimentResultsMetric(
    Model,
    rename={
        "metric_id": "metricId",
    },
):
    """
    Attributes:
        metric_id (str | Unset):
        variations (list[ExperimentResultsVariation] | Unset):
    """

    metric_id: str | None = None
    variations: list[ExperimentResultsVariation] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_results_variation import ExperimentResultsVariation
