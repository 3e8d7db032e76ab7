from __future__ import annotations

from ..models.location_statuses import LocationStatuses
from ..types import Model


class BulkLocationsUpdateRequest(
    Model,
    omit_defaults=False,
):
    """A list of location ids and the target status to apply to all of them.

    Attributes:
        id (list[int]): A list of location unique numerical identifiers to be affected by a bulk operation.
        status (LocationStatuses): The current status of a location:

            - active: The location is active and can be used for targeting experiences.
            - archived: The location is archived and no longer available for new experiences, but its definition is
            preserved. Archived locations can often be cloned. Knowledge Base: "Benefits of Archiving Unused Goals,
            Locations, and Audiences."
    """

    id: list[int]
    status: LocationStatuses
