"""One sandbox for the command-line tests, and two ways to run the command line against it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cli_helpers import CLI, InProcess, clean_env, sandbox_env
from experiment_sandbox import Sandbox


@pytest.fixture(scope="package")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(features=230, experiences=120, seed=3, growthbook_rate_limit=None) as sb:
        yield sb


@pytest.fixture(scope="package")
def cli(sandbox: Sandbox) -> CLI:
    """The console script in a subprocess, with the sandbox's ``export`` lines applied."""
    return CLI(clean_env(**sandbox_env(sandbox)))


@pytest.fixture(scope="package")
def run(sandbox: Sandbox) -> InProcess:
    """The same command line in this process (for checks a subprocess adds nothing to)."""
    return InProcess(clean_env(**sandbox_env(sandbox)))
