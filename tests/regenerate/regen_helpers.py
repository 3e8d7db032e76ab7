"""Run scripts/regenerate on throw-away copies of the repository's generation inputs.

Each run happens in its own copy under tmp_path, so the real generated/ is never
touched. Only the GrowthBook service is generated (about a second per run);
the runs a module needs are started together and run side by side.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SERVICE = "growthbook"
PACKAGE = "growthbook_api_client"
# What scripts/regenerate reads: the generation inputs, and the facade, docs/ and both generated
# packages for docs/operations.md (written from the operation index at every run).
INPUTS = ("specs", "config", "templates", "scripts", "facade", "docs", "generated")


@dataclass
class Run:
    root: Path
    returncode: int
    output: str

    @property
    def package(self) -> Path:
        return self.root / "generated" / PACKAGE


def copy_repo(dest: Path) -> Path:
    """Copy what regeneration needs into ``dest``."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for part in INPUTS:
        shutil.copytree(REPO / part, dest / part, ignore=ignore)
    return dest


def tree(path: Path) -> dict[str, bytes]:
    """Every file below ``path`` (no bytecode), by relative name."""
    return {
        str(p.relative_to(path)): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def start(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(root / "scripts" / "regenerate"), *args],
        cwd=root,
        # These tests test generation itself: never from the cache other suites share.
        env={k: v for k, v in os.environ.items() if k != "EXPERIMENT_CLIENTS_GENERATION_CACHE"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def run_all(jobs: dict[str, tuple[Path, list[str]]], timeout: float = 120) -> dict[str, Run]:
    """Start every job at once, then wait for all of them."""
    procs = {name: (root, start(root, *args)) for name, (root, args) in jobs.items()}
    runs = {}
    for name, (root, proc) in procs.items():
        output, _ = proc.communicate(timeout=timeout)
        runs[name] = Run(root, proc.returncode, output)
    return runs
