from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_analysis_settings import ExperimentAnalysisSettings
    from ..models.experiment_results_dimension import ExperimentResultsDimension
    from ..models.experiment_results_row import ExperimentResultsRow


class ExperimentResults(
    Model,
    rename={
        "date_updated": "dateUpdated",
        "experiment_id": "experimentId",
        "date_start": "dateStart",
        "date_end": "dateEnd",
        "query_ids": "queryIds",
    },
):
    """
    Attributes:
        id (str):
        date_updated (str):
        experiment_id (str):
        phase (str):
        date_start (str):
        date_end (str):
        dimension (ExperimentResultsDimension): The dimension the results are broken down by.
        settings (ExperimentAnalysisSettings):
        query_ids (list[str]):
        results (list[ExperimentResultsRow]):
    """

    id: str
    date_updated: str
    experiment_id: str
    phase: str
    date_start: str
    date_end: str
    dimension: ExperimentResultsDimension
    settings: ExperimentAnalysisSettings
    query_ids: list[str]
    results: list[ExperimentResultsRow]


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_analysis_settings import ExperimentAnalysisSettings
from ..models.experiment_results_dimension import ExperimentResultsDimension
from ..models.experiment_results_row import ExperimentResultsRow
