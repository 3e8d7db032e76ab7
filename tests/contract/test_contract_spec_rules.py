"""One spec pair per rule of issue 5: base.yaml before, one edit after, breaking or not.

Each case names the rule that must fire, so a rule that stops firing (an engine upgrade, a
supplementary rule removed) fails here by name. Rules marked "supplementary" are ours
(scripts/_contract/supplement.py), for exactly the gaps of Optic's breaking-changes ruleset.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from _contract.model import Finding, GroupKind, Level
from _contract.spec_level import Engine, EngineError, compare_specs, run_engine
from contract_helpers import Spec, base_spec, write_pair

pytestmark = pytest.mark.usefixtures("optic_engine")


def _op(spec: Spec, path: str, method: str) -> Spec:
    op: Spec = spec["paths"][path][method]
    return op


def _schema(spec: Spec, name: str) -> Spec:
    schema: Spec = spec["components"]["schemas"][name]
    return schema


def _param(spec: Spec, name: str) -> Spec:
    return next(p for p in _op(spec, "/items", "get")["parameters"] if p["name"] == name)


def _move_method(spec: Spec) -> None:
    spec["paths"]["/items/{id}"]["put"] = spec["paths"]["/items/{id}"].pop("get")


def _move_path(spec: Spec) -> None:
    spec["paths"]["/things/{id}"] = spec["paths"].pop("/items/{id}")


def _drop_param(spec: Spec) -> None:
    _op(spec, "/items", "get")["parameters"].remove(_param(spec, "limit"))


def _redefine_bearer(spec: Spec) -> None:
    spec["components"]["securitySchemes"]["bearerAuth"] = {
        "type": "apiKey",
        "in": "query",
        "name": "token",
    }


def _add_operation(spec: Spec) -> None:
    spec["paths"]["/items/{id}"]["delete"] = {
        "operationId": "deleteItem",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {"204": {"description": "Deleted."}},
    }


@dataclass(frozen=True)
class Case:
    edit: Callable[[Spec], object]
    breaking: bool
    rule: str  # the rule (or, for non-breaking cases, a word of the message) that must appear


CASES = {
    # --- breaking: the rules issue 5 requires
    "removed operation": Case(
        lambda s: s["paths"].pop("/items/{id}"), True, "Optic: prevent operation removal"
    ),
    "changed method": Case(_move_method, True, "method or path changed"),
    "changed path": Case(_move_path, True, "method or path changed"),
    "removed parameter": Case(_drop_param, True, "supplementary: removed parameter"),
    "renamed parameter": Case(
        lambda s: _param(s, "limit").update(name="max"), True, "supplementary: removed parameter"
    ),
    "parameter became required": Case(
        lambda s: _param(s, "limit").update(required=True),
        True,
        "Optic: prevent requiring existing query parameters",
    ),
    "request field became required": Case(
        lambda s: _schema(s, "ItemCreate")["required"].append("kind"),
        True,
        "Optic: prevent changing request property to required",
    ),
    "narrowed request enum": Case(
        lambda s: _schema(s, "ItemCreate")["properties"]["kind"].update(enum=["small", "large"]),
        True,
        "Optic: request and response property enums",
    ),
    "narrowed parameter enum": Case(
        lambda s: _param(s, "status")["schema"].update(enum=["draft"]),
        True,
        "Optic: prevent query parameters enum breaking changes",
    ),
    "narrowed request type": Case(
        lambda s: _schema(s, "ItemCreate")["properties"]["size"].update(type="string"),
        True,
        "Optic: prevent request property type changes",
    ),
    "changed request type": Case(
        lambda s: _schema(s, "ItemCreate")["properties"]["label"].update(type="integer"),
        True,
        "Optic: prevent request property type changes",
    ),
    "removed response field": Case(
        lambda s: _schema(s, "Item")["properties"].pop("count"),
        True,
        "Optic: prevent removing response property",
    ),
    "changed response field type": Case(
        lambda s: _schema(s, "Item")["properties"]["count"].update(type="string"),
        True,
        "Optic: prevent response property type changes",
    ),
    "changed security requirement": Case(
        lambda s: s.update(security=[{"apiKey": []}]), True, "supplementary: security requirement"
    ),
    "changed operation security": Case(
        lambda s: _op(s, "/items", "get").update(security=[{"apiKey": []}]),
        True,
        "supplementary: security requirement",
    ),
    "redefined security scheme": Case(
        _redefine_bearer, True, "supplementary: security requirement"
    ),
    "new required request field": Case(
        lambda s: (
            _schema(s, "ItemCreate")["properties"].update(owner={"type": "string"}),
            _schema(s, "ItemCreate")["required"].append("owner"),
        ),
        True,
        "Optic: prevent changing request property to required",
    ),
    "new required parameter": Case(
        lambda s: _op(s, "/items", "get")["parameters"].append(
            {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        True,
        "Optic: prevent new required query parameters",
    ),
    # --- not breaking
    "added optional request field": Case(
        lambda s: _schema(s, "ItemCreate")["properties"].update(extra={"type": "string"}),
        False,
        "added",
    ),
    "added optional parameter": Case(
        lambda s: _op(s, "/items", "get")["parameters"].append(
            {"name": "q", "in": "query", "schema": {"type": "string"}}
        ),
        False,
        "added",
    ),
    "added operation": Case(_add_operation, False, "added"),
    "added response enum value": Case(
        lambda s: _schema(s, "Item")["properties"]["kind"].update(enum=["small", "large", "xl"]),
        False,
        "generated enums keep unknown values",
    ),
    "added response field": Case(
        lambda s: _schema(s, "Item")["properties"].update(extra={"type": "string"}), False, "added"
    ),
    "widened request enum": Case(
        lambda s: _schema(s, "ItemCreate")["properties"]["kind"]["enum"].append("tiny"),
        False,
        "enum: added",
    ),
    "credentials made optional": Case(
        lambda s: s.update(security=[{"bearerAuth": []}, {}]),
        False,
        "supplementary: security requirement",
    ),
    "description only": Case(
        lambda s: _schema(s, "Item").update(description="An item."), False, "description added"
    ),
}


def _compare(
    tmp_path: Path, edit: Callable[[Spec], object], old: Spec | None = None
) -> list[Finding]:
    return compare_specs(*write_pair(tmp_path, edit, old)).findings


@pytest.mark.parametrize("name", list(CASES))
def test_rule(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    findings = _compare(tmp_path, case.edit)
    breaking = [f for f in findings if f.breaking]
    assert bool(breaking) is case.breaking, "\n".join(map(str, findings))
    pool = breaking if case.breaking else findings
    texts = [f"{f.rule} {f.message}" for f in pool]
    assert any(case.rule in t for t in texts), "\n".join(texts)
    assert all(f.level is Level.SPEC for f in findings)


def test_operation_that_now_needs_credentials_breaks(tmp_path: Path) -> None:
    old = base_spec()
    _op(old, "/items/{id}", "get")["security"] = []  # public before
    findings = _compare(tmp_path, lambda s: _op(s, "/items/{id}", "get").pop("security"), old)
    (finding,) = [f for f in findings if f.breaking]
    assert "no credentials → `bearerAuth`" in finding.message
    assert finding.affects == ("GET /items/{id} (getItem)",)


def test_shared_schema_change_is_one_finding_listing_the_operations(tmp_path: Path) -> None:
    findings = _compare(tmp_path, lambda s: _schema(s, "Item")["properties"].pop("count"))
    (finding,) = findings
    assert (finding.kind, finding.group, finding.subject) == (
        GroupKind.COMPONENT,
        "schema `Item`",
        "`count`",
    )
    assert set(finding.affects) == {
        "GET /items (listItems)",
        "POST /items (createItem)",
        "GET /items/{id} (getItem)",
    }


def test_break_is_reported_even_when_the_major_version_is_raised(tmp_path: Path) -> None:
    # Optic's configured ruleset skips every check on a major bump; the policy needs the list.
    def edit(spec: Spec) -> None:
        spec["info"]["version"] = "2.0.0"
        spec["paths"].pop("/items/{id}")

    assert any(f.breaking for f in _compare(tmp_path, edit))


def test_renamed_parameter_names_the_new_one(tmp_path: Path) -> None:
    findings = _compare(tmp_path, CASES["renamed parameter"].edit)
    (finding,) = [f for f in findings if f.breaking]
    assert finding.subject == "parameter `limit` (query)"
    assert "`max` (renamed?)" in finding.message


def test_one_engine_answers_many_comparisons_and_survives_a_bad_one(tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, lambda s: s["paths"].pop("/items/{id}"))
    (tmp_path / "broken.yaml").write_text("openapi: 3.1.0\npaths: [\n")
    with Engine() as engine:
        first = engine.diff(old, new)
        with pytest.raises(EngineError, match="the Optic engine failed"):
            engine.diff(old, tmp_path / "broken.yaml")
        assert engine.diff(old, new) == first
        assert engine.diff(old, old)["results"] == []
    assert any(r["rule"] == "prevent operation removal" for r in first["results"])


def test_a_dead_engine_says_why(tmp_path: Path) -> None:
    old, new = write_pair(tmp_path, lambda s: None)
    engine = Engine()
    engine._proc.kill()  # as if Node crashed
    with pytest.raises(EngineError, match=r"optic_diff\.cjs exited"):
        engine.diff(old, new)
    engine.close()


def test_memoised_pointer_lookups_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # optic_diff.cjs memoises two of Optic's JSON-pointer helpers for speed; same answer without.
    def edit(spec: Spec) -> None:
        _schema(spec, "Item")["properties"].pop("count")
        _param(spec, "limit").update(required=True)
        _schema(spec, "Item")["properties"]["kind"]["enum"].append("xl")

    old, new = write_pair(tmp_path, edit)
    fast = run_engine(old, new)
    monkeypatch.setenv("CONTRACT_DIFF_NO_MEMO", "1")
    assert run_engine(old, new) == fast
    assert len(fast["results"]) >= 5


def test_a_new_optional_array_whose_items_require_a_field_does_not_break(tmp_path: Path) -> None:
    # Issue 15 item 11: clients do not send the new array yet, so its items' required field
    # cannot break a request; a required field in an object clients already send still does.
    def edit(spec: Spec) -> None:
        _schema(spec, "ItemCreate")["properties"]["steps"] = {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key"],
                "properties": {"key": {"type": "string"}},
            },
        }

    findings = _compare(tmp_path, edit)
    assert not [f for f in findings if f.breaking], "\n".join(map(str, findings))
    assert any("reclassified" in f.rule and "`steps[].key`" in f.subject for f in findings)

    def required_in_existing(spec: Spec) -> None:
        edit(spec)
        create = _schema(spec, "ItemCreate")
        create["properties"]["note"] = {"type": "string"}
        create.setdefault("required", []).append("note")

    breaking = [f for f in _compare(tmp_path, required_in_existing) if f.breaking]
    assert [f.subject for f in breaking] == ["`note`"]


def test_a_base_path_move_is_one_finding_not_every_operation(tmp_path: Path) -> None:
    # Issue 15 item 10: `/api/v1` + `/items` became `/api` + `/v1/items`: same URLs on the wire.
    old = base_spec()
    old["servers"] = [{"url": "https://items.test/api/v1"}]

    def edit(spec: Spec) -> None:
        spec["servers"] = [{"url": "https://items.test/api"}]
        spec["paths"] = {f"/v1{path}": item for path, item in spec["paths"].items()}

    findings = _compare(tmp_path, edit, old)
    (moved,) = findings
    assert moved.breaking
    assert (moved.group, moved.subject) == ("servers", "base path")
    assert "`/api/v1` to `/api`" in moved.message

    def and_one_removed(spec: Spec) -> None:
        edit(spec)
        spec["paths"]["/v1/items/{id}"].pop("get")

    removed = [f.group for f in _compare(tmp_path, and_one_removed, old) if f.breaking]
    assert sorted(removed) == ["GET /api/v1/items/{id} (getItem)", "servers"]
