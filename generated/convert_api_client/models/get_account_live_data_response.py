from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_account_live_data_response_data_item import (
        GetAccountLiveDataResponseDataItem,
    )


class GetAccountLiveDataResponse(
    Model,
):
    """
    Attributes:
        data (list[GetAccountLiveDataResponseDataItem] | Unset):
    """

    data: list[GetAccountLiveDataResponseDataItem] | None = None

    def page_items(self) -> list[GetAccountLiveDataResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_account_live_data_response_data_item import (
    GetAccountLiveDataResponseDataItem,
)
