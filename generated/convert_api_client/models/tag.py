from __future__ import annotations

from ..types import Model


class Tag(
    Model,
):
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for the tag.
        name (str | Unset): The user-defined name of the tag (e.g., "Q3 Campaigns", "Homepage Tests", "High Priority",
            "Mobile Specific"). This is the primary identifier shown in the UI.
        description (str | Unset): (Optional) A brief explanation of the tag's purpose or the criteria for its
            application.
    """

    id: int | None = None
    name: str | None = None
    description: str | None = None
