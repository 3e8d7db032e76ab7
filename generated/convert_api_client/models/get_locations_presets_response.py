from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_locations_presets_response_data_item import (
        GetLocationsPresetsResponseDataItem,
    )


class GetLocationsPresetsResponse(
    Model,
):
    """Predefined location templates, wrapped in `data`.

    Attributes:
        data (list[GetLocationsPresetsResponseDataItem] | Unset): The location presets. The reference collapses the
            items and does not list their fields.
    """

    data: list[GetLocationsPresetsResponseDataItem] | None = None

    def page_items(self) -> list[GetLocationsPresetsResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_locations_presets_response_data_item import (
    GetLocationsPresetsResponseDataItem,
)
