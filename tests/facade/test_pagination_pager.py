"""pagination.py, the pager object: repr, total, one walk per pager, on_page, dedupe_by.

Against the sandbox (GrowthBook: 260 features; Convert: 120 experiences in the
demo project, newest first), both twins.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from convert_api_client.api.experiences import delete_experience, get_experiences_list
from experiment_clients import InvalidArgumentError, PaginationError
from experiment_clients.pagination import Page
from experiment_sandbox import Sandbox
from facade_helpers import (
    entries,
    make_async_convert,
    make_async_growthbook,
    make_convert,
    make_growthbook,
    project_items,
)
from growthbook_api_client.api.features import list_features

TWINS = ["sync", "async"]


def test_repr_tells_operation_position_and_progress_never_credentials(sandbox: Sandbox) -> None:
    key = sandbox.credentials.growthbook_api_key
    with make_growthbook(sandbox) as gb:
        pager = gb.paginate(list_features, page_size=100)
        assert (
            repr(pager) == "<Pager list_features: 0 items in 0 pages, next offset 0, page_size=100>"
        )
        items = iter(pager)
        for _ in range(130):
            next(items)
        assert repr(pager) == (
            "<Pager list_features: 130 items (of 260) in 2 pages, next offset 130, page_size=100>"
        )
        rest = list(items)
        assert len(rest) == 130
        assert (
            repr(pager)
            == "<Pager list_features: 260 items (of 260) in 3 pages, done, page_size=100>"
        )
        assert key not in repr(pager)
    with make_convert(sandbox) as cv:
        pager = cv.paginate(get_experiences_list, page_size=50)
        assert repr(pager) == (
            "<Pager get_experiences_list: 0 items in 0 pages, next page 1, page_size=50>"
        )
        next(iter(pager.iter_pages()))
        text = repr(pager)
        assert text == (
            "<Pager get_experiences_list: 50 items (of 120) in 1 pages, next page 2, page_size=50>"
        )
        assert sandbox.credentials.convert_secret_key not in text


def test_async_repr(sandbox: Sandbox) -> None:
    async def run() -> str:
        async with make_async_growthbook(sandbox) as gb:
            pager = gb.paginate(list_features, page_size=100, max_items=30)
            assert [f async for f in pager][-1] is not None
            return repr(pager)

    assert asyncio.run(run()) == (
        "<AsyncPager list_features: 30 items (of 260) in 1 pages, next offset 30, page_size=100>"
    )


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize(("service", "total"), [("growthbook", 260), ("convert", 120)])
def test_total_is_the_services_count(sandbox: Sandbox, service: str, twin: str, total: int) -> None:
    endpoint = list_features if service == "growthbook" else get_experiences_list
    if twin == "sync":
        make = make_growthbook if service == "growthbook" else make_convert
        with make(sandbox) as client:
            pager = client.paginate(endpoint, page_size=10, max_pages=1)
            assert pager.total is None  # nothing asked yet
            assert len(list(pager)) == 10
            assert pager.total == total
        return

    async def run() -> int | None:
        amake = make_async_growthbook if service == "growthbook" else make_async_convert
        async with amake(sandbox) as client:
            pager = client.paginate(endpoint, page_size=10, max_pages=1)
            assert pager.total is None
            assert len([i async for i in pager]) == 10
            return pager.total

    assert asyncio.run(run()) == total


def test_a_second_walk_of_a_pager_is_an_error_not_an_empty_result(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb:
        pager = gb.paginate(list_features, page_size=100)
        assert len(list(pager)) == 260
        requests = len(entries(sandbox, "listFeatures"))
        for again in (lambda: iter(pager), pager.iter_pages):
            with pytest.raises(PaginationError, match="already iterated") as info:
                again()
            assert "260 items in 3 pages" in str(info.value)
            assert "cursor=pager.cursor" in str(info.value)  # says what to do
        pages = gb.paginate(list_features, page_size=100)
        first = next(iter(pages.iter_pages()))  # left after one page: still walked once
        assert len(first.items) == 100
        with pytest.raises(PaginationError, match="already iterated"):
            iter(pages)
        assert len(entries(sandbox, "listFeatures")) == requests + 1


def test_a_second_async_walk_is_an_error(sandbox: Sandbox) -> None:
    async def run() -> None:
        async with make_async_growthbook(sandbox) as gb:
            pager = gb.paginate(list_features, page_size=100, max_items=5)
            assert len([f async for f in pager]) == 5
            with pytest.raises(PaginationError, match="already iterated"):
                pager.__aiter__()
            with pytest.raises(PaginationError, match="already iterated"):
                pager.iter_pages()

    asyncio.run(run())


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("mode", ["items", "pages"])
def test_on_page_sees_each_page_as_it_arrives(sandbox: Sandbox, twin: str, mode: str) -> None:
    events: list[Any] = []

    def on_page(page: Page[Any]) -> None:
        events.append(("page", page.position.start, len(page.items), page.response is not None))

    async def on_page_async(page: Page[Any]) -> None:  # the async pager awaits a coroutine
        await asyncio.sleep(0)
        on_page(page)

    if twin == "sync":
        with make_growthbook(sandbox) as gb:
            pager = gb.paginate(list_features, page_size=100, on_page=on_page)
            walk: Any = pager if mode == "items" else pager.iter_pages()
            for _ in walk:
                events.append("got")
    else:

        async def run() -> None:
            async with make_async_growthbook(sandbox) as gb:
                pager = gb.paginate(list_features, page_size=100, on_page=on_page_async)
                walk: Any = pager if mode == "items" else pager.iter_pages()
                async for _ in walk:
                    events.append("got")

        asyncio.run(run())
    pages = [e for e in events if e != "got"]
    assert pages == [("page", 0, 100, True), ("page", 100, 100, True), ("page", 200, 60, True)]
    first_got = events.index("got")
    assert events[first_got - 1] == ("page", 0, 100, True)  # called before its items are handed out
    with make_growthbook(sandbox) as gb, pytest.raises(InvalidArgumentError, match="on_page"):
        gb.paginate(list_features, on_page="print")  # type: ignore[call-overload]  # not callable, on purpose


# -- a collection that changes during the walk (issue 10 item 10) -----------------------------


def _walk_while_writing(
    sandbox: Sandbox, twin: str, write: Callable[[Any, int], None], **paging: Any
) -> list[int]:
    """Walk Convert experiences 10 a page; after each page, ``write(writer, page_number)``."""
    writer = make_convert(sandbox)
    pages = 0

    def on_page(
        page: Page[Any],
    ) -> None:  # blocking on purpose: the write lands before the next page
        nonlocal pages
        pages += 1
        write(writer, pages)

    try:
        if twin == "sync":
            with make_convert(sandbox) as cv:
                return [e.id for e in cv.paginate(get_experiences_list, body={}, page_size=10, on_page=on_page, **paging)]  # fmt: skip

        async def run() -> list[int]:
            async with make_async_convert(sandbox) as cv:
                pager = cv.paginate(get_experiences_list, body={}, page_size=10, on_page=on_page, **paging)  # fmt: skip
                return [e.id async for e in pager]

        return asyncio.run(run())
    finally:
        writer.close()


def _create_three(writer: Any, page: int) -> None:
    if page <= 4:
        for n in range(3):
            writer.experiences.create(
                name=f"new {page}.{n}", type="a/b", status="draft", url="https://shop.example"
            )


@pytest.mark.parametrize("twin", TWINS)
def test_creates_during_a_walk_repeat_items_unless_deduplicated(
    sandbox: Sandbox, twin: str
) -> None:
    original = sorted(project_items(sandbox, "experiences"), reverse=True)
    repeated = _walk_while_writing(sandbox, twin, _create_three)
    assert len(repeated) > len(set(repeated))  # offset paging: items pushed back come again
    sandbox.reset()
    unique = _walk_while_writing(sandbox, twin, _create_three, dedupe_by="id")
    assert len(unique) == len(set(unique))  # each id once
    assert set(original) <= set(unique)  # creates only push items back: none of them is missed


@pytest.mark.parametrize("twin", TWINS)
def test_deletes_during_a_walk_skip_items_even_deduplicated(sandbox: Sandbox, twin: str) -> None:
    """The documented limit: an item moved onto a page already walked is not seen."""
    original = sorted(project_items(sandbox, "experiences"), reverse=True)

    def delete_three_seen(writer: Any, page: int) -> None:
        if page == 1:
            for experience_id in original[:3]:
                writer.call(delete_experience, experience_id=experience_id)

    seen = _walk_while_writing(sandbox, twin, delete_three_seen, dedupe_by="id")
    assert len(seen) == len(set(seen))
    assert set(original) - set(seen) == set(original[10:13])  # shifted onto page 1: skipped


def test_dedupe_by_takes_a_function_and_refuses_bad_values(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb:
        projects = [f.project for f in gb.paginate(list_features, dedupe_by=lambda f: f.project)]
        assert len(projects) == len(set(projects)) > 1
        for bad in (3, "not an attribute!", ["id"]):
            with pytest.raises(InvalidArgumentError, match="dedupe_by"):
                gb.paginate(list_features, dedupe_by=bad)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="have no such attribute"):
            list(gb.paginate(list_features, dedupe_by="no_such_field"))


def test_dedupe_keys_that_cannot_be_compared(sandbox: Sandbox) -> None:
    """A None key is handed out (never dropped); an unhashable key is a clear error."""
    with make_growthbook(sandbox) as gb:
        every = list(gb.paginate(list_features, page_size=100, dedupe_by=lambda f: None))
        assert len(every) == 260
        with pytest.raises(InvalidArgumentError, match="cannot be compared"):
            # A list key, on purpose: the runtime check is under test.
            list(gb.paginate(list_features, dedupe_by=lambda f: [f.id]))  # type: ignore[arg-type, return-value]


def test_an_async_pager_can_cancel_its_prefetch(sandbox: Sandbox) -> None:
    async def run() -> int:
        async with make_async_growthbook(sandbox) as gb:
            pager = gb.paginate(list_features, page_size=10)
            pages = pager.iter_pages()
            first = await anext(pages)
            await pager.aclose()  # the prefetch of page 2 is cancelled
            await pages.aclose()
            return len(first.items)

    assert asyncio.run(run()) == 10
