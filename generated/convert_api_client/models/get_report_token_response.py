from __future__ import annotations

from ..types import Model


class GetReportTokenResponse(
    Model,
):
    """The report access token of the experience.

    Attributes:
        id (int | Unset):
        token (str | Unset):
        expiration (int | Unset):
    """

    id: int | None = None
    token: str | None = None
    expiration: int | None = None
