from __future__ import annotations

from ..types import Model


class ExperimentResultsAnalysis(
    Model,
    rename={
        "percent_change": "percentChange",
        "ci_low": "ciLow",
        "ci_high": "ciHigh",
        "p_value": "pValue",
        "chance_to_beat_control": "chanceToBeatControl",
    },
):
    """Statistics of one metric for one variation, from one stats engine.

    Attributes:
        engine (str | Unset): The stats engine that produced this analysis (the reference shows `bayesian`).
        numerator (float | Unset):
        denominator (float | Unset):
        mean (float | Unset):
        stddev (float | Unset):
        percent_change (float | Unset):
        ci_low (float | Unset):
        ci_high (float | Unset):
        p_value (float | Unset):
        risk (float | Unset):
        chance_to_beat_control (float | Unset):
    """

    engine: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    mean: float | None = None
    stddev: float | None = None
    percent_change: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = None
    risk: float | None = None
    chance_to_beat_control: float | None = None
