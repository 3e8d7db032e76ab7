from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_analysis_settings import ExperimentAnalysisSettings
    from ..models.experiment_phase import ExperimentPhase
    from ..models.experiment_result_summary import ExperimentResultSummary
    from ..models.experiment_variation import ExperimentVariation


class Experiment(
    Model,
    rename={
        "date_created": "dateCreated",
        "date_updated": "dateUpdated",
        "auto_refresh": "autoRefresh",
        "hash_attribute": "hashAttribute",
        "result_summary": "resultSummary",
    },
):
    """
    Attributes:
        id (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        name (str):
        project (str):
        hypothesis (str):
        description (str):
        tags (list[str]):
        owner (str):
        archived (bool):
        status (str):
        auto_refresh (bool):
        hash_attribute (str):
        variations (list[ExperimentVariation]):
        phases (list[ExperimentPhase]):
        settings (ExperimentAnalysisSettings):
        result_summary (ExperimentResultSummary | Unset):
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    name: str
    project: str
    hypothesis: str
    description: str
    tags: list[str]
    owner: str
    archived: bool
    status: str
    auto_refresh: bool
    hash_attribute: str
    variations: list[ExperimentVariation]
    phases: list[ExperimentPhase]
    settings: ExperimentAnalysisSettings
    result_summary: ExperimentResultSummary | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_analysis_settings import ExperimentAnalysisSettings
from ..models.experiment_phase import ExperimentPhase
from ..models.experiment_result_summary import ExperimentResultSummary
from ..models.experiment_variation import ExperimentVariation
