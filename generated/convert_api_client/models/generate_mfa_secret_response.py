from __future__ import annotations

from ..types import Model


class GenerateMfaSecretResponse(
    Model,
):
    """
    Attributes:
        mfa_secret (str | Unset): Secret to register in an authenticator app, which then generates time-based one-time
            passwords (TOTPs).
    """

    mfa_secret: str | None = None
