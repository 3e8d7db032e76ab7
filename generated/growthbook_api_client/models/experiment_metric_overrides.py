from __future__ import annotations

from ..types import Model


class ExperimentMetricOverrides(
    Model,
    rename={
        "conversion_window_start": "conversionWindowStart",
        "conversion_window_end": "conversionWindowEnd",
        "win_risk_threshold": "winRiskThreshold",
        "lose_risk_threshold": "loseRiskThreshold",
    },
):
    """Per-experiment overrides of a metric's settings.

    Attributes:
        conversion_window_start (float | Unset):
        conversion_window_end (float | Unset):
        win_risk_threshold (float | Unset):
        lose_risk_threshold (float | Unset):
    """

    conversion_window_start: float | None = None
    conversion_window_end: float | None = None
    win_risk_threshold: float | None = None
    lose_risk_threshold: float | None = None
