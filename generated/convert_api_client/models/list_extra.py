from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.pagination import Pagination


class ListExtra(
    Model,
):
    """The `extra` block of list responses.

    Attributes:
        pagination (Pagination | Unset): Where a page sits in a list; `extra.pagination` of every list response. The
            reference names only `items_count`; `current_page`, `items_per_page` and `pages_count` are what the service
            sends beside it (clients page by `items_count` and fall back on `current_page` and `pages_count`).
    """

    pagination: Pagination | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.pagination import Pagination
