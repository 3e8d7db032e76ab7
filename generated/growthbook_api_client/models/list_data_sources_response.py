from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.data_source import DataSource


class ListDataSourcesResponse(
    Model,
    rename={
        "has_more": "hasMore",
        "next_offset": "nextOffset",
        "data_sources": "dataSources",
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
        data_sources (list[DataSource]):
    """

    limit: int
    offset: int
    count: int
    total: int
    has_more: bool
    next_offset: int | None
    data_sources: list[DataSource]

    def page_items(self) -> list[DataSource]:
        """The items of this page: what a pager over this operation yields."""
        return self.data_sources


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.data_source import DataSource
