"""The Markdown report: a summary table, then per subject the breaking changes (spec level, then
Python level), then the other changes, each filed under its operation, schema or module."""

from __future__ import annotations

from itertools import groupby

from .model import Comparison, Finding, GroupKind, Level
from .policy import Verdict

_KIND_ORDER = {
    GroupKind.OPERATION: 0,
    GroupKind.COMPONENT: 1,
    GroupKind.DOCUMENT: 2,
    GroupKind.MODULE: 3,
}
_AFFECTS_SHOWN = 6


def _affects(f: Finding) -> str:
    if not f.affects:
        return ""
    shown = ", ".join(f.affects[:_AFFECTS_SHOWN])
    more = len(f.affects) - _AFFECTS_SHOWN
    label = "in" if f.level is Level.PYTHON else "affects"
    return f"; {label} {shown}" + (f" and {more} more" if more > 0 else "")


def _versions(c: Comparison) -> str:
    if c.old_version and c.new_version:
        return f" ({c.old_version} → {c.new_version})"
    if c.new_version or c.old_version:
        return f" ({c.new_version or c.old_version})"
    return ""


def _findings(findings: list[Finding]) -> list[str]:
    lines: list[str] = []
    ordered = sorted(
        findings,
        key=lambda f: (_KIND_ORDER[f.kind], f.group.replace("`", ""), f.subject, f.message),
    )
    for (_, group), items in groupby(ordered, key=lambda f: (f.kind, f.group)):
        lines.append(f"- **{group}**")
        for f in items:
            lines.append(f"  - {f.subject}: {f.message}{_affects(f)} _({f.rule})_")
    return lines


def _section(title: str, comparison: Comparison, breaking: bool, package: str | None) -> list[str]:
    pick = comparison.breaking if breaking else comparison.other
    spec, python = pick(Level.SPEC), pick(Level.PYTHON)
    if not spec and not python:
        return []
    lines = ["", f"### {title}"]
    if spec:
        lines += ["", "Spec level:", "", *_findings(spec)]
    if python:
        lines += [
            "",
            f"Python level{f' (`{package}`)' if package else ''}:",
            "",
            *_findings(python),
        ]
    return lines


def render(
    header: list[str],
    comparisons: list[Comparison],
    packages: dict[str, str],
    verdict: Verdict | None,
) -> str:
    """The whole report. ``packages`` maps a comparison's title to the Python package it covers."""
    total = sum(len(c.breaking()) for c in comparisons)
    if total == 0:
        headline = "**No breaking change.**"
    elif verdict is None:
        headline = f"**{total} breaking change{'s' if total != 1 else ''}.**"
    elif verdict.ok:
        headline = (
            f"**{total} breaking change{'s' if total != 1 else ''}, acknowledged** (see Policy)."
        )
    else:
        headline = f"**{total} breaking change{'s' if total != 1 else ''}, not acknowledged** (see Policy)."
    lines = ["# Contract diff", "", *header, "", headline, ""]
    lines += ["| subject | status | breaking: spec | breaking: Python | other changes |"]
    lines += ["| --- | --- | --- | --- | --- |"]
    for c in comparisons:
        version = _versions(c)
        lines.append(
            f"| {c.title}{version} | {c.status} | {len(c.breaking(Level.SPEC))} "
            f"| {len(c.breaking(Level.PYTHON))} | {len(c.other())} |"
        )
    for c in comparisons:
        if c.status == "unchanged" and not c.notes:
            continue
        lines += ["", f"## {c.title}"]
        lines += [f"\n{note}" for note in c.notes]
        package = packages.get(c.title)
        lines += _section("Breaking", c, breaking=True, package=package)
        lines += _section("Other changes", c, breaking=False, package=package)
        if c.status == "changed" and not c.findings:
            lines += [
                "",
                "No change that Optic or griffe can see (formatting, comments or order only).",
            ]
    if verdict is not None and (verdict.satisfied or verdict.missing):
        lines += ["", "## Policy", ""]
        lines += [f"- [ ] missing: {m}" for m in verdict.missing]
        lines += [f"- [x] ok: {s}" for s in verdict.satisfied]
        if verdict.missing:
            lines += ["", "A breaking change passes once every line above reads ok."]
    return "\n".join(lines) + "\n"
