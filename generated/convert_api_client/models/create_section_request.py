from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.section_version_create import SectionVersionCreate


class CreateSectionRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        versions (list[SectionVersionCreate]): Version definition.

            Each Multivariate experience is made of a list of Sections and a list of Versions

            Than, variations of a Multivariate experience are made of all possible combinations of versions, takin one from
            each section.

            Example: Experience has Section A and Section B. Section A has Version 1 and Version 2, Section B has Version 3
            and Version 4

            The resulting experience's variations will be the following:

            1. Section A - Version 1 + Section B - Version 3
            2. Section A - Version 2 + Section B - Version 3
            3. Section A - Version 1 + Section B - Version 4
            4. Section A - Version 1 + Section B - Version 4
        id (str | Unset): A unique identifier for this section within the MVT experience (e.g., "s1", "01", "ab").
            Typically a short string (1-2 characters). This ID helps in structuring the MVT test.
        name (str | Unset): A user-defined, friendly name for this section (e.g., "Page Headline", "Main Call-to-Action
            Button", "Hero Image"). This name appears in MVT setup and reports.
    """

    versions: list[SectionVersionCreate]
    id: str | UnsetType = UNSET
    name: str | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.section_version_create import SectionVersionCreate
