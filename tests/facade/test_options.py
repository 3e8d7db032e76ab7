"""with_options(): per-call timeout, retries, headers and retry_writes, on a view sharing the pool."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from convert_api_client.api.experiences import get_experiences_list
from experiment_clients import (
    APITimeoutError,
    ConvertClient,
    GrowthBookClient,
    InvalidArgumentError,
    ServerError,
)
from experiment_sandbox import Fault, Sandbox
from facade_helpers import entries, make_async_growthbook, settle, statuses
from growthbook_api_client.api.projects import list_projects


def test_headers_arrive_and_the_original_is_unchanged(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    view = growthbook.with_options(headers={"X-Trace-Id": "t-1", "X-Team": "growth"})
    view.call(list_projects)
    growthbook.call(list_projects)
    nested = view.with_options(headers={"X-Trace-Id": "t-2"})
    nested.call(list_projects)
    first, second, third = entries(sandbox, "listProjects")
    assert (first.headers["x-trace-id"], first.headers["x-team"]) == ("t-1", "growth")
    assert "x-trace-id" not in second.headers
    assert (third.headers["x-trace-id"], third.headers["x-team"]) == ("t-2", "growth")
    assert second.headers["user-agent"].startswith("experiment-clients/")


def test_headers_reach_pages_and_helpers(convert: ConvertClient, sandbox: Sandbox) -> None:
    view = convert.with_options(headers={"X-Job": "nightly"})
    assert len(list(view.experiences.list(page_size=50))) == 120
    assert (
        len(view.experiences.aggregated_report(next(iter(view.experiences.list(max_items=1))))) > 0
    )
    assert all(e.headers.get("x-job") == "nightly" for e in sandbox.journal)
    assert len(sandbox.journal) == 5


def test_timeout_per_call(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.latency(0.25, times=None), service="growthbook", operation="listProjects")
    with pytest.raises(APITimeoutError):
        growthbook.with_options(timeout=0.05, max_retries=0).call(list_projects)
    assert len(growthbook.call(list_projects).projects) == 5  # the original keeps its timeout
    settle(sandbox, "listProjects", 2)


def test_max_retries_per_call(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    sandbox.inject(Fault.server_error(status=503, times=None), service="growthbook")
    with pytest.raises(ServerError):
        growthbook.with_options(max_retries=0).call(list_projects)
    assert statuses(sandbox, "listProjects") == [503]
    sandbox.clear_journal()
    with pytest.raises(ServerError):
        growthbook.call(list_projects)
    assert statuses(sandbox, "listProjects") == [503, 503, 503]  # the original: 2 retries


def test_retry_writes_per_call(convert: ConvertClient, sandbox: Sandbox) -> None:
    body: dict[str, Any] = {
        "name": "x",
        "type": "a/b",
        "status": "draft",
        "url": "https://x.example",
    }
    sandbox.inject(
        Fault.server_error(status=502, times=2), service="convert", operation="createExperience"
    )
    with pytest.raises(ServerError):
        convert.experiences.create(**body)
    assert convert.with_options(retry_writes=True).experiences.create(**body).name == "x"
    assert statuses(sandbox, "createExperience") == [502, 502, 200]


def test_the_view_shares_the_connection_pool(growthbook: GrowthBookClient) -> None:
    view = growthbook.with_options(timeout=5, max_retries=1, headers={"X-A": "1"})
    assert view is not growthbook
    assert view._http is growthbook._http
    assert view.raw is growthbook.raw
    assert view.base_url == growthbook.base_url
    view.call(list_projects)
    growthbook.close()
    assert view._http.is_closed


def test_async_views(sandbox: Sandbox) -> None:
    async def run() -> None:
        async with make_async_growthbook(sandbox) as gb:
            view = gb.with_options(headers={"X-Async": "yes"})
            assert view._http is gb._http
            await view.call(list_projects)
            await gb.call(list_projects)
            sandbox.inject(Fault.latency(0.25), service="growthbook", operation="listProjects")
            with pytest.raises(APITimeoutError):
                await gb.with_options(timeout=0.05, max_retries=0).call(list_projects)

    asyncio.run(run())
    settle(sandbox, "listProjects", 3)
    first, second, _ = entries(sandbox, "listProjects")
    assert first.headers["x-async"] == "yes"
    assert "x-async" not in second.headers


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"headers": {"X-A": 1}}, "headers"),
        ({"headers": {1: "x"}}, "headers"),
    ],
)
def test_bad_options_are_refused(
    growthbook: GrowthBookClient, kwargs: dict[str, object], named: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=named):
        growthbook.with_options(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("max_retries", [-1, "3"])
def test_bad_max_retries_per_call_is_an_invalid_argument(
    growthbook: GrowthBookClient, max_retries: object
) -> None:
    with pytest.raises(InvalidArgumentError, match="max_retries"):
        growthbook.with_options(max_retries=max_retries)  # type: ignore[arg-type]


def test_constructor_settings_are_checked(sandbox: Sandbox) -> None:
    for kwargs, named in (
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"timeout": 0}, "timeout"),
        ({"base_url": "ftp://x"}, "base_url"),
        ({"event_hooks": {"sent": []}}, "event_hooks"),
    ):
        with pytest.raises(InvalidArgumentError, match=named):
            GrowthBookClient(**{"api_key": "k", "base_url": sandbox.growthbook_url, **kwargs})  # type: ignore[arg-type]


def test_a_read_only_post_keeps_its_body_on_a_view(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    result = convert.with_options(max_retries=0).call(get_experiences_list, body={"search": "page"})
    (entry,) = entries(sandbox, "getExperiencesList")
    assert b'"search":"page"' in entry.body.replace(b" ", b"")
    assert all(
        "page" in (e.name or "").lower() or "page" in (e.url or "").lower() for e in result.data
    )


def test_call_options_are_one_typed_object() -> None:
    """Constructor settings and with_options changes end up in the same immutable object."""
    import httpx
    from experiment_clients import RetryPolicy
    from experiment_clients._options import DEFAULT_TIMEOUT, CallOptions

    base = CallOptions.create(timeout=None, max_retries=3, retry=None, deadline=None)
    assert base == CallOptions(DEFAULT_TIMEOUT, RetryPolicy(max_retries=3), {}, False, None)
    changed = base.replace(timeout=5, max_retries=0, headers={"X-A": "1"}, deadline=2.5)
    assert changed.timeout == httpx.Timeout(5.0)
    assert changed.retry == RetryPolicy(max_retries=0)
    assert changed.deadline == 2.5
    nested = changed.replace(headers={"X-B": "2"}, retry_writes=True)
    assert nested.headers == {"X-A": "1", "X-B": "2"}
    assert (nested.deadline, nested.retry_writes, nested.timeout) == (2.5, True, changed.timeout)
    assert changed.replace(deadline=float("inf")).deadline is None  # inf: no deadline
    assert base.retry.max_retries == 3  # nothing was changed in place
    policy = RetryPolicy(max_retries=5, initial_delay=0.1)
    given = CallOptions.create(timeout=1, max_retries=0, retry=policy, deadline=9)
    assert (given.retry, given.deadline) == (policy, 9.0)  # retry= wins over max_retries=


def test_the_deadline_is_kept_by_views(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    view = growthbook.with_options(deadline=30)
    assert len(view.with_options(headers={"X-A": "1"}).call(list_projects).projects) == 5
    with pytest.raises(InvalidArgumentError, match="deadline"):
        view.with_options(deadline=-1)
