from __future__ import annotations

from ..models.feature_statuses import FeatureStatuses
from ..types import Model


class BulkFeaturesUpdateRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (list[int]): A list of feature unique numerical identifiers to be affected by a bulk operation.
        status (FeatureStatuses): The current status of a feature:

            - active: The feature is active and can be used in Full Stack experiments. Its variables can be controlled by
            experiences.
            - archived: The feature is archived and no longer available for new experiments. Existing experiments using it
            might behave based on last known configuration or default values.
    """

    id: list[int]
    status: FeatureStatuses
