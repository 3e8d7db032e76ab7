"""Setup of the scripts/update-spec tests: scripts/ importable, the corpus and helpers beside."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT / "scripts", Path(__file__).parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import pytest  # noqa: E402
from _regen.generation import generation_cache  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _generation_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One generation per distinct input for the whole run, shared by the xdist workers."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    with generation_cache(shared / "generation-cache"):
        yield
