"""What a comparison produces: findings, grouped by what a reader looks up (an operation, a schema,
a Python module), and the per-subject result the report and the policy read."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Level(Enum):
    SPEC = "spec"
    PYTHON = "python"


class GroupKind(Enum):
    """What a finding is filed under in the report, in this order."""

    OPERATION = "operation"
    COMPONENT = "component"  # a schema, or a shared parameter, response or request body
    DOCUMENT = "document"  # document-wide: security, servers, info
    MODULE = "module"  # a Python module of a generated package or of the facade


@dataclass(frozen=True)
class Finding:
    """One change, as a reader should see it.

    ``names`` are the words a changelog entry could use to say what broke (operationId, path,
    schema, field, Python name); the policy looks for one of them.
    """

    level: Level
    breaking: bool
    kind: GroupKind
    group: str
    subject: str
    message: str
    rule: str
    affects: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()


@dataclass
class Comparison:
    """The comparison of one subject (a spec with its generated package, or the facade)."""

    title: str
    service: str | None = None
    status: str = "changed"  # changed | unchanged | added | removed
    old_version: str | None = None
    new_version: str | None = None
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def breaking(self, level: Level | None = None) -> list[Finding]:
        return [f for f in self.findings if f.breaking and (level is None or f.level is level)]

    def other(self, level: Level | None = None) -> list[Finding]:
        return [f for f in self.findings if not f.breaking and (level is None or f.level is level)]
