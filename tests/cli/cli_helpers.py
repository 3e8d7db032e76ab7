"""Running the command line: the real console script in a subprocess, or its entry point here.

The subprocess proves what only a process can (the installed script, the
environment it reads, signals, shell completion); the in-process runner calls
the same ``main(argv)`` the script calls, with the same environment, stdin,
stdout and stderr swapped in by click's ``CliRunner``, and is used where a
process adds nothing but start-up time (output formats, error lines, help).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from experiment_clients.cli import main
from experiment_clients.cli._sandbox import export_lines
from experiment_sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = (
    shutil.which("experiment-clients", path=str(Path(sys.executable).parent))
    or "experiment-clients"
)
_OURS = ("GROWTHBOOK_", "CONVERT_")
_SHOWN = {"COLUMNS": "400", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}


def clean_env(**extra: str) -> dict[str, str]:
    """The test process's environment without any of our variables, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_OURS)}
    env.update(_SHOWN, **extra)
    return env


def sandbox_env(sb: Sandbox) -> dict[str, str]:
    """The variables the sandbox command's ``export`` lines set."""
    found = {}
    for line in export_lines(sb):
        name, _, value = line.removeprefix("export ").partition("=")
        found[name] = value
    return found


Done = subprocess.CompletedProcess[str]


class CLI:
    """Runs ``experiment-clients ARGS`` (the console script) with the given environment."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(
        self, *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> Done:
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


class InProcess(CLI):
    """The same entry point and environment, run in this process: no interpreter start-up."""

    def __call__(
        self, *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> Done:
        wanted = self.env if env is None else env
        # Ours and the display settings as the subprocess would see them; other variables
        # of this process stay (the subprocess inherits them too).
        changes: dict[str, str | None] = {k: None for k in os.environ if k.startswith(_OURS)}
        changes.update({k: v for k, v in wanted.items() if k.startswith(_OURS) or k in _SHOWN})
        runner = CliRunner()
        with runner.isolation(input=input, env=changes) as (out, err, _):
            code = main(list(args))
            sys.stdout.flush()
            sys.stderr.flush()
        return subprocess.CompletedProcess(
            ["main", *args], code, out.getvalue().decode(), err.getvalue().decode()
        )
