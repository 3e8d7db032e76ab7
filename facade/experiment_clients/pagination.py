"""One paging loop for both services, sync and async.

A strategy only says how to ask for a page and what comes next; the loop is
written once per twin (:class:`Pager`, :class:`AsyncPager`). Iterating a pager
yields *items* across all pages; ``iter_pages()`` yields pages. ``cursor`` is a
token for the position after the last item handed out: pass it back as
``cursor=`` to resume with no item repeated or missed.

* GrowthBook: ``limit``/``offset`` query parameters, following ``hasMore``/``nextOffset``.
* Convert: ``page``/``results_per_page`` in the JSON body, stopping by ``extra.pagination``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

import attrs
import msgspec

from ._errors import InvalidArgumentError

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class Paged(Protocol[ItemT_co]):
    """A list response: generated 2xx models with one list field have ``page_items()``."""

    def page_items(self) -> Sequence[ItemT_co]: ...


@attrs.frozen
class Position:
    """Where a listing stands: the page to ask for next and how many of its items were seen."""

    operation: str
    start: int  # GrowthBook: offset; Convert: page number
    page_size: int
    skip: int = 0

    def token(self) -> str:
        raw = json.dumps([1, self.operation, self.start, self.page_size, self.skip])
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def from_token(cls, token: str, operation: str) -> Position:
        try:
            padded = token + "=" * (-len(token) % 4)
            version, op, start, size, skip = json.loads(base64.urlsafe_b64decode(padded))
        except (ValueError, TypeError, binascii.Error):
            raise InvalidArgumentError(
                "cursor: not a cursor from this library; pass the value of a pager's .cursor"
            ) from None
        if version != 1 or op != operation:
            raise InvalidArgumentError(
                f"cursor: it belongs to {op!r}, not {operation!r}; resume the listing it came from"
            )
        return cls(op, int(start), int(size), int(skip))


@attrs.frozen
class Page(Generic[ItemT]):
    """One page: its items, the parsed response, and where it started."""

    items: list[ItemT]
    response: Any
    position: Position


class Strategy(Protocol):
    """How one service pages: build a request for a position, find the next position."""

    @property
    def max_page_size(self) -> int: ...

    def first(self, page_size: int, operation: str) -> Position: ...

    def prepare(self, kwargs: dict[str, Any], takes_body: bool) -> dict[str, Any]: ...

    def check(self, kwargs: dict[str, Any]) -> None: ...

    def apply(
        self, kwargs: dict[str, Any], position: Position, body_type: type | None
    ) -> dict[str, Any]: ...

    def next(self, response: Any, position: Position, items: list[Any]) -> Position | None: ...


def items_of(response: Any) -> list[Any]:
    """The item list of a list response: its one list-valued field (``data``, ``features``...)."""
    page_items = getattr(response, "page_items", None)
    if callable(page_items):
        return list(page_items())
    if not isinstance(response, msgspec.Struct):
        raise InvalidArgumentError(
            f"{type(response).__name__} is not a list response this library can page through"
        )
    lists = [
        getattr(response, f.name)
        for f in msgspec.structs.fields(response)
        if isinstance(getattr(response, f.name), list)
    ]
    if len(lists) != 1:
        raise InvalidArgumentError(
            f"{type(response).__name__} is not a list response this library can page through"
        )
    items: list[Any] = lists[0]
    return items


def _unset(value: object) -> bool:
    return value is None or value is msgspec.UNSET


@attrs.frozen
class OffsetStrategy:
    """GrowthBook: ``limit``/``offset``, next page from ``hasMore``/``nextOffset``."""

    max_page_size: int = 100

    def first(self, page_size: int, operation: str) -> Position:
        return Position(operation, 0, page_size)

    def prepare(self, kwargs: dict[str, Any], takes_body: bool) -> dict[str, Any]:
        """The caller's arguments, before they are checked: ``limit``/``offset`` come per page."""
        return kwargs

    def check(self, kwargs: dict[str, Any]) -> None:
        given = sorted({"limit", "offset"} & kwargs.keys())
        if given:
            raise InvalidArgumentError(
                f"{', '.join(given)}: the pager sets these; use page_size= and cursor= instead"
            )

    def apply(
        self, kwargs: dict[str, Any], position: Position, body_type: type | None
    ) -> dict[str, Any]:
        return {**kwargs, "limit": position.page_size, "offset": position.start}

    def next(self, response: Any, position: Position, items: list[Any]) -> Position | None:
        next_offset = getattr(response, "next_offset", None)
        if (
            not getattr(response, "has_more", False)
            or not isinstance(next_offset, int)
            or not items
        ):
            return None
        return Position(position.operation, next_offset, position.page_size)


@attrs.frozen
class PageBodyStrategy:
    """Convert: ``page``/``results_per_page`` in the body, stopping by ``extra.pagination``."""

    max_page_size: int = 50

    def first(self, page_size: int, operation: str) -> Position:
        return Position(operation, 1, page_size)

    def prepare(self, kwargs: dict[str, Any], takes_body: bool) -> dict[str, Any]:
        """The caller's arguments, with an empty body when none was given (pages fill it in)."""
        if takes_body and "body" not in kwargs:
            return {**kwargs, "body": {}}
        return kwargs

    def check(self, kwargs: dict[str, Any]) -> None:
        body = kwargs.get("body")
        given = [
            f"body.{name}"
            for name in ("page", "results_per_page")
            if body is not None and not _unset(getattr(body, name, None))
        ]
        if given:
            raise InvalidArgumentError(
                f"{', '.join(given)}: the pager sets these; use page_size= and cursor= instead"
            )

    def apply(
        self, kwargs: dict[str, Any], position: Position, body_type: type | None
    ) -> dict[str, Any]:
        body: Any = kwargs.get("body")
        if _unset(body):
            if body_type is None:
                raise InvalidArgumentError("this operation takes no body, so it does not page")
            body = body_type()
        if not (hasattr(body, "page") and hasattr(body, "results_per_page")):
            raise InvalidArgumentError(
                f"{type(body).__name__} has no page/results_per_page: the operation does not page"
            )
        return {
            **kwargs,
            "body": msgspec.structs.replace(
                body, page=position.start, results_per_page=position.page_size
            ),
        }

    def next(self, response: Any, position: Position, items: list[Any]) -> Position | None:
        if not items:
            return None
        more = self._more(
            getattr(getattr(response, "extra", None), "pagination", None), position, items
        )
        return (
            Position(position.operation, position.start + 1, position.page_size) if more else None
        )

    @staticmethod
    def _more(pagination: Any, position: Position, items: list[Any]) -> bool:
        """Whether pages follow, from ``items_count`` (documented), else ``current_page``/``pages_count``."""
        total = getattr(pagination, "items_count", None)
        if isinstance(total, int):
            return position.start * position.page_size < total
        current = getattr(pagination, "current_page", None)
        pages = getattr(pagination, "pages_count", None)
        if isinstance(current, int) and isinstance(pages, int):
            return current < pages
        return len(items) >= position.page_size  # no block at all: a full page may have a successor


@attrs.define
class _Walk:
    """Shared bookkeeping of one listing: caps, the current position, the resume token."""

    strategy: Strategy
    position: Position | None
    max_items: int | None
    max_pages: int | None
    pages_seen: int = 0
    items_seen: int = 0

    @classmethod
    def start(
        cls,
        strategy: Strategy,
        operation: str,
        page_size: int | None,
        cursor: str | None,
        max_items: int | None,
        max_pages: int | None,
    ) -> _Walk:
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 1
            ):
                raise InvalidArgumentError(f"{name} must be a whole number >= 1, got {value!r}")
        size = strategy.max_page_size if page_size is None else page_size
        if (
            isinstance(size, bool)
            or not isinstance(size, int)
            or not 1 <= size <= strategy.max_page_size
        ):
            raise InvalidArgumentError(
                f"page_size must be a whole number from 1 to {strategy.max_page_size}, got {page_size!r}"
            )
        if cursor is None:
            return cls(strategy, strategy.first(size, operation), max_items, max_pages)
        position = Position.from_token(cursor, operation)
        if page_size is not None and page_size != position.page_size:
            raise InvalidArgumentError(
                f"page_size: the cursor was made with page_size={position.page_size}; "
                "resume with the same size or leave it out"
            )
        return cls(strategy, position, max_items, max_pages)

    def more_pages(self) -> bool:
        return (
            self.position is not None
            and (self.max_pages is None or self.pages_seen < self.max_pages)
            and (self.max_items is None or self.items_seen < self.max_items)
        )

    def page_done(
        self, response: Any, items: list[Any]
    ) -> tuple[Position, list[Any], Position | None]:
        """Record a fetched page; return (its position, the items to hand out, the next position)."""
        assert self.position is not None
        here = self.position
        nxt = self.strategy.next(response, here, items)
        fresh = items[here.skip :]
        if self.max_items is not None:
            fresh = fresh[: self.max_items - self.items_seen]
        self.pages_seen += 1
        self.items_seen += len(fresh)
        return here, fresh, nxt

    def after_item(self, page: Position, index: int, page_len: int, nxt: Position | None) -> None:
        """Move the resume point past item ``index`` (0-based, of the fresh items) of ``page``."""
        seen = page.skip + index + 1
        if seen >= page_len:
            self.position = nxt
        elif isinstance(self.strategy, OffsetStrategy):
            self.position = Position(page.operation, page.start + seen, page.page_size)
        else:
            self.position = Position(page.operation, page.start, page.page_size, seen)

    @property
    def cursor(self) -> str | None:
        return None if self.position is None else self.position.token()


class Pager(Generic[ItemT]):
    """Iterate every item of a listing across pages (sync). See the module docstring."""

    def __init__(self, fetch: Callable[[Position], tuple[Any, list[ItemT]]], walk: _Walk) -> None:
        self._fetch = fetch
        self._walk = walk

    @property
    def cursor(self) -> str | None:
        """Token for the position after the last item handed out; None once the listing is done."""
        return self._walk.cursor

    def iter_pages(self) -> Iterator[Page[ItemT]]:
        """Yield whole pages; the cursor moves a page at a time."""
        walk = self._walk
        while walk.more_pages():
            assert walk.position is not None
            response, items = self._fetch(walk.position)
            here, fresh, nxt = walk.page_done(response, items)
            walk.position = nxt
            yield Page(fresh, response, here)

    def __iter__(self) -> Iterator[ItemT]:
        walk = self._walk
        while walk.more_pages():
            assert walk.position is not None
            response, items = self._fetch(walk.position)
            here, fresh, nxt = walk.page_done(response, items)
            if not fresh:
                walk.position = nxt
            for index, item in enumerate(fresh):
                walk.after_item(here, index, len(items), nxt)
                yield item
            if walk.max_items is not None and walk.items_seen >= walk.max_items:
                return


def _settle(pending: set[asyncio.Task[Any]]) -> Callable[[asyncio.Task[Any]], None]:
    """Done-callback: forget the task, and mark an error of an abandoned prefetch as seen."""

    def done(task: asyncio.Task[Any]) -> None:
        pending.discard(task)
        if not task.cancelled():
            task.exception()

    return done


class AsyncPager(Generic[ItemT]):
    """The async twin of :class:`Pager`; fetches the next page while the caller works on this one."""

    def __init__(
        self,
        fetch: Callable[[Position], Awaitable[tuple[Any, list[ItemT]]]],
        walk: _Walk,
        pending: set[asyncio.Task[Any]] | None = None,
    ) -> None:
        self._fetch = fetch
        self._walk = walk
        # Prefetches in flight; the client cancels them when it closes, so a loop left
        # early never leaves a request running on a closed client.
        self._pending: set[asyncio.Task[Any]] = set() if pending is None else pending

    def _spawn(self, position: Position) -> asyncio.Task[tuple[Any, list[ItemT]]]:
        task = asyncio.ensure_future(self._fetch(position))
        self._pending.add(task)
        task.add_done_callback(_settle(self._pending))
        return task

    async def aclose(self) -> None:
        """Cancel a prefetch in flight (also done by the client's ``aclose``)."""
        for task in list(self._pending):
            task.cancel()

    @property
    def cursor(self) -> str | None:
        """Token for the position after the last item handed out; None once the listing is done."""
        return self._walk.cursor

    async def _prefetched(
        self,
    ) -> AsyncIterator[tuple[Position, list[ItemT], list[ItemT], Any, Position | None]]:
        walk = self._walk
        if not walk.more_pages():
            return
        assert walk.position is not None
        task: asyncio.Task[tuple[Any, list[ItemT]]] | None = self._spawn(walk.position)
        try:
            while task is not None:
                response, items = await task
                here, fresh, nxt = walk.page_done(response, items)
                task = None
                budget_left = walk.max_items is None or walk.items_seen < walk.max_items
                pages_left = walk.max_pages is None or walk.pages_seen < walk.max_pages
                if nxt is not None and budget_left and pages_left:
                    task = self._spawn(nxt)
                yield here, items, fresh, response, nxt
        finally:
            if task is not None and not task.done():
                task.cancel()

    async def iter_pages(self) -> AsyncIterator[Page[ItemT]]:
        """Yield whole pages; the cursor moves a page at a time."""
        async for here, _items, fresh, response, nxt in self._prefetched():
            self._walk.position = nxt
            yield Page(fresh, response, here)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        walk = self._walk
        async for here, items, fresh, _response, nxt in self._prefetched():
            if not fresh:
                walk.position = nxt
            for index, item in enumerate(fresh):
                walk.after_item(here, index, len(items), nxt)
                yield item
            if walk.max_items is not None and walk.items_seen >= walk.max_items:
                return


def start_walk(
    strategy: Strategy,
    operation: str,
    page_size: int | None,
    cursor: str | None,
    max_items: int | None,
    max_pages: int | None,
) -> _Walk:
    """The bookkeeping of a new listing, its caps and cursor checked (for the clients)."""
    return _Walk.start(strategy, operation, page_size, cursor, max_items, max_pages)
