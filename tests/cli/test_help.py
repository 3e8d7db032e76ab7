"""Help for every command, the version, and shell completion."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from cli_helpers import CLI, InProcess, clean_env
from experiment_clients import operations
from experiment_clients.cli import main

SERVICES = ("growthbook", "convert")


def test_top_level_help_lists_services_tools_and_exit_codes(run: InProcess) -> None:
    out = run.ok("--help")
    for word in ("growthbook", "convert", "sandbox", "demo", "completion", "Exit codes", "130"):
        assert word in out


@pytest.mark.parametrize("service", SERVICES)
def test_service_help_lists_every_operation_with_its_summary(run: InProcess, service: str) -> None:
    out = run.ok(service, "--help")
    infos = operations(service)
    assert f"Operations ({len(infos)})" in out
    first_words = {line.split()[0] for line in out.splitlines() if line.strip()}
    flat = " ".join(out.split())
    for info in infos:
        assert info.kebab in first_words, info.kebab
        assert " ".join(info.summary.split()) in flat, info.kebab
    assert ("GROWTHBOOK_API_KEY" if service == "growthbook" else "CONVERT_SECRET_KEY") in out


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_help_renders_method_path_and_options(
    service: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process (the same entry point as the script) so 184 help pages stay cheap.
    for info in operations(service):
        assert main([service, info.kebab, "--help"]) == 0, info.kebab
        out = capsys.readouterr().out
        assert f"{info.method} {info.path}" in out, info.kebab
        assert f"operationId: {info.operation_id}" in out
        for name in info.path_parameters:
            assert f"--{name.replace('_', '-')}" in out, (info.kebab, name)
        assert "--output" in out
        assert "--base-url" in out


def test_operation_help_from_the_script(cli: CLI) -> None:
    out = cli.ok("convert", "get-experience", "--help")
    assert "GET /accounts/{account_id}/projects/{project_id}/experiences/{experience_id}" in out
    assert "--include [alerts|" in out  # enum values offered
    assert "(default: $CONVERT_ACCOUNT_ID)" in out
    out = cli.ok("growthbook", "list-features", "--help")
    for option in (
        "--all",
        "--max-items",
        "--page-size",
        "--dedupe-by",
        "--progress",
        "--deadline",
    ):
        assert option in out


def test_version(cli: CLI) -> None:
    from experiment_clients import __version__

    assert cli.ok("--version").strip() == f"experiment-clients {__version__}"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(run: InProcess, shell: str) -> None:
    assert "_EXPERIMENT_CLIENTS_COMPLETE" in run.ok("completion", shell)


def _complete(cli: CLI, words: str, cword: int) -> list[str]:
    env = {**cli.env, "_EXPERIMENT_CLIENTS_COMPLETE": "bash_complete", "COMP_WORDS": words}
    done = cli(env={**env, "COMP_CWORD": str(cword)})
    assert done.returncode == 0, done.stderr
    return [line.split(",", 1)[1] for line in done.stdout.splitlines()]


def test_completion_of_operations_and_enum_values(cli: CLI) -> None:
    assert _complete(cli, "experiment-clients growthbook list-f", 2) == ["list-features"]
    values = _complete(cli, "experiment-clients convert get-experience --include ", 4)
    assert {"variations", "goals", "audiences"} <= set(values)


def _loaded_after(args: list[str]) -> set[str]:
    """Top-level packages and operation modules imported by running the command line with args."""
    code = (
        "import contextlib, io, sys\n"
        "from experiment_clients.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({args!r})\n"
        "print('\\n'.join(sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=clean_env()
    )
    return set(done.stdout.split())


def test_help_and_listing_stay_lazy() -> None:
    # Start-up is measured in the report; here: what --help must not load, deterministically.
    heavy = {"httpx", "asyncio", "rich", "yaml", "growthbook_api_client", "convert_api_client"}
    assert not heavy & _loaded_after(["--help"])
    listed = _loaded_after(["convert", "--help"])
    assert not {"rich", "yaml"} & listed
    assert not [m for m in listed if m.startswith("convert_api_client.api.")]  # no operation module
    one = _loaded_after(["convert", "get-experience", "--help"])
    assert "convert_api_client.api.experiences.get_experience" in one
    assert not [m for m in one if m.startswith("convert_api_client.api.goals")]


def test_readme_documents_every_exit_code() -> None:
    from cli_helpers import ROOT
    from experiment_clients.cli import _exits

    section = (
        (ROOT / "README.md").read_text().split("## The command line", 1)[1].split("\n## ", 1)[0]
    )
    documented = {int(m) for m in re.findall(r"^\| (\d+) \|", section, flags=re.MULTILINE)}
    assert documented == {code for code, _ in _exits.MEANINGS}
