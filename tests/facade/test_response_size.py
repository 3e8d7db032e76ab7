"""_response.py: ``max_response_bytes`` stops a body while it streams, with a clear error.

A small server streams bodies that never end: a client that read a body whole
before checking its size would never return (pytest-timeout would fail the
test), so each of these tests fails unless the limit is enforced while reading.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from typing import Any

import pytest
from experiment_clients import (
    AsyncGrowthBookClient,
    GrowthBookClient,
    InvalidArgumentError,
    ResponseTooLargeError,
    RetryPolicy,
)
from growthbook_api_client.api.projects import list_projects
from scripted_server import Reply, Seen, endless, scripted_server

LIMIT = 256 * 1024
JSON = {"Content-Type": "application/json"}
FAST_RETRY = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0, jitter=0)
EMPTY_PAGE = json.dumps(
    {"projects": [], "limit": 10, "offset": 0, "count": 0, "total": 0, "hasMore": False,
     "nextOffset": None}
).encode()  # fmt: skip


def _error(url: str, twin: str, **options: Any) -> ResponseTooLargeError:
    """The error of one ``list_projects`` call against ``url`` (sync or async client)."""
    kwargs: dict[str, Any] = {"rate_limit": None, "retry": FAST_RETRY, **options}
    if twin == "sync":
        with (
            GrowthBookClient("k", f"{url}/api/v1", **kwargs) as gb,
            pytest.raises(ResponseTooLargeError) as info,
        ):
            gb.call(list_projects)
        return info.value

    async def run() -> ResponseTooLargeError:
        async with AsyncGrowthBookClient("k", f"{url}/api/v1", **kwargs) as gb:
            with pytest.raises(ResponseTooLargeError) as info:
                await gb.call(list_projects)
            return info.value

    return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def twin(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_an_endless_body_stops_at_the_limit(twin: str) -> None:
    with scripted_server(lambda _: Reply(200, JSON, endless())) as server:
        error = _error(server.url, twin, max_response_bytes=LIMIT)
        assert len(server.requests) == 1  # not retried: a repeat would be as large
    assert error.status_code == 200
    assert error.operation == "list_projects"
    assert error.limit == LIMIT
    message = str(error)
    assert f"larger than max_response_bytes={LIMIT:,}" in message
    assert "stopped reading after" in message
    assert "with_options(max_response_bytes=...)" in message  # says what to do
    assert "page_size" in message


def test_a_declared_length_over_the_limit_is_refused_before_reading(twin: str) -> None:
    body = b"x" * (LIMIT + 1)
    with scripted_server(lambda _: Reply(200, JSON, body)) as server:
        error = _error(server.url, twin, max_response_bytes=LIMIT)
    assert f"Content-Length {LIMIT + 1:,}" in str(error)


def test_a_compressed_bomb_is_counted_as_it_decodes(twin: str) -> None:
    """A 10 MB body gzipped to ~10 KB: the decoded size is what costs memory, so it counts."""
    bomb = gzip.compress(b"\0" * (10 * 1024 * 1024))
    assert len(bomb) < LIMIT
    headers = {**JSON, "Content-Encoding": "gzip"}
    with scripted_server(lambda _: Reply(200, headers, bomb)) as server:
        error = _error(server.url, twin, max_response_bytes=LIMIT)
    assert "stopped reading after" in str(error)


def test_retried_5xx_bodies_are_bounded_too(twin: str) -> None:
    """A 503 is retried; the retry's endless 503 body stops at the limit like any other."""
    answers = iter(
        [
            Reply(503, JSON, b'{"message": "busy"}'),
            Reply(503, JSON, endless()),
            Reply(200, JSON, EMPTY_PAGE),
        ]
    )
    with scripted_server(lambda _: next(answers)) as server:
        error = _error(server.url, twin, max_response_bytes=LIMIT)
        assert len(server.requests) == 2
    assert error.status_code == 503
    assert "HTTP 503" in str(error)


def test_with_options_sets_the_limit_per_call() -> None:
    def answer(request: Seen) -> Reply:
        return Reply(200, JSON, EMPTY_PAGE + b" " * 2048)

    with (
        scripted_server(answer) as server,
        GrowthBookClient("k", f"{server.url}/api/v1", rate_limit=None) as gb,
    ):
        assert gb.call(list_projects).projects == []  # the default limit is 100 MB
        small = gb.with_options(max_response_bytes=1024)
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=1,024"):
            small.call(list_projects)
        assert gb.call(list_projects).projects == []  # the client itself is unchanged
        assert len(server.requests) == 3


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "1000"])
def test_a_bad_limit_is_refused_before_any_request(bad: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="max_response_bytes must be a whole number"):
        GrowthBookClient("k", "http://127.0.0.1:9/api/v1", max_response_bytes=bad)
    with (
        GrowthBookClient("k", "http://127.0.0.1:9/api/v1") as gb,
        pytest.raises(InvalidArgumentError, match="max_response_bytes"),
    ):
        gb.with_options(max_response_bytes=bad)
