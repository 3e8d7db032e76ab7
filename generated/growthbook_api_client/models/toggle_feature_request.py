from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.toggle_feature_request_environments import (
        ToggleFeatureRequestEnvironments,
    )


class ToggleFeatureRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        environments (ToggleFeatureRequestEnvironments): Map of environment name to the enabled state to set there.
        reason (str | Unset): Why the feature is being toggled.
    """

    environments: ToggleFeatureRequestEnvironments
    reason: str | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.toggle_feature_request_environments import (
    ToggleFeatureRequestEnvironments,
)
