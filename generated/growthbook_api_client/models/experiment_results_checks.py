from __future__ import annotations

from ..types import Model


class ExperimentResultsChecks(
    Model,
):
    """
    Attributes:
        srm (float | Unset): Sample ratio mismatch check value.
    """

    srm: float | None = None
