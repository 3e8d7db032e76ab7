from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.visual_change import VisualChange


class VisualChangeset(
    Model,
    rename={
        "url_pattern": "urlPattern",
        "editor_url": "editorUrl",
        "visual_changes": "visualChanges",
    },
):
    """
    Attributes:
        url_pattern (str):
        editor_url (str):
        experiment (str): Id of the experiment the changeset belongs to.
        visual_changes (list[VisualChange]):
        id (str | Unset):
    """

    url_pattern: str
    editor_url: str
    experiment: str
    visual_changes: list[VisualChange]
    id: str | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.visual_change import VisualChange
