"""One paging loop for both services, sync and async.

A strategy only says how to ask for a page and what comes next; the loop is
written once per twin (:class:`Pager`, :class:`AsyncPager`). Iterating a pager
yields *items* across all pages; ``iter_pages()`` yields pages. A pager walks
once: iterating it again raises :class:`PaginationError` (make a new one, or
resume with ``cursor=``). ``cursor`` is a token for the position after the last
item handed out: pass it back as ``cursor=`` to resume where the walk stopped.

* GrowthBook: ``limit``/``offset`` query parameters, following ``hasMore``/``nextOffset``
  (a ``nextOffset`` that does not move forward stops the walk with :class:`PaginationError`;
  one that is not an integer breaks the spec, so that page raises
  :class:`APIResponseValidationError` as any call would, and ``cursor`` resumes at it).
* Convert: ``page``/``results_per_page`` in the JSON body, stopping by ``extra.pagination``.

What a walk guarantees: both services page by position (an offset, a page
number) over a collection that may change while you walk it. Over a collection
nobody writes to, every item comes exactly once, in the service's order. While
items are created or deleted, positions shift: an item can come twice (one was
created before it) or never (one before it was deleted), and items created
during the walk may or may not appear. ``dedupe_by="id"`` (or any attribute
name, or a function of the item) hands out each id at most once per pager; it
cannot bring back an item the shift skipped. For an exact snapshot, walk again
until two walks agree, or filter by a creation/update time the service offers.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
import inspect
import json
import operator
import types
import typing
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Hashable,
    Iterator,
    Sequence,
)
from typing import Any, Generic, Protocol, TypeVar

import attrs
import msgspec

from ._checks import is_unset, whole_number
from ._errors import InvalidArgumentError, PaginationError

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

    @property
    def position_name(self) -> str:
        """What ``Position.start`` counts, for messages and reprs (``offset``, ``page``)."""
        ...

    def first(self, page_size: int, operation: str) -> Position: ...

    def prepare(self, kwargs: dict[str, Any], takes_body: bool) -> dict[str, Any]: ...

    def check(self, kwargs: dict[str, Any]) -> None: ...

    def apply(
        self, kwargs: dict[str, Any], position: Position, body_type: type | None
    ) -> dict[str, Any]: ...

    def next(self, response: Any, position: Position, items: list[Any]) -> Position | None: ...

    def within(self, page: Position, seen: int) -> Position:
        """The position after the first ``seen`` items of ``page`` (where a cursor resumes)."""
        ...

    def total(self, response: Any) -> int | None:
        """How many items the whole listing holds, when the page says so."""
        ...


def _is_list_type(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    options = typing.get_args(annotation) if origin in (typing.Union, types.UnionType) else ()
    return origin is list or annotation is list or any(map(_is_list_type, options))


@functools.cache
def _list_fields(cls: type) -> tuple[str, ...]:
    """The fields of a generated model declared as lists (a page model has exactly one)."""
    if not (isinstance(cls, type) and issubclass(cls, msgspec.Struct)):
        return ()
    return tuple(f.name for f in msgspec.structs.fields(cls) if _is_list_type(f.type))


def items_of(response: Any, operation: str = "") -> list[Any]:
    """The item list of a list response: its one field declared as a list (``data``,
    ``features``...), the one ``page_items()`` reads.

    A page without exactly one item list cannot be walked: the service left its
    items out (``page_items()`` would read that as an empty, last page), or the
    operation is not a listing.
    """
    cls: type = type(response)
    declared = _list_fields(cls)
    page_items = getattr(response, "page_items", None)
    if declared:
        values = [getattr(response, name) for name in declared]
    else:  # not a generated model: take what it says its items are
        values = [page_items()] if callable(page_items) else []
    lists = [value for value in values if isinstance(value, list | tuple)]
    if len(lists) != 1:
        found = "no item list" if not lists else f"{len(lists)} lists"
        raise PaginationError(
            f"{operation or 'paginate'}: the page ({type(response).__name__}) has {found} to "
            "walk: the service left its items out, or this is not a list operation "
            "(paginate() takes listings such as list_features or get_experiences_list)",
            operation=operation,
        )
    return list(lists[0])


def _unset(value: object) -> bool:
    return value is None or is_unset(value)


@attrs.frozen
class OffsetStrategy:
    """GrowthBook: ``limit``/``offset``, next page from ``hasMore``/``nextOffset``."""

    max_page_size: int = 100
    position_name: str = "offset"

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
        if getattr(response, "has_more", False) is not True or not items:
            return None
        next_offset = getattr(response, "next_offset", None)
        here = position.start
        if isinstance(next_offset, bool) or not isinstance(next_offset, int):
            problem = f"hasMore is true but nextOffset is {next_offset!r}"
        elif next_offset < 0:
            problem = f"nextOffset {next_offset} is negative"
        elif next_offset <= here:
            problem = f"nextOffset {next_offset} is not past the current offset {here}"
        else:
            return Position(position.operation, next_offset, position.page_size)
        raise PaginationError(
            f"{position.operation}: the page at offset {here} says more items follow, but "
            f"{problem}; the walk stopped there rather than loop or ask for a bad offset "
            f"(every item up to that page was handed out; pager.cursor resumes after it)",
            operation=position.operation,
        )

    def within(self, page: Position, seen: int) -> Position:
        return Position(page.operation, page.start + seen, page.page_size)

    def total(self, response: Any) -> int | None:
        value = getattr(response, "total", None)
        return value if isinstance(value, int) and not isinstance(value, bool) else None


@attrs.frozen
class PageBodyStrategy:
    """Convert: ``page``/``results_per_page`` in the body, stopping by ``extra.pagination``."""

    max_page_size: int = 50
    position_name: str = "page"

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

    def within(self, page: Position, seen: int) -> Position:
        return attrs.evolve(page, skip=seen)

    def total(self, response: Any) -> int | None:
        pagination = getattr(getattr(response, "extra", None), "pagination", None)
        value = getattr(pagination, "items_count", None)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

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


#: What ``dedupe_by`` accepts: an attribute name of the items, or a function giving an item's key.
DedupeBy = str | Callable[[Any], Hashable]
#: Called with each page as it arrives (the async pager also awaits a coroutine it returns).
OnPage = Callable[["Page[Any]"], object]


def _key_function(dedupe_by: DedupeBy | None) -> Callable[[Any], Hashable] | None:
    if dedupe_by is None or callable(dedupe_by):
        return dedupe_by
    if isinstance(dedupe_by, str) and dedupe_by.isidentifier():
        return operator.attrgetter(dedupe_by)
    raise InvalidArgumentError(
        f"dedupe_by must be an item attribute name such as 'id', or a function of the item, "
        f"got {dedupe_by!r}"
    )


def _count(name: str, value: int | None) -> int | None:
    return None if value is None else whole_number(value, name, minimum=1)


@attrs.define
class _Walk:
    """Shared bookkeeping of one listing: caps, the current position, the resume token, and
    the de-duplication set; both twins drive it the same way."""

    strategy: Strategy
    operation: str
    page_size: int
    _position: Position | None
    max_items: int | None
    max_pages: int | None
    key: Callable[[Any], Hashable] | None = None
    on_page: OnPage | None = None
    pages_seen: int = 0
    items_seen: int = 0  # taken from fetched pages for handing out (max_items counts these)
    handed_out: int = 0  # given to the caller so far
    duplicates: int = 0
    total: int | None = None
    started: bool = False
    seen: set[Hashable] = attrs.Factory(set)
    # A page that cannot be followed: raised once its items are handed out, with the
    # position after that page kept for the cursor.
    broken: PaginationError | None = None
    after_broken: Position | None = None
    # The last item handed out, as (its page, items seen in it, page length, next page's
    # position): the resume point is worked out from it only when asked for, not per item.
    _resume: tuple[Position, int, int, Position | None] | None = None

    @property
    def position(self) -> Position | None:
        """Where the walk goes on from: the next page, or inside the current one."""
        if self._resume is not None:
            page, seen, page_len, nxt = self._resume
            self._position = nxt if seen >= page_len else self.strategy.within(page, seen)
            self._resume = None
        return self._position

    @position.setter
    def position(self, value: Position | None) -> None:
        self._position, self._resume = value, None

    @classmethod
    def start(
        cls,
        strategy: Strategy,
        operation: str,
        page_size: int | None,
        cursor: str | None,
        max_items: int | None,
        max_pages: int | None,
        dedupe_by: DedupeBy | None = None,
        on_page: OnPage | None = None,
    ) -> _Walk:
        _count("max_items", max_items)
        _count("max_pages", max_pages)
        key = _key_function(dedupe_by)
        if on_page is not None and not callable(on_page):
            raise InvalidArgumentError(
                f"on_page must be a function taking a Page, got {type(on_page).__name__}"
            )
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
            position = strategy.first(size, operation)
        else:
            position = Position.from_token(cursor, operation)
            if page_size is not None and page_size != position.page_size:
                raise InvalidArgumentError(
                    f"page_size: the cursor was made with page_size={position.page_size}; "
                    "resume with the same size or leave it out"
                )
        return cls(
            strategy, operation, position.page_size, position, max_items, max_pages, key, on_page
        )

    def begin(self) -> None:
        """Mark the walk as started; a second walk of the same pager is an error, not silence."""
        if self.started:
            raise PaginationError(
                f"{self.operation}: this pager was already iterated ({self.handed_out} items in "
                f"{self.pages_seen} pages); a pager walks once: call paginate() again to start "
                "over, or paginate(..., cursor=pager.cursor) to go on from where it stopped",
                operation=self.operation,
            )
        self.started = True

    def more_pages(self) -> bool:
        if (self.max_pages is not None and self.pages_seen >= self.max_pages) or self.capped():
            return False
        if self.broken is not None:
            self.position = self.after_broken
            raise self.broken
        return self.position is not None

    def capped(self) -> bool:
        """Whether ``max_items`` items were handed out."""
        return self.max_items is not None and self.items_seen >= self.max_items

    def page_done(
        self, response: Any, items: list[Any]
    ) -> tuple[Position, list[tuple[int, Any]], Position | None]:
        """Record a fetched page; return (its position, the items to hand out with their index
        in the page, the next position)."""
        assert self.position is not None
        here = self.position
        try:
            nxt = self.strategy.next(response, here, items)
        except PaginationError as exc:
            nxt, self.broken = None, exc
            self.after_broken = self.strategy.within(here, len(items))
        self.total = self.strategy.total(response)
        fresh: list[tuple[int, Any]] = []
        for index in range(here.skip, len(items)):
            if self.max_items is not None and self.items_seen + len(fresh) >= self.max_items:
                break
            if self.key is not None and not self._first_time(items[index]):
                self.duplicates += 1
                continue
            fresh.append((index, items[index]))
        self.pages_seen += 1
        self.items_seen += len(fresh)
        return here, fresh, nxt

    def _first_time(self, item: Any) -> bool:
        assert self.key is not None
        try:
            key = self.key(item)
        except AttributeError as exc:
            raise InvalidArgumentError(
                f"dedupe_by: {type(item).__name__} items of {self.operation} have no such "
                f"attribute ({exc}); name one they have, such as 'id', or pass a function"
            ) from None
        if key is None:
            return True  # nothing to compare by: handed out, never dropped
        try:
            if key in self.seen:
                return False
            self.seen.add(key)
        except TypeError:
            raise InvalidArgumentError(
                f"dedupe_by: the key of a {type(item).__name__} is a {type(key).__name__}, "
                "which cannot be compared; pass a function returning a string, number or tuple"
            ) from None
        return True

    def page(self, here: Position, fresh: list[tuple[int, Any]], response: Any) -> Page[Any]:
        return Page([item for _, item in fresh], response, here)

    def after_item(self, page: Position, index: int, page_len: int, nxt: Position | None) -> None:
        """Move the resume point past item ``index`` (0-based, in the page) of ``page``."""
        self.handed_out += 1
        self._resume = (page, index + 1, page_len, nxt)

    @property
    def cursor(self) -> str | None:
        return None if self.position is None else self.position.token()

    def describe(self, kind: str) -> str:
        """The pager's repr: what it walks and how far; it never holds a credential."""
        where = (
            "done"
            if self.position is None
            else f"next {self.strategy.position_name} {self.position.start}"
            + (f" (+{self.position.skip})" if self.position.skip else "")
        )
        total = "" if self.total is None else f" (of {self.total})"
        dupes = f", {self.duplicates} duplicates skipped" if self.duplicates else ""
        return (
            f"<{kind} {self.operation}: {self.handed_out} items{total} in {self.pages_seen} pages"
            f"{dupes}, {where}, page_size={self.page_size}>"
        )


class Pager(Generic[ItemT]):
    """Iterate every item of a listing across pages (sync). See the module docstring."""

    def __init__(self, fetch: Callable[[Position], tuple[Any, list[ItemT]]], walk: _Walk) -> None:
        self._fetch = fetch
        self._walk = walk

    def __repr__(self) -> str:
        return self._walk.describe(type(self).__name__)

    @property
    def cursor(self) -> str | None:
        """Token for the position after the last item handed out; None once the listing is done."""
        return self._walk.cursor

    @property
    def total(self) -> int | None:
        """The listing's size as the last page stated it (GrowthBook ``total``, Convert
        ``items_count``); None before the first page or when the service does not say."""
        return self._walk.total

    def iter_pages(self) -> Iterator[Page[ItemT]]:
        """Yield whole pages; the cursor moves a page at a time."""
        self._walk.begin()
        return self._iter_pages()

    def _iter_pages(self) -> Iterator[Page[ItemT]]:
        walk = self._walk
        while walk.more_pages():
            assert walk.position is not None
            response, items = self._fetch(walk.position)
            here, fresh, nxt = walk.page_done(response, items)
            walk.position = nxt
            walk.handed_out += len(fresh)
            page: Page[ItemT] = walk.page(here, fresh, response)
            if walk.on_page is not None:
                walk.on_page(page)
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        self._walk.begin()
        return self._items()

    def _items(self) -> Iterator[ItemT]:
        walk = self._walk
        while walk.more_pages():
            assert walk.position is not None
            response, items = self._fetch(walk.position)
            here, fresh, nxt = walk.page_done(response, items)
            if walk.on_page is not None:
                walk.on_page(walk.page(here, fresh, response))
            for index, item in fresh:
                walk.after_item(here, index, len(items), nxt)
                yield item
            if walk.capped():
                return
            walk.position = nxt


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

    def __repr__(self) -> str:
        return self._walk.describe(type(self).__name__)

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

    @property
    def total(self) -> int | None:
        """The listing's size as the last page stated it; see :attr:`Pager.total`."""
        return self._walk.total

    async def _prefetched(
        self,
    ) -> AsyncIterator[tuple[Position, int, list[tuple[int, Any]], Any, Position | None]]:
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
                pages_left = walk.max_pages is None or walk.pages_seen < walk.max_pages
                if nxt is not None and not walk.capped() and pages_left:
                    task = self._spawn(nxt)
                if walk.on_page is not None:
                    outcome = walk.on_page(walk.page(here, fresh, response))
                    if inspect.isawaitable(outcome):
                        await outcome
                yield here, len(items), fresh, response, nxt
            walk.more_pages()  # raises when the last page could not be followed
        finally:
            if task is not None and not task.done():
                task.cancel()

    def iter_pages(self) -> AsyncGenerator[Page[ItemT], None]:
        """Yield whole pages; the cursor moves a page at a time."""
        self._walk.begin()
        return self._iter_pages()

    async def _iter_pages(self) -> AsyncGenerator[Page[ItemT], None]:
        async for here, _count, fresh, response, nxt in self._prefetched():
            self._walk.position = nxt
            self._walk.handed_out += len(fresh)
            yield self._walk.page(here, fresh, response)

    def __aiter__(self) -> AsyncIterator[ItemT]:
        self._walk.begin()
        return self._items()

    async def _items(self) -> AsyncIterator[ItemT]:
        walk = self._walk
        async for here, page_len, fresh, _response, nxt in self._prefetched():
            for index, item in fresh:
                walk.after_item(here, index, page_len, nxt)
                yield item
            if walk.capped():
                return
            walk.position = nxt


def start_walk(
    strategy: Strategy,
    operation: str,
    page_size: int | None,
    cursor: str | None,
    max_items: int | None,
    max_pages: int | None,
    dedupe_by: DedupeBy | None = None,
    on_page: OnPage | None = None,
) -> _Walk:
    """The bookkeeping of a new listing, its caps, cursor and options checked (for the clients)."""
    return _Walk.start(
        strategy, operation, page_size, cursor, max_items, max_pages, dedupe_by, on_page
    )
