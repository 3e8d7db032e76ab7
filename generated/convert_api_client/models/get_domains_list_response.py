from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.list_extra import ListExtra


class GetDomainsListResponse(
    Model,
):
    """A page of domains.

    Attributes:
        data (list[Domain] | Unset):
        extra (ListExtra | Unset): The `extra` block of list responses.
    """

    data: list[Domain] | None = None
    extra: ListExtra | None = None

    def page_items(self) -> list[Domain]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.domain import Domain
from ..models.list_extra import ListExtra
