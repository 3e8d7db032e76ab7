"""The Sandbox object itself: public surface, lifecycle, command line, spec lookup."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import experiment_sandbox as sandbox_module
import httpx
import pytest
from experiment_sandbox import DEMO_CREDENTIALS, Sandbox, spec_path
from experiment_sandbox._specs import SPECS_DIR_ENV


def test_public_surface_is_pinned() -> None:
    assert set(sandbox_module.__all__) == {
        "DEMO_CREDENTIALS",
        "GROWTHBOOK_MAX_LIMIT",
        "DemoCredentials",
        "Fault",
        "FaultRule",
        "JournalEntry",
        "Sandbox",
        "convert_signature",
        "spec_path",
    }


def test_urls_credentials_and_index(sandbox: Sandbox) -> None:
    assert sandbox.growthbook_url == f"http://127.0.0.1:{sandbox.port}/growthbook/api/v1"
    assert sandbox.convert_url == f"http://127.0.0.1:{sandbox.port}/convert/api/v2"
    assert sandbox.credentials is DEMO_CREDENTIALS
    index = httpx.get(sandbox.url + "/").json()
    assert index == {"growthbook": sandbox.growthbook_url, "convert": sandbox.convert_url}


def test_start_is_fast_and_stop_frees_the_port(sandbox: Sandbox) -> None:
    started = time.perf_counter()
    with Sandbox() as sb:
        elapsed = time.perf_counter() - started
        port = sb.port
        assert httpx.get(sb.url + "/").status_code == 200
    assert elapsed < 1.0
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/", timeout=2)


def test_two_sandboxes_are_independent(sandbox: Sandbox) -> None:
    with Sandbox() as other:
        assert other.port != sandbox.port


def test_large_seeds_are_quick() -> None:
    started = time.perf_counter()
    sb = Sandbox(features=10_000, experiences=10_000)
    assert time.perf_counter() - started < 5.0
    assert len(sb.growthbook.features) == 10_000
    assert (
        len(sb.convert.state.records[DEMO_CREDENTIALS.convert_project_id]["experiences"]) == 10_000
    )


def test_unknown_service_route_is_404_in_the_service_shape(sandbox: Sandbox) -> None:
    response = httpx.get(
        sandbox.convert_url + "/nothing-here", headers={"Authorization": "Bearer x:y"}
    )
    assert response.status_code == 404
    assert response.json()["code"] == 404
    wrong_method = httpx.delete(
        sandbox.growthbook_url + "/features",
        headers={"Authorization": f"Bearer {DEMO_CREDENTIALS.growthbook_api_key}"},
    )
    assert wrong_method.status_code == 405


def test_spec_path_prefers_the_override_then_the_package_then_the_source_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = spec_path("growthbook")
    assert source.name == "growthbook.yaml"
    assert source.is_file()
    (tmp_path / "growthbook.yaml").write_text(source.read_text())
    monkeypatch.setenv(SPECS_DIR_ENV, str(tmp_path))
    assert spec_path("growthbook") == tmp_path / "growthbook.yaml"
    with pytest.raises(FileNotFoundError, match=r"nothing\.yaml"):
        spec_path("nothing")


def test_command_line_prints_urls_and_credentials() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "experiment_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if "Ctrl-C" in line or not line:
                break
        output = "".join(lines)
        assert DEMO_CREDENTIALS.growthbook_api_key in output
        assert DEMO_CREDENTIALS.convert_api_key_secret in output
        url = next(w for w in output.split() if w.endswith("/growthbook/api/v1"))
        response = httpx.get(
            url + "/projects",
            headers={"Authorization": f"Bearer {DEMO_CREDENTIALS.growthbook_api_key}"},
        )
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)
