from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_project_live_data_response_data_item import (
        GetProjectLiveDataResponseDataItem,
    )


class GetProjectLiveDataResponse(
    Model,
):
    """The last tracking events of the project.

    Attributes:
        data (list[GetProjectLiveDataResponseDataItem] | Unset): Tracking events (their fields are not given by the
            reference).
    """

    data: list[GetProjectLiveDataResponseDataItem] | None = None

    def page_items(self) -> list[GetProjectLiveDataResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_project_live_data_response_data_item import (
    GetProjectLiveDataResponseDataItem,
)
