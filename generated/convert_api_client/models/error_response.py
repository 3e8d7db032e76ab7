from __future__ import annotations

from ..types import Model


class ErrorResponse(
    Model,
):
    """Error body of every 4xx/5xx answer.

    Attributes:
        code (int | Unset): HTTP status code repeated in the body.
        message (list[str] | str | Unset): One message, or one per problem found.
        parameters (list[str] | Unset): Names of the request parameters or body fields at fault.
    """

    code: int | None = None
    message: list[str] | str | None = None
    parameters: list[str] | None = None
