"""Everything the library raises, and the one function that turns a response into a model or an error.

APIError                         root: catch this to catch everything below
├── InvalidArgumentError         bad input found before any request (also ValueError, TypeError)
├── ConfigurationError           missing or malformed credentials/settings (also ValueError)
├── APIConnectionError           the request did not get an answer
│   └── APITimeoutError
├── APIResponseValidationError   a 2xx whose body is not what the spec promises
└── APIStatusError               the service answered with a non-2xx status
    ├── BadRequestError          400
    │   └── ValidationError      422 (Convert's "unprocessable entity")
    ├── AuthenticationError      401
    ├── PermissionDeniedError    403
    ├── NotFoundError            404
    ├── RateLimitError           429, with ``retry_after``
    └── ServerError              5xx
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # annotations only: importing the errors does not load httpx
    import httpx

from ._retry_after import parse_retry_after

M = TypeVar("M")

# Response headers that may carry a secret and are never kept on an error.
_SECRET_HEADERS = frozenset({"set-cookie", "authorization", "cookie"})


def _public_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in _SECRET_HEADERS}


class APIError(Exception):
    """Root of every error raised by experiment_clients."""


class InvalidArgumentError(APIError, ValueError, TypeError):
    """An argument is wrong; raised before any request is sent."""


class ConfigurationError(APIError, ValueError):
    """Credentials or settings are missing or malformed."""


class APIConnectionError(APIError):
    """The request got no HTTP answer (refused, reset, DNS, protocol error)."""

    def __init__(self, message: str, *, operation: str, request: httpx.Request | None = None):
        super().__init__(message)
        self.operation = operation
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A successful status with a body that does not parse as the spec says."""

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        status_code: int,
        body: bytes,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.body = body
        self.headers = _public_headers(headers or {})


class APIStatusError(APIError):
    """The service answered with an error status.

    ``body`` is the parsed JSON error body (GrowthBook ``{message}``, Convert
    ``{code, message, parameters}``) or the raw text when it is not JSON.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        operation: str,
        body: Any,
        headers: Mapping[str, str],
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.operation = operation
        self.body = body
        self.headers = _public_headers(headers)

    @property
    def fields(self) -> list[str]:
        """The request fields the service named as wrong (Convert's ``parameters``)."""
        if isinstance(self.body, dict):
            value = self.body.get("parameters") or self.body.get("fields") or []
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
        return []


class BadRequestError(APIStatusError):
    """400: the request is malformed or misses a required parameter."""


class ValidationError(BadRequestError):
    """422: the request is well formed but a field's value is not accepted."""


class AuthenticationError(APIStatusError):
    """401: no valid credentials (wrong key, bad signature, expired ``Expires``)."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not allow this operation."""


class NotFoundError(APIStatusError):
    """404: unknown route or resource id."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the wait the service asked for, in seconds."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers)


class ServerError(APIStatusError):
    """5xx: the service failed."""


STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}


def expect_model(value: object, cls: type[M], operation: str) -> M:
    """``value`` if it is a ``cls``; else the 2xx body was not the model the spec promises."""
    if not isinstance(value, cls):
        raise APIResponseValidationError(
            f"{operation}: expected {cls.__name__}, got {type(value).__name__}",
            operation=operation,
            status_code=200,
            body=b"",
        )
    return value


def error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status, by table."""
    if status_code >= 500:
        return ServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


def _error_message(body: Any) -> str:
    if isinstance(body, dict):
        message = body.get("message", "")
        if isinstance(message, list):
            message = "; ".join(str(m) for m in message)
        params = body.get("parameters")
        if params:
            message = f"{message} (fields: {', '.join(str(p) for p in params)})"
        return str(message)
    return str(body)[:500]


def status_error(operation: str, response: httpx.Response, hint: str = "") -> APIStatusError:
    """Build the typed error for a non-2xx response; ``hint`` ends its message."""
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    cls = error_class(response.status_code)
    reason = response.reason_phrase or "error"
    detail = _error_message(body)
    message = (
        f"{operation}: HTTP {response.status_code} {reason}"
        + (f": {detail}" if detail else "")
        + hint
    )
    return cls(
        message,
        status_code=response.status_code,
        operation=operation,
        body=body,
        headers=response.headers,
    )
