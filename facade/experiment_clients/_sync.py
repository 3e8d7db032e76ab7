"""The blocking twin: calls, retries and paging over one ``httpx.Client``."""

from __future__ import annotations

import time
import types
from collections.abc import Callable
from typing import Any, ParamSpec, Self, TypeVar, overload

import httpx

from ._base import Call, ClientCore, RawT, method_of, user_agent
from ._errors import APIError
from ._http import CURRENT, Hooks, client_arguments, release
from .pagination import DedupeBy, OnPage, Paged, Pager, Position, items_of, start_walk

P = ParamSpec("P")
ItemT = TypeVar("ItemT")
T = TypeVar("T")

__all__ = ["SyncClient"]


class SyncClient(ClientCore[RawT]):
    """Sync twin: blocking calls over one ``httpx.Client``."""

    _http: httpx.Client

    def _init_http(
        self, raw: RawT, transport: httpx.BaseTransport | None, proxy: Any, event_hooks: Any
    ) -> None:
        """Create the httpx client and hand it to the generated one."""
        hooks = Hooks(self._origin, self._auth, self._options.max_response_bytes)
        self._http = httpx.Client(
            **client_arguments(
                base_url=self._base_url, auth=self._auth, timeout=self._options.timeout,
                transport=transport, proxy=proxy, event_hooks=event_hooks,
                hooks=(hooks.on_request, hooks.on_response), user_agent=user_agent(),
            )
        )  # fmt: skip
        raw.set_httpx_client(self._http)  # type: ignore[attr-defined]
        self._raw = raw

    @overload
    def call(self, endpoint: types.ModuleType, /, *args: Any, **kwargs: Any) -> Any: ...
    @overload
    def call(self, endpoint: str, /, *args: Any, **kwargs: Any) -> Any: ...
    @overload
    def call(self, endpoint: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T: ...
    def call(self, endpoint: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call any generated operation; return its parsed 2xx model or raise a typed error.

        ``endpoint`` is the operation's ``operation`` function (typed: your type
        checker sees its parameters and the 2xx model it returns), its module, its
        ``sync_detailed``, or its name: the operationId (``"listFeatures"``), or
        the same in snake_case or kebab-case (untyped; a typo gets "did you mean").
        Arguments are the generated ones, minus ``client``.
        """
        operation, function, checked = self._prepare(endpoint, "sync_detailed", args, kwargs)
        return self._send(
            operation, lambda: function(client=self._raw, **checked), method_of(function)
        )

    def _send(self, operation: str, thunk: Callable[[], Any], method: str) -> Any:
        """Attempts until one succeeds, the retry decisions give up, or the deadline passes."""
        call = self._begin(operation, method)
        while True:
            try:
                return self._attempt(call, thunk)
            except APIError as exc:
                wait = call.attempts.wait_after(exc)
                if wait is None:
                    raise
            self._clock.sleep(wait)

    def _attempt(self, call: Call, thunk: Callable[[], Any]) -> Any:
        if call.deadline.passed():
            raise call.deadline.error(call.operation, "before the next attempt")
        if self._pacer is None:
            return self._exchange(call, thunk)
        with self._pacer.slot(self._clock, call.deadline, call.operation):
            return self._exchange(call, thunk)

    def _exchange(self, call: Call, thunk: Callable[[], Any]) -> Any:
        """One request and its answer, mapped to the parsed model or a typed error."""
        state = call.state()
        token = CURRENT.set(state)
        started = time.perf_counter()
        try:
            try:
                result = thunk()
            except Exception as exc:
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
        dedupe_by: DedupeBy | None = None,
        on_page: OnPage | None = None,
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
        dedupe_by: DedupeBy | None = None,
        on_page: OnPage | None = None,
        **kwargs: Any,
    ) -> Pager[Any]:
        """Iterate the items of a list operation across all its pages (see :mod:`.pagination`).

        Each page is one call: ``deadline`` bounds each page's request, not the walk.
        ``dedupe_by="id"`` (an item attribute, or a function of the item) hands out
        each key once, for listings that change while they are walked; ``on_page`` is
        called with each :class:`~.pagination.Page` as it arrives (progress, logging).
        """
        listing = self._listing(endpoint, "sync_detailed", args, kwargs)
        walk = start_walk(
            listing.strategy, listing.operation, page_size, cursor, max_items, max_pages,
            dedupe_by, on_page,
        )  # fmt: skip
        function = listing.function

        def fetch(position: Position) -> tuple[Any, list[Any]]:
            this_page = listing.page_arguments(position)
            response = self._send(
                listing.operation, lambda: function(client=self._raw, **this_page), listing.method
            )
            return response, items_of(response, listing.operation)

        return Pager(fetch, walk)

    def close(self) -> None:
        """Close the connection pool; on a view, only stop the view (the pool is its client's)."""
        self._closed = True
        if self._view_of is None:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
