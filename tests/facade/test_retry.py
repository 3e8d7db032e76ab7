"""_retry.py: which failures are retried, how long we wait, and that each decision is logged.

Faults are injected in the sandbox; the journal counts the attempts that reached it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import attrs
import httpx
import pytest
from convert_api_client.api.experiences import get_experiences_list
from experiment_clients import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConvertClient,
    GrowthBookClient,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from experiment_clients._clock import Clock, Deadline
from experiment_clients._retry import Attempts
from experiment_sandbox import Fault, Sandbox
from facade_helpers import (
    FAST_RETRIES,
    FakeClock,
    make_async_convert,
    make_async_growthbook,
    make_growthbook,
    statuses,
)
from growthbook_api_client.api.projects import list_projects

CREATE: dict[str, Any] = {
    "name": "Retry me",
    "type": "a/b",
    "status": "draft",
    "url": "https://x.example",
}


@pytest.fixture
def retry_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="experiment_clients")
    return caplog


def _retry_messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "experiment_clients" and r.getMessage().startswith("retrying")
    ]


@pytest.mark.parametrize("twin", ["sync", "async"])
def test_503_twice_then_success_on_a_get(
    sandbox: Sandbox, growthbook: GrowthBookClient, retry_log: pytest.LogCaptureFixture, twin: str
) -> None:
    sandbox.inject(
        Fault.server_error(status=503, times=2), service="growthbook", operation="listProjects"
    )
    if twin == "sync":
        result = growthbook.call(list_projects)
    else:

        async def run() -> object:
            async with make_async_growthbook(sandbox) as gb:
                return await gb.call(list_projects)

        result = asyncio.run(run())
    assert len(result.projects) == 5
    assert statuses(sandbox, "listProjects") == [503, 503, 200]
    assert _retry_messages(retry_log) == [
        "retrying list_projects after HTTP 503: attempt 2 of 3 in 0.01s",
        "retrying list_projects after HTTP 503: attempt 3 of 3 in 0.02s",
    ]


@pytest.mark.parametrize("twin", ["sync", "async"])
def test_503_twice_then_success_on_a_read_only_convert_post(
    sandbox: Sandbox, convert: ConvertClient, retry_log: pytest.LogCaptureFixture, twin: str
) -> None:
    sandbox.inject(
        Fault.server_error(status=503, times=2), service="convert", operation="getExperiencesList"
    )
    if twin == "sync":
        result = convert.call(get_experiences_list, body={})
    else:

        async def run() -> object:
            async with make_async_convert(sandbox) as cv:
                return await cv.call(get_experiences_list, body={})

        result = asyncio.run(run())
    assert len(result.data) == 30
    assert statuses(sandbox, "getExperiencesList") == [503, 503, 200]
    assert len(_retry_messages(retry_log)) == 2
    assert all("get_experiences_list after HTTP 503" in m for m in _retry_messages(retry_log))


def test_a_create_is_not_retried(
    sandbox: Sandbox, convert: ConvertClient, retry_log: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(Fault.server_error(status=503), service="convert", operation="createExperience")
    with pytest.raises(ServerError):
        convert.experiences.create(**CREATE)
    assert statuses(sandbox, "createExperience") == [503]
    assert _retry_messages(retry_log) == []


def test_a_create_is_retried_when_writes_may_be_retried(
    sandbox: Sandbox, convert: ConvertClient, retry_log: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(Fault.server_error(status=503), service="convert", operation="createExperience")
    created = convert.with_options(retry_writes=True).experiences.create(**CREATE)
    assert created.name == "Retry me"
    assert statuses(sandbox, "createExperience") == [503, 200]
    assert _retry_messages(retry_log) == [
        "retrying create_experience after HTTP 503: attempt 2 of 3 in 0.01s"
    ]


def test_a_toggle_is_not_retried(sandbox: Sandbox, growthbook: GrowthBookClient) -> None:
    sandbox.inject(Fault.server_error(status=502), service="growthbook", operation="toggleFeature")
    with pytest.raises(ServerError):
        growthbook.toggle_feature(sandbox.growthbook.features[0]["id"], {"production": False})
    assert statuses(sandbox, "toggleFeature") == [502]


def test_a_dropped_connection_is_retried_for_a_read_but_not_for_a_create(
    sandbox: Sandbox, convert: ConvertClient, retry_log: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(Fault.drop_connection(), service="convert", operation="getExperiencesList")
    assert len(convert.call(get_experiences_list, body={}).data) == 30
    assert statuses(sandbox, "getExperiencesList") == [None, 200]
    assert _retry_messages(retry_log) == [
        "retrying get_experiences_list after APIConnectionError: attempt 2 of 3 in 0.01s"
    ]
    sandbox.inject(Fault.drop_connection(), service="convert", operation="createExperience")
    with pytest.raises(APIConnectionError):
        convert.experiences.create(**CREATE)
    assert statuses(sandbox, "createExperience") == [None]  # it may have been applied


def test_a_create_is_retried_when_the_connection_was_never_made(sandbox: Sandbox) -> None:
    """ConnectError proves the request never left, so even a write is safe to repeat.

    The sandbox cannot refuse a connection once and then accept it: a MockTransport does.
    """
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json={"id": 5, "name": "Retry me", "status": "draft"})

    client = ConvertClient(
        key_id="k", key_secret="s", account_id=1, project_id=2, retry=FAST_RETRIES,
        base_url="http://convert.test/api/v2", transport=httpx.MockTransport(handler),
    )  # fmt: skip
    with client as cv:
        created = cv.experiences.create(**CREATE)
    assert created.id == 5
    assert len(calls) == 2
    assert calls[0].content == calls[1].content


def test_429_retry_after_is_honoured(
    sandbox: Sandbox, growthbook: GrowthBookClient, retry_log: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(
        Fault.rate_limited(retry_after=1), service="growthbook", operation="listProjects"
    )
    clock = FakeClock()
    clock.install(growthbook)
    assert len(growthbook.call(list_projects).projects) == 5
    assert clock.slept == [1.0]  # the server's Retry-After, not the policy's 0.01 s backoff
    assert statuses(sandbox, "listProjects") == [429, 200]
    assert _retry_messages(retry_log) == [
        "retrying list_projects after HTTP 429: attempt 2 of 3 in 1.00s"
    ]


def test_retry_after_beyond_the_policy_is_not_waited_for(
    sandbox: Sandbox, growthbook: GrowthBookClient, retry_log: pytest.LogCaptureFixture
) -> None:
    assert FAST_RETRIES.max_retry_after == 60.0
    sandbox.inject(Fault.rate_limited(retry_after=120), service="growthbook")
    clock = FakeClock()
    clock.install(growthbook)
    with pytest.raises(RateLimitError) as info:
        growthbook.call(list_projects)
    assert clock.slept == []  # raised at once, not after waiting
    assert info.value.retry_after == 120.0
    assert statuses(sandbox, "listProjects") == [429]
    assert _retry_messages(retry_log) == []
    tight = growthbook.with_options(retry=attrs.evolve(FAST_RETRIES, max_retry_after=0.5))
    sandbox.inject(Fault.rate_limited(retry_after=1), service="growthbook")
    with pytest.raises(RateLimitError):
        tight.call(list_projects)  # a tighter policy refuses even a 1 s wait
    assert statuses(sandbox, "listProjects") == [429, 429]


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_max_retries_is_respected(
    sandbox: Sandbox, growthbook: GrowthBookClient, max_retries: int
) -> None:
    sandbox.inject(Fault.server_error(status=503, times=None), service="growthbook")
    with pytest.raises(ServerError):
        growthbook.with_options(max_retries=max_retries).call(list_projects)
    assert statuses(sandbox, "listProjects") == [503] * (max_retries + 1)


def test_max_retries_given_at_construction(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.server_error(status=504, times=None), service="growthbook")
    client = GrowthBookClient(
        sandbox.credentials.growthbook_api_key, sandbox.growthbook_url,
        rate_limit=None, max_retries=0,
    )  # fmt: skip
    with client, pytest.raises(ServerError):
        client.call(list_projects)
    assert statuses(sandbox, "listProjects") == [504]


def test_errors_that_are_not_transient_are_not_retried(
    sandbox: Sandbox, growthbook: GrowthBookClient
) -> None:
    sandbox.inject(Fault.server_error(status=500), service="growthbook")
    with pytest.raises(ServerError):
        growthbook.call(list_projects)
    assert statuses(sandbox, "listProjects") == [500]


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=3.0, jitter=0.0)
    assert [policy.backoff(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    jittered = RetryPolicy(initial_delay=1.0, max_delay=8.0, jitter=0.25)
    delays = {jittered.backoff(2) for _ in range(50)}
    assert all(1.5 <= d <= 2.0 for d in delays)
    assert len(delays) > 1
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)


def test_a_retry_policy_can_be_given_per_client(
    sandbox: Sandbox, growthbook: GrowthBookClient
) -> None:
    policy = RetryPolicy(max_retries=1, initial_delay=0.01, jitter=0.0)
    view = growthbook.with_options(retry=policy)
    sandbox.inject(Fault.server_error(status=503, times=None), service="growthbook")
    with pytest.raises(ServerError):
        view.call(list_projects)
    assert statuses(sandbox, "listProjects") == [503, 503]


def test_a_malformed_retry_after_falls_back_to_backoff() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(429, headers={"Retry-After": "soon"}, json={"message": "slow"})

    client = GrowthBookClient(
        "secret_k", "http://growthbook.test/api/v1", retry=FAST_RETRIES,
        transport=httpx.MockTransport(handler), rate_limit=None,
    )  # fmt: skip
    with client as gb, pytest.raises(RateLimitError) as info:
        gb.call(list_projects)
    assert info.value.retry_after is None
    assert len(calls) == 3


def test_one_loop_numbers_every_retry_and_waits_on_the_clients_clock(
    sandbox: Sandbox, retry_log: pytest.LogCaptureFixture
) -> None:
    """Every retry goes through the same loop: attempts 2..4 of 4, backoff doubling each time."""
    sandbox.inject(Fault.server_error(status=503, times=3), service="growthbook")
    policy = RetryPolicy(max_retries=3, initial_delay=1.0, max_delay=8.0, jitter=0.0)
    clock = FakeClock()
    with make_growthbook(sandbox, retry=policy) as gb:
        assert len(clock.install(gb).call(list_projects).projects) == 5
    assert clock.slept == [1.0, 2.0, 4.0]
    assert _retry_messages(retry_log) == [
        "retrying list_projects after HTTP 503: attempt 2 of 4 in 1.00s",
        "retrying list_projects after HTTP 503: attempt 3 of 4 in 2.00s",
        "retrying list_projects after HTTP 503: attempt 4 of 4 in 4.00s",
    ]
    assert statuses(sandbox, "listProjects") == [503, 503, 503, 200]


def _status_error(status: int, headers: dict[str, str] | None = None) -> APIStatusError:
    return APIStatusError(
        f"HTTP {status}", status_code=status, operation="op", body=None, headers=headers or {}
    )


def test_attempts_decide_and_count() -> None:
    """The decisions both twins share, stepped by hand."""
    clock = FakeClock()
    deadline = Deadline(None, Clock(now=clock.now, sleep=clock.sleep))
    policy = RetryPolicy(max_retries=2, initial_delay=0.5, jitter=0.0)
    attempts = Attempts(policy, "op", repeatable=True, deadline=deadline)
    assert attempts.wait_after(_status_error(503)) == 0.5
    assert attempts.wait_after(_status_error(429, {"Retry-After": "7"})) == 7.0
    assert attempts.wait_after(_status_error(503)) is None  # max_retries used up
    assert attempts.failed == 3
    not_repeatable = Attempts(policy, "op", repeatable=False, deadline=deadline)
    assert not_repeatable.wait_after(_status_error(503)) is None
    assert Attempts(policy, "op", True, deadline).wait_after(_status_error(500)) is None
    too_long = _status_error(429, {"Retry-After": "61"})
    assert Attempts(policy, "op", True, deadline).wait_after(too_long) is None


def test_attempts_stop_at_the_deadline() -> None:
    clock = FakeClock()
    deadline = Deadline(1.0, Clock(now=clock.now, sleep=clock.sleep))
    policy = RetryPolicy(max_retries=5, initial_delay=0.5, jitter=0.0)
    attempts = Attempts(policy, "op", repeatable=True, deadline=deadline)
    assert attempts.wait_after(_status_error(503)) == 0.5
    clock.advance(0.5)
    failure = _status_error(503)
    with pytest.raises(APITimeoutError, match="deadline of 1 s passed after 2 attempt") as info:
        attempts.wait_after(failure)  # the next wait (1 s) would cross the deadline
    assert info.value.__cause__ is failure
    assert deadline.exhausted
    assert attempts.wait_after(_status_error(503)) is None  # and nothing is tried after it
