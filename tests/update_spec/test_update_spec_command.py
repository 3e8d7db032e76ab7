"""scripts/update-spec end to end, in a temporary copy of the repository: the corpus document
with every flaw is taken (repaired, validated, generated, diffed, summarised); taking it again
changes nothing; the exit codes 0, 1 and 2.

The runs build on each other (first take, then the same again), so one module fixture makes
them in order in one copy; the refusals (which stop before generating) run in a copy of their own.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from corpus import messy
from intake_helpers import PACKAGE, Run, copy_repo, tree, update_spec, write_doc


@pytest.fixture(scope="module")
def taken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("update-spec")
    root = copy_repo(base / "repo")
    source = write_doc(base / "vendor.json", messy())
    first = update_spec(root, source)
    after_first = tree(root / "specs") | tree(root / "generated")
    second = update_spec(root, source)
    after_second = tree(root / "specs") | tree(root / "generated")
    return {
        "root": root,
        "first": first,
        "second": second,
        "after_first": after_first,
        "after_second": after_second,
    }


def _run(taken: dict[str, object], name: str) -> Run:
    run = taken[name]
    assert isinstance(run, Run)
    return run


def test_first_take_repairs_generates_and_reports_the_break(taken: dict[str, object]) -> None:
    run = _run(taken, "first")
    # Our 20 GrowthBook operations are gone from the vendor document: a break, files written.
    assert run.returncode == 1, run.stdout + run.stderr
    assert "# Contract diff" in run.stdout
    assert "cannot remove an operation" in run.stdout
    assert "- operations: 20 before, 3 after (3 added, 20 removed" in run.stdout
    assert "  - added: GET /api/v1/gadgets (listGadgets)" in run.stdout
    for rule in (
        "response-descriptions",
        "misspelt-types",
        "bare-string-schemas",
        "response-objects",
        "parameter-keys",
        "mixed-enums",
        "array-items",
        "paths-refs",
        "case-collisions",
        "inline-union-objects",
        "operation-ids",
        "nullable",
        "openapi-3.1",
        "min-max",
        "path-templates",
        "const-unions",
        "schema-names",
        "allof-unions",
        "inline-name-collisions",
    ):
        assert f"  - {rule}: " in run.stdout, rule
    assert "- time: repairs and validation" in run.stdout
    assert "- facade (experiment_clients): not checked (no facade/ in this tree)" in run.stdout
    root = taken["root"]
    assert isinstance(root, Path)
    spec = (root / "specs" / "growthbook.yaml").read_text()
    assert "openapi: 3.1.0" in spec
    modules = sorted(p.stem for p in (root / "generated" / PACKAGE / "api").rglob("*.py"))
    # Every operation generated, under the names the operation-ids rule gave the unnamed ones.
    assert [m for m in modules if m != "__init__"] == [
        "get_gadgets_id",
        "list_gadgets",
        "list_gadgets_2",
    ]


def test_taking_the_same_document_again_changes_nothing(taken: dict[str, object]) -> None:
    run = _run(taken, "second")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "- operations: 3 before, 3 after (0 added, 0 removed" in run.stdout
    assert taken["after_first"] == taken["after_second"]


@pytest.fixture(scope="module")
def refusals(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Run]]:
    base = tmp_path_factory.mktemp("update-spec-refused")
    root = copy_repo(base / "repo")
    unknown_type = messy()
    unknown_type["components"]["schemas"]["Gadget"]["properties"]["size"] = {"type": "whole"}
    dangling = copy.deepcopy(messy())
    dangling["components"]["schemas"]["Gadget"]["properties"]["size"] = {
        "$ref": "#/components/schemas/Nowhere"
    }
    not_openapi = base / "notes.yaml"
    not_openapi.write_text("just: some notes\n")
    runs = {
        "unknown type": update_spec(root, write_doc(base / "a.yaml", unknown_type)),
        "dangling ref": update_spec(root, write_doc(base / "b.yaml", dangling)),
        "not openapi": update_spec(root, not_openapi),
    }
    return root, runs


@pytest.mark.parametrize(
    ("case", "rule", "detail"),
    [
        ("unknown type", "misspelt-types", "unknown type 'whole'"),
        ("dangling ref", "openapi-spec-validator", "Nowhere"),
        ("not openapi", "read", "not an OpenAPI 3.x document"),
    ],
)
def test_a_document_that_cannot_be_taken_exits_2_and_writes_nothing(
    refusals: tuple[Path, dict[str, Run]], case: str, rule: str, detail: str
) -> None:
    root, runs = refusals
    run = runs[case]
    assert run.returncode == 2, run.stdout + run.stderr
    assert f"rule: {rule}" in run.stderr
    assert detail in run.stderr
    assert "Nothing was written." in run.stderr
    original = Path(__file__).resolve().parents[2] / "specs" / "growthbook.yaml"
    assert (root / "specs" / "growthbook.yaml").read_bytes() == original.read_bytes()
