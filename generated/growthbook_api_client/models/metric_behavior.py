from __future__ import annotations

from ..types import Model


class MetricBehavior(
    Model,
    rename={
        "conversion_window_start": "conversionWindowStart",
        "conversion_window_end": "conversionWindowEnd",
        "risk_threshold_success": "riskThresholdSuccess",
        "risk_threshold_danger": "riskThresholdDanger",
        "min_percent_change": "minPercentChange",
        "max_percent_change": "maxPercentChange",
        "min_sample_size": "minSampleSize",
    },
):
    """
    Attributes:
        goal (str | Unset): Desired direction of the metric (the reference shows `increase`).
        cap (float | Unset):
        conversion_window_start (float | Unset):
        conversion_window_end (float | Unset):
        risk_threshold_success (float | Unset):
        risk_threshold_danger (float | Unset):
        min_percent_change (float | Unset):
        max_percent_change (float | Unset):
        min_sample_size (float | Unset):
    """

    goal: str | None = None
    cap: float | None = None
    conversion_window_start: float | None = None
    conversion_window_end: float | None = None
    risk_threshold_success: float | None = None
    risk_threshold_danger: float | None = None
    min_percent_change: float | None = None
    max_percent_change: float | None = None
    min_sample_size: float | None = None
