"""The error boundary under fire: whatever answer comes back, only ``APIError`` gets out.

Property-based (hypothesis): random statuses, headers, content encodings (valid,
lying, unknown) and bodies (valid pages, JSON of any shape, nesting deeper than
Python recurses, bytes) are served by ``httpx.MockTransport`` (these are
transport-level faults) to ``call()`` and ``paginate()``, sync and async, for both
services. A call that returns must return its declared model, never ``None``.

Bounded and reproducible: a fixed number of examples per test, derandomized, no
deadline, no example database. Run with ``--hypothesis-show-statistics`` to see
how many cases ran.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import zlib
from collections.abc import Callable
from typing import Any, cast

import httpx
import pytest
from convert_api_client.api.experiences import get_experience, get_experiences_list
from convert_api_client.models.experience import Experience
from experiment_clients import (
    APIError,
    AsyncConvertClient,
    AsyncGrowthBookClient,
    ConfigurationError,
    ConvertClient,
    GrowthBookClient,
    InvalidArgumentError,
    RetryPolicy,
)
from experiment_clients._clock import Clock
from growthbook_api_client.api.projects import get_project, list_projects
from growthbook_api_client.models.get_project_response import GetProjectResponse
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

EXAMPLES = 100
BOUNDED = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: One immediate retry (never a wait): retried answers go through the boundary too.
NO_WAIT_RETRY = RetryPolicy(
    max_retries=1, initial_delay=0, max_delay=0, jitter=0, max_retry_after=0
)
MAX_BYTES = 64 * 1024  # small, so some generated bodies exceed it

STAMP = "2024-01-01T00:00:00Z"


def _project(n: int) -> dict[str, Any]:
    return {"id": f"prj_{n}", "name": f"p{n}", "dateCreated": STAMP, "dateUpdated": STAMP}


# -- bodies ---------------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def growthbook_pages(draw: st.DrawFn) -> dict[str, Any]:
    offset = draw(st.integers(0, 20))
    count = draw(st.integers(0, 3))
    return {
        "projects": [_project(offset + n) for n in range(count)],
        "limit": draw(st.integers(-1, 5)),
        "offset": offset,
        "count": count,
        "total": draw(st.integers(-5, 50)),
        "hasMore": draw(st.booleans()),
        "nextOffset": draw(st.none() | st.integers(-10, 30)),
    }


@st.composite
def convert_pages(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(0, 3))
    pagination = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "items_count": st.integers(-5, 50) | st.text(max_size=3),
                "current_page": st.integers(-1, 5),
                "pages_count": st.integers(-1, 5),
                "items_per_page": st.integers(0, 5),
            },
        )
    )
    return {
        "data": [{"id": n, "name": f"e{n}"} for n in range(count)],
        "extra": {"pagination": pagination},
    }


def _shaped_error() -> st.SearchStrategy[Any]:
    """Error bodies: the services' shapes, with every field of a wrong type now and then."""
    return st.fixed_dictionaries(
        {},
        optional={
            "code": json_values,
            "message": json_values,
            "parameters": json_values,
            "fields": json_values,
        },
    )


def _deep(depth: int, opener: str) -> bytes:
    closer = {"[": "]", "{": "}"}[opener]
    if opener == "{":
        return ('{"a":' * depth + "1" + closer * depth).encode()
    return (opener * depth + closer * depth).encode()


valid_pages = st.one_of(
    st.builds(lambda v: json.dumps(v).encode(), growthbook_pages()),
    st.builds(lambda v: json.dumps(v).encode(), convert_pages()),
)
raw_bodies = st.one_of(
    valid_pages,
    valid_pages,
    st.builds(lambda v: json.dumps({"project": _project(v)}).encode(), st.integers(0, 9)),
    st.builds(lambda v: json.dumps(v).encode(), _shaped_error()),
    st.builds(lambda v: json.dumps(v).encode(), json_values),
    st.builds(_deep, st.sampled_from([2_000, 100_000]), st.sampled_from(["[", "{"])),
    st.binary(max_size=64),
    st.sampled_from(
        [
            b"",
            b"null",
            b"1e999999",
            b'{"message": "\\ud800"}',
            b"\xef\xbb\xbf{}",
            b"<html>502 Bad Gateway</html>",
            b"x" * (MAX_BYTES + 1),
        ]
    ),
)


def _encode(body: bytes, encoding: str) -> bytes:
    """The body as sent under ``encoding``; some encodings lie on purpose."""
    if encoding == "gzip":
        return gzip.compress(body)
    if encoding == "deflate":
        return zlib.compress(body)
    if encoding == "gzip-bomb":
        return gzip.compress(b"\0" * (MAX_BYTES * 4))
    if encoding == "gzip-truncated":
        return gzip.compress(body)[:-6]
    return body  # "identity", a lie ("gzip-lie", "br-lie"), or an unknown coding


CONTENT_ENCODINGS = {
    "none": None,
    "identity": "identity",
    "gzip": "gzip",
    "deflate": "deflate",
    "gzip-bomb": "gzip",
    "gzip-truncated": "gzip",
    "gzip-lie": "gzip",
    "deflate-lie": "deflate",
    "br-lie": "br",
    "zstd-lie": "zstd",
    "stacked-lie": "gzip, deflate",
    "unknown": "x-squash",
}

header_values = st.one_of(
    st.sampled_from(["", "0", "-1", "1_0", "nan", "inf", "1e400", "Wed, 21 Oct 2015 07:28:00 GMT"]),
    st.binary(max_size=30).map(
        lambda b: b.replace(b"\r", b"").replace(b"\n", b"").replace(b"\0", b"")
    ),
)
header_names = st.sampled_from(
    [
        "Content-Type",
        "Retry-After",
        "Content-Length",
        "Set-Cookie",
        "X-Request-Id",
        "Location",
        "Content-Type",
        "Authorization",
    ]
)
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "application/json; charset=x-unknown",
        "text/html",
        "application/octet-stream",
        None,
    ]
)
statuses = st.one_of(
    st.sampled_from(
        [200, 201, 204, 299, 301, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503]
    ),
    st.integers(100, 599),
)


@st.composite
def answers(draw: st.DrawFn) -> httpx.Response:
    status = draw(statuses)
    coding = draw(st.just("none") | st.sampled_from(list(CONTENT_ENCODINGS)))
    body = _encode(draw(raw_bodies), coding)
    headers: list[tuple[bytes, bytes]] = []
    content_type = draw(content_types)
    if content_type is not None:
        headers.append((b"Content-Type", content_type.encode()))
    if CONTENT_ENCODINGS[coding] is not None:
        headers.append((b"Content-Encoding", str(CONTENT_ENCODINGS[coding]).encode()))
    for name, value in draw(st.lists(st.tuples(header_names, header_values), max_size=3)):
        headers.append((name.encode(), value.encode() if isinstance(value, str) else value))
    # stream=, not content=: httpx would decode a content= body at once, in the mock itself.
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


# -- clients ---------------------------------------------------------------------------------


class Script:
    """Hands out the drawn answers in order (the last one again once they run out)."""

    def __init__(self, replies: list[httpx.Response]) -> None:
        self.replies = replies
        self.served = 0

    def _next(self) -> httpx.Response:
        reply = self.replies[min(self.served, len(self.replies) - 1)]
        self.served += 1
        # A fresh response per request: a stream can be read once.
        body = b"".join(cast(httpx.ByteStream, reply.stream))
        return httpx.Response(
            reply.status_code, headers=reply.headers.raw, stream=httpx.ByteStream(body)
        )

    def handler(self, request: httpx.Request) -> httpx.Response:
        return self._next()

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        return self._next()


def _options(script: Script, twin: str) -> dict[str, Any]:
    handler = script.handler if twin == "sync" else script.async_handler
    return {
        "transport": httpx.MockTransport(handler),
        "retry": NO_WAIT_RETRY,
        "max_response_bytes": MAX_BYTES,
    }


def _refuse(seconds: float) -> None:
    assert seconds <= 0, f"a hostile answer made the client wait {seconds}s"


async def _refuse_async(seconds: float) -> None:
    _refuse(seconds)


#: Retries here never wait (the policy's delays are 0): a clock that makes sure of it.
NO_SLEEP = Clock(sleep=_refuse, async_sleep=_refuse_async)


def _growthbook(script: Script, twin: str) -> Any:
    cls = GrowthBookClient if twin == "sync" else AsyncGrowthBookClient
    client = cls("secret_k", "http://gb.test/api/v1", rate_limit=None, **_options(script, twin))
    client._clock = NO_SLEEP
    return client


def _convert(script: Script, twin: str) -> Any:
    cls = ConvertClient if twin == "sync" else AsyncConvertClient
    client = cls(
        application_id="app",
        secret_key="secret",
        base_url="http://cv.test",
        account_id=1,
        project_id=2,
        **_options(script, twin),
    )
    client._clock = NO_SLEEP
    return client


CALLS: dict[str, tuple[Callable[[Script, str], Any], Any, dict[str, Any], type]] = {
    "growthbook": (_growthbook, get_project.operation, {"id": "prj_1"}, GetProjectResponse),
    "convert": (_convert, get_experience.operation, {"experience_id": 7}, Experience),
}
LISTS: dict[str, tuple[Callable[[Script, str], Any], Any, dict[str, Any]]] = {
    "growthbook": (_growthbook, list_projects, {}),
    "convert": (_convert, get_experiences_list, {"body": {}}),
}


def _only_api_errors(run: Callable[[], Any]) -> Any:
    """``run()``'s result, None for an APIError; anything else propagates and fails the property."""
    error: APIError | None = None
    try:
        result = run()
    except APIError as exc:
        error, result = exc, None
    event("returned" if error is None else f"raised {type(error).__name__}")  # for the statistics
    # These say the caller's input was wrong; here it never is, whatever came back.
    assert not isinstance(error, InvalidArgumentError | ConfigurationError), error
    return result


@pytest.mark.parametrize("twin", ["sync", "async"])
@pytest.mark.parametrize("service", list(CALLS))
@BOUNDED
@given(replies=st.lists(answers(), min_size=1, max_size=2))
def test_call_lets_only_api_errors_out(
    service: str, twin: str, replies: list[httpx.Response]
) -> None:
    make, operation, kwargs, model = CALLS[service]
    script = Script(replies)

    def run_sync() -> Any:
        with make(script, twin) as client:
            return client.call(operation, **kwargs)

    async def run_async() -> Any:
        async with make(script, twin) as client:
            return await client.call(operation, **kwargs)

    result = _only_api_errors(run_sync if twin == "sync" else lambda: asyncio.run(run_async()))
    if script.served and result is not None:
        assert isinstance(result, model)  # a returned value is the declared model
    assert script.served in (1, 2)


@pytest.mark.parametrize("twin", ["sync", "async"])
@pytest.mark.parametrize("service", list(LISTS))
@BOUNDED
@given(replies=st.lists(answers(), min_size=1, max_size=4))
def test_paginate_lets_only_api_errors_out(
    service: str, twin: str, replies: list[httpx.Response]
) -> None:
    make, operation, kwargs = LISTS[service]
    script = Script(replies)

    def run_sync() -> list[Any]:
        with make(script, twin) as client:
            return list(client.paginate(operation, page_size=3, max_pages=4, **kwargs))

    async def run_async() -> list[Any]:
        async with make(script, twin) as client:
            pager = client.paginate(operation, page_size=3, max_pages=4, **kwargs)
            return [item async for item in pager]

    _only_api_errors(run_sync if twin == "sync" else lambda: asyncio.run(run_async()))
    assert script.served <= 8  # 4 pages at most, each retried at most once
