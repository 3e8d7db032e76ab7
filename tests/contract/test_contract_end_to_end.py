"""End to end: a response field removed from a copy of specs/growthbook.yaml is reported at both
levels, the spec (Optic) and the regenerated Python package (griffe), and the script exits 1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from contract_helpers import ROOT, run_script

pytestmark = pytest.mark.usefixtures("optic_engine")


def test_removed_response_field_breaks_the_spec_and_the_package(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "specs" / "growthbook.yaml").read_text())
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    old, new = tmp_path / "old" / "growthbook.yaml", tmp_path / "new" / "growthbook.yaml"
    # The old side is today's spec byte for byte: its package is the checked-in one (cached).
    shutil.copyfile(ROOT / "specs" / "growthbook.yaml", old)
    project = spec["components"]["schemas"]["Project"]
    del project["properties"]["name"]
    project["required"].remove("name")
    new.write_text(yaml.safe_dump(spec, sort_keys=False))

    proc = run_script(str(old), str(new))

    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = proc.stdout
    spec_part, python_part = report.split("Python level (`growthbook_api_client`):", 1)
    # spec level: one finding under the schema, naming the operations that return it
    assert "- **schema `Project`**" in spec_part
    assert "`name`: cannot remove response property 'name'" in spec_part
    assert "getProject" in spec_part
    assert "listProjects" in spec_part
    # Python level: the generated model lost the field
    assert "- **growthbook_api_client.models.project**" in python_part
    assert "`Project.name`: field or class attribute removed" in python_part


def test_identical_specs_exit_0(tmp_path: Path) -> None:
    proc = run_script(
        str(ROOT / "specs" / "growthbook.yaml"), str(ROOT / "specs" / "growthbook.yaml")
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "**No breaking change.**" in proc.stdout
