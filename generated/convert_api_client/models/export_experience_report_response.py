from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.export_experience_report_response_data import (
        ExportExperienceReportResponseData,
    )


class ExportExperienceReportResponse(
    Model,
):
    """Result of a report export, wrapped in `data`.

    Attributes:
        data (ExportExperienceReportResponseData | Unset): Export result carrying the downloadable link of the generated
            file. The reference collapses this object and does not list its fields.
    """

    data: ExportExperienceReportResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.export_experience_report_response_data import (
    ExportExperienceReportResponseData,
)
