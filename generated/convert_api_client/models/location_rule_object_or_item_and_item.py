from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.location_rule_element import LocationRuleElement


class LocationRuleObjectORItemANDItem(
    Model,
    rename={
        "or_when": "OR_WHEN",
    },
):
    """
    Attributes:
        or_when (list[LocationRuleElement] | Unset): Any of these LocationRuleElement conditions must be true.
    """

    or_when: list[LocationRuleElement] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.location_rule_element import LocationRuleElement
