"""Running scripts/update-spec in a throw-away copy of the repository."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "growthbook_api_client"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def copy_repo(dest: Path, with_facade: bool = False) -> Path:
    """What update-spec reads and writes: scripts, specs, config, templates, the package (and
    the facade, whose import update-spec checks when it is there, with docs/, whose
    operations.md it then rewrites)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    facade = ["facade", "docs"] if with_facade else []
    for part in ("scripts", "specs", "config", "templates", *facade):
        shutil.copytree(REPO / part, dest / part, ignore=ignore)
    # The facade (and docs/operations.md) need every generated package; the rest only ours.
    for package in ("convert_api_client", PACKAGE) if with_facade else (PACKAGE,):
        shutil.copytree(REPO / "generated" / package, dest / "generated" / package, ignore=ignore)
    (dest / "node_modules").symlink_to(REPO / "node_modules")
    return dest


def write_doc(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, indent=1) if path.suffix == ".json" else _yaml(doc))
    return path


def _yaml(doc: dict[str, Any]) -> str:
    import yaml

    return yaml.safe_dump(doc, sort_keys=False)


def update_spec(root: Path, source: Path, service: str = "growthbook") -> Run:
    proc = subprocess.run(
        [sys.executable, str(root / "scripts" / "update-spec"), service, str(source)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def tree(path: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(path)): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
