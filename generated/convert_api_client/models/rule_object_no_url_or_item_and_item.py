from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.rule_element_no_url import RuleElementNoUrl


class RuleObjectNoUrlORItemANDItem(
    Model,
    rename={
        "or_when": "OR_WHEN",
    },
):
    """
    Attributes:
        or_when (list[RuleElementNoUrl] | Unset): Any of these RuleElementNoUrl conditions must be true.
    """

    or_when: list[RuleElementNoUrl] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.rule_element_no_url import RuleElementNoUrl
