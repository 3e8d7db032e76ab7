from __future__ import annotations

from typing import Any

from ..models.feature_statuses import FeatureStatuses
from ..types import UNSET, Model, UnsetType


class UpdateFeatureRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (int | Unset): ID of the feature. The reference's request sample carries it without describing it; the
            feature to update is the one named in the path.
        name (str | Unset): A user-defined, friendly name for the feature (e.g., "New Checkout Process", "Beta User
            Dashboard"). This name appears in the Convert UI.
        status (FeatureStatuses | Unset): The current status of a feature:

            - active: The feature is active and can be used in Full Stack experiments. Its variables can be controlled by
            experiences.
            - archived: The feature is archived and no longer available for new experiments. Existing experiments using it
            might behave based on last known configuration or default values.
        key (str | Unset): A unique, machine-readable string key for this feature (e.g., "new_checkout_flow",
            "beta_dashboard_enabled"). This key is used by the SDKs to identify and retrieve the feature's configuration and
            variable values. It's typically auto-generated from the name if not specified, but can be user-defined.
        description (str | Unset): An optional, more detailed explanation of the feature's purpose, what it controls, or
            its intended use cases.
        variables (list[Any] | Unset): An array of FeatureVariable objects that define the configurable parameters
            associated with this feature. For example, a feature "Button Customization" might have variables like
            "buttonColor" (string), "buttonText" (string), and "isEnabled" (boolean). The values of these variables can be
            different for each variation of an experience that uses this feature.
    """

    id: int | UnsetType = UNSET
    name: str | UnsetType = UNSET
    status: FeatureStatuses | UnsetType = UNSET
    key: str | UnsetType = UNSET
    description: str | UnsetType = UNSET
    variables: list[Any] | UnsetType = UNSET
