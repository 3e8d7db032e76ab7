"""_ratelimit.py: client-side pacing keeps a long walk under the server's limit.

These tests start their own sandbox with a small GrowthBook limit (20 requests per
2 s); walking 26 pages of 10 features crosses it unless the client paces itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from experiment_clients import InvalidArgumentError, RateLimit, RateLimitError
from experiment_sandbox import Sandbox
from facade_helpers import make_async_growthbook, make_growthbook, statuses
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


def test_paced_walk_meets_no_429(limited: Sandbox) -> None:
    started = time.perf_counter()
    with make_growthbook(limited, rate_limit=RateLimit(LIMIT, WINDOW), max_retries=0) as gb:
        features = list(gb.features(page_size=10))
    elapsed = time.perf_counter() - started
    assert len(features) == 260
    assert statuses(limited, "listFeatures") == [200] * PAGES
    assert elapsed >= WINDOW * 0.95


def test_paced_async_walk_meets_no_429(limited: Sandbox) -> None:
    async def walk() -> int:
        async with make_async_growthbook(
            limited, rate_limit=RateLimit(LIMIT, WINDOW), max_retries=0
        ) as gb:
            return len([f async for f in gb.features(page_size=10)])

    started = time.perf_counter()
    assert asyncio.run(walk()) == 260
    assert time.perf_counter() - started >= WINDOW * 0.95
    assert statuses(limited, "listFeatures") == [200] * PAGES


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


def test_with_options_views_share_the_pacing(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox, rate_limit=RateLimit(2, 0.5, margin=0.0)) as gb:
        started = time.perf_counter()
        gb.call(list_projects)
        gb.call(list_projects)
        gb.with_options(headers={"X-View": "1"}).call(list_projects)  # the third in the window
        elapsed = time.perf_counter() - started
    assert elapsed >= 0.45
    assert statuses(sandbox, "listProjects") == [200, 200, 200]


@pytest.mark.parametrize(
    ("args", "named"),
    [((0,), "requests"), ((-1,), "requests"), (("5",), "requests"), ((5, 0), "per_seconds")],
)
def test_rate_limit_arguments_are_checked(args: tuple[object, ...], named: str) -> None:
    with pytest.raises(InvalidArgumentError, match=named):
        RateLimit(*args)  # type: ignore[arg-type]


def test_a_negative_margin_is_an_invalid_argument() -> None:
    with pytest.raises(InvalidArgumentError, match="margin"):
        RateLimit(5, 1.0, margin=-1.0)
