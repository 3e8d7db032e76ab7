"""What both twins of every client share: settings, the call's plan, and every decision not I/O.

A call goes: check the arguments against the generated function's signature
(:mod:`._validate`), plan it (:meth:`ClientCore._begin`: options, deadline,
retry bookkeeping), then per attempt: wait for a rate-limit slot, run the
generated ``sync_detailed``/``asyncio_detailed`` with our configured client,
and turn what came back into the parsed model or a typed error
(:meth:`ClientCore._finish`). The twins (:mod:`._sync`, :mod:`._async`) add
only the I/O: the loop over attempts, with or without ``await``.

Concerns live with their objects: settings in :class:`~._options.CallOptions`,
hooks and the httpx client's arguments in :mod:`._http`, retry decisions in
:mod:`._retry`, pacing in :mod:`._ratelimit`, redirects in the auth, paging
arguments in the pagination strategy.
"""

from __future__ import annotations

import copy
import logging
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar

import attrs
import httpx
import msgspec

from . import _operations, _urls, _validate
from ._clock import SYSTEM_CLOCK, Clock, Deadline
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidArgumentError,
    status_error,
)
from ._http import CallState
from ._options import CallOptions
from ._ratelimit import Pacer, RateLimit
from ._response import failed_answer, operation_module, undocumented_success
from ._retry import Attempts, RetryPolicy, is_repeatable
from .auth import CredentialAuth
from .pagination import Position, Strategy

RawT = TypeVar("RawT")

logger = logging.getLogger("experiment_clients")


@attrs.define
class Call:
    """The plan of one call: its operation, settings, deadline and retry bookkeeping."""

    operation: str
    options: CallOptions
    deadline: Deadline
    attempts: Attempts

    def state(self) -> CallState:
        """A fresh record for the next attempt."""
        return CallState(self.operation, self.options, self.deadline)


@attrs.frozen
class Listing:
    """What a pager needs but the I/O: the operation, its function, checked arguments, paging."""

    operation: str
    function: Callable[..., Any]
    method: str
    arguments: dict[str, Any]
    strategy: Strategy
    body_type: type | None

    def page_arguments(self, position: Position) -> dict[str, Any]:
        return self.strategy.apply(self.arguments, position, self.body_type)


def method_of(function: Callable[..., Any]) -> str:
    """The HTTP method of a generated operation (its module's ``METHOD``, from our template)."""
    return str(sys.modules[function.__module__].METHOD)


def _rate_limit(value: object) -> RateLimit | None:
    if value is not None and not isinstance(value, RateLimit):
        raise InvalidArgumentError(
            f"rate_limit must be a RateLimit(requests, per_seconds) or None, got {value!r}"
        )
    return value


class ClientCore(Generic[RawT]):
    """Configuration and every decision that is not I/O, shared by the sync and async clients."""

    _package: str  # the generated package, e.g. "growthbook_api_client"
    _strategy: Strategy
    _raw: RawT
    _http: httpx.Client | httpx.AsyncClient
    #: Where waits and the deadline read the time; tests replace it on a client.
    _clock: Clock = SYSTEM_CLOCK

    def __init__(
        self,
        *,
        base_url: str,
        auth: CredentialAuth,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry: RetryPolicy | None,
        rate_limit: RateLimit | None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._origin = httpx.URL(self._base_url)
        if self._origin.scheme not in ("http", "https") or not self._origin.host:
            raise InvalidArgumentError(
                f"base_url must be an absolute http(s) URL such as https://host/api, got {base_url!r}"
            )
        self._auth = auth
        self._options = CallOptions.create(
            timeout=timeout, max_retries=max_retries, retry=retry, deadline=deadline,
            max_response_bytes=max_response_bytes,
        )  # fmt: skip
        limit = _rate_limit(rate_limit)
        self._pacer = Pacer(limit, self._package) if limit is not None else None
        self._view_of: ClientCore[RawT] | None = None  # the client a view was made from
        self._closed = False

    def _init_http(self, raw: RawT, transport: Any, proxy: Any, event_hooks: Any) -> None:
        """Create the httpx client and hand it to the generated one (each twin its own kind)."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def raw(self) -> RawT:
        """The generated client, configured with this client's base URL, auth and connection pool."""
        return self._raw

    def __repr__(self) -> str:
        view = ", view" if self._view_of is not None else ""
        return f"{type(self).__name__}(base_url={self._base_url!r}, auth={self._auth!r}{view})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str | bytes] | None = None,
        retry_writes: bool | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A view of this client with other per-call settings (None keeps a setting).

        The view shares this client's connection pool and rate limiter but does
        not own them: closing a view (or leaving its ``with`` block) only makes
        that view refuse further calls; the pool stays open until the client it
        came from is closed. ``retry`` replaces the retry policy, ``max_retries``
        only its count; ``headers`` are added to this client's.
        ``retry_writes=True`` lets retries repeat creates, updates and deletes
        too: only for operations you know to be idempotent. ``deadline`` bounds
        each whole call (see the client's docstring). ``max_response_bytes`` caps
        each response body, checked while it streams in.
        """
        options = self._options.replace(
            timeout=timeout, max_retries=max_retries, retry=retry, headers=headers,
            retry_writes=retry_writes, deadline=deadline, max_response_bytes=max_response_bytes,
        )  # fmt: skip
        view = copy.copy(self)
        view._options = options
        view._view_of = self._view_of or self
        view._closed = False
        return view

    # -- decisions -------------------------------------------------------------------------

    def _read_only(self, operation: str) -> bool:
        """Whether a POST operation only reads (so may be retried). Services override."""
        return False

    def _defaults(self) -> dict[str, Any]:
        """Values for parameters a caller may leave out (Convert's account and project)."""
        return {}

    def _check_open(self, operation: str) -> None:
        """Refuse a call on a closed client or view, before anything is sent or waited for."""
        if self._closed or self._http.is_closed:
            what = "view" if self._closed and self._view_of is not None else "client"
            raise APIConnectionError(
                f"{operation}: this {what} is closed; make calls inside its with-block, "
                "or create a new client",
                operation=operation,
            )

    def _begin(self, operation: str, method: str) -> Call:
        """Plan a call: its settings, its deadline (which starts now) and its retries."""
        self._check_open(operation)
        options = self._options
        deadline = Deadline(options.deadline, self._clock)
        repeatable = options.retry_writes or is_repeatable(method, operation, self._read_only)
        return Call(
            operation, options, deadline, Attempts(options.retry, operation, repeatable, deadline)
        )

    def _resolve(self, endpoint: Any, attr: str) -> tuple[str, Callable[..., Any]]:
        """The operation's name and its ``attr`` function (``sync_detailed``...)."""
        return _operations.endpoint_function(self._package, endpoint, attr)

    def _prepare(
        self, endpoint: Any, attr: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, Callable[..., Any], dict[str, Any]]:
        if "client" in kwargs:
            raise InvalidArgumentError("client: do not pass it; the facade supplies its own")
        operation, function = self._resolve(endpoint, attr)
        checked = _validate.check_arguments(function, operation, args, kwargs, self._defaults())
        return operation, function, checked

    def _failure(self, state: CallState, exc: Exception) -> APIError:
        """Map an exception raised while a generated function ran to our error tree."""
        operation = state.operation
        if isinstance(exc, APIError):
            return exc
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{operation}: timed out ({type(exc).__name__})",
                operation=operation,
                request=exc.request,
            )
        if isinstance(exc, httpx.TransportError):
            return APIConnectionError(
                f"{operation}: connection failed: {exc}", operation=operation, request=exc.request
            )
        response = state.response
        if response is not None:
            if not response.is_success:
                return self._status_error(operation, response)
            return failed_answer(operation, response, exc)
        http: Any = getattr(self, "_http", None)
        if http is not None and http.is_closed:
            return APIConnectionError(
                f"{operation}: the client is closed; use it inside its with-block or make a new one",
                operation=operation,
            )
        if isinstance(exc, UnicodeEncodeError | TypeError | ValueError):
            return InvalidArgumentError(
                f"{operation}: the request cannot be built from these arguments "
                f"({type(exc).__name__}: {exc}); header values must be ASCII text"
            )
        if isinstance(exc, httpx.HTTPError):  # any other httpx failure before an answer came
            return APIConnectionError(
                f"{operation}: the request failed: {type(exc).__name__}: {exc}",
                operation=operation,
            )
        raise exc  # a bug of ours: let it surface as itself

    def _status_error(self, operation: str, response: httpx.Response) -> APIError:
        """The typed error of a non-2xx answer; a 404 of a missing route hints at the base URL."""
        hint = _urls.not_found_hint(self._package, operation, response, self._base_url)
        return status_error(operation, response, hint)

    def _finish(self, state: CallState, result: Any, started: float) -> Any:
        """The boundary: a generated ``Response`` becomes the parsed model or a typed error.

        A 2xx the spec does not document is read as the documented one when its
        body fits (:func:`._response.undocumented_success`), never returned as ``None``.
        """
        response = state.response
        status = int(result.status_code)
        if response is not None and logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s %s -> %d in %.1f ms",
                state.operation, response.request.method, response.request.url.path, status, elapsed,
            )  # fmt: skip
        if response is None:  # pragma: no cover - our response hook always records it
            raise APIError(f"{state.operation}: HTTP {status} and no response recorded")
        if not 200 <= status < 300:
            raise self._status_error(state.operation, response)
        if result.parsed is not None:
            return result.parsed
        module = operation_module(self._package, state.operation)
        if module is None:  # pragma: no cover - a helper's own thunk of an unknown operation
            return None
        return undocumented_success(module, self._raw, response, state.operation)

    def _listing(
        self, endpoint: Any, attr: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Listing:
        """Resolve and check a listing's arguments; the strategy adds what paging needs."""
        _, target = self._resolve(endpoint, attr)
        takes_body = "body" in _validate.parameter_types(target)
        kwargs = self._strategy.prepare(kwargs, takes_body)
        operation, function, checked = self._prepare(endpoint, attr, args, kwargs)
        self._strategy.check(checked)
        hint = _validate.parameter_types(function).get("body")
        body_type = next(
            (
                t
                for t in getattr(hint, "__args__", (hint,))
                if isinstance(t, type) and issubclass(t, msgspec.Struct)
            ),
            None,
        )
        return Listing(operation, function, method_of(function), checked, self._strategy, body_type)


def user_agent() -> str:
    from . import __version__

    return f"experiment-clients/{__version__}"
