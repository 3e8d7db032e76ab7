from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experience_change import ExperienceChange


class SectionVersion(
    Model,
):
    """The version is an entity that lives under a section in order to group together the changes that compose the
    experience. In case of a non Multivariate experience, each version corresponds to one variation. in the case of a
    MVT experiment, one variation would be made by combining one version from each of the defined sections.

        Attributes:
            id (str | Unset): A unique identifier for this version within its parent section (e.g., "v1", "02", "ab").
                Typically a short string (1-2 characters). This ID is used to construct the overall MVT variation combinations.
            name (str | Unset): A user-defined, friendly name for this version (e.g., "Red Button", "Headline Option A",
                "Original Image"). This name appears in MVT setup and reports.
            changes (list[ExperienceChange | int] | Unset):
            variations (list[int] | Unset):
    """

    id: str | None = None
    name: str | None = None
    changes: list[ExperienceChange | int] | None = None
    variations: list[int] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experience_change import ExperienceChange
