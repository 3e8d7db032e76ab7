from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.rule_object_or_item import RuleObjectORItem


class RuleObject(
    Model,
    rename={
        "or_": "OR",
    },
    omit_defaults=False,
):
    """Defines the logical structure for combining multiple rule conditions.

    Uses a nested OR -> AND -> OR_WHEN structure:

    * The top-level OR array means if any of its contained AND blocks evaluate to true, the entire rule set is true.
    * Each object within the OR array has an AND array. For this AND block to be true, all of its contained OR_WHEN
    blocks must evaluate to true.
    * Each object within the AND array has an OR_WHEN array. For this OR_WHEN block to be true, any of its individual
    RuleElement conditions must evaluate to true.

    This structure allows for complex logical expressions like (CondA AND CondB) OR (CondC AND CondD).

        Attributes:
            or_ (list[RuleObjectORItem] | Unset): Alternatives; the rule set is true if any of these AND blocks is true.
    """

    or_: list[RuleObjectORItem] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.rule_object_or_item import RuleObjectORItem
