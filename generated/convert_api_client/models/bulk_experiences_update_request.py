from __future__ import annotations

from ..models.bulk_experience_statuses import BulkExperienceStatuses
from ..types import Model


class BulkExperiencesUpdateRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (list[int]): A list of unique numerical identifiers for experiences to be affected by a bulk operation.
        status (BulkExperienceStatuses):
    """

    id: list[int]
    status: BulkExperienceStatuses
