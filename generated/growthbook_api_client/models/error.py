from __future__ import annotations

from ..types import Model


class Error(
    Model,
):
    """Body of every error response.

    Attributes:
        message (str): Information about the error.
    """

    message: str
