from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.segment import Segment


class GetSegmentResponse(
    Model,
):
    """
    Attributes:
        segment (Segment):
    """

    segment: Segment


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.segment import Segment
