"""scripts/_regen as a module (issue 11 item 7): importable, one ROOT, raises and returns."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))

import _regen  # noqa: E402
from _contract import cli, git, python_level, spec_level  # noqa: E402


def test_one_root_shared_by_every_script_package() -> None:
    assert REPO == _regen.ROOT
    assert cli.ROOT is spec_level.ROOT is git.ROOT is _regen.ROOT
    assert python_level.services() == _regen.SERVICES


def test_a_broken_spec_raises_generation_error_with_the_log(tmp_path: Path) -> None:
    spec = tmp_path / "growthbook.yaml"
    text = (REPO / "specs" / "growthbook.yaml").read_text()
    old = "$ref: '#/components/schemas/GetProjectResponse'"
    assert text.count(old) == 1
    spec.write_text(text.replace(old, "$ref: '#/components/schemas/NoSuchSchema'"))
    with pytest.raises(_regen.GenerationError) as caught:
        _regen.generate("growthbook", tmp_path / "out", spec=spec)
    assert "NoSuchSchema" in caught.value.log
    assert "the generator reported problems" in str(caught.value)


def test_an_unknown_service_or_missing_input_raises(tmp_path: Path) -> None:
    with pytest.raises(_regen.GenerationError, match="unknown service"):
        _regen.generate("optimizely", tmp_path)
    with pytest.raises(_regen.GenerationError, match="is missing"):
        _regen.generate("growthbook", tmp_path, spec=tmp_path / "absent.yaml")


def test_the_generation_cache_serves_what_it_keeps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from _regen import generation

    monkeypatch.setenv(generation.CACHE_VARIABLE, str(tmp_path / "cache"))
    kept = tmp_path / "kept" / "growthbook_api_client"
    shutil.copytree(REPO / "generated" / "growthbook_api_client", kept)
    (kept / "KEPT").write_text("from the cache")
    assert generation.keep("growthbook", kept)
    assert not generation.keep("growthbook", kept)  # one entry per input
    out = generation.generate("growthbook", tmp_path / "out")
    assert (out / "KEPT").read_text() == "from the cache"  # not generated again


def test_the_cache_key_covers_every_input(tmp_path: Path) -> None:
    from _regen import generation

    root = tmp_path / "repo"
    for part in ("specs", "config", "templates"):
        shutil.copytree(REPO / part, root / part)
    spec = root / "specs" / "growthbook.yaml"
    digest = generation._inputs_digest("growthbook", spec, root)
    assert digest == generation._inputs_digest(
        "growthbook", REPO / "specs" / "growthbook.yaml", REPO
    )
    assert digest != generation._inputs_digest("convert", spec, root)
    edits = [
        spec,
        root / "config" / "growthbook.yml",
        root / "templates" / "model.py.jinja",
        root / "templates" / "property_templates" / "open_object.jinja",
    ]
    for path in edits:
        original = path.read_bytes()
        path.write_bytes(original + b"\n# edited\n")
        assert generation._inputs_digest("growthbook", spec, root) != digest, path
        path.write_bytes(original)
    assert generation._inputs_digest("growthbook", spec, root) == digest
