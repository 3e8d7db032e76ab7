"""The report: summary table, machine and versions, each section's details, written as markdown."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from ._measure import Mode, Row, Section, table

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "experiment-clients",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "attrs",
    "python-dateutil",
    "tenacity",
    "pyrate-limiter",
    "uvicorn",
    "starlette",
    "openapi-python-client",
    "ruff",
    "pyinstrument",
)
FINDINGS = Path(__file__).with_name("FINDINGS.md")


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _git() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "facade", "generated", "templates", "specs"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}" + (
        " with uncommitted changes in facade/generated/templates/specs" if dirty else ""
    )


def environment() -> dict[str, Any]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return {
        "cpu": _cpu(),
        "cores": os.cpu_count(),
        "memory": _memory(),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": versions,
        "commit": _git(),
        "load": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def _met(row: Row) -> str:
    met = row.met
    return "—" if met is None else ("yes" if met else "**no**")


def _ratio(row: Row) -> str:
    if row.ratio_text is not None:
        return row.ratio_text
    return "—" if row.ratio is None else f"{row.ratio:.2f}x"


def render(
    sections: list[Section],
    env: dict[str, Any],
    *,
    command: str,
    mode: Mode,
    started: dt.datetime,
    seconds: float,
    load_after: Any,
) -> str:
    rows = [row for s in sections for row in s.rows]
    missed = [row for row in rows if row.met is False]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{command}` on {started:%Y-%m-%d %H:%M} UTC in {seconds:.0f} s"
        + {
            Mode.FULL: "",
            Mode.QUICK: " (**quick mode**: reduced sizes and rounds; its figures are rough)",
            Mode.SMOKE: " (**smoke mode**: each section once at tiny sizes; its figures mean nothing)",
        }[mode]
        + ". Do not edit by hand: run the command again. What the client costs, measured "
        "against plain httpx (or the bare operation) in the same run.",
        "",
        "How to run, from the repository root with the dev install (`pip install -e '.[dev]'`): "
        "`python -m benchmarks` (all six sections, a few minutes; writes this file), "
        "`python -m benchmarks --quick` (rough figures, well under a minute), `--smoke` (a "
        "seconds-long check of the harness), `--only 1,2` for some sections, `--output PATH` / `--json PATH` to write elsewhere. "
        "`tests/benchmarks/test_benchmarks_smoke.py` runs the smoke mode; no test asserts a timing.",
        "",
        *table(
            ["metric", "subject", "baseline", "ratio", "target", "met?"],
            [
                [
                    r.metric,
                    r.subject,
                    r.baseline,
                    _ratio(r),
                    str(r.target) if r.target else "—",
                    _met(r),
                ]
                for r in rows
            ],
        ),
        "",
        f"{sum(1 for r in rows if r.met)} targets met, {len(missed)} missed; rows without a "
        "target are for scale (noise floor, related figures).",
        "",
    ]
    skipped = [s for s in sections if s.skipped]
    for s in skipped:
        lines.append(f"- Section {s.number} ({s.title}) not measured: {s.skipped}")
    if skipped:
        lines.append("")
    load = env["load"]
    lines += [
        "## Machine, versions, command",
        "",
        f"- command: `{command}` (from the repository root, in the project's virtualenv)",
        f"- machine: {env['cpu']}, {env['cores']} cores, {env['memory']}; {env['os']}",
        f"- load average (1, 5, 15 min) at start: {_load(load)}; at end: {_load(load_after)} "
        "(other work on the machine shows up as noise: see the A/A rows)",
        f"- Python: {env['python']}",
        f"- commit: {env['commit']}",
        "- packages: " + ", ".join(f"{k} {v}" for k, v in env["packages"].items()),
        "",
    ]
    for s in sections:
        lines += [f"## {s.number}. {s.title}", ""]
        if s.skipped:
            lines += [f"Not measured: {s.skipped}", ""]
            continue
        lines += [*s.body, "", f"Section run time: {s.seconds:.0f} s.", ""]
    if FINDINGS.exists():
        lines += [
            "## Profiling notes",
            "",
            "From `benchmarks/FINDINGS.md` (written by hand from profiling sessions; the figures "
            "above are this run's).",
            "",
            *FINDINGS.read_text().strip().splitlines()[1:],
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def _load(load: Any) -> str:
    return "unknown" if not load else ", ".join(f"{x:.2f}" for x in load)


def as_json(sections: list[Section], env: dict[str, Any]) -> str:
    return json.dumps(
        {
            "environment": env,
            "sections": [
                {
                    "number": s.number,
                    "title": s.title,
                    "skipped": s.skipped,
                    "seconds": s.seconds,
                    "rows": [
                        {
                            "metric": r.metric,
                            "subject": r.subject,
                            "baseline": r.baseline,
                            "ratio": r.ratio,
                            "target": str(r.target) if r.target else None,
                            "met": r.met,
                        }
                        for r in s.rows
                    ],
                }
                for s in sections
            ],
            "python": sys.version,
        },
        indent=2,
    )
