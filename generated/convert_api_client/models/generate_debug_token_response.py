from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.generate_debug_token_response_data import (
        GenerateDebugTokenResponseData,
    )


class GenerateDebugTokenResponse(
    Model,
):
    """Wrapper of the generated debug token.

    Attributes:
        data (GenerateDebugTokenResponseData | Unset): The debug token data (its fields are not given by the reference).
    """

    data: GenerateDebugTokenResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.generate_debug_token_response_data import GenerateDebugTokenResponseData
