"""_clock.py: the deadline bounds a whole call: attempts, backoff, Retry-After and pacing.

Time is driven by a fake clock wherever the behaviour allows; where real bytes
must trickle, the test checks what the server saw (the client hung up before the
body was complete), never how long anything took.
"""

from __future__ import annotations

import asyncio
import logging

import attrs
import pytest
from experiment_clients import (
    APITimeoutError,
    GrowthBookClient,
    InvalidArgumentError,
    RateLimit,
    RetryPolicy,
)
from experiment_clients._clock import Clock, Deadline
from experiment_sandbox import Fault, Sandbox
from facade_helpers import (
    FakeClock,
    TricklingServer,
    make_async_growthbook,
    make_growthbook,
    statuses,
)
from growthbook_api_client.api.projects import list_projects

SLOW_RETRIES = RetryPolicy(max_retries=10, initial_delay=1.0, max_delay=8.0, jitter=0.0)


def _clock(fake: FakeClock) -> Clock:
    return Clock(now=fake.now, sleep=fake.sleep, async_sleep=fake.async_sleep)


def test_a_deadline_counts_down_on_its_clock() -> None:
    fake = FakeClock()
    deadline = Deadline(2.0, _clock(fake))
    assert deadline.remaining() == 2.0
    assert deadline.allows(1.5)
    assert not deadline.allows(2.0)  # a wait that ends at the deadline leaves no time to ask
    fake.advance(1.5)
    assert deadline.remaining() == 0.5
    assert deadline.cap({"connect": 10.0, "read": 0.2, "write": None, "pool": 5.0}) == {
        "connect": 0.5, "read": 0.2, "write": 0.5, "pool": 0.5,
    }  # fmt: skip
    assert not deadline.passed()
    fake.advance(0.5)
    assert deadline.passed()
    assert deadline.remaining() == 0.0
    error = deadline.error("list_projects", "while waiting")
    assert isinstance(error, APITimeoutError)
    assert "list_projects: the deadline of 2 s passed while waiting" in str(error)


def test_no_deadline_bounds_nothing() -> None:
    deadline = Deadline(None, _clock(FakeClock()))
    assert deadline.remaining() is None
    assert deadline.allows(1e9)
    assert not deadline.passed()
    timeouts = {"connect": 10.0, "read": None, "write": 30.0, "pool": 30.0}
    assert deadline.cap(timeouts) == timeouts


@pytest.mark.parametrize("value", [0, -1, "2", True, float("nan")])
def test_a_bad_deadline_is_refused(sandbox: Sandbox, value: object) -> None:
    with pytest.raises(InvalidArgumentError, match="deadline"):
        make_growthbook(sandbox, deadline=value)
    with make_growthbook(sandbox) as gb, pytest.raises(InvalidArgumentError, match="deadline"):
        gb.with_options(deadline=value)  # type: ignore[arg-type]


def test_the_deadline_stops_retries_before_a_wait_that_would_cross_it(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="experiment_clients")
    sandbox.inject(Fault.server_error(status=503, times=None), service="growthbook")
    fake = FakeClock()
    with make_growthbook(sandbox, retry=SLOW_RETRIES) as gb:
        view = fake.install(gb).with_options(deadline=2.5)
        with pytest.raises(
            APITimeoutError, match=r"deadline of 2\.5 s passed after 2 attempt"
        ) as info:
            view.call(list_projects)
    # t=0: 503, wait 1 s; t=1: 503, the next wait (2 s) would end past 2.5 s: stop now.
    assert fake.slept == [1.0]
    assert statuses(sandbox, "listProjects") == [503, 503]
    assert info.value.__cause__ is not None
    assert "HTTP 503" in str(info.value.__cause__)


def test_the_deadline_refuses_a_retry_after_it_cannot_wait_for(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.rate_limited(retry_after=30), service="growthbook")
    fake = FakeClock()
    with make_growthbook(sandbox, deadline=10) as gb:
        fake.install(gb)
        with pytest.raises(APITimeoutError, match="deadline of 10 s"):
            gb.call(list_projects)
    assert fake.slept == []
    assert statuses(sandbox, "listProjects") == [429]


def test_the_deadline_bounds_a_rate_limit_wait(sandbox: Sandbox) -> None:
    fake = FakeClock()
    with make_growthbook(sandbox, rate_limit=RateLimit(1, 60), deadline=5) as gb:
        fake.install(gb)
        gb.call(list_projects)
        with pytest.raises(APITimeoutError, match=r"waiting 60\.0 s for the rate limit"):
            gb.call(list_projects)
    assert fake.slept == []  # refused at once, not after sleeping
    assert statuses(sandbox, "listProjects") == [200]


def test_without_a_deadline_the_same_retries_run_to_the_end(sandbox: Sandbox) -> None:
    """The control of the test above: the fake clock alone changes nothing."""
    sandbox.inject(Fault.server_error(status=503, times=3), service="growthbook")
    fake = FakeClock()
    policy = attrs.evolve(SLOW_RETRIES, max_retries=3)
    with make_growthbook(sandbox, retry=policy) as gb:
        assert len(fake.install(gb).call(list_projects).projects) == 5
    assert fake.slept == [1.0, 2.0, 4.0]
    assert statuses(sandbox, "listProjects") == [503, 503, 503, 200]


def test_a_trickling_body_is_cut_at_the_deadline() -> None:
    """One byte every 0.25 s never trips the per-read timeout; the deadline cuts it."""
    with (
        TricklingServer(gap=0.25) as server,
        GrowthBookClient("k", server.url, rate_limit=None, timeout=5, deadline=1) as gb,
        pytest.raises(APITimeoutError, match="deadline"),
    ):
        gb.call(list_projects)
    assert server.closed.wait(10), "the server never saw the client hang up"
    assert 0 < server.sent < len(server.BODY)


def test_a_stalled_body_times_out_within_the_deadline() -> None:
    """After the headers, nothing: the read timeout (30 s here) is capped by the deadline."""
    with (
        TricklingServer(gap=0.25, stall=True) as server,
        GrowthBookClient("k", server.url, rate_limit=None, timeout=30, deadline=1) as gb,
        pytest.raises(APITimeoutError),
    ):
        gb.call(list_projects)
    assert server.closed.wait(10)
    assert server.sent == 0


def test_an_async_trickling_body_is_cut_at_the_deadline() -> None:
    async def run(url: str) -> None:
        from experiment_clients import AsyncGrowthBookClient

        async with AsyncGrowthBookClient("k", url, rate_limit=None, deadline=1) as gb:
            await gb.call(list_projects)

    with TricklingServer(gap=0.25) as server:
        with pytest.raises(APITimeoutError, match="deadline of 1 s passed"):
            asyncio.run(run(server.url))
        assert server.closed.wait(10)
        assert 0 < server.sent < len(server.BODY)


def test_an_async_deadline_stops_retries(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.server_error(status=503, times=None), service="growthbook")
    fake = FakeClock()

    async def run() -> None:
        async with make_async_growthbook(sandbox, retry=SLOW_RETRIES, deadline=2.5) as gb:
            await fake.install(gb).call(list_projects)

    with pytest.raises(APITimeoutError, match="after 2 attempt"):
        asyncio.run(run())
    assert fake.slept == [1.0]
    assert statuses(sandbox, "listProjects") == [503, 503]
