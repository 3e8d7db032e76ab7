from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.visual_changeset import VisualChangeset


class ListVisualChangesetsResponse(
    Model,
    rename={
        "visual_changesets": "visualChangesets",
    },
):
    """Not paginated - the reference shows no pagination fields for this list.

    Attributes:
        visual_changesets (list[VisualChangeset]):
    """

    visual_changesets: list[VisualChangeset]

    def page_items(self) -> list[VisualChangeset]:
        """The items of this page: what a pager over this operation yields."""
        return self.visual_changesets


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.visual_changeset import VisualChangeset
