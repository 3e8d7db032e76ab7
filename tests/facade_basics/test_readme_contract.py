"""The README's two commands are the project's contract; .ci/run must run the test one verbatim."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _command_under(heading: str) -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"## {heading}", 1)[1]
    match = re.search(r"```bash\n(.+?)\n```", section, re.S)
    assert match, f"no bash block under '## {heading}'"
    return match.group(1).strip()


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    command = _command_under("Run the tests")
    lines = [line for line in (REPO / ".ci" / "run").read_text().splitlines() if line.strip()]
    assert command in lines  # a whole line of its own, as written in the README
    assert "python -m pytest" in command


def test_ci_fails_when_pytest_collects_no_tests(tmp_path: Path) -> None:
    """Run .ci/run's own shell settings, then pytest on a folder with no tests: CI must stop (exit 5)."""
    settings = next(
        line for line in (REPO / ".ci" / "run").read_text().splitlines() if line.startswith("set ")
    )
    script = f"{settings}\n{sys.executable} -m pytest -p no:cacheprovider -n 0 --no-cov -q {tmp_path}\necho AFTER\n"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 5, result.stdout + result.stderr
    assert "AFTER" not in result.stdout


def test_the_main_job_is_the_demo_against_the_sandbox() -> None:
    command = _command_under("Try it")
    assert "'.[sandbox]'" in command
    assert command.endswith("python -m experiment_clients demo")
