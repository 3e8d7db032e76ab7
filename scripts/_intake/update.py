"""scripts/update-spec SERVICE FILE: take a vendor's OpenAPI document into the repository.

    scripts/update-spec growthbook ~/Downloads/openapi.yaml

1. applies the service's repairs (specs/overlays/SERVICE.yaml, then the normalization pass) and
   validates the result with openapi-spec-validator;
2. regenerates the service's package (zero generator warnings, every operation generated);
3. writes specs/SERVICE.yaml and generated/PACKAGE;
4. runs the contract diff of the old specs/SERVICE.yaml against the new one (the same repairs
   applied to both sides) and prints its Markdown report;
5. prints a summary: operations before/after, added/removed, each repair with its count, time.

Exit status: 0 nothing breaks; 1 the contract diff reports a break, or the facade no longer
imports with the new package (the files are written all the same: the maintainer decides); 2 the document cannot be taken (the reason and the rule that failed
are printed; nothing is written).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from _regen import ROOT, SERVICES, GenerationError, check_generator_version, generate

from . import take
from .walk import Repair, RepairError

EXIT_OK, EXIT_BREAKING, EXIT_REFUSED = 0, 1, 2


@dataclass
class Outcome:
    """What one run did; the summary is printed from it."""

    service: str
    before: dict[str, str] = field(default_factory=dict)
    after: dict[str, str] = field(default_factory=dict)
    repairs: list[Repair] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    breaking: bool = False
    report: str = ""
    facade: str = ""
    operations_doc: str = ""


class Refused(Exception):
    """The document cannot be taken; ``rule`` names what failed."""

    def __init__(self, rule: str, reason: str) -> None:
        super().__init__(reason)
        self.rule = rule


def generated_operations(package_dir: Path) -> int:
    """How many endpoint modules the generator wrote (one per operation)."""
    return sum(1 for p in (package_dir / "api").rglob("*.py") if p.name != "__init__.py")


def _generate_checked(service: str, spec: Path, dest: Path, expected: int, root: Path) -> Path:
    try:
        package = generate(service, dest, spec=spec, root=root)
    except GenerationError as exc:
        raise Refused("openapi-python-client", str(exc)) from None
    made = generated_operations(package)
    if made != expected:
        raise Refused(
            "every operation generated",
            f"the document has {expected} operations but {made} were generated",
        )
    return package


def run(service: str, source: Path, root: Path = ROOT, diff: bool = True) -> Outcome:
    """Take ``source`` as ``service``'s spec in the repository at ``root``; raise Refused."""
    outcome = Outcome(service)
    clock = time.perf_counter
    started = clock()
    try:
        check_generator_version()
    except GenerationError as exc:
        raise Refused("openapi-python-client", str(exc)) from None
    try:
        text, doc, outcome.repairs = take.take(service, source, root)
    except RepairError as exc:
        raise Refused(exc.rule, str(exc)) from None
    outcome.timings["repairs and validation"] = clock() - started
    target = root / "specs" / f"{service}.yaml"
    package = SERVICES[service]
    if target.exists():
        outcome.before = take.operation_keys(take.as_dict(take.read(target)))
    outcome.after = take.operation_keys(doc)
    with tempfile.TemporaryDirectory(prefix="update-spec-") as tmp:
        work = Path(tmp)
        new_spec = work / "new" / f"{service}.yaml"
        new_spec.parent.mkdir()
        new_spec.write_text(text, encoding="utf-8")
        step = clock()
        fresh = _generate_checked(service, new_spec, work / "gen", len(outcome.after), root)
        outcome.timings["regeneration"] = clock() - step
        old_copy = work / "old" / f"{service}.yaml"
        if target.exists():
            old_copy.parent.mkdir()
            shutil.copyfile(target, old_copy)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        dest = root / "generated" / package
        shutil.rmtree(dest, ignore_errors=True)
        shutil.copytree(fresh, dest)
        if diff and old_copy.exists():
            step = clock()
            # compare_files applies the same repairs to the old side (a no-op on a spec this tool
            # wrote; a hand-written or older spec is repaired as the new one was).
            outcome.report, outcome.breaking = _contract_diff(
                service, old_copy, new_spec, fresh.parent
            )
            outcome.timings["contract diff"] = clock() - step
    outcome.facade = facade_import(root)
    if outcome.facade.startswith("import fails"):
        outcome.breaking = True
    else:
        outcome.operations_doc = operations_doc(root)
    outcome.timings["total"] = clock() - started
    return outcome


def facade_import(root: Path) -> str:
    """Does the hand-written facade still import with the packages now in generated/? (Its
    helpers bind to operations and models by name: a rename can take them down.)"""
    facade = root / "facade"
    if not (facade / "experiment_clients").is_dir():
        return "not checked (no facade/ in this tree)"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "generated"), str(facade)])}
    proc = subprocess.run(
        [sys.executable, "-c", "import experiment_clients"],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=False,
    )
    if proc.returncode == 0:
        return "imports cleanly with the new package"
    last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
    return f"import fails: {last}"


def operations_doc(root: Path) -> str:
    """Rewrite docs/operations.md from the new package's operation index, as scripts/regenerate
    does (its --check would otherwise fail after every take that changes an operation)."""
    script = root / "scripts" / "_docs" / "operations.py"
    if not (root / "docs").is_dir() or not script.exists():
        return ""
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=root, check=False
    )
    if proc.returncode == 0:
        return proc.stdout.strip()
    last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
    return f"not written: {last}"


def _contract_diff(service: str, old: Path, new: Path, new_generated: Path) -> tuple[str, bool]:
    from _contract import cli, python_level

    python_level.PREGENERATED[(service, python_level.digest(new))] = new_generated
    try:
        text, status = cli.compare_files(old, new, service, with_python=True)
    finally:
        python_level.PREGENERATED.clear()
    return text, status != 0


def summary(outcome: Outcome) -> str:
    before, after = outcome.before, outcome.after
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    lines = [
        f"## Summary: specs/{outcome.service}.yaml",
        "",
        f"- operations: {len(before)} before, {len(after)} after "
        f"({len(added)} added, {len(removed)} removed; matched by method and full URL path)",
    ]
    for title, keys, side in (("added", added, after), ("removed", removed, before)):
        for key in keys[:30]:
            lines.append(f"  - {title}: {key}" + (f" ({side[key]})" if side[key] else ""))
        if len(keys) > 30:
            lines.append(f"  - ... and {len(keys) - 30} more {title}")
    total = sum(r.count for r in outcome.repairs)
    lines.append(f"- repairs: {total} change(s) by {len(outcome.repairs)} rule(s)")
    for r in outcome.repairs:
        lines.append(
            f"  - {r.rule}: {r.count}" + (f" (e.g. {r.examples[0]})" if r.examples else "")
        )
    timing = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in outcome.timings.items())
    lines.append(f"- time: {timing}")
    if outcome.facade:
        lines.append(f"- facade (experiment_clients): {outcome.facade}")
    if outcome.operations_doc:
        lines.append(f"- {outcome.operations_doc}")
    verdict = "breaking changes: see the report above" if outcome.breaking else "nothing breaks"
    lines.append(f"- result: {verdict}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/update-spec",
        description=(__doc__ or "").splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join((__doc__ or "").splitlines()[2:]),
    )
    parser.add_argument("service", choices=sorted(SERVICES), help="the service the document is")
    parser.add_argument("file", type=Path, help="the vendor's OpenAPI 3.0/3.1 document (YAML/JSON)")
    parser.add_argument(
        "--no-diff", action="store_true", help="skip the contract diff (first take of a service)"
    )
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(f"update-spec: {args.file}: no such file", file=sys.stderr)
        return EXIT_REFUSED
    try:
        outcome = run(args.service, args.file, diff=not args.no_diff)
    except Refused as exc:
        print(
            f"update-spec: {args.file} cannot be taken as {args.service}.\n"
            f"  rule: {exc.rule}\n  reason: {exc}\nNothing was written.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if outcome.report:
        sys.stdout.write(outcome.report.rstrip() + "\n\n")
    sys.stdout.write(summary(outcome))
    return EXIT_BREAKING if outcome.breaking else EXIT_OK
