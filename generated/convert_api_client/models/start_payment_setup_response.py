from __future__ import annotations

from ..types import Model


class StartPaymentSetupResponse(
    Model,
):
    """
    Attributes:
        client_secret (str | Unset): Client secret the frontend UI uses to complete the payment method setup directly
            with the payment provider.
    """

    client_secret: str | None = None
