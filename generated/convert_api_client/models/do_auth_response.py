from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.do_auth_response_data import DoAuthResponseData


class DoAuthResponse(
    Model,
    rename={
        "auth_code": "auth-code",
    },
):
    """Outcome of an authentication step.

    Attributes:
        auth_code (str | Unset): Next step of the authentication flow, e.g. `NEW_PASSWORD_REQUIRED`.
        message (str | Unset):
        data (DoAuthResponseData | Unset):
    """

    auth_code: str | None = None
    message: str | None = None
    data: DoAuthResponseData | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.do_auth_response_data import DoAuthResponseData
