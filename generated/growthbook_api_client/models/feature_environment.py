from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.feature_environment_draft import FeatureEnvironmentDraft
    from ..models.feature_experiment_rule import FeatureExperimentRule
    from ..models.feature_force_rule import FeatureForceRule
    from ..models.feature_rollout_rule import FeatureRolloutRule


class FeatureEnvironment(
    Model,
    rename={
        "default_value": "defaultValue",
    },
):
    """A feature's settings in one environment.

    Attributes:
        enabled (bool):
        default_value (str):
        rules (list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule]):
        definition (str | Unset): A JSON stringified FeatureDefinition
        draft (FeatureEnvironmentDraft | Unset): Unpublished draft of a feature's settings in one environment.
    """

    enabled: bool
    default_value: str
    rules: list[FeatureExperimentRule | FeatureForceRule | FeatureRolloutRule]
    definition: str | None = None
    draft: FeatureEnvironmentDraft | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.feature_environment_draft import FeatureEnvironmentDraft
from ..models.feature_experiment_rule import FeatureExperimentRule
from ..models.feature_force_rule import FeatureForceRule
from ..models.feature_rollout_rule import FeatureRolloutRule
