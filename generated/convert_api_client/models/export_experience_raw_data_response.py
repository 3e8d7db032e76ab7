from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.export_experience_raw_data_response_data import (
        ExportExperienceRawDataResponseData,
    )


class ExportExperienceRawDataResponse(
    Model,
):
    """Result of a raw data export request, wrapped in `data`.

    Attributes:
        data (ExportExperienceRawDataResponseData | Unset): Export job result. The reference collapses this object and
            does not list its fields.
    """

    data: ExportExperienceRawDataResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.export_experience_raw_data_response_data import (
    ExportExperienceRawDataResponseData,
)
