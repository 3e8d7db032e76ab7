"""Base URLs come from the spec's ``servers``; a 404 of a missing route points at the base URL.

The two shapes of GrowthBook's documents (server ``.../api/v1`` with paths ``/features``,
and server ``.../api`` with paths ``/v1/features``) must send the same URLs: the second
shape is generated from our spec by the real generation (tests/growthbook_spec/gb_variants.py,
once per session), and the same calls run through the facade over both.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from experiment_clients import (
    ConfigurationError,
    ConvertClient,
    GrowthBookClient,
    InvalidArgumentError,
    NotFoundError,
)
from experiment_clients._urls import api_prefixes, resolve_base_url
from experiment_sandbox import Sandbox
from facade_helpers import convert_kwargs, growthbook_kwargs
from growthbook_api_client.api.features import get_feature, list_features

REPO = Path(__file__).resolve().parents[2]
GB = "growthbook_api_client"
# The spec-variant generator is shared with tests/growthbook_spec, which it belongs to.
if str(REPO / "tests" / "growthbook_spec") not in sys.path:
    sys.path.insert(0, str(REPO / "tests" / "growthbook_spec"))
# mypy checks gb_variants in its own directory; here it is only on the runtime path.
from gb_variants import generated_variant  # type: ignore[import-not-found]  # noqa: E402

# -- the rule, on the checked-in shape -------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://gb.example:3100", "http://gb.example:3100/api/v1"),
        ("http://gb.example:3100/", "http://gb.example:3100/api/v1"),
        ("http://gb.example:3100/api/v1", "http://gb.example:3100/api/v1"),
        ("http://gb.example:3100/api/v1/", "http://gb.example:3100/api/v1"),
        ("https://gw.example/growthbook/api/v1", "https://gw.example/growthbook/api/v1"),
        ("https://gw.example/gb", "https://gw.example/gb"),  # a path is the API root, as given
        ("https://gw.example/api/v2", "https://gw.example/api/v2"),
    ],
)
def test_base_url_and_the_host_variable_follow_one_rule(
    given: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_base_url(GB, given, "base_url") == expected
    with GrowthBookClient("secret_x", base_url=given, rate_limit=None) as gb:
        assert gb.base_url == expected
    monkeypatch.setenv("GROWTHBOOK_API_HOST", given)
    with GrowthBookClient("secret_x", rate_limit=None) as gb:
        assert gb.base_url == expected


def test_without_a_setting_the_spec_s_first_server_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GROWTHBOOK_API_HOST", raising=False)
    monkeypatch.delenv("CONVERT_API_BASE_URL", raising=False)
    for service, client in (("growthbook", GrowthBookClient), ("convert", ConvertClient)):
        spec = yaml.safe_load((REPO / "specs" / f"{service}.yaml").read_text())
        kwargs: dict[str, Any] = (
            {"api_key": "secret_x", "rate_limit": None}
            if service == "growthbook"
            else {"key_id": "k", "key_secret": "s"}
        )
        with client(**kwargs) as c:
            assert c.base_url == spec["servers"][0]["url"]


def test_convert_follows_the_same_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    with ConvertClient(base_url="https://cv.example", key_id="k", key_secret="s") as cv:
        assert cv.base_url == "https://cv.example/api/v2"
    monkeypatch.setenv("CONVERT_API_BASE_URL", "https://cv.example/api/v2/")
    with ConvertClient(key_id="k", key_secret="s") as cv:
        assert cv.base_url == "https://cv.example/api/v2"


@pytest.mark.parametrize("bad", ["gb.example", "ftp://gb.example", "http://", "http://h/?x=1"])
def test_a_malformed_url_is_refused_by_its_source(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(InvalidArgumentError, match="base_url"):
        GrowthBookClient("secret_x", base_url=bad)
    monkeypatch.setenv("GROWTHBOOK_API_HOST", bad)
    with pytest.raises(ConfigurationError, match="GROWTHBOOK_API_HOST"):
        GrowthBookClient("secret_x")


def test_the_prefixes_are_read_from_the_generated_package() -> None:
    spec = yaml.safe_load((REPO / "specs" / "growthbook.yaml").read_text())
    server_path = "/" + spec["servers"][0]["url"].split("://", 1)[1].split("/", 1)[1]
    assert api_prefixes(GB) == (server_path.rstrip("/"), "")


# -- both document shapes send the same URLs -------------------------------------------------

PROBE = """
import json, os, sys
from experiment_clients import GrowthBookClient, NotFoundError
from experiment_sandbox import Sandbox
from growthbook_api_client.api.features import list_features

with Sandbox(growthbook_rate_limit=None) as sb:
    key = sb.credentials.growthbook_api_key
    bases = [sb.growthbook_url, sb.growthbook_url + "/"]
    seen = {"path": list_features.PATH, "bases": [], "host_only": []}
    for host in ("http://gb.example:3100", "https://gb.example/"):
        with GrowthBookClient(key, base_url=host, rate_limit=None) as gb:
            request = gb.raw.get_httpx_client().build_request("GET", list_features.PATH)
            seen["host_only"].append(str(request.url))
    for base in bases:
        with GrowthBookClient(key, base_url=base, rate_limit=None) as gb:
            seen["bases"].append(gb.base_url)
            first = gb.call("listFeatures", limit=2).features[0].id
            gb.call("getFeature", first)
            gb.toggle_feature(first, {"production": True})
            try:
                gb.call("getFeature", "no-such-feature")
            except NotFoundError:
                pass
    seen["wire"] = [(e.method, e.path) for e in sb.journal]
print(json.dumps(seen))
"""


def _split_spec(source: Path) -> dict[str, Any]:
    """The same API, written the later way: server ``.../api``, every path under ``/v1``."""
    spec: dict[str, Any] = yaml.safe_load(source.read_text())
    for server in spec["servers"]:
        assert server["url"].endswith("/api/v1")
        server["url"] = server["url"][: -len("/v1")]
    spec["paths"] = {f"/v1{path}": item for path, item in spec["paths"].items()}
    return spec


@pytest.fixture(scope="module")
def split_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding growthbook_api_client generated from the split-shape spec."""
    return generated_variant(tmp_path_factory, _split_spec(REPO / "specs" / "growthbook.yaml"))


def _probe(generated: Path | None) -> dict[str, Any]:
    env = dict(os.environ)
    env.pop("GROWTHBOOK_API_HOST", None)
    if generated is not None:  # ahead of the installed package
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(generated), env.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def test_both_document_shapes_send_the_same_urls(split_package: Path) -> None:
    current, split = _probe(None), _probe(split_package)
    assert current["path"] == "/features"
    assert split["path"] == "/v1/features"  # the probe really ran on the split shape
    assert [b.rsplit(":", 1)[1].split("/", 1)[1] for b in current["bases"]] == [
        "growthbook/api/v1"
    ] * 2
    assert [b.rsplit(":", 1)[1].split("/", 1)[1] for b in split["bases"]] == ["growthbook/api"] * 2
    assert (
        split["host_only"]
        == current["host_only"]
        == [
            "http://gb.example:3100/api/v1/features",
            "https://gb.example/api/v1/features",
        ]
    )
    assert split["wire"] == current["wire"]
    assert ["GET", "/growthbook/api/v1/features"] in current["wire"]
    assert not any("/v1/v1/" in path for _, path in split["wire"])


# -- a 404 of a route that does not exist --------------------------------------------------


@pytest.fixture
def plain_404() -> Iterator[str]:
    """A server answering every request 404 with an HTML page, like a web server or proxy."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><body>Cannot GET</body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_missing_route_hints_at_the_base_url(sandbox: Sandbox) -> None:
    wrong = sandbox.url + "/gb"  # no such mount: the route does not exist
    client = GrowthBookClient(**growthbook_kwargs(sandbox, base_url=wrong))
    with client as gb, pytest.raises(NotFoundError) as caught:
        gb.call(list_features.operation)
    message = str(caught.value)
    assert "no route GET /gb/features" in message
    assert repr(wrong) in message
    assert "host-only" in message


def test_a_non_json_404_hints_even_with_a_path_parameter(plain_404: str) -> None:
    client = GrowthBookClient("secret_x", base_url=plain_404, rate_limit=None)
    with client as gb, pytest.raises(NotFoundError, match="no route GET /api/v1/features/f1"):
        gb.call(get_feature.operation, "f1")


def test_a_missing_resource_is_not_blamed_on_the_base_url(
    growthbook: GrowthBookClient, sandbox: Sandbox
) -> None:
    with pytest.raises(NotFoundError) as caught:
        growthbook.call(get_feature.operation, "no-such-feature")
    assert "base_url" not in str(caught.value)
    with ConvertClient(**convert_kwargs(sandbox)) as cv, pytest.raises(NotFoundError) as caught:
        cv.call("getExperience", experience_id=987654321)
    assert "base_url" not in str(caught.value)
