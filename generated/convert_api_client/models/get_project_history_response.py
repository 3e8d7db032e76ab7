from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_project_history_response_data_item import (
        GetProjectHistoryResponseDataItem,
    )
    from ..models.list_extra import ListExtra


class GetProjectHistoryResponse(
    Model,
):
    """A page of the project's change history.

    Attributes:
        data (list[GetProjectHistoryResponseDataItem] | Unset): Change history entries (their fields are not given by
            the reference).
        extra (ListExtra | Unset): The `extra` block of list responses.
    """

    data: list[GetProjectHistoryResponseDataItem] | None = None
    extra: ListExtra | None = None

    def page_items(self) -> list[GetProjectHistoryResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_project_history_response_data_item import (
    GetProjectHistoryResponseDataItem,
)
from ..models.list_extra import ListExtra
