"""OpenAPI Overlay 1.0 documents: update merges, remove deletes, every action is reported, a
malformed overlay is refused naming what is wrong, and the checked-in overlays still apply."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from _intake import overlay, take
from _intake.walk import RepairError
from corpus import base
from intake_helpers import REPO as ROOT


def _write(tmp_path: Path, actions: object) -> Path:
    path = tmp_path / "overlay.yaml"
    doc = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}
    path.write_text(yaml.safe_dump(doc))
    return path


def test_update_merges_objects_and_appends_to_arrays(tmp_path: Path) -> None:
    doc = base()
    path = _write(
        tmp_path,
        [
            {
                "description": "bounded limit",
                "target": "$.paths[*].get.parameters[?@.name == 'limit'].schema",
                "update": {"maximum": 100},
            },
            {"target": "$.components.schemas.Gadget.required", "update": "name"},
        ],
    )
    done = overlay.apply_file(doc, path)
    assert [(r.rule, r.count) for r in done] == [
        ("overlay: bounded limit", 1),
        ("overlay: actions[1]", 1),
    ]
    limit = doc["paths"]["/gadgets"]["get"]["parameters"][0]
    assert limit["schema"] == {"type": "integer", "maximum": 100}
    assert doc["components"]["schemas"]["Gadget"]["required"] == ["id", "name"]


def test_remove_deletes_every_match(tmp_path: Path) -> None:
    doc = base()
    path = _write(tmp_path, [{"target": "$.paths[*].get.parameters[*]", "remove": True}])
    (repair,) = overlay.apply_file(doc, path)
    assert repair.count == 3
    assert all(op["get"]["parameters"] == [] for op in doc["paths"].values())


def test_an_action_matching_nothing_is_reported_as_stale(tmp_path: Path) -> None:
    doc = base()
    path = _write(tmp_path, [{"target": "$.components.schemas.Nothing", "update": {"a": 1}}])
    (repair,) = overlay.apply_file(doc, path)
    assert repair.count == 0
    assert "matched nothing" in repair.examples[0]
    assert doc == base()


@pytest.mark.parametrize(
    ("actions", "message"),
    [
        ([], "non-empty list"),
        ([{"update": {}}], "needs a `target`"),
        ([{"target": "$.info", "update": {}, "remove": True}], "exactly one of update, remove"),
        ([{"target": "$.info[?", "update": {}}], "actions[0].target"),
    ],
)
def test_a_malformed_overlay_is_refused(tmp_path: Path, actions: object, message: str) -> None:
    with pytest.raises(RepairError, match="overlay") as caught:
        overlay.apply_file(base(), _write(tmp_path, actions))
    assert message in str(caught.value)


@pytest.mark.parametrize("service", ["growthbook", "convert"])
def test_checked_in_overlays_apply_to_the_checked_in_specs(service: str) -> None:
    doc = take.read(ROOT / "specs" / f"{service}.yaml")
    path = take.overlay_path(service)
    done = overlay.apply_file(doc, path)
    assert all(r.count > 0 for r in done), [r.examples for r in done]
    assert bool(done) == path.exists()
