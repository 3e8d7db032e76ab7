from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.rule_object_no_url_or_item import RuleObjectNoUrlORItem


class RuleObjectNoUrl(
    Model,
    rename={
        "or_": "OR",
    },
    omit_defaults=False,
):
    """Similar to RuleObject, but the individual RuleElementNoUrl conditions within OR_WHEN arrays cannot include URL-based
    matching types. Used for 'permanent' or 'transient' audiences where URL context is not persistently evaluated or
    relevant for the audience type.

    Uses a nested OR -> AND -> OR_WHEN structure:

    * The top-level OR array means if any of its contained AND blocks evaluate to true, the entire rule set is true.
    * Each object within the OR array has an AND array. For this AND block to be true, all of its contained OR_WHEN
    blocks must evaluate to true.
    * Each object within the AND array has an OR_WHEN array. For this OR_WHEN block to be true, any of its individual
    RuleElementNoUrl conditions must evaluate to true.

    This structure allows for complex logical expressions like (CondA AND CondB) OR (CondC AND CondD).

        Attributes:
            or_ (list[RuleObjectNoUrlORItem] | Unset): Alternatives; the rule set is true if any of these AND blocks is
                true.
    """

    or_: list[RuleObjectNoUrlORItem] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.rule_object_no_url_or_item import RuleObjectNoUrlORItem
