from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.dom_mutation import DOMMutation


class VisualChange(
    Model,
    rename={
        "dom_mutations": "domMutations",
    },
):
    """The changes one variation applies to the page.

    Attributes:
        description (str | Unset):
        css (str | Unset):
        variation (str | Unset):
        dom_mutations (list[DOMMutation] | Unset):
    """

    description: str | None = None
    css: str | None = None
    variation: str | None = None
    dom_mutations: list[DOMMutation] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.dom_mutation import DOMMutation
