"""Helpers of the contract_diff tests: the rule fixture and running the script."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "contract_diff"
BASE = Path(__file__).with_name("base.yaml")

Spec = dict[str, Any]


def base_spec() -> Spec:
    spec: Spec = yaml.safe_load(BASE.read_text())
    return spec


def write_pair(
    tmp: Path, edit: Callable[[Spec], object], old: Spec | None = None
) -> tuple[Path, Path]:
    """old.yaml (the base, or ``old``) and new.yaml (a copy with ``edit`` applied) in ``tmp``."""
    before = old if old is not None else base_spec()
    after = copy.deepcopy(before)
    edit(after)
    old_path, new_path = tmp / "old.yaml", tmp / "new.yaml"
    old_path.write_text(yaml.safe_dump(before, sort_keys=False))
    new_path.write_text(yaml.safe_dump(after, sort_keys=False))
    return old_path, new_path


def run_script(
    *args: str, cwd: Path = ROOT, script: Path = SCRIPT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
