from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


class GetApiKeysListResponse(
    Model,
):
    """
    Attributes:
        data (list[ApiKey] | Unset):
    """

    data: list[ApiKey] | None = None

    def page_items(self) -> list[ApiKey]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.api_key import ApiKey
