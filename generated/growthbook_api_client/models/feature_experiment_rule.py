from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..types import Model

if TYPE_CHECKING:
    from ..models.feature_experiment_rule_namespace import (
        FeatureExperimentRuleNamespace,
    )
    from ..models.feature_experiment_rule_value import FeatureExperimentRuleValue


class FeatureExperimentRule(
    Model,
    tag_field="type",
    tag="experiment",
    rename={
        "tracking_key": "trackingKey",
        "hash_attribute": "hashAttribute",
    },
):
    """A rule that runs an experiment, splitting matching users between weighted values.

    Attributes:
        description (str):
        condition (str):
        id (str):
        enabled (bool):
        tracking_key (str | Unset):
        hash_attribute (str | Unset):
        namespace (FeatureExperimentRuleNamespace | Unset): Namespace settings (the reference types this only as an
            object).
        coverage (float | Unset):
        value (list[FeatureExperimentRuleValue] | Unset):
    """

    description: str
    condition: str
    id: str
    enabled: bool
    tracking_key: str | None = None
    hash_attribute: str | None = None
    namespace: FeatureExperimentRuleNamespace | None = None
    coverage: float | None = None
    value: list[FeatureExperimentRuleValue] | None = None

    @property
    def type_(self) -> Literal["experiment"]:
        """``type``: the tag this model is told apart by in a union."""
        return "experiment"


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.feature_experiment_rule_namespace import FeatureExperimentRuleNamespace
from ..models.feature_experiment_rule_value import FeatureExperimentRuleValue
