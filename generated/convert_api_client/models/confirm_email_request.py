from __future__ import annotations

from ..types import Model


class ConfirmEmailRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        code (str): The unique verification code sent to the user's new email address. Submitting this code confirms the
            email change.
    """

    code: str
