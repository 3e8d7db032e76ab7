"""The Sandbox object itself: public surface, lifecycle, command line, spec lookup."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import experiment_sandbox as sandbox_module
import httpx
import pytest
from experiment_sandbox import DEMO_CREDENTIALS, Fault, Sandbox, spec_path
from experiment_sandbox._specs import SPECS_DIR_ENV
from sandbox_helpers import cv_client, gb_client, project_path, request_body


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
        "hold_stop_signals",
        "spec_path",
    }


def test_urls_credentials_and_index(sandbox: Sandbox) -> None:
    for name, service in sandbox.app.services.items():
        # /<service> + the path of the spec's first server URL (/api/v1 and /api/v2 in ours).
        assert service.prefix == f"/{name}{service.index.base_path}"
    assert sandbox.growthbook_url == f"http://127.0.0.1:{sandbox.port}{sandbox.growthbook.prefix}"
    assert sandbox.convert_url == f"http://127.0.0.1:{sandbox.port}{sandbox.convert.prefix}"
    assert sandbox.credentials is DEMO_CREDENTIALS
    index = httpx.get(sandbox.url + "/").json()
    assert index == {"growthbook": sandbox.growthbook_url, "convert": sandbox.convert_url}


def test_stop_frees_the_port() -> None:
    with Sandbox() as sb:
        port = sb.port
        assert httpx.get(sb.url + "/").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/", timeout=2)


@pytest.mark.spec_specific
def test_two_sandboxes_are_independent(sandbox: Sandbox) -> None:
    """State, faults and journals of one sandbox never show in another."""
    with Sandbox(growthbook_rate_limit=None) as other:
        assert other.port != sandbox.port
        feature = sandbox.growthbook.features[0]["id"]
        with gb_client(sandbox) as mine, gb_client(other) as theirs:
            before = theirs.get(f"/features/{feature}").json()["feature"]["environments"]
            mine.post(f"/features/{feature}/toggle", json={"environments": {"production": False}})
            mine.post(f"/features/{feature}/toggle", json={"environments": {"dev": True}})
            after = theirs.get(f"/features/{feature}").json()["feature"]["environments"]
            assert after == before
            assert mine.get(f"/features/{feature}").json()["feature"]["environments"] != before
        with cv_client(sandbox) as mine, cv_client(other) as theirs:
            created = mine.post(
                project_path(sandbox, "/experiences/add"),
                json=request_body("convert", "createExperience", name="Only here"),
            ).json()
            created_id = created.get("id") or created["data"]["id"]
            assert mine.get(project_path(sandbox, f"/experiences/{created_id}")).status_code == 200
            assert theirs.get(project_path(other, f"/experiences/{created_id}")).status_code == 404
        with sandbox.fault(Fault.server_error(times=None)), gb_client(other) as theirs:
            assert theirs.get("/projects").status_code == 200
        assert other.app.faults.take("growthbook", "listProjects") == (0.0, None, None)
        mine_ops = [e.operation for e in sandbox.journal]
        theirs_ops = [e.operation for e in other.journal]
    assert "createExperience" in mine_ops
    assert "createExperience" not in theirs_ops
    assert "toggleFeature" in mine_ops
    assert "toggleFeature" not in theirs_ops
    assert theirs_ops.count("getFeature") == 2


@pytest.mark.spec_specific
def test_seeding_costs_one_build_per_record_and_reset_only_after_writes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted work instead of a stopwatch (the timing is in benchmarks/sandbox_seeding.py)."""
    from experiment_sandbox._growthbook_data import GrowthBookState

    builds = {"states": 0, "features": 0}
    original_init, original_feature = GrowthBookState.__init__, GrowthBookState._feature

    def counting_init(self: GrowthBookState, *args: Any) -> None:
        builds["states"] += 1
        original_init(self, *args)

    def counting_feature(self: GrowthBookState, *args: Any) -> Any:
        builds["features"] += 1
        return original_feature(self, *args)

    monkeypatch.setattr(GrowthBookState, "__init__", counting_init)
    monkeypatch.setattr(GrowthBookState, "_feature", counting_feature)
    sb = Sandbox(features=10_000, experiences=10_000)
    assert builds == {"states": 1, "features": 10_000}
    assert len(sb.growthbook.features) == 10_000
    records = sb.convert.state.records[DEMO_CREDENTIALS.convert_project_id]
    assert len(records["experiences"]) == 10_000
    sb.reset()
    sb.reset()
    assert builds["states"] == 1  # nothing written: nothing to reseed
    with sb:
        feature = sb.growthbook.features[0]["id"]
        with gb_client(sb) as client:
            client.post(f"/features/{feature}/toggle", json={"environments": {"dev": True}})
    sb.reset()
    sb.reset()
    assert builds == {"states": 2, "features": 20_000}


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


@pytest.mark.spec_specific
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


_HELD_SIGNAL_PROGRAM = """
import os, signal, threading
from experiment_sandbox import Sandbox, hold_stop_signals

with hold_stop_signals(), Sandbox(validate=False) as sb:
    threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGTERM)).start()
    sb.wait_until_interrupted()
    print("stopped by", threading.current_thread() is threading.main_thread())
print("mask restored", signal.SIGTERM not in signal.pthread_sigmask(signal.SIG_BLOCK, []))
"""


def test_a_held_stop_signal_ends_the_wait_of_the_main_thread() -> None:
    """Every thread holds SIGTERM, so the kernel keeps it for the main thread's sigwait."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _HELD_SIGNAL_PROGRAM],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["stopped by True", "mask restored True"]
