from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experience_section import ExperienceSection


class UpdateExperienceSectionsResponse(
    Model,
):
    """The sections of the experience.

    Attributes:
        data (list[ExperienceSection] | Unset):
    """

    data: list[ExperienceSection] | None = None

    def page_items(self) -> list[ExperienceSection]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experience_section import ExperienceSection
