"""Bad input exits non-zero with one line naming the problem; secrets are never echoed."""

from __future__ import annotations

import socket

import pytest
from cli_helpers import CLI, InProcess, clean_env
from experiment_sandbox import Sandbox


def _one_line(done: object, code: int) -> str:
    returncode, stderr = done.returncode, done.stderr  # type: ignore[attr-defined]
    assert returncode == code, (returncode, stderr)
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in stderr
    return str(lines[0])


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["growthbook", "list-features", "--lmit", "3"], 2, ["--lmit", "--limit"]),
        (["growthbook", "lst-features"], 2, ["'lst-features'", "list-features"]),
        (["convert", "get-experience", "--experience-id", "1", "--include", "bogus"], 2,
         ["--include", "'bogus'", "variations"]),
        (["convert", "get-experience", "--experience-id", "one"], 2,
         ["--experience-id", "'one'", "integer"]),
        (["convert", "create-experience", "--json", "{bad"], 2, ["--json", "not valid JSON"]),
        (["convert", "create-experience", "--json", "@/no/such/file.json"], 2,
         ["--json", "/no/such/file.json"]),
        (["convert", "create-experience", "--field", "novalue"], 2, ["--field", "key=value"]),
        (["convert", "create-experience"], 2, ["request body", "CreateExperienceRequest requires name, status, type, url"]),
        (["convert", "create-experience", "--field", "name=x"], 2, ["status"]),
        (["growthbook", "get-feature"], 2, ["--id"]),
        (["growthbook", "get-feature", "--id", "no-such-feature"], 5, ["404", "no-such-feature"]),
        (["convert", "get-experience", "--experience-id", "999"], 5, ["404", "999"]),
        (["growthbook", "list-features", "-o", "xml"], 2, ["--output", "'xml'"]),
    ],
)  # fmt: skip
def test_bad_input_is_one_line(
    run: InProcess, args: list[str], code: int, words: list[str]
) -> None:
    line = _one_line(run(*args), code)
    for word in words:
        assert word in line, line


def test_missing_credentials_name_the_variables(sandbox: Sandbox) -> None:
    bare = InProcess(clean_env())
    line = _one_line(bare("growthbook", "list-features"), 3)
    assert "GROWTHBOOK_API_KEY" in line
    line = _one_line(bare("convert", "get-experiences-list"), 3)
    assert "CONVERT_APPLICATION_ID" in line
    # Credentials but no project: the option and its variable are named, before any request.
    creds = sandbox.credentials
    partial = InProcess(
        clean_env(
            CONVERT_APPLICATION_ID=creds.convert_application_id,
            CONVERT_SECRET_KEY=creds.convert_secret_key,
            CONVERT_API_BASE_URL=sandbox.convert_url,
        )
    )
    line = _one_line(partial("convert", "get-experiences-list"), 2)
    assert "--account-id" in line
    assert "CONVERT_ACCOUNT_ID" in line


def test_wrong_key_is_an_auth_error_and_never_echoed(sandbox: Sandbox) -> None:
    wrong = CLI(
        clean_env(
            GROWTHBOOK_API_KEY="secret_wrong_1234", GROWTHBOOK_API_HOST=sandbox.growthbook_url
        )
    )
    done = wrong("growthbook", "list-features", "--debug")
    assert done.returncode == 4
    assert "secret_wrong_1234" not in done.stderr + done.stdout
    assert "Traceback" in done.stderr  # --debug shows it
    assert done.stderr.strip().splitlines()[-1].startswith("error: ")


def test_connection_refused_is_its_own_code(run: InProcess) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    line = _one_line(
        run("growthbook", "list-features", "--base-url", f"http://127.0.0.1:{port}/api/v1",
            "--max-retries", "0"), 9,
    )  # fmt: skip
    assert "connection failed" in line


def test_missing_extra_is_named(cli: CLI, tmp_path: object) -> None:
    import sys
    from pathlib import Path

    # A module that hides click, as an install without the cli extra would.
    hide = Path(str(tmp_path)) / "sitecustomize.py"
    hide.write_text("import sys\nsys.modules['click'] = None\n")
    env = {**cli.env, "PYTHONPATH": str(tmp_path)}
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "experiment_clients", "--help"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 3
    assert done.stderr.strip() == (
        "error: the command line needs the 'cli' extra (click is missing): "
        "pip install 'experiment-clients[cli]'"
    )


def test_a_listing_that_cannot_go_on_and_an_oversized_answer_have_the_bad_answer_code() -> None:
    from experiment_clients import PaginationError, ResponseTooLargeError
    from experiment_clients.cli import _exits

    stuck = PaginationError("nextOffset did not move forward", operation="list_features")
    large = ResponseTooLargeError(
        "over 100 bytes", operation="get_feature", status_code=200, limit=100
    )
    assert _exits.exit_code(stuck) == _exits.exit_code(large) == _exits.BAD_RESPONSE
