"""Setup shared by the scripts/contract_diff tests.

The logic lives in scripts/_contract (an importable package beside the script); the spec-level
engine is Optic from the repository's node_modules, installed by `npm ci`. A test that needs it
takes the ``optic_engine`` fixture, which fails (never skips) with the command to run when the
engine is missing: a contract check that silently does not run is worse than a red test.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from _contract.spec_level import engine_session  # noqa: E402
from _regen.generation import generation_cache  # noqa: E402


@pytest.fixture(scope="session")
def optic_engine() -> Iterator[None]:
    if shutil.which("node") is None:
        pytest.fail(
            "Node.js is not on PATH: install Node 20 to run the contract_diff tests", pytrace=False
        )
    if not (ROOT / "node_modules" / "@useoptic" / "standard-rulesets").is_dir():
        pytest.fail(
            "the Optic engine is not installed: run `npm ci --ignore-scripts` at the repository "
            "root (versions pinned in package-lock.json)",
            pytrace=False,
        )
    # One Node process for every in-process comparison of the run (Optic loads in ~0.8 s).
    with engine_session():
        yield


@pytest.fixture(scope="session", autouse=True)
def _generation_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One generation per distinct input for the whole run, shared by the xdist workers."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    with generation_cache(shared / "generation-cache"):
        yield
