from __future__ import annotations

from ..models.observation_statuses import ObservationStatuses
from ..types import Model


class BulkObservationsUpdateRequest(
    Model,
    omit_defaults=False,
):
    """Contains a list of observation ids and the target status (e.g., 'active', 'archived') to apply to all of them.

    Attributes:
        id (list[int]): A list of observation unique numerical identifiers to be affected by a bulk operation.
        status (ObservationStatuses): The current status of an observation in its lifecycle:

            * active: The observation is current, under consideration, or being actively discussed. This is the default for
            new observations.
            * archived: The observation has been reviewed and is no longer actively being pursued (e.g., deemed not
            actionable, superseded, or already addressed). It's kept for historical records. Knowledge Base: "Observations
            Feature Guide" - "Status Management".
    """

    id: list[int]
    status: ObservationStatuses
