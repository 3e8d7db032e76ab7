"""When a break may pass: the versions say so and the changelog says what broke.

For every subject with a breaking change:

- a spec-level break needs the spec's ``info.version`` major raised;
- any break (spec level, generated package or facade) needs the distribution's version in
  pyproject.toml ``[project] version`` major raised;
- the newest section of CHANGELOG.md must be new in this change and name the service (or
  ``experiment_clients`` for the facade) and at least one of the broken operations, schemas,
  fields or Python names.

"Major" follows semver: below 1.0.0 the minor number is the major one (0.1.0 -> 0.2.0 is a
major release, 0.1.0 -> 0.1.1 is not), since semver lets 0.x minors break.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

from .model import Comparison, Level

_VERSION = re.compile(r"^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?")
_SECTION = re.compile(r"^## +(.+)$", re.MULTILINE)


@dataclass
class Inputs:
    """What the policy reads at the base ref and in the work tree."""

    base_ref: str
    old_pyproject: str | None
    new_pyproject: str | None
    old_changelog: str | None
    new_changelog: str | None


@dataclass
class Verdict:
    ok: bool
    satisfied: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def parse_version(text: str | None) -> tuple[int, int, int] | None:
    match = _VERSION.match(text or "")
    if not match:
        return None
    major, minor, patch = (int(g) if g else 0 for g in match.groups())
    return major, minor, patch


def major_key(version: tuple[int, int, int]) -> tuple[int, ...]:
    """The part of a version a breaking release must raise (semver; 0.x: the minor)."""
    return (0, version[1]) if version[0] == 0 else (version[0],)


def is_major_bump(old: str | None, new: str | None) -> bool:
    before, after = parse_version(old), parse_version(new)
    return before is not None and after is not None and major_key(after) > major_key(before)


def next_major(old: str | None) -> str:
    version = parse_version(old)
    if version is None:
        return "a new major version"
    return f"0.{version[1] + 1}.0" if version[0] == 0 else f"{version[0] + 1}.0.0"


def project_version(pyproject: str | None) -> str | None:
    if not pyproject:
        return None
    try:
        data = tomllib.loads(pyproject)
    except tomllib.TOMLDecodeError:
        return None
    version = data.get("project", {}).get("version")
    return version if isinstance(version, str) else None


def newest_section(changelog: str | None) -> tuple[str, str] | None:
    """(heading, body) of the first ``## `` section of a changelog."""
    if not changelog:
        return None
    matches = list(_SECTION.finditer(changelog))
    if not matches:
        return None
    end = matches[1].start() if len(matches) > 1 else len(changelog)
    return matches[0].group(1).strip(), changelog[matches[0].end() : end]


def _subject_words(comparison: Comparison) -> list[str]:
    if comparison.service:
        return [comparison.service]
    return ["experiment_clients", "experiment-clients", "facade"]


def check(comparisons: list[Comparison], inputs: Inputs) -> Verdict:
    """The verdict for the breaking changes in ``comparisons``; ok when there are none."""
    broken = [c for c in comparisons if c.breaking()]
    verdict = Verdict(ok=True)
    if not broken:
        return verdict
    ref = inputs.base_ref

    for c in broken:
        if not c.breaking(Level.SPEC):
            continue
        if is_major_bump(c.old_version, c.new_version):
            verdict.satisfied.append(f"{c.title}: info.version {c.old_version} → {c.new_version}")
        else:
            verdict.missing.append(
                f"{c.title}: info.version is {c.old_version} at {ref} and {c.new_version} now; "
                f"its breaking changes need a new major: set `info.version: {next_major(c.old_version)}`"
            )

    old_dist = project_version(inputs.old_pyproject)
    new_dist = project_version(inputs.new_pyproject)
    if new_dist is None:
        verdict.missing.append("pyproject.toml: no static `[project] version` to check; set one")
    elif old_dist is None or is_major_bump(old_dist, new_dist):
        verdict.satisfied.append(f"pyproject.toml: version {old_dist or '(none)'} → {new_dist}")
    else:
        verdict.missing.append(
            f"pyproject.toml: `[project] version` is {old_dist} at {ref} and {new_dist} now; code "
            f'importing our packages breaks, so set `version = "{next_major(old_dist)}"`'
            + (" (below 1.0 the minor is the major)" if old_dist.startswith("0.") else "")
        )

    section = newest_section(inputs.new_changelog)
    old_section = newest_section(inputs.old_changelog)
    if section is None:
        verdict.missing.append(
            "CHANGELOG.md: no `## <version>` section; add one at the top saying what broke"
        )
    elif old_section is not None and section == old_section:
        verdict.missing.append(
            f"CHANGELOG.md: the newest section (`## {section[0]}`) is the one already at {ref}; "
            f"add a section for {new_dist or 'the new version'} at the top saying what broke"
        )
    else:
        text = f"{section[0]}\n{section[1]}".lower()
        for c in broken:
            words = _subject_words(c)
            # operationIds, schema and Python names read better in the hint than raw paths
            names = sorted(
                {n for f in c.breaking() for n in f.names if len(n) > 2},
                key=lambda n: (n.startswith("/") or " " in n, n),
            )
            if not any(w.lower() in text for w in words):
                verdict.missing.append(
                    f"CHANGELOG.md: `## {section[0]}` does not name {c.title}; "
                    f"mention `{words[0]}` and what broke"
                )
            elif not any(n.lower() in text for n in names):
                shown = ", ".join(f"`{n}`" for n in names[:8]) + (", ..." if len(names) > 8 else "")
                verdict.missing.append(
                    f"CHANGELOG.md: `## {section[0]}` names {words[0]} but none of what broke; "
                    f"name the operations, schemas or Python names affected (any of {shown})"
                )
            else:
                verdict.satisfied.append(f"CHANGELOG.md: `## {section[0]}` describes {c.title}")
    verdict.ok = not verdict.missing
    return verdict
