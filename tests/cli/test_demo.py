"""The README's main command runs as written."""

from __future__ import annotations

import subprocess
import sys

from cli_helpers import clean_env


def test_readme_demo_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "experiment_clients", "demo"],
        capture_output=True, text=True, env=clean_env(), timeout=110, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "sandbox up:" in done.stdout
    assert "NotFoundError (HTTP 404)" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].startswith("done in ")
