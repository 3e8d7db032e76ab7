"""Fixtures for the sandbox tests.

One server is shared by the whole session (stopping uvicorn takes ~0.2 s); each
test gets it reseeded, with no faults and an empty journal. Tests about rate
limits or seeds start their own :class:`Sandbox`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print how many cases schemathesis generated (they come in reports, also from xdist workers)."""
    total = 0
    tests = 0
    for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get(
        "failed", []
    ):
        for name, value in getattr(report, "user_properties", ()):
            if name == "schemathesis_cases" and report.when == "call":
                total += int(value)
                tests += 1
    if tests:
        terminalreporter.write_line(
            f"schemathesis: {total} generated cases over {tests} operations"
        )
