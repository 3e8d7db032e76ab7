from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models.feature_statuses import FeatureStatuses
from ..types import Model

if TYPE_CHECKING:
    from ..models.feature_stats import FeatureStats


class Feature(
    Model,
):
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for the feature.
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
        stats (FeatureStats | Unset):
        description (str | Unset): An optional, more detailed explanation of the feature's purpose, what it controls, or
            its intended use cases.
        variables (list[Any] | Unset): An array of FeatureVariable objects that define the configurable parameters
            associated with this feature. For example, a feature "Button Customization" might have variables like
            "buttonColor" (string), "buttonText" (string), and "isEnabled" (boolean). The values of these variables can be
            different for each variation of an experience that uses this feature.
    """

    id: int | None = None
    name: str | None = None
    status: FeatureStatuses | None = None
    key: str | None = None
    stats: FeatureStats | None = None
    description: str | None = None
    variables: list[Any] | None = None

    def page_items(self) -> list[Any]:
        """The items of this page: what a pager over this operation yields."""
        return self.variables or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.feature_stats import FeatureStats
