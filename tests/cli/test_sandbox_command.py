"""``experiment-clients sandbox``: prints export lines that work, stops on Ctrl-C, port busy."""

from __future__ import annotations

import signal
import socket
import subprocess

from cli_helpers import CLI, SCRIPT, InProcess, clean_env


def test_sandbox_prints_export_lines_that_work_and_stops_on_ctrl_c() -> None:
    proc = subprocess.Popen(
        [SCRIPT, "sandbox", "--port", "0", "--features", "12", "--experiences", "5",
         "--seed", "7", "--rate-limit", "0", "--no-validate"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=clean_env(PYTHONFAULTHANDLER="1"),  # a hang shows its threads (SIGABRT below)
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("Ready."):
                break
        exports = dict(
            line.strip().removeprefix("export ").split("=", 1)
            for line in lines
            if line.strip().startswith("export ")
        )
        assert set(exports) == {
            "GROWTHBOOK_API_HOST", "GROWTHBOOK_API_KEY", "CONVERT_API_BASE_URL",
            "CONVERT_APPLICATION_ID", "CONVERT_SECRET_KEY", "CONVERT_ACCOUNT_ID",
            "CONVERT_PROJECT_ID",
        }  # fmt: skip
        cli = CLI(clean_env(**exports))
        assert len(cli.ok("growthbook", "list-features", "--all", "-o", "jsonl").splitlines()) == 12
        assert (
            len(cli.ok("convert", "get-experiences-list", "--all", "-o", "jsonl").splitlines()) == 5
        )
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)
            out, err = proc.communicate(timeout=30)
            raise AssertionError(f"no exit 30 s after Ctrl-C; threads:\n{err}") from None
        assert proc.returncode == 0, err
        assert "Stopping." in out
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_sandbox_on_a_busy_port_says_so() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [SCRIPT, "sandbox", "--port", str(port)],
            capture_output=True, text=True, env=clean_env(), timeout=60, check=False,
        )  # fmt: skip
    assert done.returncode == 3
    assert done.stderr.strip() == (
        f"error: port {port} on 127.0.0.1 is already in use: stop what listens there, "
        "or pick another port with --port N (--port 0 takes any free one)"
    )


def test_sandbox_help_lists_all_its_options() -> None:
    done = InProcess(clean_env())("sandbox", "--help")
    for option in ("--host", "--port", "--seed", "--features", "--experiences", "--rate-limit",
                   "--no-validate"):  # fmt: skip
        assert option in done.stdout
