from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.password_auth_data import PasswordAuthData


class DoAuthRequest(
    Model,
    rename={
        "request_type": "requestType",
    },
    omit_defaults=False,
):
    """Credentials or tokens for authenticating a cookie-based session: typically username and password, or MFA codes in a
    later step.

        Attributes:
            request_type (str):
            username (str | Unset):
            data (PasswordAuthData | Unset): Base data included in cookie-based authentication steps.
    """

    request_type: str
    username: str | UnsetType = UNSET
    data: PasswordAuthData | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.password_auth_data import PasswordAuthData
