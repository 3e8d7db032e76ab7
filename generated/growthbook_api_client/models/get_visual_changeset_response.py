from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.visual_changeset import VisualChangeset


class GetVisualChangesetResponse(
    Model,
    rename={
        "visual_changeset": "visualChangeset",
    },
):
    """
    Attributes:
        visual_changeset (VisualChangeset):
    """

    visual_changeset: VisualChangeset


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.visual_changeset import VisualChangeset
