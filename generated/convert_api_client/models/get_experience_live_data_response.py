from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_experience_live_data_response_data_item import (
        GetExperienceLiveDataResponseDataItem,
    )


class GetExperienceLiveDataResponse(
    Model,
):
    """The latest tracking events of the experience.

    Attributes:
        data (list[GetExperienceLiveDataResponseDataItem] | Unset):
    """

    data: list[GetExperienceLiveDataResponseDataItem] | None = None

    def page_items(self) -> list[GetExperienceLiveDataResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_experience_live_data_response_data_item import (
    GetExperienceLiveDataResponseDataItem,
)
