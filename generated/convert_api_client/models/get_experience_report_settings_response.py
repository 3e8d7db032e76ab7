from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.get_experience_report_settings_response_data import (
        GetExperienceReportSettingsResponseData,
    )


class GetExperienceReportSettingsResponse(
    Model,
):
    """Report settings of an experience, wrapped in `data`.

    Attributes:
        data (GetExperienceReportSettingsResponseData | Unset): The experience's reporting settings (confidence level,
            statistical methodology, MAB strategy, primary metric, outlier detection rules). The reference does not list its
            fields.
    """

    data: GetExperienceReportSettingsResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_experience_report_settings_response_data import (
    GetExperienceReportSettingsResponseData,
)
