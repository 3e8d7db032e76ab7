"""``python -m benchmarks``: run every benchmark and write docs/benchmarks.md.

    python -m benchmarks                 full run (a few minutes), writes docs/benchmarks.md
    python -m benchmarks --quick         rough run (well under a minute), reduced sizes
    python -m benchmarks --smoke         harness check (seconds): each section once, tiny sizes
    python -m benchmarks --only 1,2      some sections only
    python -m benchmarks --output PATH   write the report elsewhere (--json PATH: raw results)

The exit status is 0 when every section ran, whatever the figures; 1 if one failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import (
    _remote_sandbox,
    _report,
    imports,
    overhead,
    pagination,
    ratelimit,
    regeneration,
    signing,
)
from ._measure import Mode, Section

ROOT = Path(__file__).resolve().parent.parent
SECTIONS: dict[int, tuple[str, Callable[[Mode], Section], bool]] = {
    1: ("Per-call overhead", overhead.run, False),
    2: ("HMAC signing", signing.run, False),
    3: ("Import time", imports.run, False),
    4: ("Pagination", pagination.run, True),
    5: ("Rate-limit pacing", ratelimit.run, True),
    6: ("Regeneration", regeneration.run, False),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument("--quick", action="store_true", help="rough run: reduced sizes and rounds")
    modes.add_argument(
        "--smoke",
        action="store_true",
        help="harness check: every section once at tiny sizes (its figures mean nothing)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=ROOT / "docs" / "benchmarks.md",
        help="where to write the markdown report (default: docs/benchmarks.md)",
    )
    parser.add_argument("--json", type=Path, help="also write the raw results as JSON here")
    parser.add_argument("--only", help="comma-separated section numbers, e.g. 1,2")
    args = parser.parse_args(argv)
    mode = Mode.SMOKE if args.smoke else Mode.QUICK if args.quick else Mode.FULL
    chosen = sorted(SECTIONS)
    if args.only:
        try:
            chosen = sorted({int(x) for x in args.only.split(",")})
        except ValueError:
            parser.error("--only takes section numbers such as 1,2,4")
        if not set(chosen) <= SECTIONS.keys():
            parser.error(f"--only: sections are {', '.join(map(str, SECTIONS))}")
    command = "python -m benchmarks" + "".join(
        f" {a}" for a in (argv if argv is not None else sys.argv[1:])
    )
    env = _report.environment()
    started = dt.datetime.now(dt.UTC)
    began = time.perf_counter()
    sandbox_problem = _remote_sandbox.available()
    sections: list[Section] = []
    failed = False
    for number in chosen:
        title, fn, needs_sandbox = SECTIONS[number]
        print(f"[{time.perf_counter() - began:6.1f}s] {number}. {title} ...", flush=True)
        t0 = time.perf_counter()
        if needs_sandbox and sandbox_problem:
            section = Section(
                number, title, skipped=f"the sandbox is not available ({sandbox_problem})"
            )
        else:
            try:
                section = fn(mode)
            except Exception as exc:
                traceback.print_exc()
                failed = True
                section = Section(number, title, skipped=f"failed: {type(exc).__name__}: {exc}")
        section.seconds = time.perf_counter() - t0
        sections.append(section)
        for row in section.rows:
            verdict = {True: "met", False: "MISSED", None: ""}[row.met]
            ratio = row.ratio_text or (f"{row.ratio:.2f}x" if row.ratio is not None else "")
            print(f"    {row.metric}: {row.subject} vs {row.baseline} -> {ratio} {verdict}")
    seconds = time.perf_counter() - began
    text = _report.render(
        sections,
        env,
        command=command,
        mode=mode,
        started=started,
        seconds=seconds,
        load_after=os.getloadavg() if hasattr(os, "getloadavg") else None,
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    if args.json:
        args.json.write_text(_report.as_json(sections, env))
    print(f"[{seconds:6.1f}s] report written to {args.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
