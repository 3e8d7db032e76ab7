from __future__ import annotations

from ..types import Model


class Pagination(
    Model,
):
    """Where a page sits in a list; `extra.pagination` of every list response. The reference names only `items_count`;
    `current_page`, `items_per_page` and `pages_count` are what the service sends beside it (clients page by
    `items_count` and fall back on `current_page` and `pages_count`).

        Attributes:
            items_count (int | Unset): Number of items matching the filters, across all pages.
            current_page (int | Unset): The number of this page, from 1.
            items_per_page (int | Unset): The page size the list was asked for.
            pages_count (int | Unset): Number of pages for the filters at this page size.
    """

    items_count: int | None = None
    current_page: int | None = None
    items_per_page: int | None = None
    pages_count: int | None = None
