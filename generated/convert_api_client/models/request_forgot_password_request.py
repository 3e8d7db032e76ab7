from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class RequestForgotPasswordRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        username (str | Unset): The username or email address associated with the account for which password reset is
            requested.
    """

    username: str | UnsetType = UNSET
