"""Building a GrowthBookClient: key and host from arguments or the environment, auth schemes, timeouts."""

from __future__ import annotations

import base64
from typing import Any

import experiment_clients
import httpx
import pytest
from experiment_clients import GrowthBookClient
from gb_samples import PROJECT
from growthbook_api_client.api.projects import get_project

API_KEY = "secret_test123"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("GROWTHBOOK_API_KEY", raising=False)
    monkeypatch.delenv("GROWTHBOOK_API_HOST", raising=False)
    return monkeypatch


@pytest.mark.usefixtures("clean_env")
def test_missing_key_names_both_variables() -> None:
    with pytest.raises(experiment_clients.ConfigurationError) as caught:
        GrowthBookClient()
    message = str(caught.value)
    assert "GROWTHBOOK_API_KEY" in message
    assert "GROWTHBOOK_API_HOST" in message
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, experiment_clients.APIError)


@pytest.mark.usefixtures("clean_env")
def test_empty_key_is_a_configuration_error() -> None:
    with pytest.raises(experiment_clients.ConfigurationError, match="GROWTHBOOK_API_KEY"):
        GrowthBookClient(api_key="")


def test_empty_key_in_the_environment_is_a_configuration_error(clean_env: Any) -> None:
    clean_env.setenv("GROWTHBOOK_API_KEY", "")
    with pytest.raises(experiment_clients.ConfigurationError, match="GROWTHBOOK_API_KEY"):
        GrowthBookClient()


def test_key_and_host_from_the_environment(clean_env: Any, server: Any) -> None:
    clean_env.setenv("GROWTHBOOK_API_KEY", "secret_from_env")
    clean_env.setenv("GROWTHBOOK_API_HOST", f"http://127.0.0.1:{server.port}")
    with GrowthBookClient() as client:
        assert client.base_url == f"http://127.0.0.1:{server.port}/api/v1"
        server.reply(200, {"project": PROJECT})
        response = get_project.sync_detailed("prj_19g61mlb2xrnbm", client=client.raw)
    assert response.parsed.project.id == "prj_19g61mlb2xrnbm"
    assert server.last.target == "/api/v1/projects/prj_19g61mlb2xrnbm"
    assert server.last.headers["authorization"] == "Bearer secret_from_env"


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("http://localhost:3100", "http://localhost:3100/api/v1"),
        ("http://localhost:3100/", "http://localhost:3100/api/v1"),
        (
            "https://growthbook.internal.example.com",
            "https://growthbook.internal.example.com/api/v1",
        ),
        ("http://localhost:3100/api/v1", "http://localhost:3100/api/v1"),
    ],
)
def test_base_url_is_host_plus_api_v1(clean_env: Any, host: str, expected: str) -> None:
    clean_env.setenv("GROWTHBOOK_API_HOST", host)
    with GrowthBookClient(api_key=API_KEY) as client:
        assert client.base_url == expected


@pytest.mark.usefixtures("clean_env")
def test_default_host_is_growthbook_cloud() -> None:
    with GrowthBookClient(api_key=API_KEY) as client:
        assert client.base_url == "https://api.growthbook.io/api/v1"


def test_arguments_win_over_the_environment(clean_env: Any) -> None:
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


@pytest.mark.usefixtures("clean_env")
def test_timeout_argument_is_applied() -> None:
    with GrowthBookClient(api_key=API_KEY, timeout=2.5) as client:
        assert client._http.timeout == httpx.Timeout(2.5)


def test_bearer_is_the_default_scheme(server: Any, gb: Any) -> None:
    server.reply(200, {"project": PROJECT})
    get_project.sync_detailed("prj_19g61mlb2xrnbm", client=gb.raw)
    assert server.last.headers["authorization"] == "Bearer secret_test123"


def test_basic_auth_sends_the_key_as_user_with_empty_password(server: Any) -> None:
    with GrowthBookClient(api_key=API_KEY, base_url=server.base_url, auth_scheme="basic") as client:
        server.reply(200, {"project": PROJECT})
        response = get_project.sync_detailed("prj_19g61mlb2xrnbm", client=client.raw)
    expected = "Basic " + base64.b64encode(b"secret_test123:").decode()
    assert expected == "Basic c2VjcmV0X3Rlc3QxMjM6"
    assert server.last.headers["authorization"] == expected
    assert response.parsed.project.name == "Checkout"


@pytest.mark.usefixtures("clean_env")
def test_unknown_auth_scheme_is_a_configuration_error() -> None:
    with pytest.raises(experiment_clients.ConfigurationError, match="bearer"):
        GrowthBookClient(api_key=API_KEY, auth_scheme="digest")


@pytest.mark.parametrize("host", ["localhost:3100", "ftp://growthbook.example.com"])
def test_malformed_host_in_the_environment_names_the_variable(clean_env: Any, host: str) -> None:
    clean_env.setenv("GROWTHBOOK_API_HOST", host)
    with pytest.raises(experiment_clients.ConfigurationError, match="GROWTHBOOK_API_HOST"):
        GrowthBookClient(api_key=API_KEY)
