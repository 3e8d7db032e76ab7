"""_sync.py: the blocking twin's own behaviour (its loop is shared with the async twin's
decisions, tested in test_retry.py and test_clock.py)."""

from __future__ import annotations

from typing import Any, cast

import pytest
from experiment_clients import GrowthBookClient, ServerError
from experiment_sandbox import Fault, Sandbox
from facade_helpers import FakeClock, entries, growthbook_kwargs, make_growthbook, statuses
from growthbook_api_client.api.projects import list_projects


def test_a_call_that_succeeds_at_once_never_waits(sandbox: Sandbox) -> None:
    clock = FakeClock()
    with make_growthbook(sandbox) as gb:
        assert len(clock.install(gb).call(list_projects).projects) == 5
    assert clock.slept == []
    assert len(entries(sandbox, "listProjects")) == 1


def test_the_module_the_function_and_sync_detailed_are_the_same_call(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb:
        results = [
            gb.call(list_projects),
            gb.call(list_projects.operation),
            gb.call(cast(Any, list_projects.sync_detailed)),  # typed as taking client=
        ]
    assert [len(r.projects) for r in results] == [5, 5, 5]


def test_the_last_error_is_raised_when_retries_run_out(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.server_error(status=502, times=None), service="growthbook")
    clock = FakeClock()
    with make_growthbook(sandbox) as gb, pytest.raises(ServerError) as info:
        clock.install(gb).call(list_projects)
    assert info.value.status_code == 502
    assert len(clock.slept) == 2  # two retries by default, each after a wait
    assert statuses(sandbox, "listProjects") == [502, 502, 502]


def test_a_sync_client_in_async_with_is_refused_by_python(sandbox: Sandbox) -> None:
    import asyncio

    async def run() -> None:
        async with GrowthBookClient(**growthbook_kwargs(sandbox)):  # type: ignore[attr-defined]
            pass

    with pytest.raises(TypeError, match="asynchronous context manager"):
        asyncio.run(run())
