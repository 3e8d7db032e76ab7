"""The benchmark harness runs end to end (``python -m benchmarks --smoke``) and writes its report.

No timing is asserted: the figures depend on the machine. The smoke mode runs every section
once at tiny sizes, so this proves in seconds that the command works and reports each
section, and docs/benchmarks.md can always be regenerated.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(120)
def test_smoke_benchmark_completes_and_writes_its_report(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    raw = tmp_path / "benchmarks.json"
    # Not under coverage's subprocess tracing: it would time the tracer (and the facade's lines
    # it runs are the facade tests' to cover).
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--smoke",
            "--output",
            str(report),
            "--json",
            str(raw),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=100,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr

    text = report.read_text()
    assert text.startswith("# Benchmarks")
    assert "| metric | subject | baseline | ratio | target | met? |" in text
    assert "python -m benchmarks --smoke" in text
    assert "**smoke mode**" in text
    for heading in (
        "## Machine, versions, command",
        "## 1. Per-call overhead",
        "## 6. Regeneration",
    ):
        assert heading in text

    results = json.loads(raw.read_text())
    sections = {s["number"]: s for s in results["sections"]}
    assert sorted(sections) == [1, 2, 3, 4, 5, 6]
    # The sandbox comes with the test extra, so the paging and pacing sections run too.
    for number in (1, 2, 3, 4, 5):
        assert sections[number]["rows"], f"section {number} produced no figures"
    assert "not run in --smoke" in sections[6]["skipped"]
    for section in sections.values():
        assert not (section["skipped"] or "").startswith("failed"), section
        assert section["rows"] or section["skipped"], section
