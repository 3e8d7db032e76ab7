from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.experience_change_data import ExperienceChangeData


class ExperienceChange(
    Model,
    rename={
        "type_": "type",
    },
):
    """This object represents one change that is presented to the visitor through the experience. A change is connected to
    a a Version which in turn is connected to the Variation which gets presented to the user.

        Attributes:
            id (int | Unset): The unique numerical identifier for this specific change.
            type_ (str | Unset):
            data (ExperienceChangeData | Unset): A flexible object containing the specific details and content for this
                change, structured according to the change type. For example, for customCode, it would contain js and css
                strings. For defaultRedirect, it would contain original_pattern and variation_pattern. This field is included by
                default when fetching a single ExperienceChange but might be omitted in list views unless specified in an
                include parameter.
    """

    id: int | None = None
    type_: str | None = None
    data: ExperienceChangeData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.experience_change_data import ExperienceChangeData
