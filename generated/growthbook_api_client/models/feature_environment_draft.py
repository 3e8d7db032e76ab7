from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.feature_experiment_rule import FeatureExperimentRule
    from ..models.feature_force_rule import FeatureForceRule
    from ..models.feature_rollout_rule import FeatureRolloutRule


class FeatureEnvironmentDraft(
    Model,
    rename={
        "default_value": "defaultValue",
    },
):
    """Unpublished draft of a feature's settings in one environment.

    Attributes:
        enabled (bool | Unset):
        default_value (str | Unset):
        rules (list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule] | Unset):
        definition (str | Unset): A JSON stringified FeatureDefinition
    """

    enabled: bool | None = None
    default_value: str | None = None
    rules: (
        list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule] | None
    ) = None
    definition: str | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.feature_experiment_rule import FeatureExperimentRule
from ..models.feature_force_rule import FeatureForceRule
from ..models.feature_rollout_rule import FeatureRolloutRule
