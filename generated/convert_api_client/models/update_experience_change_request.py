from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.update_experience_change_request_data import (
        UpdateExperienceChangeRequestData,
    )


class UpdateExperienceChangeRequest(
    Model,
    rename={
        "type_": "type",
    },
    omit_defaults=False,
):
    """
    Attributes:
        type_ (str):
        data (UpdateExperienceChangeRequestData): A flexible object containing the specific details and content for this
            change, structured according to the change type. For example, for customCode, it would contain js and css
            strings. For defaultRedirect, it would contain original_pattern and variation_pattern. This field is included by
            default when fetching a single ExperienceChange but might be omitted in list views unless specified in an
            include parameter.
    """

    type_: str
    data: UpdateExperienceChangeRequestData


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.update_experience_change_request_data import (
    UpdateExperienceChangeRequestData,
)
