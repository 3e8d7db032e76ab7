from __future__ import annotations

from ..models.audience_statuses import AudienceStatuses
from ..types import Model


class BulkAudiencesUpdateRequest(
    Model,
    omit_defaults=False,
):
    """A list of audience ids and the target status to apply to all of them.

    Attributes:
        id (list[int]): A list of audience unique numerical identifiers to be affected by a bulk operation.
        status (AudienceStatuses): The status of an audience:

            - active: The audience is currently active and can be used for targeting experiences.
            - archived: The audience is no longer active and cannot be used for new experiences, but its definition and past
            usage data are preserved. Archived audiences can often be cloned. Knowledge Base: "Benefits of Archiving Unused
            Goals, Locations, and Audiences."
    """

    id: list[int]
    status: AudienceStatuses
