from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_experience_history_response_data_item import (
        GetExperienceHistoryResponseDataItem,
    )
    from ..models.list_extra import ListExtra


class GetExperienceHistoryResponse(
    Model,
):
    """A page of the change history of the experience.

    Attributes:
        data (list[GetExperienceHistoryResponseDataItem] | Unset):
        extra (ListExtra | Unset): The `extra` block of list responses.
    """

    data: list[GetExperienceHistoryResponseDataItem] | None = None
    extra: ListExtra | None = None

    def page_items(self) -> list[GetExperienceHistoryResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_experience_history_response_data_item import (
    GetExperienceHistoryResponseDataItem,
)
from ..models.list_extra import ListExtra
