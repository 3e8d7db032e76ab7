"""scripts/regenerate: the drift check catches hand edits, output is deterministic, warnings fail.

All runs below are started together by one module fixture (each regenerates the
GrowthBook package, about ten seconds; they are independent), each in its own copy
of the repository. Determinism: the clean copy's check and the "first" run are two
generations in separate processes (with their own hash seeds), and both must equal
what is checked in.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from regen_helpers import PACKAGE, REPO, SERVICE, Run, copy_repo, run_all, tree

HAND_EDIT = "# a hand edit that regeneration would lose\n"
EDITED_FILE = "models/feature.py"
ADDED_FILE = "models/hand_written_helper.py"
DELETED_FILE = "api/segments/get_segment.py"
MISSING_REF = "#/components/schemas/NoSuchSchema"
DOC = Path("docs") / "operations.md"
DOC_EDIT = "| a row written by hand |\n"


def _break_spec(root: Path) -> None:
    """Point getProject's 200 response at a schema that does not exist."""
    spec = root / "specs" / f"{SERVICE}.yaml"
    text = spec.read_text(encoding="utf-8")
    old = "$ref: '#/components/schemas/GetProjectResponse'"
    assert text.count(old) == 1, "the spec changed: update this test's edit"
    spec.write_text(text.replace(old, f"$ref: '{MISSING_REF}'"), encoding="utf-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    base = tmp_path_factory.mktemp("regenerate")
    clean = copy_repo(base / "clean")

    # One copy with three kinds of drift: a hand edit, a file added, a file deleted.
    edited = copy_repo(base / "edited")
    with (edited / "generated" / PACKAGE / EDITED_FILE).open("a", encoding="utf-8") as f:
        f.write(HAND_EDIT)
    (edited / "generated" / PACKAGE / ADDED_FILE).write_text("VALUE = 1\n", encoding="utf-8")
    (edited / "generated" / PACKAGE / DELETED_FILE).unlink()

    # docs/operations.md edited by hand in one copy, deleted in another.
    stale_doc = copy_repo(base / "stale_doc")
    with (stale_doc / DOC).open("a", encoding="utf-8") as f:
        f.write(DOC_EDIT)
    first = copy_repo(base / "first")
    (first / DOC).unlink()

    broken = copy_repo(base / "broken")
    _break_spec(broken)

    no_facade = copy_repo(base / "no_facade")
    shutil.rmtree(no_facade / "facade")

    return run_all(
        {
            "no_facade": (no_facade, ["--check", SERVICE]),
            "clean": (clean, ["--check", SERVICE]),
            "edited": (edited, ["--check", SERVICE]),
            "stale_doc": (stale_doc, ["--check", SERVICE]),
            "first": (first, [SERVICE]),
            "broken": (broken, [SERVICE]),
        }
    )


def test_clean_copy_passes_the_check(runs: dict[str, Run]) -> None:
    run = runs["clean"]
    assert run.returncode == 0, run.output
    assert f"generated/{PACKAGE}: up to date with specs/{SERVICE}.yaml" in run.output
    assert f"{DOC}: up to date with the operation index" in run.output


def test_a_stale_operations_doc_fails_the_check(runs: dict[str, Run]) -> None:
    run = runs["stale_doc"]
    assert run.returncode == 1, run.output
    assert f"generated/{PACKAGE}: up to date with specs/{SERVICE}.yaml" in run.output
    assert f"{DOC} is out of date: run scripts/regenerate" in run.output
    assert (run.root / DOC).read_text(encoding="utf-8").endswith(DOC_EDIT)  # --check wrote nothing


def test_regeneration_writes_the_operations_doc(runs: dict[str, Run]) -> None:
    run = runs["first"]
    assert run.returncode == 0, run.output
    assert f"{DOC}: written" in run.output
    assert (run.root / DOC).read_bytes() == (REPO / DOC).read_bytes()


def test_hand_edit_fails_the_check_and_names_the_file(runs: dict[str, Run]) -> None:
    run = runs["edited"]
    assert run.returncode == 1, run.output
    assert f"generated/{PACKAGE} is out of date with specs/{SERVICE}.yaml" in run.output
    assert f"differs: {EDITED_FILE}" in run.output
    assert HAND_EDIT.strip() in run.output  # the diff shows the offending line
    assert "never edit generated/" in run.output
    # Only the edited file is reported as differing.
    assert re.findall(r"differs: (\S+)", run.output) == [EDITED_FILE]


def test_added_and_deleted_files_fail_the_check(runs: dict[str, Run]) -> None:
    run = runs["edited"]
    assert run.returncode == 1, run.output
    assert f"not produced by the spec: {ADDED_FILE}" in run.output
    assert f"missing in generated/: {DELETED_FILE}" in run.output


def test_check_does_not_modify_generated(runs: dict[str, Run]) -> None:
    edited = runs["edited"].package / EDITED_FILE
    assert edited.read_text(encoding="utf-8").endswith(HAND_EDIT)


def test_regeneration_is_deterministic(runs: dict[str, Run]) -> None:
    first, clean = runs["first"], runs["clean"]
    assert first.returncode == 0, first.output
    assert "0 warnings" in first.output
    # The clean copy's check generated the package in another process and found it equal to
    # what is checked in; the first run's output must be equal to it too, byte for byte.
    assert clean.returncode == 0, clean.output
    one = tree(first.package)
    checked_in = tree(REPO / "generated" / PACKAGE)
    assert sorted(one) == sorted(checked_in)
    assert [name for name in one if one[name] != checked_in[name]] == []


def test_regeneration_output_has_no_temporary_paths(runs: dict[str, Run]) -> None:
    for name, content in tree(runs["first"].package).items():
        text = content.decode("utf-8", errors="replace")
        assert "regenerate-" not in text, name
        assert str(runs["first"].root) not in text, name


def test_generator_warning_fails_the_run(runs: dict[str, Run]) -> None:
    run = runs["broken"]
    assert run.returncode == 1, run.output
    assert f"scripts/regenerate: {SERVICE}: the generator reported problems" in run.output
    assert "WARNING parsing GET /projects/{id}" in run.output
    assert MISSING_REF in run.output


def test_generator_warning_leaves_generated_untouched(runs: dict[str, Run]) -> None:
    assert tree(runs["broken"].package) == tree(REPO / "generated" / PACKAGE)


def test_a_copy_without_the_facade_is_told_what_is_missing(runs: dict[str, Run]) -> None:
    run = runs["no_facade"]
    assert run.returncode == 1, run.output
    assert "Traceback" not in run.output
    assert f"scripts/regenerate: {DOC}:" in run.output
    assert "has no facade/" in run.output


def test_unknown_service_is_refused(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "copy")
    run = run_all({"unknown": (root, ["--check", "optimizely"])})["unknown"]
    assert run.returncode == 2, run.output
    assert "unknown service ['optimizely']" in run.output
    assert "growthbook" in run.output
