"""Fixtures for the scripts/regenerate tests (helpers live in regen_helpers.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def _generator_installed() -> None:
    pytest.importorskip("openapi_python_client", reason="scripts/regenerate needs the [dev] extras")
    if shutil.which("ruff", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("scripts/regenerate needs ruff beside the interpreter ([dev] extras)")


@pytest.fixture(autouse=True)
def _no_generation_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests test generation itself: never from the cache the other suites share."""
    monkeypatch.delenv("EXPERIMENT_CLIENTS_GENERATION_CACHE", raising=False)
