from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.live_data_event_types import LiveDataEventTypes
from ..models.live_data_expand_fields import LiveDataExpandFields
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.get_project_live_data_request_segments_type_0 import (
        GetProjectLiveDataRequestSegmentsType0,
    )


class GetProjectLiveDataRequest(
    Model,
    omit_defaults=False,
):
    """Optional filters for project-specific live data.

    Attributes:
        experiences (list[int] | None | Unset): A list of Experience IDs to filter events for. Only events related to
            these experiences will be returned.
        event_types (list[LiveDataEventTypes] | None | Unset):
        goals (list[int] | None | Unset): A list of Goal IDs to filter conversion/transaction events for.
        segments (GetProjectLiveDataRequestSegmentsType0 | None | Unset): A collection of filters used to segment
            experience report data based on various visitor attributes and traffic sources. Applying these filters allows
            for deeper analysis of how different user groups interact with experience variations. Knowledge Base: "Using
            Basic and Advanced Post segmentation".
        expand (list[LiveDataExpandFields] | None | Unset): Specifies linked objects to expand in the live data
            response. Refer to the Expanding Fields section.
    """

    experiences: list[int] | None | UnsetType = UNSET
    event_types: list[LiveDataEventTypes] | None | UnsetType = UNSET
    goals: list[int] | None | UnsetType = UNSET
    segments: GetProjectLiveDataRequestSegmentsType0 | None | UnsetType = UNSET
    expand: list[LiveDataExpandFields] | None | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.get_project_live_data_request_segments_type_0 import (
    GetProjectLiveDataRequestSegmentsType0,
)
