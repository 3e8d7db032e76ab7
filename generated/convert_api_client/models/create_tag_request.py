from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class CreateTagRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        name (str): The user-defined name of the tag (e.g., "Q3 Campaigns", "Homepage Tests", "High Priority", "Mobile
            Specific"). This is the primary identifier shown in the UI.
        description (str | Unset): (Optional) A brief explanation of the tag's purpose or the criteria for its
            application.
    """

    name: str
    description: str | UnsetType = UNSET
