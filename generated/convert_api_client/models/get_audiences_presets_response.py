from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_audiences_presets_response_data_item import (
        GetAudiencesPresetsResponseDataItem,
    )


class GetAudiencesPresetsResponse(
    Model,
):
    """Predefined audience templates, wrapped in `data`.

    Attributes:
        data (list[GetAudiencesPresetsResponseDataItem] | Unset): The audience presets. The reference collapses the
            items and does not list their fields.
    """

    data: list[GetAudiencesPresetsResponseDataItem] | None = None

    def page_items(self) -> list[GetAudiencesPresetsResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_audiences_presets_response_data_item import (
    GetAudiencesPresetsResponseDataItem,
)
