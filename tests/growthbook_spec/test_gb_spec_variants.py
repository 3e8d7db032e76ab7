"""Other documents through our templates: renamed models, a dropped operation, const unions.

Each variant is generated with ``scripts/regenerate`` in a throw-away copy of the
generation inputs (the variants run side by side), then exercised in a child
interpreter whose path puts the variant's package before ours:

- a GrowthBook document whose models carry the vendor's names (``FeatureV1``,
  ``GetFeatureResponse200``, ``ToggleFeatureBody``...): ``import experiment_clients``
  works and every helper still works, since helpers go by operation (issue 15, item 1);
- the same without ``toggleFeature``: only that helper fails, with a clear error;
- ``tests/fixtures/specs/const_union.yaml``: ``anyOf [{const: 1}, {const: 2}]`` accepts
  both values, and a value no branch takes is reported with every branch and why
  (issue 15, item 4).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
RENAMES = {
    "Feature": "FeatureV1",
    "GetFeatureResponse": "GetFeatureResponse200",
    "ListFeaturesResponse": "ListFeaturesResponse200",
    "ToggleFeatureRequest": "ToggleFeatureBody",
    "ToggleFeatureResponse": "ToggleFeatureResponse200",
    "GetExperimentResultsResponse": "GetExperimentResultsResponse200",
    "ExperimentResults": "ExperimentResultsV1",
}


def _renamed(document: Any) -> Any:
    """``document`` with the component schemas in RENAMES renamed, and every $ref to them."""
    if isinstance(document, dict):
        out = {}
        for key, value in document.items():
            if key == "$ref" and isinstance(value, str):
                name = value.rsplit("/", 1)[-1]
                value = value[: -len(name)] + RENAMES.get(name, name)
            out[key] = _renamed(value)
        schemas = out.get("components", {}).get("schemas")
        if schemas is not None:
            out["components"]["schemas"] = {RENAMES.get(k, k): v for k, v in schemas.items()}
        return out
    if isinstance(document, list):
        return [_renamed(v) for v in document]
    return document


def _without_toggle(document: dict[str, Any]) -> dict[str, Any]:
    paths = {
        path: {m: op for m, op in item.items() if op.get("operationId") != "toggleFeature"}
        for path, item in document["paths"].items()
    }
    return {**document, "paths": {p: item for p, item in paths.items() if item}}


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Generate every variant at once; return each one's folder holding its generated package."""
    pytest.importorskip("openapi_python_client", reason="regeneration needs the [dev] extras")
    ours = yaml.safe_load((REPO / "specs" / "growthbook.yaml").read_text())
    documents = {
        "renamed": _renamed(ours),
        "no_toggle": _without_toggle(_renamed(ours)),
        "const_union": yaml.safe_load(
            (REPO / "tests" / "fixtures" / "specs" / "const_union.yaml").read_text()
        ),
    }
    roots, procs = {}, {}
    for name, document in documents.items():
        root = tmp_path_factory.mktemp(name)
        for part in ("config", "templates", "scripts"):
            shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
        (root / "specs").mkdir()
        (root / "specs" / "growthbook.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
        roots[name] = root
        procs[name] = subprocess.Popen(
            [sys.executable, str(root / "scripts" / "regenerate"), "growthbook"],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    for name, proc in procs.items():
        output, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"{name}: {output}"
        assert "0 warnings" in output, output
    return {name: root / "generated" for name, root in roots.items()}


def _run(generated: Path, code: str) -> str:
    """Run ``code`` in a child interpreter that imports the variant's package before ours."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(generated), str(REPO / "facade")])
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_the_variant_really_renames_the_models(variants: dict[str, Path]) -> None:
    models = variants["renamed"] / "growthbook_api_client" / "models"
    assert (models / "feature_v1.py").exists()
    assert (models / "toggle_feature_body.py").exists()
    assert not (models / "feature.py").exists()
    assert not (models / "get_feature_response.py").exists()


def test_helpers_work_whatever_the_spec_names_its_models(variants: dict[str, Path]) -> None:
    out = _run(
        variants["renamed"],
        """
        from experiment_clients import GrowthBookClient
        from experiment_sandbox import Sandbox
        from growthbook_api_client.models import FeatureV1  # the variant's package is in use
        with Sandbox() as sb:
            with GrowthBookClient(sb.credentials.growthbook_api_key, sb.growthbook_url) as gb:
                features = list(gb.features(max_items=3))
                one = gb.feature(features[0].id)
                env = sorted(one.environments)[0]
                toggled = gb.toggle_feature(one.id, {env: True}, reason="variant")
                print(type(features[0]).__name__, type(one).__name__, len(features))
                print(toggled.environments[env].enabled)
        """,
    )
    assert out.split() == ["FeatureV1", "FeatureV1", "3", "True"]


def test_a_dropped_operation_fails_only_its_helper(variants: dict[str, Path]) -> None:
    out = _run(
        variants["no_toggle"],
        """
        from experiment_clients import ConfigurationError, GrowthBookClient
        from experiment_sandbox import Sandbox

        with Sandbox() as sb:
            with GrowthBookClient(sb.credentials.growthbook_api_key, sb.growthbook_url) as gb:
                feature = next(iter(gb.features()))
                print(gb.feature(feature.id).id == feature.id)
                try:
                    gb.toggle_feature(feature.id, {"production": True})
                except ConfigurationError as exc:
                    print(exc)
        """,
    )
    first, message = out.splitlines()
    assert first == "True"
    assert (
        "toggle_feature() needs the operation growthbook_api_client.api.features.toggle_feature"
        in message
    )
    assert "client.call(" in message


def test_a_union_of_consts_accepts_every_const(variants: dict[str, Path]) -> None:
    out = _run(
        variants["const_union"],
        """
        from growthbook_api_client.models import Audience, Rule
        from growthbook_api_client.types import decode

        print(decode(Rule, b'{"hashVersion": 1, "target": 7}'))
        print(decode(Rule, b'{"hashVersion": 2, "target": {"name": "beta"}}'))
        """,
    )
    assert out.splitlines() == [
        "Rule(hash_version=1, target=7)",
        "Rule(hash_version=2, target=Audience(name='beta'))",
    ]


def test_a_union_error_names_every_branch_and_why(variants: dict[str, Path]) -> None:
    out = _run(
        variants["const_union"],
        """
        import msgspec
        from growthbook_api_client.models import Rule
        from growthbook_api_client.types import decode

        for body in (b'{"hashVersion": 3, "target": 7}', b'{"hashVersion": 2, "target": "x"}'):
            try:
                decode(Rule, body)
            except msgspec.ValidationError as exc:
                print(exc)
        """,
    )
    const_error, type_error = out.splitlines()
    assert "`$.hashVersion`" in const_error
    assert "branches tried: 1 (needs exactly 1); 2 (needs exactly 2)" in const_error
    assert "`$.target`" in type_error
    assert "an integer (needs an integer)" in type_error
    assert "Audience (needs an object)" in type_error
