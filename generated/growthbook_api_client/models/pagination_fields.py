from __future__ import annotations

from ..types import Model


class PaginationFields(
    Model,
    rename={
        "has_more": "hasMore",
        "next_offset": "nextOffset",
    },
):
    """Paging information returned next to every paginated list.

    Attributes:
        limit (int): The page size that was applied.
        offset (int): How many items were skipped.
        count (int): Number of items in this page.
        total (int): Number of items across all pages.
        has_more (bool): Whether a further page exists.
        next_offset (int | None): The offset of the next page, or null when there is none.
    """

    limit: int
    offset: int
    count: int
    total: int
    has_more: bool
    next_offset: int | None
