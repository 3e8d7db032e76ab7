from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experience import Experience
    from ..models.list_extra import ListExtra


class GetExperiencesListResponse(
    Model,
):
    """A page of experiences.

    Attributes:
        data (list[Experience] | Unset):
        extra (ListExtra | Unset): The `extra` block of list responses.
    """

    data: list[Experience] | None = None
    extra: ListExtra | None = None

    def page_items(self) -> list[Experience]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experience import Experience
from ..models.list_extra import ListExtra
