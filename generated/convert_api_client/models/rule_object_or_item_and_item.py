from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.rule_element import RuleElement


class RuleObjectORItemANDItem(
    Model,
    rename={
        "or_when": "OR_WHEN",
    },
):
    """
    Attributes:
        or_when (list[RuleElement] | Unset): Any of these RuleElement conditions must be true.
    """

    or_when: list[RuleElement] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.rule_element import RuleElement
