from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_results_checks import ExperimentResultsChecks
    from ..models.experiment_results_metric import ExperimentResultsMetric


class ExperimentResultsRow(
    Model,
    rename={
        "total_users": "totalUsers",
    },
):
    """Results for one value of the dimension.

    Attributes:
        dimension (str | Unset):
        total_users (float | Unset):
        checks (ExperimentResultsChecks | Unset):
        metrics (list[ExperimentResultsMetric] | Unset):
    """

    dimension: str | None = None
    total_users: float | None = None
    checks: ExperimentResultsChecks | None = None
    metrics: list[ExperimentResultsMetric] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_results_checks import ExperimentResultsChecks
from ..models.experiment_results_metric import ExperimentResultsMetric
