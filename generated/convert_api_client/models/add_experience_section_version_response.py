from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.section_version import SectionVersion


class AddExperienceSectionVersionResponse(
    Model,
):
    """The section version.

    Attributes:
        data (SectionVersion | Unset): The version is an entity that lives under a section in order to group together
            the changes that compose the experience. In case of a non Multivariate experience, each version corresponds to
            one variation. in the case of a MVT experiment, one variation would be made by combining one version from each
            of the defined sections.
    """

    data: SectionVersion | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.section_version import SectionVersion
