from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class CloneExperienceRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        name (str | Unset): (Optional) A new name for the cloned experience. If not provided, the name will be based on
            the original (e.g., "Copy of [Original Name]").
    """

    name: str | UnsetType = UNSET
