from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.bulk_update_projects_request_settings import (
        BulkUpdateProjectsRequestSettings,
    )


class BulkUpdateProjectsRequest(
    Model,
    omit_defaults=False,
):
    """Contains a list of project ids and the settings to be applied to all specified projects.

    Attributes:
        id (list[int]): A list of project unique numerical identifiers to be affected by a bulk operation.
        settings (BulkUpdateProjectsRequestSettings | Unset): Project settings to be updated across the specified
            projects.
    """

    id: list[int]
    settings: BulkUpdateProjectsRequestSettings | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.bulk_update_projects_request_settings import (
    BulkUpdateProjectsRequestSettings,
)
