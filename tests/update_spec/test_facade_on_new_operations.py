"""Issue 13 item 3: every operation of a newly taken document is callable with ``call()`` and,
for a GrowthBook limit/offset list, pageable with ``paginate()``, with no code written for it.

Our GrowthBook spec grown by synthetic resources to the size of a vendor's document
(tests/update_spec/synthetic.py, 300 operations, flaws included) is taken by scripts/update-spec
into a copy of the repository; facade_probe.py then
drives each new operation through the facade against a server on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from intake_helpers import copy_repo, update_spec, write_doc
from synthetic import make_document

PROBE = Path(__file__).with_name("facade_probe.py")
#: The size of the document taken: issue 13 asks for one of at least 300 operations.
OPERATIONS = 300


@pytest.fixture(scope="module")
def probed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], list[str]]:
    base = tmp_path_factory.mktemp("facade-new-ops")
    root = copy_repo(base / "repo", with_facade=True)
    ours = yaml.safe_load((root / "specs" / "growthbook.yaml").read_text())
    known = {op["operationId"] for item in ours["paths"].values() for op in item.values()}
    doc = make_document(operations=OPERATIONS)
    run = update_spec(root, write_doc(base / "vendor.yaml", doc))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "- facade (experiment_clients): imports cleanly with the new package" in run.stdout
    assert "- docs/operations.md: written" in run.stdout
    new = [
        op["operationId"]
        for item in doc["paths"].values()
        for op in item.values()
        if op["operationId"] not in known
    ]
    operations_doc = (root / "docs" / "operations.md").read_text()
    assert all(f"`{op_id}`" in operations_doc for op_id in new), "docs/operations.md is stale"
    names = base / "operations.json"
    names.write_text(json.dumps(new))
    proc = subprocess.run(
        [sys.executable, str(PROBE), str(root), str(names)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    summary: dict[str, object] = json.loads(proc.stdout)
    return summary, new


def test_every_new_operation_is_callable(probed: tuple[dict[str, object], list[str]]) -> None:
    summary, new = probed
    assert len(new) == OPERATIONS - 20  # our GrowthBook spec has 20
    called = summary["called"]
    assert isinstance(called, dict)
    assert sorted(called) == sorted(new)
    assert all(name not in ("NoneType", "Response") for name in called.values()), called


def test_every_new_list_walks_all_its_pages(probed: tuple[dict[str, object], list[str]]) -> None:
    summary, new = probed
    lists = sorted(op for op in new if op.startswith("list"))
    assert len(lists) == len(new) // 5  # each synthetic resource has one list of its five
    assert summary["paged"] == dict.fromkeys(lists, 25)
