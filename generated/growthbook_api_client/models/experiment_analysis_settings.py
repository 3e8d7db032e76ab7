from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.experiment_analysis_settings_attribution_model import (
    ExperimentAnalysisSettingsAttributionModel,
)
from ..models.experiment_analysis_settings_in_progress_conversions import (
    ExperimentAnalysisSettingsInProgressConversions,
)
from ..models.experiment_analysis_settings_stats_engine import (
    ExperimentAnalysisSettingsStatsEngine,
)
from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_metric import ExperimentMetric


class ExperimentAnalysisSettings(
    Model,
    rename={
        "datasource_id": "datasourceId",
        "assignment_query_id": "assignmentQueryId",
        "experiment_id": "experimentId",
        "segment_id": "segmentId",
        "query_filter": "queryFilter",
        "in_progress_conversions": "inProgressConversions",
        "attribution_model": "attributionModel",
        "stats_engine": "statsEngine",
        "activation_metric": "activationMetric",
    },
):
    """
    Attributes:
        datasource_id (str):
        assignment_query_id (str):
        experiment_id (str):
        segment_id (str):
        query_filter (str):
        in_progress_conversions (ExperimentAnalysisSettingsInProgressConversions):
        attribution_model (ExperimentAnalysisSettingsAttributionModel):
        stats_engine (ExperimentAnalysisSettingsStatsEngine):
        goals (list[ExperimentMetric]):
        guardrails (list[ExperimentMetric]):
        activation_metric (ExperimentMetric | Unset):
    """

    datasource_id: str
    assignment_query_id: str
    experiment_id: str
    segment_id: str
    query_filter: str
    in_progress_conversions: ExperimentAnalysisSettingsInProgressConversions
    attribution_model: ExperimentAnalysisSettingsAttributionModel
    stats_engine: ExperimentAnalysisSettingsStatsEngine
    goals: list[ExperimentMetric]
    guardrails: list[ExperimentMetric]
    activation_metric: ExperimentMetric | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_metric import ExperimentMetric
