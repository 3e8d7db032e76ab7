from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.generate_text_variants_response_data import (
        GenerateTextVariantsResponseData,
    )


class GenerateTextVariantsResponse(
    Model,
):
    """
    Attributes:
        data (GenerateTextVariantsResponseData | Unset): The generated text variants. The reference does not detail this
            object.
    """

    data: GenerateTextVariantsResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.generate_text_variants_response_data import (
    GenerateTextVariantsResponseData,
)
