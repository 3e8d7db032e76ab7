"""The benchmark runs end to end (``python -m benchmarks --quick``) and writes its report.

No timing is asserted: the figures depend on the machine. This only proves the
command works, so docs/benchmarks.md can always be regenerated.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)
def test_quick_benchmark_completes_and_writes_its_report(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    raw = tmp_path / "benchmarks.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--quick",
            "--output",
            str(report),
            "--json",
            str(raw),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr

    text = report.read_text()
    assert text.startswith("# Benchmarks")
    assert "| metric | subject | baseline | ratio | target | met? |" in text
    assert "python -m benchmarks --quick" in text
    for heading in (
        "## Machine, versions, command",
        "## 1. Per-call overhead",
        "## 6. Regeneration",
    ):
        assert heading in text

    results = json.loads(raw.read_text())
    sections = {s["number"]: s for s in results["sections"]}
    assert sorted(sections) == [1, 2, 3, 4, 5, 6]
    for number in (1, 2, 3):
        assert sections[number]["rows"], f"section {number} produced no figures"
    for section in sections.values():
        assert not (section["skipped"] or "").startswith("failed"), section
        assert section["rows"] or section["skipped"], section
