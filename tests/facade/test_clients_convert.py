"""convert.py: configuration, defaults, the httpx plumbing, the experience helpers, any operation."""

from __future__ import annotations

import asyncio
import json
from typing import Any, TypeVar

import convert_api_client
import httpx
import pytest
from convert_api_client.api.accounts import get_account_details
from convert_api_client.api.audiences import get_audience, get_audiences_list
from convert_api_client.api.experiences import get_experiences_list
from convert_api_client.api.goals import get_goal, get_goals_list
from convert_api_client.models import Experience, GetGoalsListRequest
from convert_api_client.models.experience_statuses import ExperienceStatuses
from experiment_clients import (
    AsyncConvertClient,
    ConfigurationError,
    ConvertClient,
    ConvertHmacAuth,
    ConvertSecretKeyAuth,
    InvalidArgumentError,
    NotFoundError,
)
from experiment_sandbox import DemoCredentials, Sandbox
from facade_helpers import (
    AsyncCountingTransport,
    CountingTransport,
    entries,
    make_async_convert,
    make_convert,
    project_items,
)

ENV = (
    "CONVERT_APPLICATION_ID",
    "CONVERT_SECRET_KEY",
    "CONVERT_API_KEY_ID",
    "CONVERT_API_KEY_SECRET",
    "CONVERT_ACCOUNT_ID",
    "CONVERT_PROJECT_ID",
    "CONVERT_API_BASE_URL",
)
T = TypeVar("T")


def _present(value: T | None) -> T:
    """A field the generated model types optional but this answer must carry."""
    assert value is not None
    return value


NEW: dict[str, Any] = {
    "name": "Green button",
    "type": "a/b",
    "status": "draft",
    "url": "https://shop.example/cart",
}


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _project_path(creds: DemoCredentials, rest: str = "") -> str:
    return (
        f"/convert/api/v2/accounts/{creds.convert_account_id}"
        f"/projects/{creds.convert_project_id}{rest}"
    )


# ------------------------------------------------------------------- configuration


@pytest.mark.parametrize("kind", ["signing", "secret key"])
def test_configured_from_the_environment(
    clean_env: pytest.MonkeyPatch, sandbox: Sandbox, creds: DemoCredentials, kind: str
) -> None:
    if kind == "signing":
        clean_env.setenv("CONVERT_APPLICATION_ID", creds.convert_application_id)
        clean_env.setenv("CONVERT_SECRET_KEY", creds.convert_secret_key)
    else:
        clean_env.setenv("CONVERT_API_KEY_ID", creds.convert_api_key_id)
        clean_env.setenv("CONVERT_API_KEY_SECRET", creds.convert_api_key_secret)
    clean_env.setenv("CONVERT_ACCOUNT_ID", str(creds.convert_account_id))
    clean_env.setenv("CONVERT_PROJECT_ID", str(creds.convert_project_id))
    clean_env.setenv("CONVERT_API_BASE_URL", sandbox.convert_url)
    with ConvertClient() as cv:
        assert isinstance(cv._auth, ConvertHmacAuth if kind == "signing" else ConvertSecretKeyAuth)
        assert (cv.account_id, cv.project_id) == (
            creds.convert_account_id,
            creds.convert_project_id,
        )
        assert cv.base_url == sandbox.convert_url
        assert len(list(cv.experiences.list())) == 120
    assert {e.status for e in sandbox.journal} == {200}
    assert all(e.path == _project_path(creds, "/experiences") for e in sandbox.journal)


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ("CONVERT_APPLICATION_ID", "CONVERT_SECRET_KEY"),
        ("CONVERT_SECRET_KEY", "CONVERT_APPLICATION_ID"),
        ("CONVERT_API_KEY_ID", "CONVERT_API_KEY_SECRET"),
        ("CONVERT_API_KEY_SECRET", "CONVERT_API_KEY_ID"),
    ],
)
def test_half_configured_pairs_name_the_missing_variable(
    clean_env: pytest.MonkeyPatch, given: str, missing: str
) -> None:
    clean_env.setenv(given, "value")
    with pytest.raises(ConfigurationError, match=missing):
        ConvertClient()


def test_missing_or_conflicting_credentials(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError) as info:
        ConvertClient()
    for name in (
        "CONVERT_APPLICATION_ID",
        "CONVERT_SECRET_KEY",
        "CONVERT_API_KEY_ID",
        "CONVERT_API_KEY_SECRET",
    ):
        assert name in str(info.value)
    with pytest.raises(ConfigurationError, match="not both"):
        ConvertClient("app", "secret", key_id="k", key_secret="s")
    with pytest.raises(ConfigurationError, match="CONVERT_SECRET_KEY"):
        ConvertClient(application_id="app")
    with pytest.raises(ConfigurationError, match="CONVERT_API_KEY_ID"):
        ConvertClient(key_secret="s")


@pytest.mark.parametrize(
    ("name", "value"),
    [("CONVERT_ACCOUNT_ID", "abc"), ("CONVERT_PROJECT_ID", "-4"), ("CONVERT_PROJECT_ID", "1.5")],
)
def test_malformed_ids_in_the_environment(
    clean_env: pytest.MonkeyPatch, name: str, value: str
) -> None:
    clean_env.setenv(name, value)
    with pytest.raises(ConfigurationError, match=name):
        ConvertClient(key_id="k", key_secret="s")


@pytest.mark.parametrize("value", ["0", "²"])
def test_ids_from_the_environment_are_checked_like_arguments(
    clean_env: pytest.MonkeyPatch, value: str
) -> None:
    clean_env.setenv("CONVERT_ACCOUNT_ID", value)
    with pytest.raises(ConfigurationError, match="CONVERT_ACCOUNT_ID"):
        ConvertClient(key_id="k", key_secret="s")


def test_bad_id_arguments_and_base_url(clean_env: pytest.MonkeyPatch) -> None:
    for kwargs in ({"account_id": 0}, {"project_id": "2"}, {"account_id": True}):
        with pytest.raises(InvalidArgumentError):
            ConvertClient(key_id="k", key_secret="s", **kwargs)
    clean_env.setenv("CONVERT_API_BASE_URL", "api.convert.com/api/v2")
    with pytest.raises(ConfigurationError, match="CONVERT_API_BASE_URL"):
        ConvertClient(key_id="k", key_secret="s")


# ------------------------------------------------------------------ account/project defaults


def test_defaults_fill_any_operation_that_takes_them(
    convert: ConvertClient, sandbox: Sandbox, creds: DemoCredentials
) -> None:
    goals = convert.call(get_goals_list, body={})
    audience_id = next(iter(project_items(sandbox, "audiences")))
    audience = convert.call(get_audience, audience_id=audience_id)
    account = convert.call(get_account_details)
    assert len(goals.data) == 30
    assert audience.id == audience_id
    assert account.data.id == creds.convert_account_id
    paths = [e.path for e in sandbox.journal]
    assert paths == [
        _project_path(creds, "/goals"),
        _project_path(creds, f"/audiences/{audience_id}"),
        f"/convert/api/v2/accounts/{creds.convert_account_id}/details",
    ]


def test_an_explicit_id_wins_over_the_default(
    convert: ConvertClient, sandbox: Sandbox, creds: DemoCredentials
) -> None:
    other_project = next(p for p in sandbox.convert.state.projects if p != creds.convert_project_id)
    convert.call(get_experiences_list, project_id=other_project, body={})
    convert.experiences.list(project_id=other_project, max_items=1).__iter__().__next__()
    assert all(e.path.endswith(f"/projects/{other_project}/experiences") for e in sandbox.journal)


def test_without_defaults_the_ids_are_required(sandbox: Sandbox) -> None:
    with make_convert(sandbox, account_id=None, project_id=None) as cv:
        assert (cv.account_id, cv.project_id) == (None, None)
        with pytest.raises(InvalidArgumentError, match="'account_id', 'project_id'"):
            cv.call(get_goals_list, body={})
        with pytest.raises(InvalidArgumentError, match="CONVERT_ACCOUNT_ID"):
            cv.experiences.list()
        assert cv.call(get_goals_list, account_id=sandbox.credentials.convert_account_id,
                       project_id=sandbox.credentials.convert_project_id, body={}).data  # fmt: skip
    assert len(sandbox.journal) == 1


# ------------------------------------------------------------------ httpx plumbing


def test_the_context_manager_closes_the_pool(sandbox: Sandbox) -> None:
    with make_convert(sandbox) as cv:
        cv.call(get_goals_list, body={})
        assert not cv._http.is_closed
    assert cv._http.is_closed

    async def run() -> AsyncConvertClient:
        async with make_async_convert(sandbox) as acv:
            await acv.call(get_goals_list, body={})
            assert not acv._http.is_closed
        return acv

    assert asyncio.run(run())._http.is_closed


def test_user_transport_and_event_hooks_pass_through(sandbox: Sandbox) -> None:
    transport = CountingTransport()
    seen: list[str] = []
    hooks = {
        "request": [lambda r: seen.append(f"request {r.method} {r.url.path}")],
        "response": [lambda r: seen.append(f"response {r.status_code}")],
    }
    with make_convert(sandbox, transport=transport, event_hooks=hooks) as cv:
        cv.call(get_goals_list, body={})
    path = _project_path(sandbox.credentials, "/goals")
    assert seen == [f"request POST {path}", "response 200"]
    assert len(transport.requests) == 1
    assert transport.requests[0].headers["Convert-Application-ID"]  # signed before the transport
    assert len(sandbox.journal) == 1


def test_async_user_transport_and_event_hooks_pass_through(sandbox: Sandbox) -> None:
    transport = AsyncCountingTransport()
    seen: list[int] = []

    async def on_response(response: httpx.Response) -> None:
        seen.append(response.status_code)

    async def run() -> None:
        async with make_async_convert(
            sandbox, transport=transport, event_hooks={"response": [on_response]}
        ) as cv:
            await cv.call(get_goals_list, body={})

    asyncio.run(run())
    assert seen == [200]
    assert len(transport.requests) == 1


def test_raw_is_the_configured_generated_client(convert: ConvertClient, sandbox: Sandbox) -> None:
    raw = convert.raw
    assert isinstance(raw, convert_api_client.Client)
    assert raw.get_httpx_client() is convert._http
    creds = sandbox.credentials
    response = get_goals_list.sync_detailed(
        creds.convert_account_id, creds.convert_project_id, client=raw, body=GetGoalsListRequest()
    )
    assert response.status_code == 200  # signed by the client's auth
    (entry,) = sandbox.journal
    assert entry.headers["convert-application-id"] == creds.convert_application_id


def test_async_raw_is_the_configured_generated_client(sandbox: Sandbox) -> None:
    async def run() -> int:
        async with make_async_convert(sandbox) as cv:
            assert cv.raw.get_async_httpx_client() is cv._http
            creds = sandbox.credentials
            response = await get_goals_list.asyncio_detailed(
                creds.convert_account_id, creds.convert_project_id, client=cv.raw,
                body=GetGoalsListRequest(),
            )  # fmt: skip
            return int(response.status_code)

    assert asyncio.run(run()) == 200


# ------------------------------------------------------------------ the experience helpers


def test_experience_helpers(convert: ConvertClient, sandbox: Sandbox) -> None:
    seeded = dict(project_items(sandbox, "experiences"))
    active = sorted((i for i, e in seeded.items() if e["status"] == "active"), reverse=True)
    listed = list(convert.experiences.list(status=["active"]))
    assert [e.id for e in listed] == active
    assert all(isinstance(e, Experience) and e.status == ExperienceStatuses.ACTIVE for e in listed)
    by_name = [
        _present(e.name)
        for e in convert.experiences.list(sort_by="name", sort_direction="asc", max_items=20)
    ]
    assert by_name == sorted(by_name, key=str.lower)

    first_id, first_key = _present(listed[0].id), _present(listed[0].key)
    assert convert.experiences.get(first_id).key == first_key
    assert convert.experiences.get(first_key).id == first_id
    assert convert.experiences.get(first_id, include=["variations"]).variations
    with pytest.raises(NotFoundError):
        convert.experiences.get("no-such-key")

    created = convert.experiences.create(**NEW)
    created_id = _present(created.id)
    assert created_id not in seeded
    assert (created.name, created.status) == ("Green button", ExperienceStatuses.DRAFT)
    updated = convert.experiences.update(created, name="Green button v2")
    assert updated.name == "Green button v2"
    assert convert.experiences.get(created_id).name == "Green button v2"  # persisted
    started = convert.experiences.set_status(created_id, "active")
    assert started.status == ExperienceStatuses.ACTIVE
    assert convert.experiences.get(created_id).status == ExperienceStatuses.ACTIVE

    create_entry = entries(sandbox, "createExperience")[0]
    assert json.loads(create_entry.body) == NEW
    update_entries = entries(sandbox, "updateExperience")
    assert [json.loads(e.body) for e in update_entries] == [
        {"name": "Green button v2"},
        {"status": "active"},
    ]


def _plain(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def test_report_helpers_return_plain_rows(convert: ConvertClient, sandbox: Sandbox) -> None:
    experience = next(
        e for e in project_items(sandbox, "experiences").values() if e["status"] == "active"
    )
    variation_ids = {v["id"] for v in experience["variations"]}
    aggregated = convert.experiences.aggregated_report(experience["id"])
    assert len(aggregated) == len(experience["goals"]) * len(variation_ids)
    assert all(type(row) is dict for row in aggregated)
    assert all(_plain(v) for row in aggregated for v in row.values())
    assert {row["variations.variation_id"] for row in aggregated} == variation_ids
    assert {row["experience_id"] for row in aggregated} == {experience["id"]}
    assert all(row["variations.visitors"] >= row["variations.conversions"] for row in aggregated)

    daily = convert.experiences.daily_report(experience["id"])
    assert len(daily) == 14 * len(variation_ids)
    assert all(type(row) is dict and all(_plain(v) for v in row.values()) for row in daily)
    assert len({row["days.date"] for row in daily}) == 14
    assert convert.experiences.daily_report(experience["id"], report_type="non_cumulative")
    assert (
        entries(sandbox, "getExperienceDailyReport")[-1].body == b'{"report_type":"non_cumulative"}'
    )


def test_async_experience_helpers(sandbox: Sandbox) -> None:
    seeded = project_items(sandbox, "experiences")

    async def run() -> None:
        async with make_async_convert(sandbox) as cv:
            listed = [e async for e in cv.experiences.list(status=["paused"], page_size=5)]
            assert [e.id for e in listed] == sorted(
                (i for i, e in seeded.items() if e["status"] == "paused"), reverse=True
            )
            one = await cv.experiences.get(_present(listed[0].key))
            assert one.id == listed[0].id
            created = await cv.experiences.create(**NEW)
            created_id = _present(created.id)
            await cv.experiences.update(created_id, name="Async v2")
            await cv.experiences.set_status(created, "active")
            again = await cv.experiences.get(created_id)
            assert (again.name, again.status) == ("Async v2", ExperienceStatuses.ACTIVE)
            rows = await cv.experiences.aggregated_report(created)
            assert all(type(r) is dict for r in rows)
            days = await cv.experiences.daily_report(created)
            assert len(days) == 14 * len(_present(created.variations))

    asyncio.run(run())


# ------------------------------------------------------------------ any operation


def test_operations_without_helpers_work_through_call_and_paginate(
    convert: ConvertClient, sandbox: Sandbox
) -> None:
    seeded_goals = project_items(sandbox, "goals")
    goals = list(convert.paginate(get_goals_list, page_size=10))
    assert sorted(g.id for g in goals) == sorted(seeded_goals)
    assert len(entries(sandbox, "getGoalsList")) == 3
    goal = convert.call(get_goal, goal_id=goals[0].id)
    assert goal.name == seeded_goals[goals[0].id]["name"]
    audiences = list(convert.paginate(get_audiences_list, page_size=5))
    assert sorted(a.id for a in audiences) == sorted(project_items(sandbox, "audiences"))
    audience = convert.call(get_audience, audience_id=audiences[-1].id)
    assert audience.name == audiences[-1].name
    with pytest.raises(NotFoundError) as info:
        convert.call(get_goal, goal_id=1)
    assert info.value.operation == "get_goal"


def test_a_list_call_without_a_body(convert: ConvertClient) -> None:
    assert len(convert.call(get_experiences_list).data) == 30
