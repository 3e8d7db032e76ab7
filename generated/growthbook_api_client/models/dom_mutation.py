from __future__ import annotations

from ..types import Model


class DOMMutation(
    Model,
):
    """One change to the page's DOM.

    Attributes:
        selector (str | Unset):
        action (str | Unset): What to do to the selected elements (the reference shows `append`).
        attribute (str | Unset):
        value (str | Unset):
    """

    selector: str | None = None
    action: str | None = None
    attribute: str | None = None
    value: str | None = None
