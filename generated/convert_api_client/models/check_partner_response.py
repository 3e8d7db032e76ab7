from __future__ import annotations

from ..types import Model


class CheckPartnerResponse(
    Model,
    rename={
        "already_granted": "alreadyGranted",
    },
):
    """
    Attributes:
        email (str | Unset): The email address that was checked.
        allowed (bool | Unset): Whether the email belongs to a registered partner.
        already_granted (bool | Unset): Whether extended access was already granted.
    """

    email: str | None = None
    allowed: bool | None = None
    already_granted: bool | None = None
