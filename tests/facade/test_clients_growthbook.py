"""growthbook.py: configuration, the httpx plumbing, the helpers, any operation; both twins."""

from __future__ import annotations

import asyncio
import base64
import copy
import json
from typing import Any

import growthbook_api_client
import httpx
import pytest
from experiment_clients import (
    APIError,
    AsyncGrowthBookClient,
    BadRequestError,
    ConfigurationError,
    GrowthBookClient,
    InvalidArgumentError,
    NotFoundError,
)
from experiment_sandbox import Sandbox
from facade_helpers import CountingTransport, entries, make_async_growthbook, make_growthbook
from growthbook_api_client.api.features import get_feature, list_features
from growthbook_api_client.api.metrics import list_metrics
from growthbook_api_client.api.projects import get_project
from growthbook_api_client.api.sdk_connections import get_sdk_connection, list_sdk_connections
from growthbook_api_client.models import ExperimentResults, Feature, GetProjectResponse
from scripted_server import CannedServer

API_KEY = "secret_test123"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("GROWTHBOOK_API_KEY", "GROWTHBOOK_API_HOST"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _started_experiment(sandbox: Sandbox) -> dict[str, Any]:
    return next(e for e in sandbox.growthbook.experiments if e["phases"])


# ------------------------------------------------------------------- configuration


def test_configured_from_the_environment(clean_env: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    clean_env.setenv("GROWTHBOOK_API_KEY", sandbox.credentials.growthbook_api_key)
    clean_env.setenv("GROWTHBOOK_API_HOST", sandbox.growthbook_url)  # a path: used as given
    with GrowthBookClient(rate_limit=None) as gb:
        assert gb.base_url == sandbox.growthbook_url
        assert len(gb.call(list_features).features) == 10
    assert [e.status for e in sandbox.journal] == [200]


def test_configuration_errors(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="GROWTHBOOK_API_KEY"):
        GrowthBookClient()
    clean_env.setenv("GROWTHBOOK_API_KEY", "secret_x")
    clean_env.setenv("GROWTHBOOK_API_HOST", "localhost:3100")
    with pytest.raises(ConfigurationError, match="GROWTHBOOK_API_HOST"):
        GrowthBookClient()
    clean_env.delenv("GROWTHBOOK_API_HOST")
    with GrowthBookClient() as gb:
        assert gb.base_url == "https://api.growthbook.io/api/v1"


@pytest.mark.usefixtures("clean_env")
def test_missing_key_names_both_variables() -> None:
    with pytest.raises(ConfigurationError) as caught:
        GrowthBookClient()
    message = str(caught.value)
    assert "GROWTHBOOK_API_KEY" in message
    assert "GROWTHBOOK_API_HOST" in message
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, APIError)


@pytest.mark.usefixtures("clean_env")
def test_empty_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="GROWTHBOOK_API_KEY"):
        GrowthBookClient(api_key="")


def test_empty_key_in_the_environment_is_a_configuration_error(
    clean_env: pytest.MonkeyPatch,
) -> None:
    clean_env.setenv("GROWTHBOOK_API_KEY", "")
    with pytest.raises(ConfigurationError, match="GROWTHBOOK_API_KEY"):
        GrowthBookClient()


@pytest.mark.spec_specific
def test_key_and_host_from_the_environment(
    clean_env: pytest.MonkeyPatch, canned: CannedServer, sandbox: Sandbox
) -> None:
    """A host without a path gets the API root appended; the key is sent as a Bearer token."""
    project = sandbox.growthbook.projects[0]  # a seeded record, as the canned answer
    clean_env.setenv("GROWTHBOOK_API_KEY", "secret_from_env")
    clean_env.setenv("GROWTHBOOK_API_HOST", canned.url)
    with GrowthBookClient() as client:
        assert client.base_url == canned.growthbook_url
        canned.reply(200, {"project": project})
        response = get_project.sync_detailed(project["id"], client=client.raw)
    assert isinstance(response.parsed, GetProjectResponse)
    assert response.parsed.project.id == project["id"]
    assert canned.last.path == f"/api/v1/projects/{project['id']}"
    assert canned.last.headers["authorization"] == "Bearer secret_from_env"


def test_arguments_win_over_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("GROWTHBOOK_API_KEY", "secret_from_env")
    clean_env.setenv("GROWTHBOOK_API_HOST", "http://env-host:3100")
    with GrowthBookClient(api_key=API_KEY, base_url="http://arg-host:3100/api/v1") as client:
        assert client.base_url == "http://arg-host:3100/api/v1"


@pytest.mark.usefixtures("clean_env")
def test_default_timeout_is_finite() -> None:
    with GrowthBookClient(api_key=API_KEY) as client:
        timeout = client._http.timeout
        assert isinstance(timeout, httpx.Timeout)
        values = [timeout.connect, timeout.read, timeout.write, timeout.pool]
        assert all(v is not None and 0 < v <= 120 for v in values), values


@pytest.mark.spec_specific
def test_bearer_is_the_default_scheme(canned: CannedServer, sandbox: Sandbox) -> None:
    project = sandbox.growthbook.projects[0]  # a seeded record, as the canned answer
    with GrowthBookClient(api_key=API_KEY, base_url=canned.growthbook_url) as client:
        canned.reply(200, {"project": project})
        get_project.sync_detailed(project["id"], client=client.raw)
    assert canned.last.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.spec_specific
def test_basic_auth_sends_the_key_as_user_with_empty_password(
    canned: CannedServer, sandbox: Sandbox
) -> None:
    project = sandbox.growthbook.projects[0]  # a seeded record, as the canned answer
    with GrowthBookClient(
        api_key=API_KEY, base_url=canned.growthbook_url, auth_scheme="basic"
    ) as client:
        canned.reply(200, {"project": project})
        response = get_project.sync_detailed(project["id"], client=client.raw)
    expected = "Basic " + base64.b64encode(b"secret_test123:").decode()
    assert expected == "Basic c2VjcmV0X3Rlc3QxMjM6"
    assert canned.last.headers["authorization"] == expected
    assert isinstance(response.parsed, GetProjectResponse)
    assert response.parsed.project.name == project["name"]


@pytest.mark.usefixtures("clean_env")
def test_unknown_auth_scheme_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="bearer"):
        GrowthBookClient(api_key=API_KEY, auth_scheme="digest")


@pytest.mark.parametrize("host", ["localhost:3100", "ftp://growthbook.example.com"])
def test_malformed_host_in_the_environment_names_the_variable(
    clean_env: pytest.MonkeyPatch, host: str
) -> None:
    clean_env.setenv("GROWTHBOOK_API_HOST", host)
    with pytest.raises(ConfigurationError, match="GROWTHBOOK_API_HOST"):
        GrowthBookClient(api_key=API_KEY)


# ------------------------------------------------------------------ httpx plumbing


def test_the_context_manager_closes_the_pool(sandbox: Sandbox) -> None:
    with make_growthbook(sandbox) as gb:
        gb.call(list_features)
    assert gb._http.is_closed

    async def run() -> AsyncGrowthBookClient:
        async with make_async_growthbook(sandbox) as agb:
            await agb.call(list_features)
        return agb

    assert asyncio.run(run())._http.is_closed


def test_user_transport_and_event_hooks_pass_through(sandbox: Sandbox) -> None:
    transport = CountingTransport()
    seen: list[str] = []
    hooks = {
        "request": [lambda r: seen.append(r.headers["Authorization"].split()[0])],
        "response": [lambda r: seen.append(str(r.status_code))],
    }
    with make_growthbook(sandbox, transport=transport, event_hooks=hooks) as gb:
        gb.feature(sandbox.growthbook.features[0]["id"])
    assert seen == ["Bearer", "200"]
    assert len(transport.requests) == 1
    assert len(sandbox.journal) == 1


def test_raw_is_the_configured_generated_client(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    assert isinstance(growthbook.raw, growthbook_api_client.Client)
    assert isinstance(growthbook._http, httpx.Client)
    assert growthbook.raw.get_httpx_client() is growthbook._http
    response = list_features.sync_detailed(client=growthbook.raw, limit=3)
    assert response.status_code == 200
    assert len(response.parsed.features) == 3  # type: ignore[union-attr]
    assert sandbox.journal[0].headers["authorization"] == "[redacted]"  # sent with the key
    assert growthbook.raw.get_httpx_client() is growthbook._http  # never replaced


# ------------------------------------------------------------------------- helpers


def test_features_of_a_project(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    project = sandbox.growthbook.projects[1]["id"]
    expected = [f["id"] for f in sandbox.growthbook.features if f["project"] == project]
    features = list(growthbook.features(project, page_size=7))
    assert [f.id for f in features] == expected
    assert all(isinstance(f, Feature) and f.project == project for f in features)
    assert len(list(growthbook.features())) == len(sandbox.growthbook.features)


@pytest.mark.spec_specific
def test_facade_call_keeps_unknown_enum_values(canned: CannedServer, sandbox: Sandbox) -> None:
    feature = copy.deepcopy(sandbox.growthbook.features[0])
    feature["valueType"] = "yaml"
    canned.reply(200, {"feature": feature})
    with GrowthBookClient(API_KEY, canned.growthbook_url, rate_limit=None, max_retries=0) as gb:
        assert gb.feature(feature["id"]).value_type == "yaml"


def test_feature_and_toggle_persist(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    feature_id = next(
        f["id"]
        for f in sandbox.growthbook.features
        if all(f["environments"][env]["enabled"] for env in ("production", "staging", "dev"))
    )
    before = growthbook.feature(feature_id)
    assert before.id == feature_id
    assert before.environments["production"].enabled is True
    toggled = growthbook.toggle_feature(
        feature_id, {"production": False, "staging": False}, reason="incident 42"
    )
    assert toggled.environments["production"].enabled is False
    again = growthbook.feature(feature_id)
    assert again.environments["production"].enabled is False
    assert again.environments["staging"].enabled is False
    assert again.environments["dev"].enabled is True
    with make_growthbook(sandbox) as other:  # another client sees the change
        assert other.feature(feature_id).environments["production"].enabled is False
    (toggle,) = entries(sandbox, "toggleFeature")
    assert json.loads(toggle.body) == {
        "environments": {"production": False, "staging": False},
        "reason": "incident 42",
    }


def test_toggle_errors(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    feature_id = sandbox.growthbook.features[0]["id"]
    with pytest.raises(BadRequestError, match="mars"):
        growthbook.toggle_feature(feature_id, {"mars": True})
    with pytest.raises(NotFoundError):
        growthbook.toggle_feature("no-such-feature", {"production": True})
    sandbox.clear_journal()
    for environments in ({}, {"production": "yes"}, ["production"]):
        with pytest.raises(InvalidArgumentError, match="environments"):
            growthbook.toggle_feature(feature_id, environments)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="feature_id"):
        growthbook.toggle_feature("", {"production": True})
    with pytest.raises(InvalidArgumentError, match="reason"):
        growthbook.toggle_feature(feature_id, {"production": True}, reason=5)  # type: ignore[arg-type]
    assert sandbox.journal == []


def test_experiment_results(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    experiment = _started_experiment(sandbox)
    results = growthbook.experiment_results(experiment["id"])
    assert isinstance(results, ExperimentResults)
    assert results.experiment_id == experiment["id"]
    assert results.phase == str(len(experiment["phases"]) - 1)
    by_browser = growthbook.experiment_results(experiment["id"], phase="0", dimension="browser")
    assert by_browser.phase == "0"
    assert len(by_browser.results) == 4
    assert entries(sandbox, "getExperimentResults")[1].query == (
        ("phase", "0"),
        ("dimension", "browser"),
    )
    with pytest.raises(InvalidArgumentError, match="experiment_id"):
        growthbook.experiment_results("")


def test_async_helpers(sandbox: Sandbox) -> None:
    feature_id = next(
        f["id"] for f in sandbox.growthbook.features if f["environments"]["dev"]["enabled"]
    )
    experiment = _started_experiment(sandbox)

    async def run() -> None:
        async with make_async_growthbook(sandbox) as gb:
            features = [f async for f in gb.features(page_size=100)]
            assert [f.id for f in features] == [f["id"] for f in sandbox.growthbook.features]
            assert (await gb.feature(feature_id)).id == feature_id
            await gb.toggle_feature(feature_id, {"dev": False})
            assert (await gb.feature(feature_id)).environments["dev"].enabled is False
            results = await gb.experiment_results(experiment["id"])
            assert results.experiment_id == experiment["id"]

    asyncio.run(run())


# ------------------------------------------------------------------ any operation


def test_operations_without_helpers_work_through_call_and_paginate(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    metrics = list(growthbook.paginate(list_metrics, page_size=10))
    assert [m.id for m in metrics] == [m["id"] for m in sandbox.growthbook.metrics]
    assert [e.query for e in entries(sandbox, "listMetrics")] == [
        (("limit", "10"), ("offset", str(offset))) for offset in (0, 10, 20)
    ]
    datasource = sandbox.growthbook.data_sources[0]["id"]
    filtered = list(growthbook.paginate(list_metrics, datasource_id=datasource, page_size=3))
    assert filtered
    assert all(m.datasource_id == datasource for m in filtered)
    connection_id = sandbox.growthbook.sdk_connections[2]["id"]
    connection = growthbook.call(get_sdk_connection, connection_id)
    assert connection.sdk_connection.id == connection_id
    assert len(growthbook.call(list_sdk_connections, limit=100).connections) == len(
        sandbox.growthbook.sdk_connections
    )
    with pytest.raises(NotFoundError) as info:
        growthbook.call(get_feature, id="nope")
    assert info.value.operation == "get_feature"


def test_async_operations_without_helpers(sandbox: Sandbox) -> None:
    async def run() -> tuple[int, str]:
        async with make_async_growthbook(sandbox) as gb:
            metrics = [m async for m in gb.paginate(list_metrics, page_size=10)]
            connection = await gb.call(
                get_sdk_connection, id=sandbox.growthbook.sdk_connections[0]["id"]
            )
            return len(metrics), connection.sdk_connection.id

    assert asyncio.run(run()) == (
        len(sandbox.growthbook.metrics),
        sandbox.growthbook.sdk_connections[0]["id"],
    )


def test_a_typed_call_through_operation(growthbook: GrowthBookClient, sandbox: Sandbox) -> None:
    from growthbook_api_client.models import ListFeaturesResponse

    page = growthbook.call(list_features.operation, limit=5, offset=5)
    assert isinstance(page, ListFeaturesResponse)
    assert len(page.features) == 5
    assert page.offset == 5
    (entry,) = [e for e in sandbox.journal if e.operation == "listFeatures"]
    assert dict(entry.query) == {"limit": "5", "offset": "5"}
    with pytest.raises(TypeError, match="through a client"):
        list_features.operation(limit=5)  # the signature itself is not callable on its own


def test_a_typed_call_through_operation_async(sandbox: Sandbox) -> None:
    feature_id = sandbox.growthbook.features[0]["id"]

    async def run() -> str:
        async with make_async_growthbook(sandbox) as gb:
            found = await gb.call(get_feature.operation, feature_id)
            return str(found.feature.id)

    assert asyncio.run(run()) == feature_id
