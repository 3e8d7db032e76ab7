from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.update_section_request_data import UpdateSectionRequestData


class UpdateExperienceSectionsRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        sections (list[UpdateSectionRequestData] | Unset): An array of UpdateSectionRequestData objects. Each object
            defines a section and its complete set of versions and changes.

            - To update an existing section, provide its id and modified name or versions.
            - To add a new section, provide a new unique id (1-2 chars), name, and its versions.
            - Sections from the current MVT configuration not present in this array will be deleted.
    """

    sections: list[UpdateSectionRequestData] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.update_section_request_data import UpdateSectionRequestData
