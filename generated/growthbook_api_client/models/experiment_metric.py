from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_metric_overrides import ExperimentMetricOverrides


class ExperimentMetric(
    Model,
    rename={
        "metric_id": "metricId",
    },
):
    """
    Attributes:
        metric_id (str):
        overrides (ExperimentMetricOverrides): Per-experiment overrides of a metric's settings.
    """

    metric_id: str
    overrides: ExperimentMetricOverrides


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_metric_overrides import ExperimentMetricOverrides
