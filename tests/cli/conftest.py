"""One sandbox for the command-line tests; the console script runs against it in subprocesses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cli_helpers import CLI, clean_env, sandbox_env
from experiment_sandbox import Sandbox


@pytest.fixture(scope="package")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(features=230, experiences=120, seed=3, growthbook_rate_limit=None) as sb:
        yield sb


@pytest.fixture(scope="package")
def cli(sandbox: Sandbox) -> CLI:
    return CLI(clean_env(**sandbox_env(sandbox)))
