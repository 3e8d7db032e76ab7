"""Running the real console script in a subprocess, with a sandbox's credentials."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from experiment_clients.cli._sandbox import export_lines
from experiment_sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = (
    shutil.which("experiment-clients", path=str(Path(sys.executable).parent))
    or "experiment-clients"
)
_OURS = ("GROWTHBOOK_", "CONVERT_")


def clean_env(**extra: str) -> dict[str, str]:
    """The test process's environment without any of our variables, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_OURS)}
    env.update(COLUMNS="400", NO_COLOR="1", PYTHONIOENCODING="utf-8", **extra)
    return env


def sandbox_env(sb: Sandbox) -> dict[str, str]:
    """The variables the sandbox command's ``export`` lines set."""
    found = {}
    for line in export_lines(sb):
        name, _, value = line.removeprefix("export ").partition("=")
        found[name] = value
    return found


class CLI:
    """Runs ``experiment-clients ARGS`` with the sandbox's credentials in the environment."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(
        self, *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [SCRIPT, *args],
            input=input,
            capture_output=True,
            text=True,
            env=self.env if env is None else env,
            timeout=60,
            check=False,
        )

    def ok(self, *args: str, input: str | None = None) -> str:
        done = self(*args, input=input)
        assert done.returncode == 0, (args, done.returncode, done.stderr)
        return done.stdout
