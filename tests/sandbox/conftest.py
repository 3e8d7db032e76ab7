"""Fixtures for the sandbox tests.

One server is shared by the whole session (stopping uvicorn takes ~0.2 s); each
test gets it reseeded, with no faults and an empty journal. Tests about rate
limits or seeds start their own :class:`Sandbox`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from experiment_sandbox import Sandbox


@pytest.fixture(scope="session")
def _shared_sandbox() -> Iterator[Sandbox]:
    with Sandbox(growthbook_rate_limit=None) as sb:
        yield sb


@pytest.fixture
def sandbox(_shared_sandbox: Sandbox) -> Sandbox:
    """A running sandbox in its seeded state (no GrowthBook rate limit)."""
    _shared_sandbox.reset()
    _shared_sandbox.clear_faults()
    _shared_sandbox.clear_journal()
    return _shared_sandbox
