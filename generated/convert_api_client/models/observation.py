from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.observation_statuses import ObservationStatuses
from ..types import Model

if TYPE_CHECKING:
    from ..models.observation_image_data import ObservationImageData
    from ..models.project import Project
    from ..models.tag import Tag
    from ..models.uploaded_file_data import UploadedFileData


class Observation(
    Model,
):
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for the observation.
        name (str | Unset): A user-defined, concise title for the observation (e.g., "Users drop off on pricing page",
            "High bounce rate on mobile landing page", "Positive feedback on new feature idea").
        description (str | Unset): (Optional) A detailed description of the observation, including context, data points,
            user quotes, or any relevant details that support the insight.
        project (int | Project | Unset):
        status (ObservationStatuses | Unset): The current status of an observation in its lifecycle:

            * active: The observation is current, under consideration, or being actively discussed. This is the default for
            new observations.
            * archived: The observation has been reviewed and is no longer actively being pursued (e.g., deemed not
            actionable, superseded, or already addressed). It's kept for historical records. Knowledge Base: "Observations
            Feature Guide" - "Status Management".
        url (str | Unset): (Optional) A URL relevant to this observation, such as the page where the behavior was
            observed or a link to an analytics report.
        created_by (None | str | Unset): The name or identifier of the user who created this observation.
        created_at (int | Unset): Unix timestamp (UTC) indicating when this observation was created in the system.
        images (list[ObservationImageData] | None | Unset): This is the document that is used as a visual representation
            of the observe feature
        files (list[UploadedFileData] | None | Unset): This is the document that is used as a visual representation of
            the observe feature
        tags (list[int | Tag] | None | Unset): The list of tags connected to this observation
    """

    id: int | None = None
    name: str | None = None
    description: str | None = None
    project: int | Project | None = None
    status: ObservationStatuses | None = None
    url: str | None = None
    created_by: None | str = None
    created_at: int | None = None
    images: list[ObservationImageData] | None = None
    files: list[UploadedFileData] | None = None
    tags: list[int | Tag] | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.observation_image_data import ObservationImageData
from ..models.project import Project
from ..models.tag import Tag
from ..models.uploaded_file_data import UploadedFileData
