from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class TriggerExperienceScreenshotsRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        variations (list[float] | Unset): An optional list of specific variation IDs for which to generate/regenerate
            screenshots. If omitted, screenshots are triggered for all variations within the experience.
    """

    variations: list[float] | UnsetType = UNSET
