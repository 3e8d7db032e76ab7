"""pagination.py: every item once across pages, pages, caps, cursors, prefetching; both twins.

GrowthBook seeds 260 features (3 pages of 100), Convert 120 experiences in the
demo project (3 pages of 50).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import warnings
from collections.abc import Callable
from typing import Any, cast

import httpx
import pytest
from convert_api_client.api.experiences import get_experiences_list
from convert_api_client.api.goals import get_goals_list
from experiment_clients import InvalidArgumentError
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
from growthbook_api_client.api.projects import list_projects

SERVICES = {
    # service: (list operation, operation id, max page size, seeded total)
    "growthbook": (list_features, "listFeatures", 100, 260),
    "convert": (get_experiences_list, "getExperiencesList", 50, 120),
}
TWINS = ["sync", "async"]


def _all_ids(sandbox: Sandbox, service: str) -> list[Any]:
    """The seeded items, in the order the service lists them."""
    if service == "growthbook":
        return [f["id"] for f in sandbox.growthbook.features]
    return sorted(project_items(sandbox, "experiences"), reverse=True)  # newest first


def _walk(
    sandbox: Sandbox,
    service: str,
    twin: str,
    stop: int | None = None,
    consume: Callable[[], object] | None = None,
    **paginate: Any,
) -> tuple[list[Any], str | None]:
    """Item ids of a listing (up to ``stop`` of them) and the pager's cursor afterwards."""
    endpoint = SERVICES[service][0]
    if twin == "sync":
        make = make_growthbook if service == "growthbook" else make_convert
        ids: list[Any] = []
        with make(sandbox) as client:
            pager = client.paginate(endpoint, **paginate)
            for item in pager:
                ids.append(item.id)
                if consume is not None:
                    consume()
                if stop is not None and len(ids) == stop:
                    break
            return ids, pager.cursor

    async def run() -> tuple[list[Any], str | None]:
        amake = make_async_growthbook if service == "growthbook" else make_async_convert
        found: list[Any] = []
        async with amake(sandbox) as client:
            pager = client.paginate(endpoint, **paginate)
            async for item in pager:
                found.append(item.id)
                if consume is not None:
                    await consume()  # type: ignore[misc]
                if stop is not None and len(found) == stop:
                    break
            return found, pager.cursor

    return asyncio.run(run())


def _pages(sandbox: Sandbox, service: str, twin: str, **paginate: Any) -> list[list[Any]]:
    endpoint = SERVICES[service][0]
    capped = "max_items" in paginate or "max_pages" in paginate
    if twin == "sync":
        make = make_growthbook if service == "growthbook" else make_convert
        with make(sandbox) as client:
            pager = client.paginate(endpoint, **paginate)
            pages = []
            for page in pager.iter_pages():
                pages.append([i.id for i in page.items])
                assert page.response is not None
            if not capped:
                assert pager.cursor is None
            return pages

    async def run() -> list[list[Any]]:
        amake = make_async_growthbook if service == "growthbook" else make_async_convert
        async with amake(sandbox) as client:
            pager = client.paginate(endpoint, **paginate)
            found = [[i.id for i in page.items] async for page in pager.iter_pages()]
            if not capped:
                assert pager.cursor is None
            return found

    return asyncio.run(run())


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("service", list(SERVICES))
def test_every_item_exactly_once(sandbox: Sandbox, service: str, twin: str) -> None:
    _, operation_id, _, total = SERVICES[service]
    ids, cursor = _walk(sandbox, service, twin)
    assert len(ids) == total
    assert len(set(ids)) == total
    assert ids == _all_ids(sandbox, service)
    assert cursor is None
    assert len(entries(sandbox, operation_id)) == 3  # the default page size is the maximum


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("service", list(SERVICES))
def test_iter_pages_yields_pages(sandbox: Sandbox, service: str, twin: str) -> None:
    pages = _pages(sandbox, service, twin, page_size=40)
    total = SERVICES[service][3]
    sizes = [len(p) for p in pages]
    assert sizes == [40] * (total // 40) + ([total % 40] if total % 40 else [])
    assert [i for p in pages for i in p] == _all_ids(sandbox, service)


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("service", list(SERVICES))
def test_max_items_and_max_pages(sandbox: Sandbox, service: str, twin: str) -> None:
    _, operation_id, _, _ = SERVICES[service]
    everything = _all_ids(sandbox, service)
    ids, cursor = _walk(sandbox, service, twin, page_size=30, max_items=70)
    assert ids == everything[:70]
    assert len(entries(sandbox, operation_id)) == 3  # 30 + 30 + 10 of the third page
    assert cursor is not None
    rest, _ = _walk(sandbox, service, twin, cursor=cursor)
    assert ids + rest == everything
    sandbox.clear_journal()
    ids, _ = _walk(sandbox, service, twin, page_size=25, max_pages=2)
    assert ids == everything[:50]
    assert len(entries(sandbox, operation_id)) == 2
    sandbox.clear_journal()
    pages = _pages(sandbox, service, twin, page_size=25, max_pages=2, max_items=40)
    assert pages == [everything[:25], everything[25:40]]


@pytest.mark.parametrize("resume_twin", TWINS)
@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("where", ["mid-page", "page boundary"])
@pytest.mark.parametrize("service", list(SERVICES))
def test_resume_from_a_saved_cursor(
    sandbox: Sandbox, service: str, where: str, twin: str, resume_twin: str
) -> None:
    max_size = SERVICES[service][2]
    stop = max_size + 7 if where == "mid-page" else max_size
    everything = _all_ids(sandbox, service)
    first, cursor = _walk(sandbox, service, twin, stop=stop)
    assert first == everything[:stop]
    assert cursor is not None
    rest, end = _walk(sandbox, service, resume_twin, cursor=cursor)
    assert first + rest == everything  # nothing repeated, nothing missed
    assert end is None


@pytest.mark.parametrize("twin", TWINS)
def test_resume_between_pages_of_iter_pages(sandbox: Sandbox, twin: str) -> None:
    everything = _all_ids(sandbox, "convert")

    async def first_page_async() -> tuple[list[Any], str | None]:
        async with make_async_convert(sandbox) as cv:
            pager = cv.paginate(get_experiences_list, page_size=45)
            async for page in pager.iter_pages():
                return [i.id for i in page.items], pager.cursor
        raise AssertionError("no page")

    if twin == "sync":
        with make_convert(sandbox) as cv:
            pager = cv.paginate(get_experiences_list, page_size=45)
            page = next(iter(pager.iter_pages()))
            first, cursor = [i.id for i in page.items], pager.cursor
    else:
        first, cursor = asyncio.run(first_page_async())
    assert first == everything[:45]
    rest, _ = _walk(sandbox, "convert", "sync", cursor=cursor)
    assert first + rest == everything


def test_a_cursor_from_another_operation_is_refused(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb, make_convert(sandbox) as cv:
        projects = gb.paginate(list_projects, page_size=2)
        next(iter(projects))
        goals = cv.paginate(get_goals_list, page_size=5)
        next(iter(goals))
        sandbox.clear_journal()
        assert projects.cursor is not None
        assert goals.cursor is not None
        with pytest.raises(InvalidArgumentError, match="belongs to 'list_projects'"):
            gb.paginate(list_features, cursor=projects.cursor)
        with pytest.raises(InvalidArgumentError, match="belongs to 'get_goals_list'"):
            cv.paginate(get_experiences_list, cursor=goals.cursor)
        with pytest.raises(InvalidArgumentError, match="not 'get_experiences_list'"):
            cv.paginate(get_experiences_list, cursor=projects.cursor)
        with pytest.raises(InvalidArgumentError, match=r"pager's \.cursor"):
            gb.paginate(list_features, cursor="not-a-cursor")
        with pytest.raises(InvalidArgumentError, match="page_size=2"):
            gb.paginate(list_projects, cursor=projects.cursor, page_size=3)
    assert sandbox.journal == []


@pytest.mark.parametrize("service", list(SERVICES))
def test_page_size_bounds(sandbox: Sandbox, service: str) -> None:
    endpoint, _, max_size, _ = SERVICES[service]
    make = make_growthbook if service == "growthbook" else make_convert
    with make(sandbox) as client:
        first = next(iter(client.paginate(endpoint, page_size=max_size).iter_pages()))
        assert len(first.items) == max_size
        sandbox.clear_journal()
        bad: Any
        for bad in (max_size + 1, 0, -1, True, 10.0, "10"):
            with pytest.raises(InvalidArgumentError, match=f"page_size must be .* 1 to {max_size}"):
                client.paginate(endpoint, page_size=bad)
        for name in ("max_items", "max_pages"):
            with pytest.raises(InvalidArgumentError, match=name):
                client.paginate(endpoint, **cast(dict[str, Any], {name: 0}))
    assert sandbox.journal == []


def test_paging_parameters_are_refused_with_a_clear_error(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb, make_convert(sandbox) as cv:
        paging: list[dict[str, Any]] = [{"limit": 10}, {"offset": 20}, {"limit": 5, "offset": 5}]
        for kwargs in paging:
            with pytest.raises(InvalidArgumentError, match="use page_size= and cursor="):
                gb.paginate(list_features, **kwargs)
        with pytest.raises(InvalidArgumentError, match=r"body\.page: the pager sets these"):
            cv.paginate(get_experiences_list, body={"page": 2})
        with pytest.raises(InvalidArgumentError, match=r"body\.results_per_page"):
            cv.paginate(get_experiences_list, body={"results_per_page": 10})
        with pytest.raises(InvalidArgumentError, match=r"body\.page"):
            cv.experiences.list(page=3)
    assert sandbox.journal == []


def test_filters_apply_to_every_page(sandbox: Sandbox) -> None:
    project = sandbox.growthbook.projects[0]["id"]
    expected = [f["id"] for f in sandbox.growthbook.features if f["project"] == project]
    active = sorted(
        (i for i, e in project_items(sandbox, "experiences").items() if e["status"] == "active"),
        reverse=True,
    )
    with make_growthbook(sandbox) as gb, make_convert(sandbox) as cv:
        assert [f.id for f in gb.features(project, page_size=10)] == expected
        assert [e.id for e in cv.experiences.list(status=["active"], page_size=10)] == active
    assert len(expected) > 10
    assert len(active) > 20
    journal = entries(sandbox, "listFeatures")
    assert all(("projectId", project) in e.query for e in journal)


def _order_of_requests_and_items(sandbox: Sandbox, twin: str) -> list[tuple[str, Any]]:
    """What happened, in order: each request leaving (its offset) and each item handed out."""
    log: list[tuple[str, Any]] = []

    def sent(request: httpx.Request) -> None:
        log.append(("request", int(request.url.params["offset"])))

    async def sent_async(request: httpx.Request) -> None:
        sent(request)

    if twin == "sync":
        with make_growthbook(sandbox, event_hooks={"request": [sent]}) as gb:
            for item in gb.paginate(list_features, page_size=25, max_pages=4):
                log.append(("item", item.id))
        return log

    async def run() -> None:
        async with make_async_growthbook(sandbox, event_hooks={"request": [sent_async]}) as gb:
            async for item in gb.paginate(list_features, page_size=25, max_pages=4):
                log.append(("item", item.id))
                await asyncio.sleep(0)  # the caller's work: it lets the prefetch run

    asyncio.run(run())
    return log


@pytest.mark.parametrize("twin", TWINS)
def test_the_async_pager_prefetches_the_next_page(sandbox: Sandbox, twin: str) -> None:
    """Async asks for page n+1 while the caller is still on page n; sync only after it.

    Checked by the order of events (requests leaving, items handed out), not by time.
    """
    log = _order_of_requests_and_items(sandbox, twin)
    ids = [f["id"] for f in sandbox.growthbook.features][:100]
    assert [value for kind, value in log if kind == "item"] == ids
    assert [value for kind, value in log if kind == "request"] == [0, 25, 50, 75]
    assert len(entries(sandbox, "listFeatures")) == 4  # no page fetched beyond max_pages
    for page in range(3):
        next_request = log.index(("request", 25 * (page + 1)))
        last_item_of_page = log.index(("item", ids[25 * page + 24]))
        first_item_of_page = log.index(("item", ids[25 * page]))
        if twin == "async":
            assert first_item_of_page < next_request < last_item_of_page
        else:
            assert next_request > last_item_of_page


def _early_break(sandbox: Sandbox, consumer: str, close: str) -> None:
    async def run() -> None:
        async with make_async_growthbook(sandbox) as gb:
            if consumer == "pages":
                async for _page in gb.paginate(list_features, page_size=10).iter_pages():
                    break
            else:
                async for _item in gb.features(page_size=10):
                    break
            if close == "later":
                await asyncio.sleep(0.2)  # the prefetched page arrives before the client closes

    asyncio.run(run())
    gc.collect()


@pytest.mark.parametrize("close", ["later", "at once"])
@pytest.mark.parametrize("consumer", ["items", "pages"])
def test_breaking_out_early_leaves_no_pending_task(
    sandbox: Sandbox, consumer: str, close: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asyncio")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _early_break(sandbox, consumer, close)
    problems = [
        r.getMessage()
        for r in caplog.records
        if r.name == "asyncio" and r.levelno >= logging.WARNING
    ]
    assert problems == []
    assert [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)] == []
