from __future__ import annotations

from typing import Literal

from ..types import Model


class FeatureForceRule(
    Model,
    tag_field="type",
    tag="force",
):
    """A rule that serves a fixed value to matching users.

    Attributes:
        description (str):
        condition (str):
        id (str):
        enabled (bool):
        value (str):
    """

    description: str
    condition: str
    id: str
    enabled: bool
    value: str

    @property
    def type_(self) -> Literal["force"]:
        """``type``: the tag this model is told apart by in a union."""
        return "force"
