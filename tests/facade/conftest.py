"""Fixtures of the facade tests.

One sandbox serves the whole session (no GrowthBook rate limit; the limiter tests
start their own). Each test gets it reseeded, with no faults and an empty journal,
and clients that retry with tiny delays and are closed afterwards. Tests that need
answers the sandbox never gives (exact bodies, odd statuses) take ``canned``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from experiment_clients import ConvertClient, GrowthBookClient
from experiment_sandbox import DemoCredentials, Sandbox
from facade_helpers import make_convert, make_growthbook
from scripted_server import CannedServer


@pytest.fixture(scope="session")
def _shared_sandbox() -> Iterator[Sandbox]:
    with Sandbox(growthbook_rate_limit=None) as sb:
        yield sb


@pytest.fixture
def sandbox(_shared_sandbox: Sandbox) -> Iterator[Sandbox]:
    """The shared sandbox in its seeded state, no faults, empty journal."""
    _shared_sandbox.reset()
    _shared_sandbox.clear_faults()
    _shared_sandbox.clear_journal()
    yield _shared_sandbox
    _shared_sandbox.clear_faults()


@pytest.fixture
def creds(sandbox: Sandbox) -> DemoCredentials:
    return sandbox.credentials


@pytest.fixture
def convert(sandbox: Sandbox) -> Iterator[ConvertClient]:
    """Convert client with request signing and the demo account/project as defaults."""
    with make_convert(sandbox) as client:
        yield client


@pytest.fixture
def convert_key(sandbox: Sandbox) -> Iterator[ConvertClient]:
    """Convert client with the secret key (Bearer KEY_ID:KEY_SECRET)."""
    with make_convert(sandbox, auth="key") as client:
        yield client


@pytest.fixture
def growthbook(sandbox: Sandbox) -> Iterator[GrowthBookClient]:
    """GrowthBook client with the admin key and no client-side pacing."""
    with make_growthbook(sandbox) as client:
        yield client


@pytest.fixture
def canned() -> Iterator[CannedServer]:
    """A server on 127.0.0.1 answering with the replies the test queues; it records requests.

    The sandbox's seeded records make good bodies. A test that has the generated models read
    its canned bodies assumes the checked-in spec's models: it carries ``spec_specific``.
    """
    server = CannedServer().start()
    try:
        yield server
    finally:
        server.stop()
