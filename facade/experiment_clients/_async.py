"""The async twin: the same calls, retries and paging over one ``httpx.AsyncClient``."""

from __future__ import annotations

import asyncio
import time
import types
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn, ParamSpec, Self, TypeVar, overload

import httpx

from ._base import Call, ClientCore, RawT, method_of, user_agent
from ._errors import APIError
from ._http import CURRENT, Hooks, client_arguments, release
from .pagination import AsyncPager, DedupeBy, OnPage, Paged, Position, items_of, start_walk

P = ParamSpec("P")
ItemT = TypeVar("ItemT")
T = TypeVar("T")

__all__ = ["AsyncClient"]


class AsyncClient(ClientCore[RawT]):
    """Async twin: the same calls over one ``httpx.AsyncClient``."""

    _http: httpx.AsyncClient

    def _init_http(
        self, raw: RawT, transport: httpx.AsyncBaseTransport | None, proxy: Any, event_hooks: Any
    ) -> None:
        """Create the httpx client and hand it to the generated one."""
        hooks = Hooks(self._origin, self._auth, self._options.max_response_bytes)
        self._prefetches: set[asyncio.Task[Any]] = set()
        self._http = httpx.AsyncClient(
            **client_arguments(
                base_url=self._base_url, auth=self._auth, timeout=self._options.timeout,
                transport=transport, proxy=proxy, event_hooks=event_hooks,
                hooks=(hooks.on_request_async, hooks.on_response_async), user_agent=user_agent(),
            )
        )  # fmt: skip
        raw.set_async_httpx_client(self._http)  # type: ignore[attr-defined]
        self._raw = raw

    @overload
    async def call(self, endpoint: types.ModuleType, /, *args: Any, **kwargs: Any) -> Any: ...
    @overload
    async def call(self, endpoint: str, /, *args: Any, **kwargs: Any) -> Any: ...
    @overload
    async def call(self, endpoint: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T: ...
    async def call(self, endpoint: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call any generated operation; return its parsed 2xx model or raise a typed error.

        ``endpoint`` is as for the sync client: ``<module>.operation`` for typed calls.
        """
        operation, function, checked = self._prepare(endpoint, "asyncio_detailed", args, kwargs)
        return await self._send(
            operation, lambda: function(client=self._raw, **checked), method_of(function)
        )

    async def _send(self, operation: str, thunk: Callable[[], Awaitable[Any]], method: str) -> Any:
        """Attempts until one succeeds, the retry decisions give up, or the deadline passes."""
        call = self._begin(operation, method)
        while True:
            try:
                return await self._attempt(call, thunk)
            except APIError as exc:
                wait = call.attempts.wait_after(exc)
                if wait is None:
                    raise
            await self._clock.async_sleep(wait)

    async def _attempt(self, call: Call, thunk: Callable[[], Awaitable[Any]]) -> Any:
        if call.deadline.passed():
            raise call.deadline.error(call.operation, "before the next attempt")
        if self._pacer is None:
            return await self._exchange(call, thunk)
        async with self._pacer.async_slot(self._clock, call.deadline, call.operation):
            return await self._exchange(call, thunk)

    async def _exchange(self, call: Call, thunk: Callable[[], Awaitable[Any]]) -> Any:
        """One request and its answer, cut off when the deadline passes."""
        state = call.state()
        token = CURRENT.set(state)
        started = time.perf_counter()
        try:
            scope = asyncio.timeout(call.deadline.remaining())
            try:
                async with scope:
                    result = await thunk()
            except Exception as exc:
                if isinstance(exc, TimeoutError) and scope.expired():  # the deadline cut it
                    raise call.deadline.error(
                        call.operation, "while waiting for the answer"
                    ) from exc
                error = self._failure(state, exc)
                if error is exc:  # already ours (e.g. from the response hook): keep its cause
                    raise
                raise error from exc
            return self._finish(state, result, started)
        finally:
            CURRENT.reset(token)
            release(state)

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
        dedupe_by: DedupeBy | None = None,
        on_page: OnPage | None = None,
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
        dedupe_by: DedupeBy | None = None,
        on_page: OnPage | None = None,
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
        dedupe_by: DedupeBy | None = None,
        on_page: OnPage | None = None,
        **kwargs: Any,
    ) -> AsyncPager[Any]:
        """Iterate the items of a list operation across all pages, prefetching the next page.

        Each page is one call: ``deadline`` bounds each page's request, not the walk.
        ``dedupe_by="id"`` (an item attribute, or a function of the item) hands out
        each key once, for listings that change while they are walked; ``on_page`` is
        called (or awaited) with each :class:`~.pagination.Page` as it arrives (progress, logging).
        """
        listing = self._listing(endpoint, "asyncio_detailed", args, kwargs)
        walk = start_walk(
            listing.strategy, listing.operation, page_size, cursor, max_items, max_pages,
            dedupe_by, on_page,
        )  # fmt: skip
        function = listing.function

        async def fetch(position: Position) -> tuple[Any, list[Any]]:
            this_page = listing.page_arguments(position)
            response = await self._send(
                listing.operation, lambda: function(client=self._raw, **this_page), listing.method
            )
            return response, items_of(response, listing.operation)

        return AsyncPager(fetch, walk, self._prefetches)

    async def aclose(self) -> None:
        """Cancel prefetches in flight and close the connection pool.

        On a view, only stop the view: the pool belongs to the client it came from.
        """
        self._closed = True
        if self._view_of is None:
            for task in list(self._prefetches):
                task.cancel()
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def close(self) -> NoReturn:
        """Not for an async client: ``await client.aclose()``, or use ``async with``."""
        raise TypeError(
            f"{type(self).__name__} is async: close it with `await client.aclose()`, "
            "or use it in an `async with` block"
        )

    def __enter__(self) -> NoReturn:
        raise TypeError(
            f"{type(self).__name__} is async: use `async with {type(self).__name__}(...) as "
            "client:` (not `with`), or the blocking client without the Async prefix"
        )

    def __exit__(self, *exc_info: object) -> None:  # pragma: no cover - __enter__ always raises
        return None
