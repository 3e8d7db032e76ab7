from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.sdk_connection import SdkConnection


class ListSdkConnectionsResponse(
    Model,
    rename={
        "has_more": "hasMore",
        "next_offset": "nextOffset",
    },
):
    """
    Attributes:
        limit (int): The page size that was applied.
        offset (int): How many items were skipped.
        count (int): Number of items in this page.
        total (int): Number of items across all pages.
        has_more (bool): Whether a further page exists.
        next_offset (int | None): The offset of the next page, or null when there is none.
        connections (list[SdkConnection]):
    """

    limit: int
    offset: int
    count: int
    total: int
    has_more: bool
    next_offset: int | None
    connections: list[SdkConnection]

    def page_items(self) -> list[SdkConnection]:
        """The items of this page: what a pager over this operation yields."""
        return self.connections


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.sdk_connection import SdkConnection
