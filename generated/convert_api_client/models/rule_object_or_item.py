from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.rule_object_or_item_and_item import RuleObjectORItemANDItem


class RuleObjectORItem(
    Model,
    rename={
        "and_": "AND",
    },
):
    """
    Attributes:
        and_ (list[RuleObjectORItemANDItem] | Unset): All of these OR_WHEN blocks must be true.
    """

    and_: list[RuleObjectORItemANDItem] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.rule_object_or_item_and_item import RuleObjectORItemANDItem
