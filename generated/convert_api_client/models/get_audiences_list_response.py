from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.audience import Audience
    from ..models.list_extra import ListExtra


class GetAudiencesListResponse(
    Model,
):
    """A page of audiences.

    Attributes:
        data (list[Audience] | Unset):
        extra (ListExtra | Unset): The `extra` block of list responses.
    """

    data: list[Audience] | None = None
    extra: ListExtra | None = None

    def page_items(self) -> list[Audience]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.audience import Audience
from ..models.list_extra import ListExtra
