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
from _regen.generation import CACHE_VARIABLE, SERVICES, keep  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _generation_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One generation per distinct input for the whole run, shared by the xdist workers, and the
    checked-in generated/ taken as the output of today's specs (scripts/regenerate --check and
    its tests prove them equal)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    before = os.environ.get(CACHE_VARIABLE)
    os.environ[CACHE_VARIABLE] = str(shared / "generation-cache")
    for service, package in SERVICES.items():
        keep(service, ROOT / "generated" / package)
    yield
    if before is None:
        os.environ.pop(CACHE_VARIABLE, None)
    else:
        os.environ[CACHE_VARIABLE] = before
