from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.experience_change_add import ExperienceChangeAdd
    from ..models.experience_change_id import ExperienceChangeId
    from ..models.experience_change_update import ExperienceChangeUpdate


class UpdateExperienceSectionVersionRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        id (str | Unset): A unique identifier for this version within its parent section (e.g., "v1", "02", "ab").
            Typically a short string (1-2 characters). This ID is used to construct the overall MVT variation combinations.
        name (str | Unset): A user-defined, friendly name for this version (e.g., "Red Button", "Headline Option A",
            "Original Image"). This name appears in MVT setup and reports.
        changes (list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate] | Unset): List of changes to
            apply. If ID of a change is not provided, the change is gonna be created. Empty array will remove changes.
            Otherwise the change would be updated
    """

    id: str | UnsetType = UNSET
    name: str | UnsetType = UNSET
    changes: (
        list[ExperienceChangeAdd | ExperienceChangeId | ExperienceChangeUpdate]
        | UnsetType
    ) = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experience_change_add import ExperienceChangeAdd
from ..models.experience_change_id import ExperienceChangeId
from ..models.experience_change_update import ExperienceChangeUpdate
