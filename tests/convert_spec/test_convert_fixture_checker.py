"""scripts/check_convert_fixture on a small reference made here, and on the real one if present.

The made-up reference mimics the rendering of the real one (a title line, parameters, samples
with collapsed nested objects) in a few operations of our own.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from convert_support import FIXTURE, ROOT

sys.path.insert(0, str(ROOT / "scripts"))

# scripts/ is not a package: import its helper module by path.
from _convert_fixture import (
    FixtureError,
    Row,
    derive,
    differences,
    format_fixture,
    parse_fixture,
)

CHECKER = ROOT / "scripts" / "check_convert_fixture"
SHARED = ROOT.parent / "shared"

REFERENCE = """\
Convert API (2.0.0)

Intro text that mentions List widgets in passing.

Widgets

Widgets of a project

List widgets

Lists the widgets.

path Parameters
account_id
required
integer

Responses

Response samples

Content type
application/json
{
  • "data": [
    ],
  • "extra": {
    }
}

Get a widget

Responses

Response samples

Content type
application/json
Example
{
  • "id": 0,
  • "auth-code": "X",
  • "nested": {
      • "inner": 1
    }
}

Download widgets

Request samples

Content type
application/json
{
  • "ignored": true
}

Response samples

Content type
download/json
{ }

Delete a widget

Response samples

Content type
application/json
{}

Widget

A schema section follows the operations.

id
integer
{
  • "id": 0
}
"""

OPERATIONS = """\
section\ttitle\tmethod\tpath\toperation_id\tpath_params
Widgets\tList widgets\tPOST\t/accounts/{account_id}/widgets\tgetWidgets\taccount_id
Widgets\tGet a widget\tGET\t/widgets/{widget_id}\tgetWidget\twidget_id
Widgets\tDownload widgets\tPOST\t/widgets/export\texportWidgets\t
Widgets\tDelete a widget\tDELETE\t/widgets/{widget_id}\tdeleteWidget\twidget_id
"""

EXPECTED = [
    Row("Widgets", "List widgets", "POST", "/accounts/{account_id}/widgets", "getWidgets", ("data", "extra")),
    Row("Widgets", "Get a widget", "GET", "/widgets/{widget_id}", "getWidget", ("id", "auth-code", "nested")),
    Row("Widgets", "Download widgets", "POST", "/widgets/export", "exportWidgets", ()),
    Row("Widgets", "Delete a widget", "DELETE", "/widgets/{widget_id}", "deleteWidget", ()),
]  # fmt: skip


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "000_convert.txt").write_text(REFERENCE, encoding="utf-8")
    (tmp_path / "seeds" / "004_other.txt").write_text("Another API (1.0.0)\n", encoding="utf-8")
    (tmp_path / "convert-operations.tsv").write_text(OPERATIONS, encoding="utf-8")
    return tmp_path


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_derive_reads_top_level_sample_keys(shared: Path) -> None:
    assert derive(shared) == EXPECTED


def test_fixture_text_round_trips() -> None:
    text = format_fixture(EXPECTED)
    assert text.splitlines()[0] == "section\ttitle\tmethod\tpath\toperation_id\tresponse_keys"
    assert text.splitlines()[2].endswith("\tgetWidget\tid,auth-code,nested")
    assert parse_fixture(text) == EXPECTED


def test_differences_name_the_operation_and_column() -> None:
    changed = [EXPECTED[0], replace(EXPECTED[1], response_keys=("id",)), EXPECTED[3]]
    assert differences(EXPECTED, changed) == [
        "  exportWidgets: missing from the fixture",
        "  getWidget: response_keys: fixture 'id', reference 'id,auth-code,nested'",
    ]
    assert differences(EXPECTED, list(reversed(EXPECTED))) == [
        "  the rows are in a different order than in the reference"
    ]


def test_a_title_missing_from_the_reference_is_an_error(shared: Path) -> None:
    tsv = shared / "convert-operations.tsv"
    tsv.write_text(
        OPERATIONS + "Widgets\tRename a widget\tPUT\t/w\trenameWidget\t\n", encoding="utf-8"
    )
    with pytest.raises(FixtureError, match="'Rename a widget' is on 0 lines"):
        derive(shared)


def test_checker_passes_writes_and_fails_with_a_diff(shared: Path, tmp_path: Path) -> None:
    fixture = tmp_path / "fixture.tsv"
    written = run("--shared", shared, "--fixture", fixture, "--write")
    assert written.returncode == 0, written.stderr
    assert parse_fixture(fixture.read_text(encoding="utf-8")) == EXPECTED

    same = run("--shared", shared, "--fixture", fixture)
    assert same.returncode == 0, same.stdout + same.stderr

    fixture.write_text(
        fixture.read_text(encoding="utf-8").replace("\tdata,extra\n", "\tdata\n"), encoding="utf-8"
    )
    differs = run("--shared", shared, "--fixture", fixture)
    assert differs.returncode == 1
    assert "getWidgets: response_keys: fixture 'data', reference 'data,extra'" in differs.stdout


def test_checker_without_a_reference_exits_2(tmp_path: Path) -> None:
    missing = run("--shared", tmp_path / "nowhere")
    assert missing.returncode == 2
    assert "convert-operations.tsv" in missing.stderr


@pytest.mark.skipif(not (SHARED / "convert-operations.tsv").exists(), reason="no ../shared here")
def test_checked_in_fixture_matches_the_reference() -> None:
    result = run("--shared", SHARED, "--fixture", FIXTURE)
    assert result.returncode == 0, result.stdout + result.stderr
