"""Spec level: Optic's verdict on two OpenAPI documents, plus our supplementary rules, as findings.

Optic works on the dereferenced documents; every location it reports is mapped back (through its
sourcemap) to the place in the YAML file it came from, so a property removed from a shared schema
is one finding under that schema listing the operations it affects, not one per operation.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from _regen import ROOT, yamlfile

from . import openapi, supplement
from .model import Finding, GroupKind, Level

ENGINE_SCRIPT = Path(__file__).with_name("optic_diff.cjs")
OPTIC_OPERATION_REMOVED = "prevent operation removal"
_QUOTED = re.compile(r"'([^']*)'")
# Schema keywords holding a list of sub-schemas: shown as `<anyOf[1]>` in a field path.
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SKIP_PAIRS = ("content", "examples")  # keyword followed by a name that says nothing to readers


class EngineError(RuntimeError):
    """The Node engine is missing or failed; the message says what to do."""


@dataclass(frozen=True)
class SpecResult:
    findings: list[Finding]
    engine: dict[str, Any]
    pruned: int


class Engine:
    """``optic_diff.cjs --serve``: one Node process answering any number of comparisons.

    Node takes about 0.8 s to load Optic, more than a small comparison costs; a caller that
    compares many pairs (the contract tests' rule cases) opens one with :func:`engine_session`.
    Comparisons through one engine run one at a time.
    """

    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise EngineError(
                "Node.js is not on PATH; install Node 20, then run `npm ci --ignore-scripts`"
            )
        if not (ROOT / "node_modules" / "@useoptic" / "standard-rulesets").is_dir():
            raise EngineError(
                f"the Optic engine is not installed in {ROOT / 'node_modules'}; "
                "run `npm ci --ignore-scripts` at the repository root"
            )
        # Open for the process's life, closed in close(): Node's complaints, read on failure.
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115
        self._proc = subprocess.Popen(
            [node, str(ENGINE_SCRIPT), "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            cwd=ROOT,
            text=True,
        )
        self._lock = threading.Lock()

    def diff(self, old: Path, new: Path) -> dict[str, Any]:
        """Optic's output for two spec files (``CONTRACT_DIFF_NO_MEMO=1``: Optic as shipped)."""
        request = {
            "before": str(old),
            "after": str(new),
            "memo": os.environ.get("CONTRACT_DIFF_NO_MEMO") != "1",
        }
        assert self._proc.stdin is not None
        assert self._proc.stdout is not None
        with self._lock:
            try:
                self._proc.stdin.write(json.dumps(request) + "\n")
                self._proc.stdin.flush()
                line = self._proc.stdout.readline()
            except BrokenPipeError:
                line = ""
        if not line:
            self._proc.wait()
            self._stderr.seek(0)
            said = self._stderr.read().decode(errors="replace").strip()
            raise EngineError(said or f"optic_diff.cjs exited {self._proc.returncode}")
        reply: dict[str, Any] = json.loads(line)
        if "error" in reply:
            raise EngineError(reply["error"])
        result: dict[str, Any] = reply["result"]
        return result

    def close(self) -> None:
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            with contextlib.suppress(BrokenPipeError):  # the engine died: nothing to flush to
                self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._stderr.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_SESSION: contextvars.ContextVar[Engine | None] = contextvars.ContextVar(
    "contract_engine", default=None
)


@contextlib.contextmanager
def engine_session() -> Iterator[Engine]:
    """Within the block, :func:`run_engine` in this thread/context goes to one shared engine."""
    with Engine() as engine:
        token = _SESSION.set(engine)
        try:
            yield engine
        finally:
            _SESSION.reset(token)


def run_engine(old: Path, new: Path) -> dict[str, Any]:
    """Run Optic (through scripts/_contract/optic_diff.cjs) on two spec files."""
    session = _SESSION.get()
    if session is not None:
        return session.diff(old, new)
    with Engine() as engine:
        return engine.diff(old, new)


# ----------------------------------------------------------------------------- locations


@dataclass(frozen=True)
class Place:
    kind: GroupKind
    group: str
    subject: str  # e.g. "response 200 `items[].count`", "`count`", "parameter `limit` (query)"
    attribute: str  # the keyword changed at that place ("type", "enum"), or "" for the node itself
    names: frozenset[str]


def _field_path(tokens: list[str]) -> tuple[str, list[str]]:
    """Schema tokens to ``a.b[].c``; returns the path and the tokens left (a keyword)."""
    parts: list[str] = []
    i = 0
    while i < len(tokens):
        part = tokens[i]
        if part == "properties" and i + 1 < len(tokens):
            parts.append(("." if parts else "") + tokens[i + 1])
            i += 2
        elif part == "items" and i + 1 < len(tokens):
            parts.append("[]")
            i += 1
        elif part == "additionalProperties" and i + 1 < len(tokens):
            parts.append("{*}")
            i += 1
        elif part in _SUBSCHEMA_LISTS and i + 1 < len(tokens) and tokens[i + 1].isdigit():
            parts.append(f"<{part}[{tokens[i + 1]}]>")
            i += 2
        elif part == "schema":
            i += 1
        elif part in _SKIP_PAIRS and i + 1 < len(tokens):
            i += 2
        else:
            break
    return "".join(parts), tokens[i:]


def _keyword(rest: list[str]) -> str:
    return rest[0] if rest else ""


def place(doc: openapi.Document, pointer: str) -> Place:
    """Where a source pointer is, in the words of the report."""
    tokens = openapi.split(pointer)
    if len(tokens) >= 3 and tokens[0] == "components":
        section, name = tokens[1], tokens[2]
        label = {
            "schemas": "schema",
            "parameters": "parameter",
            "responses": "response",
            "requestBodies": "request body",
            "securitySchemes": "security scheme",
        }.get(section, section)
        field, rest = _field_path(tokens[3:])
        subject = f"`{field}`" if field else f"the {label}"
        names = {name, *(p for p in field.replace("[]", ".").replace("{*}", ".").split(".") if p)}
        return Place(
            GroupKind.COMPONENT, f"{label} `{name}`", subject, _keyword(rest), frozenset(names)
        )
    if len(tokens) >= 3 and tokens[0] == "paths" and tokens[2] in openapi.HTTP_METHODS:
        path, method, rest = tokens[1], tokens[2], tokens[3:]
        group = openapi.operation_label(doc, path, method)
        names = openapi.operation_names(doc, path, method)
        if not rest:
            return Place(GroupKind.OPERATION, group, "operation", "", frozenset(names))
        head = rest[0]
        if head == "parameters" and len(rest) >= 2:
            param = openapi.deref(doc, openapi.get(doc, tokens[:5]))
            if isinstance(param, dict):
                names.add(str(param.get("name")))
                subject = f"parameter `{param.get('name')}` ({param.get('in')})"
            else:
                subject = f"parameter #{rest[1]}"
            field, left = _field_path(rest[2:])
            subject += f" `{field}`" if field else ""
            return Place(GroupKind.OPERATION, group, subject, _keyword(left), frozenset(names))
        if head == "requestBody":
            field, left = _field_path(rest[1:])
            names.update(p for p in field.replace("[]", ".").split(".") if p)
            subject = "request body" + (f" `{field}`" if field else "")
            return Place(GroupKind.OPERATION, group, subject, _keyword(left), frozenset(names))
        if head == "responses" and len(rest) >= 2:
            field, left = _field_path(rest[2:])
            names.update(p for p in field.replace("[]", ".").split(".") if p)
            subject = f"response {rest[1]}" + (f" `{field}`" if field else "")
            return Place(GroupKind.OPERATION, group, subject, _keyword(left), frozenset(names))
        return Place(GroupKind.OPERATION, group, head, _keyword(rest[1:]), frozenset(names))
    if tokens and tokens[0] == "paths" and len(tokens) >= 2:
        rest = tokens[2:]
        return Place(
            GroupKind.OPERATION,
            f"path {tokens[1]}",
            " ".join(rest[:1]) or "path",
            _keyword(rest[1:]),
            frozenset({tokens[1]}),
        )
    top = tokens[0] if tokens else "document"
    return Place(GroupKind.DOCUMENT, top, "/".join(tokens[1:]) or top, "", frozenset({top}))


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return f"`{text}`" if len(text) <= 60 else "`" + text[:57] + "...`"


def _diff_message(
    old_doc: openapi.Document, new_doc: openapi.Document, diff: dict[str, Any], where: Place
) -> str:
    before_ptr, after_ptr = diff.get("beforeSource"), diff.get("afterSource")
    old_value = openapi.get(old_doc, before_ptr) if before_ptr else openapi.MISSING
    new_value = openapi.get(new_doc, after_ptr) if after_ptr else openapi.MISSING
    attr = where.attribute
    last = openapi.split(after_ptr or before_ptr or "")[-1:] or [""]
    in_list = attr != "" and last[0].isdigit()
    if new_value is openapi.MISSING and old_value is openapi.MISSING:
        return "changed"
    if before_ptr is None:
        if in_list:
            return f"{attr}: added {_short(new_value)}"
        return f"{attr} added: {_short(new_value)}" if attr else "added"
    if after_ptr is None:
        if in_list:
            return f"{attr}: removed {_short(old_value)}"
        return f"{attr} removed" if attr else "removed"
    if attr in ("description", "summary", "title", "example", "examples"):
        return f"{attr} changed"
    return f"{attr or 'value'}: {_short(old_value)} → {_short(new_value)}"


# ----------------------------------------------------------------------------- findings


def _operation_of(json_path: str) -> tuple[str, str] | None:
    tokens = openapi.split(json_path)
    if len(tokens) >= 3 and tokens[0] == "paths" and tokens[2] in openapi.HTTP_METHODS:
        return tokens[1], tokens[2]
    return None


def _merge(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per (group, subject, message, rule), with the affected operations united."""
    merged: dict[tuple[Any, ...], Finding] = {}
    for f in findings:
        key = (f.level, f.breaking, f.kind, f.group, f.subject, f.message, f.rule)
        if key in merged:
            prev = merged[key]
            affects = tuple(dict.fromkeys(prev.affects + f.affects))
            merged[key] = replace(prev, affects=affects, names=prev.names | f.names)
        else:
            merged[key] = f
    return list(merged.values())


def _optic_findings(
    raw: dict[str, Any], old: openapi.Document, new: openapi.Document
) -> list[Finding]:
    results: list[dict[str, Any]] = raw["results"]
    for r in results:
        if r.get("source"):
            r["source"] = openapi.canonical(old if r["side"] == "before" else new, r["source"])
    removed_ops = {
        _operation_of(r["jsonPath"]) for r in results if r["rule"] == OPTIC_OPERATION_REMOVED
    }
    added_by_id = {
        op.get("operationId"): (p, m)
        for p, m, op in openapi.operations(new)
        if op.get("operationId")
    }
    findings = []
    for r in results:
        op = _operation_of(r["jsonPath"])
        if op in removed_ops and r["rule"] != OPTIC_OPERATION_REMOVED:
            continue  # implied by the removal of the whole operation
        doc = old if r["side"] == "before" else new
        where = place(doc, r["source"] or r["jsonPath"])
        message = r["message"].replace(" This is a breaking change.", "").rstrip(".")
        affects: tuple[str, ...] = ()
        names = set(where.names)
        if op is not None and where.kind is not GroupKind.OPERATION:
            affects = (openapi.operation_label(doc, *op),)
            names |= openapi.operation_names(doc, *op)
        if r["rule"] == OPTIC_OPERATION_REMOVED and op is not None:
            op_id = (openapi.get(old, ["paths", op[0], op[1]]) or {}).get("operationId")
            moved = added_by_id.get(op_id)
            if moved:
                message += f" (operationId `{op_id}` is now {moved[1].upper()} {moved[0]}: method or path changed)"
        breaking = not supplement.is_tolerated_response_enum_addition(
            r["rule"], r["jsonPath"], r["message"]
        )
        if breaking and supplement.is_required_inside_new_object(r["message"], r["jsonPath"], old):
            findings.append(
                Finding(
                    level=Level.SPEC,
                    breaking=False,
                    kind=where.kind,
                    group=where.group,
                    subject=where.subject,
                    message="required in a request object that is new: clients do not send it "
                    "yet, so nothing they send breaks",
                    rule=f"Optic: {r['rule']} (reclassified)",
                    affects=affects,
                    names=frozenset(names),
                )
            )
            continue
        if not breaking:
            values = ", ".join(f"`{v}`" for v in _QUOTED.findall(r["message"])[:-1]) or "a value"
            message = (
                f"response enum gained {values}: not breaking for us, generated enums keep "
                "unknown values"
            )
        findings.append(
            Finding(
                level=Level.SPEC,
                breaking=breaking,
                kind=where.kind,
                group=where.group,
                subject=where.subject,
                message=message,
                rule=f"Optic: {r['rule']}",
                affects=affects,
                names=frozenset(names),
            )
        )
    return findings


def _diff_findings(
    raw: dict[str, Any], old: openapi.Document, new: openapi.Document, covered: list[str]
) -> list[Finding]:
    """Every change Optic saw that no breaking finding already stands for, as 'the rest'."""

    def is_covered(pointer: str | None) -> bool:
        if pointer is None:
            return False
        return any(pointer == c or pointer.startswith(c + "/") for c in covered)

    findings = []
    seen: set[tuple[str | None, str | None]] = set()
    for diff in raw["diffs"]:
        for side, side_doc in (("beforeSource", old), ("afterSource", new)):
            if diff.get(side):
                diff[side] = openapi.canonical(side_doc, diff[side])
        key = (diff.get("beforeSource"), diff.get("afterSource"))
        if key in seen or is_covered(key[0]) or is_covered(key[1]):
            continue
        seen.add(key)
        pointer = key[1] or key[0] or ""
        doc = new if key[1] else old
        tokens = openapi.split(pointer)
        if len(tokens) == 2 and tokens[0] == "paths" and (key[0] is None or key[1] is None):
            findings += _whole_path_item(
                doc, tokens[1], "added" if key[0] is None else "removed", covered
            )
            continue
        where = place(doc, pointer)
        # A name added to / removed from a `required` list is covered by the finding on that field.
        if where.attribute == "required":
            value = openapi.get(doc, pointer)
            parent = pointer.rsplit("/required", 1)[0]
            if is_covered(f"{parent}/properties/{value}"):
                continue
        op = _operation_of(diff.get("after") or diff.get("before") or "")
        affects: tuple[str, ...] = ()
        if op is not None and where.kind is not GroupKind.OPERATION:
            affects = (openapi.operation_label(doc, *op),)
        findings.append(
            Finding(
                level=Level.SPEC,
                breaking=False,
                kind=where.kind,
                group=where.group,
                subject=where.subject,
                message=_diff_message(old, new, diff, where),
                rule="Optic: diff",
                affects=affects,
                names=where.names,
            )
        )
    return findings


def _whole_path_item(
    doc: openapi.Document, path: str, change: str, covered: list[str]
) -> list[Finding]:
    """A path added or removed whole: one finding per operation it holds."""
    item = openapi.deref(doc, (doc.get("paths") or {}).get(path)) or {}
    findings = []
    for method in openapi.HTTP_METHODS:
        pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + f"/{method}"
        if method not in item or pointer in covered:
            continue
        findings.append(
            Finding(
                level=Level.SPEC,
                breaking=False,
                kind=GroupKind.OPERATION,
                group=openapi.operation_label(doc, path, method),
                subject="operation",
                message=change,
                rule="Optic: diff",
                names=frozenset(openapi.operation_names(doc, path, method)),
            )
        )
    return findings


RULE_BASE_PATH = "contract_diff: base path"


def _base_path_move(old: openapi.Document, new: openapi.Document) -> Finding:
    before, after = openapi.server_path(old), openapi.server_path(new)
    return Finding(
        level=Level.SPEC,
        breaking=True,
        kind=GroupKind.DOCUMENT,
        group="servers",
        subject="base path",
        message=(
            f"the server path moved from `{before or '/'}` to `{after or '/'}` (operations are "
            "compared by full URL, server path + path, so unchanged URLs are not reported as "
            f"removed): a base URL built by hand as host + `{before}` now doubles or loses "
            "part of every path; take the path from the spec's servers"
        ),
        rule=RULE_BASE_PATH,
        names=frozenset({"servers", before, after} - {""}),
    )


def compare_specs(old_path: Path, new_path: Path) -> SpecResult:
    """Findings for two spec files: Optic's rule results, our supplementary rules, the rest.

    When the server path moved (``/api/v1`` -> ``/api`` with ``/v1`` in every path), both sides
    are compared with the server path folded into their paths, and the move is one finding.
    """
    old = openapi.load(old_path.read_text())
    new = openapi.load(new_path.read_text())
    moved: list[Finding] = []
    if openapi.server_path(old) != openapi.server_path(new):
        moved.append(_base_path_move(old, new))
        old, new = openapi.rebased(old), openapi.rebased(new)
        with tempfile.TemporaryDirectory(prefix="contract-rebased-") as tmp:
            old_path, new_path = Path(tmp) / "old.yaml", Path(tmp) / "new.yaml"
            old_path.write_text(yamlfile.dump(old))
            new_path.write_text(yamlfile.dump(new))
            raw = run_engine(old_path, new_path)
    else:
        raw = run_engine(old_path, new_path)
    optic = _optic_findings(raw, old, new)
    extra = moved + supplement.removed_parameters(old, new) + supplement.security_changes(old, new)
    breaking = [f for f in optic + extra if f.breaking]
    removals = [r["jsonPath"] for r in raw["results"] if r["rule"] == OPTIC_OPERATION_REMOVED]
    covered = removals + [
        r["source"]
        for r in raw["results"]
        if r.get("source") and not any(r["jsonPath"].startswith(p + "/") for p in removals)
    ]
    said = {(f.group, f.subject) for f in breaking}
    rest = [f for f in _diff_findings(raw, old, new, covered) if (f.group, f.subject) not in said]
    if any(f.rule == supplement.RULE_SECURITY for f in extra):
        rest = [f for f in rest if f.group != "security" and not f.subject.startswith("security")]
    return SpecResult(
        findings=_merge(optic + extra + rest), engine=raw["engine"], pruned=raw["pruned"]
    )
