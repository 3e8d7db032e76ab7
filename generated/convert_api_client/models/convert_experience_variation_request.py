from __future__ import annotations

from ..models.convert_experience_variation_request_experience_type import (
    ConvertExperienceVariationRequestExperienceType,
)
from ..types import UNSET, Model, UnsetType


class ConvertExperienceVariationRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        experience_type (ConvertExperienceVariationRequestExperienceType | Unset): Type of the experience to be
            converted to
    """

    experience_type: ConvertExperienceVariationRequestExperienceType | UnsetType = UNSET
