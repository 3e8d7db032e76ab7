from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import Model

if TYPE_CHECKING:
    from ..models.feature_definition_rule_condition import (
        FeatureDefinitionRuleCondition,
    )


class FeatureDefinitionRule(
    Model,
    rename={
        "hash_attribute": "hashAttribute",
    },
):
    """One rule of a FeatureDefinition.

    Attributes:
        force (str | Unset):
        weights (list[Any] | Unset): Per-variation weights (the reference leaves the item type open).
        variations (list[str] | Unset):
        hash_attribute (str | Unset):
        namespace (list[float] | Unset): A namespace given as a three-item array.
        key (str | Unset):
        coverage (float | Unset):
        condition (FeatureDefinitionRuleCondition | Unset):
    """

    force: str | None = None
    weights: list[Any] | None = None
    variations: list[str] | None = None
    hash_attribute: str | None = None
    namespace: list[float] | None = None
    key: str | None = None
    coverage: float | None = None
    condition: FeatureDefinitionRuleCondition | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.feature_definition_rule_condition import FeatureDefinitionRuleCondition
