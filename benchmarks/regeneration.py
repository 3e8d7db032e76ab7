"""6. Regeneration: seconds for ``scripts/regenerate`` on each spec.

``scripts/regenerate --check SERVICE`` runs the whole generation (the pinned
openapi-python-client and ruff, in a temporary folder) and then compares the
result with ``generated/`` instead of copying it over, so timing it leaves the
working tree untouched. Its exit status only says whether ``generated/`` is
current; the time is the same either way.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from ._measure import Mode, Row, Section, table

ROOT = Path(__file__).resolve().parent.parent
SPECS = {"growthbook": "specs/growthbook.yaml", "convert": "specs/convert.yaml"}


def _operations(spec: Path) -> int:
    return sum(
        1 for line in spec.read_text().splitlines() if line.strip().startswith("operationId:")
    )


def run(mode: Mode) -> Section:
    section = Section(6, "Regeneration")
    if mode is not Mode.FULL:
        section.skipped = f"not run in --{mode.value} (it takes several seconds per spec)"
        return section
    runs = 2
    rows = []
    total = 0.0
    for service, spec in SPECS.items():
        times = []
        status = 0
        for _ in range(runs):
            start = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "regenerate"), "--check", service],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            times.append(time.perf_counter() - start)
            status = proc.returncode
            if proc.returncode not in (0, 1):
                raise RuntimeError(
                    f"scripts/regenerate {service} failed:\n{proc.stdout}{proc.stderr}"
                )
        seconds = statistics.median(times)
        total += seconds
        spec_path = ROOT / spec
        state = "up to date" if status == 0 else "differs from the spec (work in progress)"
        rows.append(
            [
                service,
                f"{_operations(spec_path)}",
                f"{spec_path.stat().st_size / 1e3:,.0f} KB",
                f"{seconds:.1f} s",
                state,
            ]
        )
        section.rows.append(Row(f"6. regeneration: {service}", f"{seconds:.1f} s", "—", None))
    section.rows.append(Row("6. regeneration: both specs", f"{total:.1f} s", "—", None))
    section.body += [
        f"`scripts/regenerate --check SERVICE`, median of {runs} runs per spec: the full "
        "generation with the pinned openapi-python-client and ruff in a temporary folder, then "
        "a comparison with `generated/` (nothing is written to the working tree).",
        "",
        *table(["spec", "operations", "spec size", "seconds", "generated/ after the run"], rows),
    ]
    return section
