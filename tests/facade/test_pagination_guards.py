"""pagination.py against a service whose paging fields are wrong: the walk stops, clearly.

A small scripted server stands in for GrowthBook: its ``nextOffset`` stays put,
goes back, goes negative, is missing or is not a number while ``hasMore`` is true.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from convert_api_client.api.experiences import get_experiences_list
from experiment_clients import (
    APIError,
    APIResponseValidationError,
    AsyncGrowthBookClient,
    ConvertClient,
    GrowthBookClient,
    PaginationError,
)
from growthbook_api_client.api.projects import list_projects
from scripted_server import Reply, Seen, scripted_server

TWINS = ["sync", "async"]
PAGE = 3


def project(n: int) -> dict[str, Any]:
    stamp = "2024-01-01T00:00:00Z"
    return {"id": f"prj_{n}", "name": f"p{n}", "dateCreated": stamp, "dateUpdated": stamp}


def pages(next_offset: Callable[[int], object], total: int = 30) -> Callable[[Seen], Reply]:
    """GrowthBook list pages of ``PAGE`` projects from ``offset``, with ``nextOffset`` scripted."""

    def answer(request: Seen) -> Reply:
        offset = int(request.query.get("offset", "0"))
        items = [project(n) for n in range(offset, min(offset + PAGE, total))]
        body = {
            "projects": items,
            "limit": PAGE,
            "offset": offset,
            "count": len(items),
            "total": total,
            "hasMore": True,
            "nextOffset": next_offset(offset),
        }
        return Reply(body=json.dumps(body).encode())

    return answer


def walk(
    url: str, twin: str, cursor: str | None = None
) -> tuple[list[str], APIError | None, str | None]:
    """Every project id handed out before the walk ended, the error it ended with, the cursor."""
    ids: list[str] = []
    if twin == "sync":
        with GrowthBookClient("k", f"{url}/api/v1", rate_limit=None, max_retries=0) as gb:
            pager = gb.paginate(list_projects, page_size=PAGE, cursor=cursor)
            try:
                for item in pager:
                    ids.append(item.id)
            except APIError as exc:
                return ids, exc, pager.cursor
            return ids, None, pager.cursor

    async def run() -> tuple[list[str], APIError | None, str | None]:
        async with AsyncGrowthBookClient(
            "k", f"{url}/api/v1", rate_limit=None, max_retries=0
        ) as gb:
            pager = gb.paginate(list_projects, page_size=PAGE, cursor=cursor)
            try:
                async for item in pager:
                    ids.append(item.id)
            except APIError as exc:
                return ids, exc, pager.cursor
            return ids, None, pager.cursor

    return asyncio.run(run())


CASES = {
    # name: (nextOffset for a page at offset, offsets requested, message part)
    "stays put": (lambda offset: offset, [0], "nextOffset 0 is not past the current offset 0"),
    "goes back": (
        lambda offset: offset + PAGE if offset < 2 * PAGE else offset - 1,
        [0, 3, 6],
        "nextOffset 5 is not past the current offset 6",
    ),
    "negative": (lambda offset: -PAGE, [0], "nextOffset -3 is negative"),
    "missing": (lambda offset: None, [0], "hasMore is true but nextOffset is None"),
}


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("case", list(CASES))
def test_a_next_offset_that_does_not_move_forward_stops_the_walk(case: str, twin: str) -> None:
    next_offset, offsets, message = CASES[case]
    with scripted_server(pages(next_offset)) as server:
        ids, error, cursor = walk(server.url, twin)
        requested = [int(r.query["offset"]) for r in server.requests]
    assert requested == offsets  # never the same page twice, never a negative offset
    assert ids == [f"prj_{n}" for n in range(offsets[-1] + PAGE)]  # the pages' items came first
    assert isinstance(error, PaginationError)
    assert error.operation == "list_projects"
    assert message in str(error)
    assert "pager.cursor" in str(error)
    assert cursor is not None  # resumes after the last page handed out


@pytest.mark.parametrize("twin", TWINS)
def test_a_next_offset_that_is_not_a_number_fails_its_page_and_the_cursor_retries_it(
    twin: str,
) -> None:
    """``"nextOffset": "6"`` breaks the spec (an integer): that page is refused while it is
    decoded, so none of its items are handed out and nothing is asked again; the cursor
    resumes at that page, for when the service is fixed."""
    broken = pages(lambda offset: PAGE if offset == 0 else str(offset + PAGE), total=9)
    with scripted_server(broken) as server:
        ids, error, cursor = walk(server.url, twin)
        requested = [int(r.query["offset"]) for r in server.requests]
    assert requested == [0, PAGE]  # the broken page was asked for once
    assert ids == ["prj_0", "prj_1", "prj_2"]  # the first page, not the broken one
    assert isinstance(error, APIResponseValidationError)
    assert not isinstance(error, PaginationError)
    assert error.operation == "list_projects"
    assert error.status_code == 200
    assert "$.nextOffset" in str(error)
    assert cursor is not None
    fixed = pages(lambda offset: offset + PAGE, total=9)
    with scripted_server(fixed) as server:
        rest, error, cursor = walk(server.url, twin, cursor=cursor)
        requested = [int(r.query["offset"]) for r in server.requests]
    assert requested[0] == PAGE  # the walk resumes at the page it could not read
    assert rest == [f"prj_{n}" for n in range(PAGE, 9)]
    assert error is None


@pytest.mark.parametrize("twin", TWINS)
def test_iter_pages_stops_the_same_way(twin: str) -> None:
    with scripted_server(pages(lambda offset: offset)) as server:
        if twin == "sync":
            got = []
            with GrowthBookClient("k", f"{server.url}/api/v1", rate_limit=None) as gb:
                pages_ = gb.paginate(list_projects, page_size=PAGE).iter_pages()
                got.append(len(next(pages_).items))
                with pytest.raises(PaginationError, match="not past the current offset"):
                    next(pages_)
        else:

            async def run() -> list[int]:
                found = []
                async with AsyncGrowthBookClient(
                    "k", f"{server.url}/api/v1", rate_limit=None
                ) as gb:
                    pages_ = gb.paginate(list_projects, page_size=PAGE).iter_pages()
                    found.append(len((await anext(pages_)).items))
                    with pytest.raises(PaginationError, match="not past the current offset"):
                        await anext(pages_)
                return found

            got = asyncio.run(run())
        assert got == [PAGE]
        assert len(server.requests) == 1


@pytest.mark.parametrize("twin", TWINS)
def test_max_items_within_the_broken_page_ends_normally(twin: str) -> None:
    """The caller asked for no more than that page holds: nothing is left to follow."""
    with scripted_server(pages(lambda offset: offset)) as server:
        with GrowthBookClient("k", f"{server.url}/api/v1", rate_limit=None) as gb:
            ids = [p.id for p in gb.paginate(list_projects, page_size=PAGE, max_items=2)]
        assert ids == ["prj_0", "prj_1"]
        assert len(server.requests) == 1


def test_a_forward_jump_is_followed() -> None:
    """A service may skip ahead (its own business); only standing still or going back is refused."""
    with scripted_server(pages(lambda offset: offset + 10, total=25)) as server:
        with GrowthBookClient("k", f"{server.url}/api/v1", rate_limit=None) as gb:
            ids = [item.id for item in gb.paginate(list_projects, page_size=PAGE)]
        requested = [int(r.query["offset"]) for r in server.requests]
    assert requested == [0, 10, 20, 30]  # the page at 30 is empty, so the walk ends
    assert ids == [f"prj_{n}" for n in (0, 1, 2, 10, 11, 12, 20, 21, 22)]


def test_a_page_without_its_item_list_stops_the_walk() -> None:
    """A Convert page that leaves ``data`` out: an error naming the operation, not zero items."""
    body = json.dumps({"extra": {"pagination": {"items_count": 30}}}).encode()
    with (
        scripted_server(lambda _: Reply(body=body)) as server,
        ConvertClient(
            application_id="a", secret_key="s", base_url=server.url, account_id=1, project_id=2
        ) as cv,
        pytest.raises(PaginationError, match=r"get_experiences_list: the page .* has no item list"),
    ):
        list(cv.paginate(get_experiences_list, body={}))
