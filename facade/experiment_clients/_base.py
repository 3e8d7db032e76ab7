"""The machinery every client shares: one configured httpx client, calls, retries, paging.

A call goes: check the arguments against the generated function's signature
(:mod:`._validate`), then per attempt: wait for the rate limiter, run the
generated ``sync_detailed``/``asyncio_detailed`` with our configured client,
and turn what came back into the parsed model or a typed error
(:meth:`_Core._finish`). A call that succeeds at once never builds a retry
loop; after a retryable failure tenacity repeats attempts as :mod:`._retry`
decides.
Everything that is not I/O lives on :class:`_Core`, so the sync and async
twins differ only in ``await``.
"""

from __future__ import annotations

import asyncio
import contextvars
import copy
import logging
import sys
import time
import types
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, ParamSpec, Self, TypeVar, overload

import attrs
import httpx
import msgspec

from . import _validate
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    InvalidArgumentError,
    status_error,
)
from ._ratelimit import RateLimit, new_limiter
from ._retry import RetryPolicy, first_retry, is_repeatable, tenacity_arguments
from .auth import ConvertHmacAuth, strip_foreign_credentials
from .pagination import (
    AsyncPager,
    PageBodyStrategy,
    Paged,
    Pager,
    Position,
    Strategy,
    _Walk,
    items_of,
)

logger = logging.getLogger("experiment_clients")

RawT = TypeVar("RawT")
P = ParamSpec("P")
T = TypeVar("T")
ItemT = TypeVar("ItemT")
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def _header_dict(headers: Mapping[str, str | bytes]) -> dict[str, str | bytes]:
    if not isinstance(headers, Mapping):
        raise InvalidArgumentError(
            f"headers must be a mapping of name to value, got {type(headers).__name__}"
        )
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str | bytes):
            # The value is not echoed: it may well be a credential.
            raise InvalidArgumentError(
                f"headers[{key!r}] must be a string (or bytes), got {type(value).__name__}"
            )
    return dict(headers)


def _max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgumentError(f"max_retries must be a whole number >= 0, got {value!r}")
    return value


def _policy(max_retries: int, retry: RetryPolicy | None) -> RetryPolicy:
    """The retry policy from ``retry=`` when given, else the default one with ``max_retries``."""
    if retry is None:
        return RetryPolicy(max_retries=_max_retries(max_retries))
    if not isinstance(retry, RetryPolicy):
        raise InvalidArgumentError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
    return retry


@attrs.frozen
class RequestOptions:
    """Per-call overrides set with ``client.with_options(...)``."""

    timeout: httpx.Timeout | None = None
    retry: RetryPolicy | None = None
    headers: Mapping[str, str | bytes] = attrs.field(factory=dict, converter=_header_dict)
    retry_writes: bool = False


@attrs.define
class _CallState:
    operation: str
    options: RequestOptions
    response: httpx.Response | None = None


_current: contextvars.ContextVar[_CallState | None] = contextvars.ContextVar(
    "experiment_clients_call", default=None
)


def _timeout(value: float | httpx.Timeout | None, name: str = "timeout") -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidArgumentError(
            f"{name} must be a positive number of seconds or an httpx.Timeout, got {value!r}"
        )
    return httpx.Timeout(float(value))


class _Core(Generic[RawT]):
    """Configuration and every decision that is not I/O, shared by the sync and async clients."""

    _package: str  # the generated package, e.g. "growthbook_api_client"
    _strategy: Strategy
    _raw: RawT

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry: RetryPolicy | None,
        rate_limit: RateLimit | None,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._origin = httpx.URL(self._base_url)
        if self._origin.scheme not in ("http", "https") or not self._origin.host:
            raise InvalidArgumentError(
                f"base_url must be an absolute http(s) URL such as https://host/api, got {base_url!r}"
            )
        self._auth = auth
        self._timeout = DEFAULT_TIMEOUT if timeout is None else _timeout(timeout)
        self._retry = _policy(max_retries, retry)
        if rate_limit is not None and not isinstance(rate_limit, RateLimit):
            raise InvalidArgumentError(
                f"rate_limit must be a RateLimit(requests, per_seconds) or None, got {rate_limit!r}"
            )
        self._limiter = new_limiter(rate_limit) if rate_limit else None
        self._options = RequestOptions()

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
        return f"{type(self).__name__}(base_url={self._base_url!r}, auth={self._auth!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str | bytes] | None = None,
        retry_writes: bool | None = None,
    ) -> Self:
        """A view of this client with other per-call settings; it shares the connection pool.

        ``retry`` replaces the retry policy, ``max_retries`` only its count.
        ``retry_writes=True`` lets retries repeat creates, updates and deletes too:
        only for operations you know to be idempotent.
        """
        current = self._options
        policy = current.retry or self._retry
        if retry is not None:
            policy = _policy(0, retry)
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=_max_retries(max_retries))
        if retry_writes is not None and not isinstance(retry_writes, bool):
            raise InvalidArgumentError(f"retry_writes must be True or False, got {retry_writes!r}")
        view = copy.copy(self)
        view._options = RequestOptions(
            timeout=current.timeout if timeout is None else _timeout(timeout),
            retry=policy,
            headers={**current.headers, **_header_dict(headers or {})},
            retry_writes=current.retry_writes if retry_writes is None else retry_writes,
        )
        return view

    # -- decisions -------------------------------------------------------------------------

    def _read_only(self, operation: str) -> bool:
        """Whether a POST operation only reads (so may be retried). Services override."""
        return False

    def _resolve(self, endpoint: Any, attr: str) -> tuple[str, Callable[..., Any]]:
        module = endpoint if isinstance(endpoint, types.ModuleType) else None
        if module is None and callable(endpoint):
            module = sys.modules.get(getattr(endpoint, "__module__", ""))
        name = getattr(module, "__name__", "")
        function = getattr(module, attr, None)
        if not name.startswith(f"{self._package}.api.") or function is None:
            raise InvalidArgumentError(
                f"endpoint: expected an operation module of {self._package}.api "
                f"(e.g. {self._package}.api.<tag>.<operation>) or one of its functions, got {endpoint!r}"
            )
        return name.rsplit(".", 1)[-1], function

    def _prepare(
        self, endpoint: Any, attr: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, Callable[..., Any], dict[str, Any]]:
        if "client" in kwargs:
            raise InvalidArgumentError("client: do not pass it; the facade supplies its own")
        operation, function = self._resolve(endpoint, attr)
        checked = _validate.check_arguments(function, operation, args, kwargs, self._defaults())
        return operation, function, checked

    def _defaults(self) -> dict[str, Any]:
        """Values for parameters a caller may leave out (Convert's account and project)."""
        return {}

    def _start(self, operation: str) -> tuple[_CallState, contextvars.Token[_CallState | None]]:
        state = _CallState(operation, self._options)
        return state, _current.set(state)

    def _retries(
        self, operation: str, method: str, exc: APIError
    ) -> tuple[float, dict[str, Any]] | None:
        """After a failed first attempt: the wait and the tenacity loop for the rest, or None."""
        policy = self._options.retry or self._retry
        repeatable = self._options.retry_writes or is_repeatable(method, operation, self._read_only)
        delay = first_retry(exc, policy, operation, repeatable)
        if delay is None:
            return None
        return delay, tenacity_arguments(policy, operation, repeatable)

    def _on_request(self, request: httpx.Request) -> None:
        """Runs for every request, redirects included: keep credentials home, apply options."""
        if strip_foreign_credentials(request, self._origin):
            logger.warning(
                "credentials removed from a request to %s (not the client's host)", request.url.host
            )
        elif isinstance(self._auth, ConvertHmacAuth) and self._auth.resign_if_moved(request):
            logger.debug("signed again for %s after a redirect", request.url.path)
        state = _current.get()
        if state is not None:
            request.headers.update(state.options.headers)  # type: ignore[arg-type]
            if state.options.timeout is not None:
                request.extensions["timeout"] = state.options.timeout.as_dict()

    def _on_response(self, response: httpx.Response) -> None:
        state = _current.get()
        if state is not None:
            state.response = response

    @staticmethod
    def _release(state: _CallState) -> None:
        """Let a finished response go at once.

        httpx binds a response's stream back to the response (to time it), a
        reference cycle that keeps every page's body alive until the cycle
        collector runs; once the body is read and closed the link is no longer
        used, so it is cut and memory stays flat while paging.
        """
        response = state.response
        if response is not None and response.is_closed:
            stream: Any = response.stream
            if getattr(stream, "_response", None) is response:
                stream._response = None

    def _failure(self, state: _CallState, exc: Exception) -> APIError:
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
        if response is None:
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
            raise exc
        if not response.is_success:
            return status_error(operation, response)
        return APIResponseValidationError(
            f"{operation}: HTTP {response.status_code} with a body that does not match the spec: "
            f"{type(exc).__name__}: {exc}",
            operation=operation,
            status_code=response.status_code,
            body=response.content,
            headers=response.headers,
        )

    def _finish(self, state: _CallState, result: Any, started: float) -> Any:
        """The boundary: a generated ``Response`` becomes the parsed model or a typed error."""
        response = state.response
        elapsed = (time.perf_counter() - started) * 1000
        status = int(result.status_code)
        if response is not None:
            logger.debug(
                "%s %s %s -> %d in %.1f ms",
                state.operation, response.request.method, response.request.url.path, status, elapsed,
            )  # fmt: skip
        if 200 <= status < 300:
            return result.parsed
        if response is None:  # pragma: no cover - our response hook always records it
            raise APIError(f"{state.operation}: HTTP {status} and no response recorded")
        raise status_error(state.operation, response)

    def _page_body_type(self, function: Callable[..., Any]) -> type | None:
        hint = _validate._hints(function).get("body")
        for option in getattr(hint, "__args__", (hint,)):
            if isinstance(option, type) and issubclass(option, msgspec.Struct):
                return option
        return None

    def _listing(
        self,
        endpoint: Any,
        attr: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        paging: tuple[int | None, int | None, int | None, str | None],
    ) -> tuple[str, Callable[..., Any], str, _Walk, Callable[[Position], dict[str, Any]]]:
        """Everything a pager needs but the I/O: operation, function, method, walk, page kwargs."""
        page_size, max_items, max_pages, cursor = paging
        _, target = self._resolve(endpoint, attr)
        takes_body = "body" in _validate._signature(target).parameters
        if isinstance(self._strategy, PageBodyStrategy) and takes_body and "body" not in kwargs:
            kwargs = {**kwargs, "body": {}}  # the pager fills in page and results_per_page
        operation, function, checked = self._prepare(endpoint, attr, args, kwargs)
        self._strategy.check(checked)
        walk = _Walk.start(self._strategy, operation, page_size, cursor, max_items, max_pages)
        body_type = self._page_body_type(function)

        def page_kwargs(position: Position) -> dict[str, Any]:
            return self._strategy.apply(checked, position, body_type)

        return operation, function, _method_of(function), walk, page_kwargs

    def _http_args(
        self,
        transport: Any,
        proxy: Any,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None,
        hooks: tuple[Callable[..., Any], Callable[..., Any]],
    ) -> dict[str, Any]:
        user = dict(event_hooks or {})
        unknown = set(user) - {"request", "response"}
        if unknown:
            raise InvalidArgumentError(
                f"event_hooks: unknown keys {sorted(unknown)}; use 'request' and 'response'"
            )
        args: dict[str, Any] = {
            "base_url": self._base_url,
            "auth": self._auth,
            "timeout": self._timeout,
            "event_hooks": {
                "request": [hooks[0], *user.get("request", [])],
                "response": [hooks[1], *user.get("response", [])],
            },
            "headers": {"User-Agent": f"experiment-clients/{_version()}"},
        }
        if transport is not None:
            args["transport"] = transport
        if proxy is not None:
            args["proxy"] = proxy
        return args


def _version() -> str:
    from . import __version__

    return __version__


class SyncClient(_Core[RawT]):
    """Sync twin: blocking calls over one ``httpx.Client``."""

    def _init_http(
        self, raw: RawT, transport: httpx.BaseTransport | None, proxy: Any, event_hooks: Any
    ) -> None:
        self._http = httpx.Client(
            **self._http_args(transport, proxy, event_hooks, (self._on_request, self._on_response))
        )
        raw.set_httpx_client(self._http)  # type: ignore[attr-defined]
        self._raw = raw

    @overload
    def call(self, endpoint: types.ModuleType, /, *args: Any, **kwargs: Any) -> Any: ...
    @overload
    def call(self, endpoint: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T: ...
    def call(self, endpoint: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call any generated operation; return its parsed 2xx model or raise a typed error.

        ``endpoint`` is the operation's ``operation`` function (typed: your type
        checker sees its parameters and the 2xx model it returns), its module, or
        its ``sync_detailed``; arguments are the generated ones, minus ``client``.
        """
        operation, function, checked = self._prepare(endpoint, "sync_detailed", args, kwargs)
        return self._send(
            operation, lambda: function(client=self._raw, **checked), _method_of(function)
        )

    def _send(self, operation: str, thunk: Callable[[], Any], method: str) -> Any:
        try:
            return self._attempt(operation, thunk)
        except APIError as exc:
            plan = self._retries(operation, method, exc)
            if plan is None:
                raise
        import tenacity

        time.sleep(plan[0])
        for attempt in tenacity.Retrying(**plan[1]):
            with attempt:
                result = self._attempt(operation, thunk)
        return result

    def _attempt(self, operation: str, thunk: Callable[[], Any]) -> Any:
        if self._limiter is not None:
            self._limiter.try_acquire(self._package)
        state, token = self._start(operation)
        started = time.perf_counter()
        try:
            try:
                result = thunk()
            except Exception as exc:
                raise self._failure(state, exc) from exc
            return self._finish(state, result, started)
        finally:
            _current.reset(token)
            self._release(state)

    @overload
    def paginate(
        self,
        endpoint: Callable[..., Paged[ItemT]],
        /,
        *args: Any,
        page_size: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        cursor: str | None = None,
        **kwargs: Any,
    ) -> Pager[ItemT]: ...
    @overload
    def paginate(
        self,
        endpoint: Any,
        /,
        *args: Any,
        page_size: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        cursor: str | None = None,
        **kwargs: Any,
    ) -> Pager[Any]: ...
    def paginate(
        self,
        endpoint: Any,
        /,
        *args: Any,
        page_size: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        cursor: str | None = None,
        **kwargs: Any,
    ) -> Pager[Any]:
        """Iterate the items of a list operation across all its pages (see :mod:`.pagination`)."""
        paging = (page_size, max_items, max_pages, cursor)
        operation, function, method, walk, page_kwargs = self._listing(
            endpoint, "sync_detailed", args, kwargs, paging
        )

        def fetch(position: Position) -> tuple[Any, list[Any]]:
            this_page = page_kwargs(position)
            response = self._send(
                operation, lambda: function(client=self._raw, **this_page), method
            )
            return response, items_of(response)

        return Pager(fetch, walk)

    def close(self) -> None:
        """Close the connection pool (and the rate limiter's timer)."""
        self._http.close()
        if self._limiter is not None:
            self._limiter.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(_Core[RawT]):
    """Async twin: the same calls over one ``httpx.AsyncClient``."""

    def _init_http(
        self, raw: RawT, transport: httpx.AsyncBaseTransport | None, proxy: Any, event_hooks: Any
    ) -> None:
        async def on_request(request: httpx.Request) -> None:
            self._on_request(request)

        async def on_response(response: httpx.Response) -> None:
            self._on_response(response)

        self._prefetches: set[asyncio.Task[Any]] = set()
        self._http = httpx.AsyncClient(
            **self._http_args(transport, proxy, event_hooks, (on_request, on_response))
        )
        raw.set_async_httpx_client(self._http)  # type: ignore[attr-defined]
        self._raw = raw

    @overload
    async def call(self, endpoint: types.ModuleType, /, *args: Any, **kwargs: Any) -> Any: ...
    @overload
    async def call(self, endpoint: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T: ...
    async def call(self, endpoint: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call any generated operation; return its parsed 2xx model or raise a typed error.

        ``endpoint`` is as for the sync client: ``<module>.operation`` for typed calls.
        """
        operation, function, checked = self._prepare(endpoint, "asyncio_detailed", args, kwargs)
        return await self._send(
            operation, lambda: function(client=self._raw, **checked), _method_of(function)
        )

    async def _send(self, operation: str, thunk: Callable[[], Awaitable[Any]], method: str) -> Any:
        try:
            return await self._attempt(operation, thunk)
        except APIError as exc:
            plan = self._retries(operation, method, exc)
            if plan is None:
                raise
        import tenacity

        await asyncio.sleep(plan[0])
        async for attempt in tenacity.AsyncRetrying(**plan[1]):
            with attempt:
                result = await self._attempt(operation, thunk)
        return result

    async def _attempt(self, operation: str, thunk: Callable[[], Awaitable[Any]]) -> Any:
        if self._limiter is not None:
            await self._limiter.try_acquire_async(self._package)
        state, token = self._start(operation)
        started = time.perf_counter()
        try:
            try:
                result = await thunk()
            except Exception as exc:
                raise self._failure(state, exc) from exc
            return self._finish(state, result, started)
        finally:
            _current.reset(token)
            self._release(state)

    @overload
    def paginate(
        self,
        endpoint: Callable[..., Paged[ItemT]],
        /,
        *args: Any,
        page_size: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        cursor: str | None = None,
        **kwargs: Any,
    ) -> AsyncPager[ItemT]: ...
    @overload
    def paginate(
        self,
        endpoint: Any,
        /,
        *args: Any,
        page_size: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        cursor: str | None = None,
        **kwargs: Any,
    ) -> AsyncPager[Any]: ...
    def paginate(
        self,
        endpoint: Any,
        /,
        *args: Any,
        page_size: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        cursor: str | None = None,
        **kwargs: Any,
    ) -> AsyncPager[Any]:
        """Iterate the items of a list operation across all pages, prefetching the next page."""
        paging = (page_size, max_items, max_pages, cursor)
        operation, function, method, walk, page_kwargs = self._listing(
            endpoint, "asyncio_detailed", args, kwargs, paging
        )

        async def fetch(position: Position) -> tuple[Any, list[Any]]:
            this_page = page_kwargs(position)
            response = await self._send(
                operation, lambda: function(client=self._raw, **this_page), method
            )
            return response, items_of(response)

        return AsyncPager(fetch, walk, self._prefetches)

    async def aclose(self) -> None:
        """Cancel prefetches in flight, close the connection pool (and the rate limiter's timer)."""
        for task in list(self._prefetches):
            task.cancel()
        await self._http.aclose()
        if self._limiter is not None:
            self._limiter.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _method_of(function: Callable[..., Any]) -> str:
    """The HTTP method of a generated operation (its module's ``METHOD``, from our template)."""
    return str(sys.modules[function.__module__].METHOD)
