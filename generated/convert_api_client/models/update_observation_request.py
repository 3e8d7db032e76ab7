from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.observation_statuses import ObservationStatuses
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.observation_file import ObservationFile
    from ..models.observation_image import ObservationImage
    from ..models.tag_to_create import TagToCreate


class UpdateObservationRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        name (str | Unset): A user-defined, concise title for the observation (e.g., "Users drop off on pricing page",
            "High bounce rate on mobile landing page", "Positive feedback on new feature idea").
        description (str | Unset): (Optional) A detailed description of the observation, including context, data points,
            user quotes, or any relevant details that support the insight.
        status (ObservationStatuses | Unset): The current status of an observation in its lifecycle:

            * active: The observation is current, under consideration, or being actively discussed. This is the default for
            new observations.
            * archived: The observation has been reviewed and is no longer actively being pursued (e.g., deemed not
            actionable, superseded, or already addressed). It's kept for historical records. Knowledge Base: "Observations
            Feature Guide" - "Status Management".
        url (str | Unset): (Optional) A URL relevant to this observation, such as the page where the behavior was
            observed or a link to an analytics report.
        images (list[ObservationImage] | None | Unset): This is the document that is used as a visual representation of
            the observe feature
        files (list[ObservationFile] | None | Unset): This is the document that is used as a visual representation of
            the observe feature
        tags (list[int | TagToCreate] | None | Unset): The list of tags connected to this observation
    """

    name: str | UnsetType = UNSET
    description: str | UnsetType = UNSET
    status: ObservationStatuses | UnsetType = UNSET
    url: str | UnsetType = UNSET
    images: list[ObservationImage] | None | UnsetType = UNSET
    files: list[ObservationFile] | None | UnsetType = UNSET
    tags: list[int | TagToCreate] | None | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.observation_file import ObservationFile
from ..models.observation_image import ObservationImage
from ..models.tag_to_create import TagToCreate
