from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.sdk_connection import SdkConnection


class GetSdkConnectionResponse(
    Model,
    rename={
        "sdk_connection": "sdkConnection",
    },
):
    """
    Attributes:
        sdk_connection (SdkConnection):
    """

    sdk_connection: SdkConnection


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.sdk_connection import SdkConnection
