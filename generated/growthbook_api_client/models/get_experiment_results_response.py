from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experiment_results import ExperimentResults


class GetExperimentResultsResponse(
    Model,
):
    """
    Attributes:
        result (ExperimentResults):
    """

    result: ExperimentResults


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experiment_results import ExperimentResults
