"""scripts/contract_diff: what a spec change does to the HTTP contract and to code importing us.

    scripts/contract_diff OLD.yaml NEW.yaml     compare two spec files; exit 1 on any break
    scripts/contract_diff --base GIT_REF        compare specs/ and the facade with GIT_REF; exit 1
                                                on a break that the versions and CHANGELOG.md do
                                                not acknowledge (see _contract/policy.py)

Exit status: 0 no break (or every break acknowledged, with --base), 1 a break, 2 the tools could
not run (engine missing, generator error). With --base, a ref that does not exist here (first
commit, shallow clone) is reported as "no base to compare" and exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _regen import ROOT

from . import git, openapi, policy, python_level, report, spec_level
from .model import Comparison, Finding, GroupKind, Level

FACADE_DIR = "facade/experiment_clients"


@dataclass
class Job:
    """One subject to compare: a pair of spec files, with the package generated from them."""

    comparison: Comparison
    old_spec: Path
    new_spec: Path
    package: str | None


def _info_version(path: Path) -> str | None:
    version = (openapi.load(path.read_text()).get("info") or {}).get("version")
    return str(version) if version is not None else None


def _run_jobs(jobs: list[Job], workdir: Path, with_python: bool) -> dict[str, str]:
    """Spec level and, when asked, both generations of every job, in parallel; then griffe.

    Returns the versions of the Node engine's packages (empty when no job ran)."""
    futures: dict[tuple[int, str], Future[Any]] = {}
    generator_output = io.StringIO()
    workers = max(2, os.cpu_count() or 2)
    # scripts/regenerate prints the generator's log before it exits on a problem: keep it out of
    # the report, and show it with the error.
    with (
        ThreadPoolExecutor(max_workers=workers) as pool,
        contextlib.redirect_stdout(generator_output),
    ):
        for i, job in enumerate(jobs):
            futures[(i, "spec")] = pool.submit(spec_level.compare_specs, job.old_spec, job.new_spec)
            if with_python and job.package and job.comparison.service:
                for side, spec in (("old", job.old_spec), ("new", job.new_spec)):
                    dest = workdir / f"gen-{i}-{side}"
                    dest.mkdir()
                    futures[(i, side)] = pool.submit(
                        python_level.generate, job.comparison.service, spec, dest
                    )
        results = {}
        for key, future in futures.items():
            try:
                results[key] = _result(future, generator_output)
            except python_level.GenerationError as exc:
                if key[1] != "old":
                    raise
                # An old version the generator cannot take must not fail the diff: say so.
                jobs[key[0]].comparison.notes.append(
                    "Python level not compared: the old version cannot be generated as it is "
                    f"({str(exc).splitlines()[0]})."
                )
    engine: dict[str, str] = {}
    for i, job in enumerate(jobs):
        spec_result: spec_level.SpecResult = results[(i, "spec")]
        engine = spec_result.engine.get("packages", {})
        job.comparison.findings += spec_result.findings
        if (i, "old") in results and (i, "new") in results and job.package:
            job.comparison.findings += python_level.compare_packages(
                job.package, results[(i, "old")], results[(i, "new")]
            )
    return engine


def _result(future: Future[Any], generator_output: io.StringIO) -> Any:
    try:
        return future.result()
    except python_level.GenerationError as exc:
        raise python_level.GenerationError(
            f"{exc}\n{generator_output.getvalue().strip()}"
        ) from None


def _engines(engine: dict[str, str], with_python: bool) -> str:
    if engine:
        versions = ", ".join(f"{name} {version}" for name, version in sorted(engine.items()))
        text = (
            f"Spec level: Optic's breaking-changes ruleset ({versions}) and our supplementary rules"
        )
    else:
        text = "Spec level: no spec changed, the engine did not run"
    if with_python:
        text += f"; Python level: griffe {python_level.griffe_version()}"
    return text + "."


# ----------------------------------------------------------------------------- two files


def _repaired(service: str, spec: Path, dest: Path, notes: list[str], side: str) -> Path:
    """``spec`` with the service's repairs (scripts/update-spec's overlay and normalization)
    applied, written to ``dest``; the file itself when the repairs cannot take it."""
    from _intake import take
    from _intake.walk import RepairError

    try:
        doc, done = take.repair(service, take.read(spec))
    except RepairError as exc:
        notes.append(f"The {side} version was compared as it is: the repairs refused it ({exc}).")
        return spec
    if done:
        count = sum(r.count for r in done)
        rules = ", ".join(f"{r.rule} ({r.count})" for r in done)
        notes.append(f"Repairs applied to the {side} version: {count} by {rules}.")
    dest.write_text(take.dump(doc), encoding="utf-8")
    return dest


def compare_files(
    old: Path, new: Path, service: str | None, with_python: bool, repair: bool = True
) -> tuple[str, int]:
    known = python_level.services()
    if service is None:
        service = next((p.stem for p in (new, old) if p.stem in known), None)
    elif service not in known:
        raise SystemExit(
            f"contract_diff: unknown --service {service!r}; choose from {', '.join(known)}"
        )
    comparison = Comparison(
        title=f"{old} → {new}",
        service=service,
        old_version=_info_version(old),
        new_version=_info_version(new),
    )
    package = known.get(service) if service else None
    if with_python and package is None:
        comparison.notes.append(
            "Python level not compared: pass `--service NAME` to say which config/ to generate with."
        )
    engine: dict[str, str] = {}
    if old.read_bytes() == new.read_bytes():
        comparison.status = "unchanged"
    else:
        with tempfile.TemporaryDirectory(prefix="contract-diff-") as tmp:
            old_side, new_side = old, new
            if repair and service and package:
                # The same repairs on both sides, as scripts/update-spec applies them: raw vendor
                # versions compare (and generate) as the repository would take them.
                (Path(tmp) / "old").mkdir()
                (Path(tmp) / "new").mkdir()
                old_side = _repaired(
                    service, old, Path(tmp) / "old" / old.name, comparison.notes, "old"
                )
                new_side = _repaired(
                    service, new, Path(tmp) / "new" / new.name, comparison.notes, "new"
                )
            engine = _run_jobs(
                [Job(comparison, old_side, new_side, package)], Path(tmp), with_python
            )
    header = [f"Compared `{old}` with `{new}`.", _engines(engine, with_python)]
    text = report.render(header, [comparison], {comparison.title: package} if package else {}, None)
    return text, 1 if comparison.breaking() else 0


# ----------------------------------------------------------------------------- --base


def _spec_names(commit: str) -> list[str]:
    at_base = {Path(p).name for p in git.list_files(commit, "specs") if p.endswith(".yaml")}
    here = {p.name for p in (ROOT / "specs").glob("*.yaml")}
    return sorted(at_base | here)


def _whole_spec_finding(name: str, package: str | None) -> Finding:
    return Finding(
        level=Level.PYTHON,
        breaking=True,
        kind=GroupKind.DOCUMENT,
        group=f"specs/{name}",
        subject="the whole spec",
        message="removed" + (f": the package `{package}` is gone" if package else ""),
        rule="contract_diff: spec removed",
        names=frozenset({Path(name).stem, *([package] if package else [])}),
    )


def compare_base(ref: str, with_python: bool) -> tuple[str, int]:
    commit = git.resolve(ref)
    if commit is None:
        return (
            f"# Contract diff\n\nNo base to compare: `{ref}` is not a commit in this clone (first "
            "commit, or a shallow clone without it). Nothing was checked.\n",
            0,
        )
    known = python_level.services()
    comparisons: list[Comparison] = []
    packages: dict[str, str] = {}
    jobs: list[Job] = []
    with tempfile.TemporaryDirectory(prefix="contract-diff-") as tmp:
        workdir = Path(tmp)
        for name in _spec_names(commit):
            service = Path(name).stem
            package = known.get(service)
            title = f"specs/{name}"
            old_bytes = git.show(commit, title)
            new_path = ROOT / "specs" / name
            comparison = Comparison(title=title, service=service)
            comparisons.append(comparison)
            if package:
                packages[title] = package
            if old_bytes is None:
                comparison.status = "added"
                comparison.new_version = _info_version(new_path)
                count = sum(1 for _ in openapi.operations(openapi.load(new_path.read_text())))
                comparison.notes.append(f"New at `{ref}`..work tree: {count} operations added.")
                continue
            old_path = workdir / f"base-{name}"
            old_path.write_bytes(old_bytes)
            comparison.old_version = _info_version(old_path)
            if not new_path.exists():
                comparison.status = "removed"
                comparison.findings.append(_whole_spec_finding(name, package))
                continue
            comparison.new_version = _info_version(new_path)
            if new_path.read_bytes() == old_bytes:
                comparison.status = "unchanged"
                if with_python and package:
                    _compare_checked_in(commit, package, comparison, workdir)
                continue
            if with_python and package is None:
                comparison.notes.append(
                    f"Python level not compared: no service `{service}` in scripts/regenerate."
                )
            jobs.append(Job(comparison, old_path, new_path, package))
        engine = _run_jobs(jobs, workdir, with_python)
        if with_python and (ROOT / FACADE_DIR).is_dir():
            comparisons.append(_compare_facade(commit, workdir))
            packages[comparisons[-1].title] = python_level.FACADE_PACKAGE
    inputs = policy.Inputs(
        base_ref=ref,
        old_pyproject=_text(git.show(commit, "pyproject.toml")),
        new_pyproject=_read(ROOT / "pyproject.toml"),
        old_changelog=_text(git.show(commit, "CHANGELOG.md")),
        new_changelog=_read(ROOT / "CHANGELOG.md"),
    )
    verdict = policy.check(comparisons, inputs)
    header = [
        f"Compared `{ref}` ({commit[:12]}) with the work tree.",
        _engines(engine, with_python),
    ]
    text = report.render(header, comparisons, packages, verdict)
    return text, 0 if verdict.ok else 1


def _compare_checked_in(commit: str, package: str, comparison: Comparison, workdir: Path) -> None:
    """Same spec, but generated/<package> changed (a template or config change): compare the
    checked-in packages, base against work tree."""
    base = workdir / f"base-generated-{package}"
    exported = git.export(commit, [f"generated/{package}"], base)
    if f"generated/{package}" not in exported:
        return
    if _same_tree(base / "generated" / package, ROOT / "generated" / package):
        return
    comparison.status = "changed"
    comparison.notes.append(
        f"The spec is unchanged but generated/{package} changed (templates/ or config/): "
        "its public Python surface was compared."
    )
    comparison.findings += python_level.compare_packages(
        package, base / "generated", ROOT / "generated"
    )


def _compare_facade(commit: str, workdir: Path) -> Comparison:
    comparison = Comparison(title=f"{FACADE_DIR} (facade)", service=None)
    base = workdir / "base-tree"
    exported = git.export(commit, [FACADE_DIR, "generated"], base)
    if FACADE_DIR not in exported:
        comparison.status = "added"
        return comparison
    if _same_tree(base / FACADE_DIR, ROOT / FACADE_DIR):
        comparison.status = "unchanged"
        return comparison
    comparison.findings += python_level.compare_packages(
        python_level.FACADE_PACKAGE,
        base / "facade",
        ROOT / "facade",
        ([base / "generated"], [ROOT / "generated"]),
    )
    return comparison


def _same_tree(a: Path, b: Path) -> bool:
    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in root.rglob("*.py")
            if "__pycache__" not in p.parts
        }

    return files(a) == files(b)


def _text(data: bytes | None) -> str | None:
    return data.decode() if data is not None else None


def _read(path: Path) -> str | None:
    return path.read_text() if path.exists() else None


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/contract_diff",
        description=(__doc__ or "").splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join((__doc__ or "").splitlines()[2:]),
    )
    parser.add_argument("old", nargs="?", type=Path, help="the spec before the change")
    parser.add_argument("new", nargs="?", type=Path, help="the spec after the change")
    parser.add_argument(
        "--base", metavar="GIT_REF", help="compare specs/ and the facade with GIT_REF"
    )
    parser.add_argument(
        "--service",
        help="with OLD NEW: the service whose config/ to generate with "
        "(default: the file name, e.g. growthbook.yaml)",
    )
    parser.add_argument(
        "--no-python", action="store_true", help="spec level only: skip generation and griffe"
    )
    parser.add_argument(
        "--no-repair",
        action="store_true",
        help="with OLD NEW: compare the files as they are, without the service's repairs "
        "(specs/overlays/ and the normalization pass of scripts/update-spec)",
    )
    parser.add_argument("--output", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)
    if (args.base is None) == (args.old is None or args.new is None) or (args.base and args.old):
        parser.error("give either OLD.yaml NEW.yaml or --base GIT_REF")

    started = time.perf_counter()
    run: Callable[[], tuple[str, int]]
    if args.base is not None:
        run = lambda: compare_base(args.base, not args.no_python)  # noqa: E731
    else:
        for path in (args.old, args.new):
            if not path.is_file():
                parser.error(f"{path}: no such file")
        run = lambda: compare_files(  # noqa: E731
            args.old, args.new, args.service, not args.no_python, not args.no_repair
        )
    try:
        text, status = run()
    except (spec_level.EngineError, python_level.GenerationError) as exc:
        print(f"contract_diff: {exc}", file=sys.stderr)
        return 2
    text += f"\n_{time.perf_counter() - started:.1f}s_\n"
    sys.stdout.write(text)
    if args.output:
        args.output.write_text(text)
    return status
