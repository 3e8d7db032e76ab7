"""Fixtures of the Convert spec tests: the parsed spec, the local server and clients of it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import convert_api_client
import pytest
import yaml
from convert_support import SPEC, FakeConvert, serve


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.load(handle, Loader=loader)
    return loaded


@pytest.fixture(scope="session")
def _server() -> Iterator[FakeConvert]:
    with serve() as state:
        yield state


@pytest.fixture
def server(_server: FakeConvert) -> FakeConvert:
    _server.reset()
    return _server


@pytest.fixture
def client(server: FakeConvert) -> Iterator[convert_api_client.Client]:
    with convert_api_client.Client(base_url=server.url, raise_on_unexpected_status=True) as c:
        yield c


@pytest.fixture
def authenticated_client(server: FakeConvert) -> Iterator[convert_api_client.AuthenticatedClient]:
    """For the operations whose own `security` (the cookie session) makes the generator ask for it."""
    with convert_api_client.AuthenticatedClient(
        base_url=server.url, token="session-token", raise_on_unexpected_status=True
    ) as c:
        yield c
