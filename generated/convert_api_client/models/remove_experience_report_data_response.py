from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.remove_experience_report_data_response_data_item import (
        RemoveExperienceReportDataResponseDataItem,
    )


class RemoveExperienceReportDataResponse(
    Model,
):
    """Result of a report data removal, wrapped in `data`.

    Attributes:
        data (list[RemoveExperienceReportDataResponseDataItem] | Unset): Records deleted (or, with simulate, that would
            be deleted). The reference collapses the items and does not list their fields.
    """

    data: list[RemoveExperienceReportDataResponseDataItem] | None = None

    def page_items(self) -> list[RemoveExperienceReportDataResponseDataItem]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.remove_experience_report_data_response_data_item import (
    RemoveExperienceReportDataResponseDataItem,
)
