"""_ratelimit.py: client-side pacing keeps a long walk under the server's limit.

The pacing rule is checked against the sandbox's own sliding-window limiter on a
fake clock, with random latencies: 200 calls at the default 60 a minute meet no
429 (and the control, a limiter counting from the moment of sending, does). Over
real HTTP, a sandbox with a small limit (20 requests per 2 s) is walked for 26
pages of 10 features: it crosses the limit unless the client paces itself.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import random
import threading
from collections.abc import Iterator

import pytest
from experiment_clients import GrowthBookClient, InvalidArgumentError, RateLimit, RateLimitError
from experiment_clients._clock import Clock, Deadline
from experiment_clients._ratelimit import Pacer
from experiment_sandbox import Sandbox
from experiment_sandbox._service import RateLimiter  # the sandbox's sliding window
from facade_helpers import (
    FakeClock,
    growthbook_kwargs,
    make_async_growthbook,
    make_growthbook,
    statuses,
)
from growthbook_api_client.api.projects import list_projects

LIMIT, WINDOW = 20, 2.0
PAGES = 26  # 260 features, 10 a page


@pytest.fixture(scope="module")
def _limited_sandbox() -> Iterator[Sandbox]:
    with Sandbox(growthbook_rate_limit=LIMIT, rate_window=WINDOW) as sb:
        yield sb


@pytest.fixture
def limited(_limited_sandbox: Sandbox) -> Sandbox:
    _limited_sandbox.reset()  # also forgets the server's rate-limit counts
    _limited_sandbox.clear_faults()
    _limited_sandbox.clear_journal()
    return _limited_sandbox


@pytest.fixture
def pacing_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="experiment_clients")
    return caplog


def _waits(caplog: pytest.LogCaptureFixture, level: int = logging.DEBUG) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.getMessage().startswith("rate limit: waiting") and r.levelno >= level
    ]


# -- the rule, on a fake clock -----------------------------------------------------------------


class SendStamped:
    """The control: a sliding-window log stamped when a request is sent (pyrate-limiter's way)."""

    def __init__(self, limit: RateLimit, clock: FakeClock) -> None:
        self.limit = limit
        self.clock = clock
        self.sent: collections.deque[float] = collections.deque()

    def send(self) -> None:
        window = self.limit.per_seconds + self.limit.margin
        while True:
            now = self.clock.now()
            while self.sent and self.sent[0] <= now - window:
                self.sent.popleft()
            if len(self.sent) < self.limit.requests:
                self.sent.append(now)
                return
            self.clock.sleep(self.sent[0] + window - now)


def _latencies(count: int, seed: int) -> list[tuple[float, float]]:
    """(request travel time, answer travel time) pairs: up to half a second each way."""
    rng = random.Random(seed)
    return [(rng.uniform(0, 0.5), rng.uniform(0, 0.5)) for _ in range(count)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_default_pacing_meets_no_429_from_a_sliding_window(seed: int) -> None:
    """200 serial calls at GrowthBook's 60 a minute, each arriving a random while after it left."""
    fake = FakeClock()
    clock = Clock(now=fake.now, sleep=fake.sleep, async_sleep=fake.async_sleep)
    pacer = Pacer(RateLimit(60))  # the GrowthBook clients' default
    server = RateLimiter(60, 60.0)
    answers = []
    for up, down in _latencies(200, seed):
        with pacer.slot(clock, Deadline(None, clock), "list_features"):
            answers.append(server.check("key", now=fake.now() + up))
            fake.advance(up + down)
    assert answers == [None] * 200
    assert fake.slept, "200 calls at this pace must have waited for the window"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_counting_from_the_send_meets_429s(seed: int) -> None:
    """The control: the same calls, paced by send time, are refused by the same server."""
    fake = FakeClock()
    limiter = SendStamped(RateLimit(60), fake)
    server = RateLimiter(60, 60.0)
    refused = 0
    for up, down in _latencies(200, seed):
        limiter.send()
        refused += server.check("key", now=fake.now() + up) is not None
        fake.advance(up + down)
    assert refused > 0


def test_concurrent_requests_hold_their_slots_until_answered() -> None:
    fake = FakeClock()
    clock = Clock(now=fake.now, sleep=fake.sleep, async_sleep=fake.async_sleep)
    pacer = Pacer(RateLimit(2, 10.0, margin=0.0))
    forever = Deadline(None, clock)
    with pacer.slot(clock, forever, "a"), pacer.slot(clock, forever, "b"):
        assert pacer._reserve(fake.now()) > 0  # both slots held by requests in flight
        fake.advance(3.0)
    # Both answered at t+3: a third request may leave at t+3+10, not t+10.
    with pacer.slot(clock, forever, "c"):
        pass
    assert fake.slept == [10.0]


def test_waits_over_a_second_are_logged_at_info(
    sandbox: Sandbox, pacing_log: pytest.LogCaptureFixture
) -> None:
    fake = FakeClock()
    with make_growthbook(sandbox, rate_limit=RateLimit(1, 60, margin=0.0)) as gb:
        fake.install(gb)
        gb.call(list_projects)
        gb.call(list_projects)  # waits a whole window
        fake.advance(59.5)
        gb.call(list_projects)  # waits half a second: not worth an INFO line
    assert fake.slept == [60.0, 0.5]
    assert _waits(pacing_log, logging.INFO) == [
        "rate limit: waiting 60.0 s before list_projects (limit: 1 per 60 s)"
    ]
    assert _waits(pacing_log) == [
        "rate limit: waiting 60.0 s before list_projects (limit: 1 per 60 s)",
        "rate limit: waiting 0.5 s before list_projects (limit: 1 per 60 s)",
    ]
    assert statuses(sandbox, "listProjects") == [200, 200, 200]


def test_with_options_views_share_the_pacing(sandbox: Sandbox) -> None:
    fake = FakeClock()
    with make_growthbook(sandbox, rate_limit=RateLimit(2, 0.5, margin=0.0)) as gb:
        fake.install(gb)
        gb.call(list_projects)
        gb.call(list_projects)
        gb.with_options(headers={"X-View": "1"}).call(list_projects)  # the third in the window
    assert fake.slept == [0.5]
    assert statuses(sandbox, "listProjects") == [200, 200, 200]


def test_clients_start_no_threads(sandbox: Sandbox) -> None:
    """Pacing needs no timer thread: 200 paced clients, open at once, add none."""
    before = set(threading.enumerate())
    clients = [
        GrowthBookClient(**growthbook_kwargs(sandbox, rate_limit=RateLimit(60))) for _ in range(200)
    ]
    for client in clients[:20]:
        client.call(list_projects)
    started = [t.name for t in set(threading.enumerate()) - before]
    for client in clients:
        client.close()
    left = [t.name for t in set(threading.enumerate()) - before]
    assert (started, left) == ([], [])


# -- over real HTTP ----------------------------------------------------------------------------


def test_paced_walk_meets_no_429(limited: Sandbox, pacing_log: pytest.LogCaptureFixture) -> None:
    with make_growthbook(limited, rate_limit=RateLimit(LIMIT, WINDOW), max_retries=0) as gb:
        features = list(gb.features(page_size=10))
    assert len(features) == 260
    assert statuses(limited, "listFeatures") == [200] * PAGES
    assert _waits(pacing_log), "26 pages at 20 per window must have waited for the window"


def test_paced_async_walk_meets_no_429(
    limited: Sandbox, pacing_log: pytest.LogCaptureFixture
) -> None:
    async def walk() -> int:
        async with make_async_growthbook(
            limited, rate_limit=RateLimit(LIMIT, WINDOW), max_retries=0
        ) as gb:
            return len([f async for f in gb.features(page_size=10)])

    assert asyncio.run(walk()) == 260
    assert statuses(limited, "listFeatures") == [200] * PAGES
    assert _waits(pacing_log)


def test_without_the_limiter_the_same_walk_meets_429(limited: Sandbox) -> None:
    """The control: proves the server limit bites, so the paced tests can fail."""
    with (
        make_growthbook(limited, rate_limit=None, max_retries=0) as gb,
        pytest.raises(RateLimitError) as info,
    ):
        list(gb.features(page_size=10))
    assert info.value.retry_after is not None
    assert info.value.retry_after >= 1
    assert statuses(limited, "listFeatures") == [200] * LIMIT + [429]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ((0,), "requests"),
        ((-1,), "requests"),
        (("5",), "requests"),
        ((2.5,), "requests"),
        ((5, 0), "per_seconds"),
        ((5, float("nan")), "per_seconds"),
    ],
)
def test_rate_limit_arguments_are_checked(args: tuple[object, ...], named: str) -> None:
    with pytest.raises(InvalidArgumentError, match=named):
        RateLimit(*args)  # type: ignore[arg-type]


def test_a_negative_margin_is_an_invalid_argument() -> None:
    with pytest.raises(InvalidArgumentError, match="margin"):
        RateLimit(5, 1.0, margin=-1.0)


def test_rate_limit_must_be_a_rate_limit(sandbox: Sandbox) -> None:
    with pytest.raises(InvalidArgumentError, match="rate_limit"):
        make_growthbook(sandbox, rate_limit=60)
