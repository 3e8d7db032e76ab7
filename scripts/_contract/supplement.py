"""Supplementary spec-level rules: exactly the gaps of Optic's breaking-changes ruleset.

Optic (``@useoptic/standard-rulesets`` 1.0.9) flags most breaks our clients care about, but not
these, which each break code calling our generated functions:

- a **removed parameter** (optional ones included; a renamed one is a removal plus an addition):
  the keyword argument disappears from the generated function, so callers passing it fail;
- a **changed security requirement**: a client configured for a scheme the operation no longer
  accepts (or an operation that now needs credentials it did not) gets 401s.

And two places where our clients differ from Optic's general assumption:

- a **required field inside a request object that is itself new** (an optional array added
  whose items require ``key``) is flagged by Optic as a new required request property, but no
  client sends that object yet, so nothing they send can break: only a required field in an
  object the client already sends can. :func:`is_required_inside_new_object` reclassifies it;

- an **enum value added in a response** is flagged by Optic, but our generated enums keep unknown
  values (``_missing_`` in templates/str_enum.py.jinja and int_enum.py.jinja), so it does not
  break us: :func:`is_tolerated_response_enum_addition` reclassifies it as not breaking.
  tests/contract/test_enum_tolerance.py keeps that premise true.

Each rule is tested on a spec pair in tests/contract/test_contract_spec_rules.py.
"""

from __future__ import annotations

from typing import Any

from . import openapi
from .model import Finding, GroupKind, Level

RULE_REMOVED_PARAMETER = "supplementary: removed parameter"
RULE_SECURITY = "supplementary: security requirement"
OPTIC_ENUM_RULE = "request and response property enums"

ParamKey = tuple[str, str]  # (in, name)


def _parameters(doc: openapi.Document, path: str, op: dict[str, Any]) -> dict[ParamKey, Any]:
    """The operation's effective parameters: path-level ones, overridden by its own."""
    item = openapi.deref(doc, (doc.get("paths") or {}).get(path) or {})
    found: dict[ParamKey, Any] = {}
    for source in (item.get("parameters") or [], op.get("parameters") or []):
        for raw in source:
            param = openapi.deref(doc, raw)
            if isinstance(param, dict) and "name" in param and "in" in param:
                found[(str(param["in"]), str(param["name"]))] = param
    return found


def removed_parameters(old: openapi.Document, new: openapi.Document) -> list[Finding]:
    """A parameter of an operation that still exists (same method and path) is gone."""
    findings: list[Finding] = []
    new_ops = {(p, m): op for p, m, op in openapi.operations(new)}
    for path, method, old_op in openapi.operations(old):
        new_op = new_ops.get((path, method))
        if new_op is None:
            continue  # the whole operation is gone: Optic reports that
        before = _parameters(old, path, old_op)
        after = _parameters(new, path, new_op)
        for location, name in sorted(before.keys() - after.keys()):
            added = sorted(n for (loc, n) in after.keys() - before.keys() if loc == location)
            hint = (
                f"; added in its place: {', '.join(f'`{a}`' for a in added)} (renamed?)"
                if added
                else ""
            )
            findings.append(
                Finding(
                    level=Level.SPEC,
                    breaking=True,
                    kind=GroupKind.OPERATION,
                    group=openapi.operation_label(old, path, method),
                    subject=f"parameter `{name}` ({location})",
                    message=f"removed{hint}: callers passing it break",
                    rule=RULE_REMOVED_PARAMETER,
                    names=frozenset({name, *openapi.operation_names(old, path, method)}),
                )
            )
    return findings


Requirement = dict[str, frozenset[str]]  # scheme name -> scopes


def _requirements(doc: openapi.Document, op: dict[str, Any]) -> list[Requirement]:
    """The operation's alternatives (any one suffices); ``[{}]`` means no credentials needed."""
    raw = op["security"] if "security" in op else doc.get("security")
    if not raw:
        return [{}]
    return [
        {str(k): frozenset(v or ()) for k, v in alt.items()} for alt in raw if isinstance(alt, dict)
    ]


def _scheme(doc: openapi.Document, name: str) -> Any:
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    scheme = openapi.deref(doc, schemes.get(name))
    if not isinstance(scheme, dict):
        return None
    # What a client must send; descriptions do not matter.
    return {k: v for k, v in scheme.items() if k not in ("description", "x-displayName")}


def _satisfies(
    old: openapi.Document, new: openapi.Document, held: Requirement, wanted: Requirement
) -> bool:
    """A client holding ``held`` credentials (for the old document) meets ``wanted`` (new)."""
    for name, scopes in wanted.items():
        if name not in held or not scopes <= held[name]:
            return False
        if _scheme(old, name) != _scheme(new, name):
            return False
    return True


def _describe(reqs: list[Requirement]) -> str:
    parts = [" + ".join(f"`{name}`" for name in sorted(alt)) or "no credentials" for alt in reqs]
    return " or ".join(parts)


def security_changes(old: openapi.Document, new: openapi.Document) -> list[Finding]:
    """Breaking when a client that met an old alternative meets none of the new ones."""
    grouped: dict[tuple[bool, str, str, str], list[tuple[str, set[str]]]] = {}
    new_ops = {(p, m): op for p, m, op in openapi.operations(new)}
    for path, method, old_op in openapi.operations(old):
        new_op = new_ops.get((path, method))
        if new_op is None:
            continue
        before, after = _requirements(old, old_op), _requirements(new, new_op)
        redefined = sorted(
            {n for alt in before + after for n in alt if _scheme(old, n) != _scheme(new, n)}
        )
        if before == after and not redefined:
            continue
        breaking = not all(any(_satisfies(old, new, h, w) for w in after) for h in before)
        note = f" (scheme {', '.join(f'`{n}`' for n in redefined)} redefined)" if redefined else ""
        key = (breaking, _describe(before), _describe(after), note)
        label = openapi.operation_label(old, path, method)
        grouped.setdefault(key, []).append((label, openapi.operation_names(old, path, method)))
    findings = []
    for (breaking, before_text, after_text, note), ops in grouped.items():
        findings.append(
            Finding(
                level=Level.SPEC,
                breaking=breaking,
                kind=GroupKind.DOCUMENT,
                group="security",
                subject="security requirement",
                message=(
                    f"{before_text} → {after_text}{note}"
                    + (
                        ": clients configured for the old requirement are refused"
                        if breaking
                        else ""
                    )
                ),
                rule=RULE_SECURITY,
                affects=tuple(label for label, _ in ops),
                names=frozenset({"security", *(n for _, names in ops for n in names)}),
            )
        )
    return findings


def is_tolerated_response_enum_addition(rule: str, json_path: str, message: str) -> bool:
    """Optic flags a value added to a response enum; our generated enums accept unknown values."""
    return (
        rule == OPTIC_ENUM_RULE
        and "/responses/" in json_path
        and message.startswith("cannot add enum option")
    )


def is_required_inside_new_object(message: str, json_path: str, old: openapi.Document) -> bool:
    """Optic flags a required request property; not breaking when an enclosing property is new
    (absent from the old document), since clients do not send that object yet."""
    if not message.startswith("cannot add a required request property") and not (
        "request property" in message and "required" in message
    ):
        return False
    tokens = openapi.split(json_path)
    if "requestBody" not in tokens:
        return False
    field_positions = [
        i
        for i in range(len(tokens) - 1)
        if tokens[i] == "properties" and i > tokens.index("requestBody")
    ]
    for i in field_positions[:-1]:  # every enclosing property, not the field itself
        ancestor = openapi.join(tokens[: i + 2])
        if openapi.get(old, openapi.canonical(old, ancestor)) is openapi.MISSING:
            return True
    return False
