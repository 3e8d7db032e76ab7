"""--base and the policy: a break passes only with raised versions and a changelog that says so.

The --base tests build a small git repository holding a copy of the script, a tiny spec as
specs/growthbook.yaml, pyproject.toml, CHANGELOG.md and a one-function facade, commit it, change
the work tree and run ``scripts/contract_diff --base HEAD`` there.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from _contract import policy
from contract_helpers import BASE, ROOT, run_script

PYPROJECT = '[project]\nname = "demo"\nversion = "{version}"\n'
CHANGELOG = "# Changelog\n\n## 0.1.0\n\n- First release.\n"
FACADE = "def connect(url: str) -> None:\n    '''Open a client.'''\n"


# ----------------------------------------------------------------------------- unit


@pytest.mark.parametrize(
    ("old", "new", "major"),
    [
        ("0.1.0", "0.2.0", True),  # below 1.0 the minor is the major
        ("0.1.0", "0.1.1", False),
        ("0.9.3", "1.0.0", True),
        ("1.4.2", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
        ("1.0.0", "1.0.0", False),
        ("2.0.0", "1.9.0", False),
        ("v2", "v3", True),
        ("beta", "2.0.0", False),
    ],
)
def test_major_bump(old: str, new: str, major: bool) -> None:
    assert policy.is_major_bump(old, new) is major


def test_next_major_suggestion() -> None:
    assert policy.next_major("0.1.0") == "0.2.0"
    assert policy.next_major("1.2.3") == "2.0.0"


def test_newest_section() -> None:
    text = "# Changelog\n\n## 0.2.0\n\n- growthbook: removed x\n\n## 0.1.0\n\n- First.\n"
    heading, body = policy.newest_section(text) or ("", "")
    assert heading == "0.2.0"
    assert "removed x" in body
    assert "First" not in body


# ----------------------------------------------------------------------------- --base


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    shutil.copy2(ROOT / "scripts" / "contract_diff", root / "scripts")
    shutil.copy2(ROOT / "scripts" / "regenerate", root / "scripts")
    for package in ("_contract", "_regen"):
        shutil.copytree(
            ROOT / "scripts" / package,
            root / "scripts" / package,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    (root / "specs").mkdir()
    shutil.copy2(BASE, root / "specs" / "growthbook.yaml")
    (root / "facade" / "experiment_clients").mkdir(parents=True)
    (root / "facade" / "experiment_clients" / "__init__.py").write_text(FACADE)
    (root / "pyproject.toml").write_text(PYPROJECT.format(version="0.1.0"))
    (root / "CHANGELOG.md").write_text(CHANGELOG)
    if (ROOT / "node_modules").is_dir():
        (root / "node_modules").symlink_to(ROOT / "node_modules")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "base")
    return root


def _edit_spec(repo: Path, *, remove_get_item: bool = True, version: str | None = None) -> None:
    path = repo / "specs" / "growthbook.yaml"
    spec = yaml.safe_load(path.read_text())
    if remove_get_item:
        del spec["paths"]["/items/{id}"]
    if version:
        spec["info"]["version"] = version
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


def _contract_diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_script(*args, cwd=repo, script=repo / "scripts" / "contract_diff")


def test_unknown_ref_is_no_base_to_compare(repo: Path) -> None:
    proc = _contract_diff(repo, "--base", "HEAD~1")  # the fixture has a single commit
    assert proc.returncode == 0, proc.stderr
    assert "No base to compare" in proc.stdout


def test_unchanged_tree_passes(repo: Path) -> None:
    proc = _contract_diff(repo, "--base", "HEAD")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "**No breaking change.**" in proc.stdout


@pytest.mark.usefixtures("optic_engine")
def test_unacknowledged_break_fails_and_says_what_is_missing(repo: Path) -> None:
    _edit_spec(repo)
    proc = _contract_diff(repo, "--base", "HEAD", "--no-python")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    assert "not acknowledged" in out
    assert "missing: specs/growthbook.yaml: info.version is 1.0.0 at HEAD and 1.0.0 now" in out
    assert "set `info.version: 2.0.0`" in out
    assert 'set `version = "0.2.0"` (below 1.0 the minor is the major)' in out
    assert "the newest section (`## 0.1.0`) is the one already at HEAD" in out


@pytest.mark.usefixtures("optic_engine")
def test_acknowledged_break_passes(repo: Path) -> None:
    _edit_spec(repo, version="2.0.0")
    (repo / "pyproject.toml").write_text(PYPROJECT.format(version="0.2.0"))
    (repo / "CHANGELOG.md").write_text(
        CHANGELOG.replace(
            "## 0.1.0", "## 0.2.0\n\n- GrowthBook: `getItem` was removed.\n\n## 0.1.0"
        )
    )
    proc = _contract_diff(repo, "--base", "HEAD", "--no-python")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 breaking change, acknowledged" in proc.stdout
    assert "ok: specs/growthbook.yaml: info.version 1.0.0 → 2.0.0" in proc.stdout


@pytest.mark.usefixtures("optic_engine")
def test_changelog_must_say_what_broke(repo: Path) -> None:
    _edit_spec(repo, version="2.0.0")
    (repo / "pyproject.toml").write_text(PYPROJECT.format(version="0.2.0"))
    (repo / "CHANGELOG.md").write_text(
        CHANGELOG.replace("## 0.1.0", "## 0.2.0\n\n- Updated the GrowthBook spec.\n\n## 0.1.0")
    )
    proc = _contract_diff(repo, "--base", "HEAD", "--no-python")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "names growthbook but none of what broke" in proc.stdout
    assert "`getItem`" in proc.stdout


@pytest.mark.usefixtures("optic_engine")
def test_non_breaking_change_needs_nothing(repo: Path) -> None:
    path = repo / "specs" / "growthbook.yaml"
    spec = yaml.safe_load(path.read_text())
    spec["components"]["schemas"]["Item"]["properties"]["extra"] = {"type": "string"}
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    proc = _contract_diff(repo, "--base", "HEAD", "--no-python")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "`extra`: added" in proc.stdout


def test_removed_spec_is_a_break(repo: Path) -> None:
    (repo / "specs" / "growthbook.yaml").unlink()
    proc = _contract_diff(repo, "--base", "HEAD", "--no-python")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "the whole spec: removed" in proc.stdout


def test_facade_break_needs_the_distribution_version_and_changelog(repo: Path) -> None:
    (repo / "facade" / "experiment_clients" / "__init__.py").write_text("VERSION = 1\n")
    proc = _contract_diff(repo, "--base", "HEAD")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    assert "Python level (`experiment_clients`)" in out
    assert "`connect`: function removed" in out
    assert "info.version" not in out  # no spec changed
    assert 'set `version = "0.2.0"`' in out

    (repo / "pyproject.toml").write_text(PYPROJECT.format(version="0.2.0"))
    (repo / "CHANGELOG.md").write_text(
        CHANGELOG.replace(
            "## 0.1.0", "## 0.2.0\n\n- experiment_clients: `connect` removed.\n\n## 0.1.0"
        )
    )
    proc = _contract_diff(repo, "--base", "HEAD")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_engine_missing_fails_with_the_command_to_run(repo: Path) -> None:
    if (repo / "node_modules").is_symlink():
        (repo / "node_modules").unlink()
    _edit_spec(repo)
    proc = _contract_diff(repo, "--base", "HEAD", "--no-python")
    assert proc.returncode == 2
    assert "npm ci --ignore-scripts" in proc.stderr


def test_generated_change_without_a_spec_change_is_compared(repo: Path) -> None:
    """A template or config change alters generated/ with the spec as it was: still checked."""
    package = repo / "generated" / "growthbook_api_client"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("def get_item(item_id: str) -> None:\n    '''Get.'''\n")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "gen")
    (package / "__init__.py").write_text(
        "def get_item(item_id: str, *, strict: bool) -> None:\n    '''Get.'''\n"
    )
    proc = _contract_diff(repo, "--base", "HEAD")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "The spec is unchanged but generated/growthbook_api_client changed" in proc.stdout
    assert "strict" in proc.stdout


def test_a_removed_type_variable_is_not_a_break_but_a_removed_function_is(repo: Path) -> None:
    init = repo / "facade" / "experiment_clients" / "__init__.py"
    init.write_text("from typing import TypeVar\n\nM = TypeVar('M')\n\n" + FACADE)
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "tv")
    init.write_text(FACADE)  # the TypeVar goes: typing machinery, nothing anyone imports
    proc = _contract_diff(repo, "--base", "HEAD")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    init.write_text("from typing import TypeVar\n\nM = TypeVar('M')\n")  # connect() goes: a break
    proc = _contract_diff(repo, "--base", "HEAD")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "`connect`: function removed" in proc.stdout
