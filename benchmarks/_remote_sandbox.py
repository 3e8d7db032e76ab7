"""The sandbox in a child process, so its server work never competes with the measured client.

The sandbox runs uvicorn in a thread of whatever process starts it; started in
the benchmark's own process, every page it serves would take the GIL from the
client being timed, and its seeded data would count in the client's peak
memory. Here a child process owns the :class:`~experiment_sandbox.Sandbox`
and takes a few commands, one JSON line each, on its standard input (inject a latency fault, clear faults,
count requests and 429s in its journal).
"""

from __future__ import annotations

import contextlib
import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def available() -> str | None:
    """None if the sandbox can be used, else why not."""
    try:
        from experiment_sandbox import Sandbox  # noqa: F401
    except Exception as exc:  # any failure to import means: not ready
        return f"{type(exc).__name__}: {exc}"
    return None


def _serve(options: dict[str, Any]) -> None:
    """The child: run the sandbox, answer one JSON command per line on stdin, on stdout."""
    from experiment_sandbox import Fault, Sandbox

    accepted = inspect.signature(Sandbox).parameters
    # `validate=False` skips the sandbox's request validation: less server time per page.
    kwargs = {k: v for k, v in options.items() if k in accepted}

    def send(value: Any) -> None:
        sys.stdout.write(json.dumps(value) + "\n")
        sys.stdout.flush()

    with Sandbox(**kwargs) as sb:
        creds = sb.credentials
        send(
            {
                "growthbook_url": sb.growthbook_url,
                "convert_url": sb.convert_url,
                "growthbook_api_key": creds.growthbook_api_key,
                "convert_application_id": creds.convert_application_id,
                "convert_secret_key": creds.convert_secret_key,
                "convert_account_id": creds.convert_account_id,
                "convert_project_id": creds.convert_project_id,
                "options": kwargs,
            }
        )
        for line in sys.stdin:
            command, *args = json.loads(line)
            if command == "latency":
                seconds, service, operation = args
                sb.inject(Fault.latency(seconds), service=service, operation=operation)
                send(None)
            elif command == "clear_faults":
                sb.clear_faults()
                send(None)
            elif command == "journal":
                statuses: dict[str, int] = {}
                for entry in sb.journal:
                    status = str(entry.status)
                    statuses[status] = statuses.get(status, 0) + 1
                sb.clear_journal()
                send(statuses)
            else:
                send({"error": f"unknown command {command!r}"})


class RemoteSandbox:
    """Handle on a sandbox running in a child process (see the module docstring)."""

    def __init__(self, stdin: IO[str], stdout: IO[str], info: dict[str, Any]) -> None:
        self._stdin = stdin
        self._stdout = stdout
        self.info = info

    def __getattr__(self, name: str) -> Any:
        try:
            return self.info[name]
        except KeyError:
            raise AttributeError(name) from None

    def _ask(self, *command: Any) -> Any:
        self._stdin.write(json.dumps(command) + "\n")
        self._stdin.flush()
        answer = json.loads(self._stdout.readline())
        if isinstance(answer, dict) and "error" in answer:
            raise RuntimeError(answer["error"])
        return answer

    @contextlib.contextmanager
    def latency(self, seconds: float, service: str, operation: str) -> Iterator[None]:
        """Add ``seconds`` to every ``operation`` of ``service`` for the ``with`` block."""
        self._ask("latency", seconds, service, operation)
        try:
            yield
        finally:
            self._ask("clear_faults")

    def journal_statuses(self) -> dict[int, int]:
        """Requests received since the last call, counted by response status (then forgotten)."""
        return {int(k) if k.isdigit() else 0: v for k, v in self._ask("journal").items()}


@contextlib.contextmanager
def remote_sandbox(**options: Any) -> Iterator[RemoteSandbox]:
    """Start a :class:`Sandbox` with ``options`` in a child process; yield a handle to it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._remote_sandbox", json.dumps(options)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("the sandbox did not start (see its error output above)")
        yield RemoteSandbox(proc.stdin, proc.stdout, json.loads(line))
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    _serve(json.loads(sys.argv[1]))
