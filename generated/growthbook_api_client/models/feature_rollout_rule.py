from __future__ import annotations

from typing import Literal

from ..types import Model


class FeatureRolloutRule(
    Model,
    tag_field="type",
    tag="rollout",
    rename={
        "hash_attribute": "hashAttribute",
    },
):
    """A rule that serves a value to a percentage of matching users.

    Attributes:
        description (str):
        condition (str):
        id (str):
        enabled (bool):
        value (str):
        coverage (float):
        hash_attribute (str):
    """

    description: str
    condition: str
    id: str
    enabled: bool
    value: str
    coverage: float
    hash_attribute: str

    @property
    def type_(self) -> Literal["rollout"]:
        """``type``: the tag this model is told apart by in a union."""
        return "rollout"
