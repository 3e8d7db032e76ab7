from __future__ import annotations

from ..types import Model


class SuccessResponse(
    Model,
):
    """Acknowledgement returned by operations that change state without returning an entity.

    Attributes:
        code (int | Unset):
        message (str | Unset):
    """

    code: int | None = None
    message: str | None = None
