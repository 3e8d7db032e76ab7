"""`client.call(<module>.operation, ...)` keeps the generated signature for a type checker.

A spec change that renames a parameter or a model field therefore shows up as a
type error in code that calls the facade, not as a surprise at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is installed with the [test] extra")

REPO = Path(__file__).resolve().parents[2]

GOOD = """
from experiment_clients import GrowthBookClient
from growthbook_api_client.api.features import get_feature, list_features

def use(gb: GrowthBookClient) -> None:
    page = gb.call(list_features.operation, limit=5, project_id="prj_1")
    reveal_type(page)
    names: list[str] = [f.id for f in page.features]
    one = gb.call(get_feature.operation, "my_feature")
    reveal_type(one.feature.value_type)
    by_name = gb.call("listFeatures", limit=5)  # by name: accepted, untyped
    reveal_type(by_name)
"""

BAD = """
from experiment_clients import GrowthBookClient
from growthbook_api_client.api.features import get_feature, list_features

def use(gb: GrowthBookClient) -> None:
    gb.call(list_features.operation, limit="five")
    gb.call(get_feature.operation)
    gb.call(list_features.operation).featurez
"""


def _mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source)
    out, err, status = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--follow-imports=silent",
            f"--python-executable={sys.executable}",
            str(snippet),
        ]
    )
    return out + err, status


def test_a_typed_call_returns_the_2xx_model(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, GOOD)
    assert status == 0, out
    assert (
        'Revealed type is "growthbook_api_client.models.list_features_response.ListFeaturesResponse"'
        in out
    )
    assert "FeatureValueType" in out
    assert 'Revealed type is "Any"' in out


def test_wrong_arguments_and_fields_are_type_errors(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, BAD)
    assert status == 1, out
    flagged = {int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line}
    # limit="five" (line 6), the missing feature id (7) and a misspelt model field (8).
    assert flagged == {6, 7, 8}, out
    assert '"featurez"' in out, out
