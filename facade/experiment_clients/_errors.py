"""Everything the library raises, and the one function that turns a response into a model or an error.

APIError                         root: catch this to catch everything below
├── InvalidArgumentError         bad input found before any request (also ValueError, TypeError)
├── ConfigurationError           missing or malformed credentials/settings (also ValueError)
├── APIConnectionError           the request did not get an answer
│   └── APITimeoutError
├── APIResponseValidationError   a 2xx whose body is not what the spec promises
├── ResponseTooLargeError        a body over ``max_response_bytes``, stopped while it streamed
├── PaginationError              a listing cannot go on (a page that does not move forward, a reused pager)
└── APIStatusError               the service answered with a non-2xx status
    ├── BadRequestError          400
    │   └── ValidationError      422 (Convert's "unprocessable entity")
    ├── AuthenticationError      401
    ├── PermissionDeniedError    403
    ├── NotFoundError            404
    ├── RateLimitError           429, with ``retry_after``
    └── ServerError              5xx

Every error pickles (so it crosses a ``ProcessPoolExecutor``) without its
credentials: a request kept on an error is pickled as a copy without its
credential headers, query values or body, and secret-bearing response headers
are never kept at all.
"""

from __future__ import annotations

import json
import reprlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # annotations only: importing the errors does not load httpx
    import httpx

from ._retry_after import parse_retry_after

M = TypeVar("M")

#: Header names that carry a credential or a session (both directions); never kept on an error.
_SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "convert-application-id",
        "x-api-key",
        "api-key",
    }
)
_SECRET_WORDS = ("token", "secret", "signature", "password", "api-key", "apikey", "api_key")

#: Longest error detail put in an exception message; the whole body stays on ``.body``.
_DETAIL_LIMIT = 500
_short = reprlib.Repr()
_short.maxlevel, _short.maxstring, _short.maxother, _short.maxlist, _short.maxdict = (
    3,
    200,
    200,
    10,
    10,
)


def is_secret_name(name: str) -> bool:
    """Whether a header or query parameter of this name may carry a credential."""
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or any(word in lowered for word in _SECRET_WORDS)


def _public_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if not is_secret_name(k)}


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` safe to pickle or log: method and URL, credentials masked, no body."""
    import httpx  # loaded already: there is a request

    url = request.url.copy_with(userinfo=b"") if request.url.userinfo else request.url
    if url.query:
        params = [(k, "***" if is_secret_name(k) else v) for k, v in url.params.multi_items()]
        url = url.copy_with(params=params)
    headers = [(k, "***" if is_secret_name(k) else v) for k, v in request.headers.multi_items()]
    return httpx.Request(request.method, url, headers=headers)


def _restore(cls: type[APIError], args: tuple[Any, ...], state: dict[str, Any]) -> APIError:
    """Rebuild a pickled error without calling ``__init__`` (its arguments are keyword-only)."""
    error = cls.__new__(cls, *args)
    error.__dict__.update(state)
    return error


class APIError(Exception):
    """Root of every error raised by experiment_clients."""

    def __reduce__(self) -> tuple[Any, ...]:
        import httpx  # only when pickling: importing the errors does not load httpx

        state = {
            name: redacted_request(value) if isinstance(value, httpx.Request) else value
            for name, value in self.__dict__.items()
        }
        return _restore, (type(self), self.args, state)


class InvalidArgumentError(APIError, ValueError, TypeError):
    """An argument is wrong; raised before any request is sent."""


class ConfigurationError(APIError, ValueError):
    """Credentials or settings are missing or malformed."""


class APIConnectionError(APIError):
    """The request got no HTTP answer (refused, reset, DNS, protocol error).

    ``request`` is the request that failed (``None`` when none was built); a
    pickled error carries a copy without credentials or body.
    """

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


class ResponseTooLargeError(APIError):
    """A response body larger than the client's ``max_response_bytes``.

    Reading stopped at the limit (or before reading, from ``Content-Length``), so
    the body is not kept; the call is not retried, since a repeat would be as large.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        status_code: int,
        limit: int,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.limit = limit
        self.headers = _public_headers(headers or {})


class PaginationError(APIError, RuntimeError):
    """A listing cannot go on: a page does not say where the next one starts (``nextOffset``
    missing, negative or not past the current offset), or the pager was already iterated."""

    def __init__(self, message: str, *, operation: str) -> None:
        super().__init__(message)
        self.operation = operation


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
        return field_names(self.body)


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


def _text(value: Any) -> str:
    """A short, safe rendering of any JSON value (never recursion-deep, never huge)."""
    if isinstance(value, str):
        return value[:_DETAIL_LIMIT]
    try:
        return _short.repr(value)[:_DETAIL_LIMIT]
    except RecursionError:  # pragma: no cover - reprlib stops at maxlevel
        return f"<{type(value).__name__}>"


def field_names(body: Any) -> list[str]:
    """The request fields an error body names: Convert's ``parameters`` (or ``fields``).

    Tolerates any shape a misbehaving server sends: a list, one name, a mapping
    (its keys), a number.
    """
    if not isinstance(body, dict):
        return []
    value = body.get("parameters")
    if value is None or value == [] or value == "":
        value = body.get("fields")
    if value is None or value == "":
        return []
    if isinstance(value, dict):
        value = list(value)
    elif not isinstance(value, list):
        value = [value]
    return [_text(v) for v in value[:100]]


def _error_message(body: Any) -> str:
    if isinstance(body, dict):
        message: Any = body.get("message", "")
        if isinstance(message, list):
            message = "; ".join(_text(m) for m in message[:20])
        detail = _text(message) if message is not None else ""
        fields = field_names(body)
        if fields:
            detail = f"{detail} (fields: {', '.join(fields)})"
        return detail[: _DETAIL_LIMIT * 2]
    return "" if body is None else _text(body)


def _decode_body(response: httpx.Response) -> Any:
    """The JSON error body, else its text; None when empty or never read."""
    import httpx  # loaded already: there is a response

    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python recurses
        return response.text


def status_error(
    operation: str, response: httpx.Response, hint: str = "", *, unreadable: str | None = None
) -> APIStatusError:
    """Build the typed error for a non-2xx response.

    ``hint`` ends its message; ``unreadable`` says why its body is missing.
    """
    body = None if unreadable else _decode_body(response)
    cls = error_class(response.status_code)
    reason = response.reason_phrase or "error"
    detail = unreadable or _error_message(body)
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
