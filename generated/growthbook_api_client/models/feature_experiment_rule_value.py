from __future__ import annotations

from ..types import Model


class FeatureExperimentRuleValue(
    Model,
):
    """One variation of an experiment rule.

    Attributes:
        value (str | Unset):
        weight (float | Unset):
        name (str | Unset):
    """

    value: str | None = None
    weight: float | None = None
    name: str | None = None
