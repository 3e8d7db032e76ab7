"""_async.py: the async twin's own behaviour: its lifecycle errors say what to do, and its
attempts run under the deadline (see also test_clock.py)."""

from __future__ import annotations

import asyncio

import pytest
from experiment_clients import AsyncConvertClient, AsyncGrowthBookClient
from experiment_sandbox import Sandbox
from facade_helpers import FakeClock, entries, make_async_growthbook
from growthbook_api_client.api.projects import list_projects


@pytest.mark.parametrize("cls", [AsyncGrowthBookClient, AsyncConvertClient])
def test_a_plain_with_says_to_use_async_with(cls: type) -> None:
    kwargs = (
        {"api_key": "k"} if cls is AsyncGrowthBookClient else {"key_id": "k", "key_secret": "s"}
    )
    client = cls(**kwargs)
    with pytest.raises(TypeError, match=rf"async with {cls.__name__}\(\.\.\.\) as client"), client:
        pass

    async def close() -> None:
        await client.aclose()

    asyncio.run(close())


@pytest.mark.parametrize("cls", [AsyncGrowthBookClient, AsyncConvertClient])
def test_close_says_to_await_aclose(cls: type) -> None:
    kwargs = (
        {"api_key": "k"} if cls is AsyncGrowthBookClient else {"key_id": "k", "key_secret": "s"}
    )
    client = cls(**kwargs)
    with pytest.raises(TypeError, match=r"await client\.aclose\(\)"):
        client.close()
    asyncio.run(client.aclose())


def test_a_call_that_succeeds_at_once_never_waits(sandbox: Sandbox) -> None:
    clock = FakeClock()

    async def run() -> int:
        async with make_async_growthbook(sandbox) as gb:
            result = await clock.install(gb).call(list_projects)
            return len(result.projects)

    assert asyncio.run(run()) == 5
    assert clock.slept == []
    assert len(entries(sandbox, "listProjects")) == 1


def test_aclose_cancels_a_prefetch_in_flight(sandbox: Sandbox) -> None:
    async def run() -> None:
        async with make_async_growthbook(sandbox) as gb:
            pager = gb.features(page_size=10)
            async for _ in pager:
                break  # the next page is being prefetched
            assert gb._prefetches  # the prefetch is known to the client
        assert not any(not task.done() for task in gb._prefetches)

    asyncio.run(run())
