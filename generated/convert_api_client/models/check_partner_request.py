from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class CheckPartnerRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        email (str | Unset): The email address of the potential partner to verify.
    """

    email: str | UnsetType = UNSET
