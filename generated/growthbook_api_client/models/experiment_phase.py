from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_phase_namespace import ExperimentPhaseNamespace
    from ..models.experiment_phase_traffic_split import ExperimentPhaseTrafficSplit


class ExperimentPhase(
    Model,
    rename={
        "date_started": "dateStarted",
        "date_ended": "dateEnded",
        "reason_for_stopping": "reasonForStopping",
        "traffic_split": "trafficSplit",
        "targeting_condition": "targetingCondition",
    },
):
    """
    Attributes:
        name (str | Unset):
        date_started (str | Unset):
        date_ended (str | Unset):
        reason_for_stopping (str | Unset):
        seed (str | Unset):
        coverage (float | Unset):
        traffic_split (list[ExperimentPhaseTrafficSplit] | Unset):
        namespace (ExperimentPhaseNamespace | Unset):
        targeting_condition (str | Unset):
    """

    name: str | None = None
    date_started: str | None = None
    date_ended: str | None = None
    reason_for_stopping: str | None = None
    seed: str | None = None
    coverage: float | None = None
    traffic_split: list[ExperimentPhaseTrafficSplit] | None = None
    namespace: ExperimentPhaseNamespace | None = None
    targeting_condition: str | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_phase_namespace import ExperimentPhaseNamespace
from ..models.experiment_phase_traffic_split import ExperimentPhaseTrafficSplit
