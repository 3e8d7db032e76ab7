"""The README's two commands are the project's contract; .ci/run must run the test one verbatim."""

from __future__ import annotations

import re
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
    assert lines[-1] == command
    assert "python -m pytest" in command


def test_ci_fails_on_any_error_including_no_tests() -> None:
    script = (REPO / ".ci" / "run").read_text()
    assert "set -euo pipefail" in script  # pytest's exit 5 (no tests) stops CI too


def test_the_main_job_is_the_demo_against_the_sandbox() -> None:
    command = _command_under("Try it")
    assert "'.[sandbox]'" in command
    assert command.endswith("python -m experiment_clients demo")
