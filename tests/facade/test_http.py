"""_http.py: the hooks every request and response pass (redirects, options, deadline, release).

The generated client sends through the facade's own httpx client (STYLE.md, example 2), so
auth, timeouts, user event hooks and a custom transport apply to generated functions too.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from experiment_clients import (
    AsyncGrowthBookClient,
    ConvertClient,
    GrowthBookClient,
    InvalidArgumentError,
    __version__,
)
from experiment_sandbox import Sandbox
from facade_helpers import (
    AsyncCountingTransport,
    CountingTransport,
    Received,
    growthbook_kwargs,
    hmac_hex,
    make_async_growthbook,
    make_growthbook,
)
from growthbook_api_client.api.features import toggle_feature
from growthbook_api_client.api.projects import get_project, list_projects
from growthbook_api_client.models import (
    GetProjectResponse,
    ListProjectsResponse,
    ToggleFeatureRequest,
)
from scripted_server import CannedServer

APP, SECRET = "app-1", "s3cret-for-tests"
API_KEY = "secret_test123"


@contextmanager
def same_origin_redirect() -> Iterator[tuple[str, list[Received]]]:
    """A server on 127.0.0.1 whose ``/api/v2/start`` redirects to ``/api/v2/landed?via=302``."""
    received: list[Received] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            received.append(
                Received(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, b""
                )
            )
            if self.path.startswith("/api/v2/start"):
                self.send_response(302)
                self.send_header("Location", "/api/v2/landed?via=302")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v2", received
    finally:
        server.shutdown()
        server.server_close()


def test_a_same_origin_redirect_is_signed_again_for_its_new_url() -> None:
    """The HMAC covers the URL: the redirected request carries a signature of *its* URL."""
    with same_origin_redirect() as (base_url, received):
        client = ConvertClient(APP, SECRET, base_url=base_url, account_id=1, project_id=2)
        with client:
            http = client.raw.get_httpx_client()
            response = http.get("/start", follow_redirects=True)
    assert response.status_code == 200
    first, landed = received
    assert (first.path, landed.path) == ("/api/v2/start", "/api/v2/landed?via=302")
    origin = base_url.removesuffix("/api/v2")
    for request in (first, landed):
        url = origin + request.path
        expected = hmac_hex(SECRET, APP, request.headers["expires"], url, b"")
        assert request.headers["authorization"] == f"Convert-HMAC-SHA256 Signature={expected}"
    assert first.headers["authorization"] != landed.headers["authorization"]


def test_a_same_origin_redirect_keeps_a_key_as_it_is() -> None:
    """Header keys stay valid on another path of the same origin: the auth changes nothing."""
    with (
        same_origin_redirect() as (base_url, received),
        GrowthBookClient("secret_key_1", base_url, rate_limit=None) as client,
    ):
        client.raw.get_httpx_client().get("/start", follow_redirects=True)
    first, landed = received
    assert (
        first.headers["authorization"] == landed.headers["authorization"] == "Bearer secret_key_1"
    )


def test_call_options_reach_the_request(sandbox: Sandbox) -> None:
    """Headers from with_options, and every timeout capped by what is left of the deadline."""
    seen: list[httpx.Request] = []
    kwargs = growthbook_kwargs(sandbox, timeout=30, event_hooks={"request": [seen.append]})
    with GrowthBookClient(**kwargs) as gb:
        gb.call(list_projects)
        gb.with_options(headers={"X-Job": "nightly"}, deadline=2).call(list_projects)
    plain, bounded = seen
    assert plain.extensions["timeout"] == {
        "connect": 30.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
    assert "x-job" not in plain.headers
    assert all(0 < t <= 2 for t in bounded.extensions["timeout"].values())
    assert bounded.headers["x-job"] == "nightly"


def test_requests_made_outside_a_call_keep_the_clients_settings(sandbox: Sandbox) -> None:
    seen: list[httpx.Request] = []
    kwargs = growthbook_kwargs(sandbox, timeout=7, event_hooks={"request": [seen.append]})
    with GrowthBookClient(**kwargs) as gb:
        gb.raw.get_httpx_client().get("/projects")
    (request,) = seen
    assert request.extensions["timeout"]["read"] == 7.0
    assert request.headers["authorization"].startswith("Bearer ")


def test_a_finished_response_is_released(sandbox: Sandbox) -> None:
    """No reference cycle keeps a page's body alive after the call (with or without deadline)."""
    responses: list[httpx.Response] = []
    kwargs = growthbook_kwargs(sandbox, event_hooks={"response": [responses.append]})
    with GrowthBookClient(**kwargs) as gb:
        gb.call(list_projects)
        gb.with_options(deadline=5).call(list_projects)
    for response in responses:
        stream: Any = response.stream
        stream = getattr(stream, "inner", stream)
        assert response.is_closed
        assert getattr(stream, "_response", None) is None


def test_unknown_event_hook_keys_are_refused(sandbox: Sandbox) -> None:
    with pytest.raises(InvalidArgumentError, match="event_hooks: unknown keys \\['sent'\\]"):
        make_growthbook(sandbox, event_hooks={"sent": []})


def test_async_calls_see_only_their_own_options(sandbox: Sandbox) -> None:
    """The running call travels in a context variable: concurrent calls never mix settings."""

    async def run() -> None:
        async with make_async_growthbook(sandbox) as gb:
            views = [gb.with_options(headers={"X-Call": str(n)}) for n in range(8)]
            await asyncio.gather(*(view.call(list_projects) for view in views))

    asyncio.run(run())
    tags = sorted(e.headers["x-call"] for e in sandbox.journal)
    assert tags == [str(n) for n in range(8)]


def _tls_context(client: GrowthBookClient) -> ssl.SSLContext:
    transport = client._http._transport
    assert isinstance(transport, httpx.HTTPTransport)
    context = transport._pool._ssl_context  # httpx internals, read only
    assert context is not None
    return context


def test_clients_share_one_tls_context_per_ca_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """httpx loads the CA bundle per client (~25 ms); ours is loaded once and still verifies."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    contexts = []
    for _ in range(2):
        with GrowthBookClient(api_key="secret_k", base_url="https://gb.example/api/v1") as gb:
            contexts.append(_tls_context(gb))
    assert contexts[0] is contexts[1]
    assert contexts[0].verify_mode is ssl.CERT_REQUIRED
    assert contexts[0].check_hostname

    import certifi

    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    with GrowthBookClient(api_key="secret_k", base_url="https://gb.example/api/v1") as gb:
        assert _tls_context(gb) is not contexts[0]


def test_a_clients_own_transport_keeps_its_tls_settings() -> None:
    transport = httpx.HTTPTransport(verify=False)
    with GrowthBookClient(
        api_key="secret_k", base_url="https://gb.example/api/v1", transport=transport
    ) as gb:
        assert gb._http._transport is transport


# -- requests of the generated functions -----------------------------------------------------


@pytest.mark.spec_specific
def test_facade_settings_reach_generated_requests(canned: CannedServer, sandbox: Sandbox) -> None:
    project = sandbox.growthbook.projects[0]  # a seeded record, as the canned answer
    with GrowthBookClient(API_KEY, canned.growthbook_url) as gb:
        canned.reply(200, {"project": project})
        get_project.sync_detailed(project["id"], client=gb.raw)
    sent = canned.last
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert sent.headers["user-agent"] == f"experiment-clients/{__version__}"


@pytest.mark.spec_specific
def test_user_event_hooks_and_transport_see_generated_requests(
    canned: CannedServer, sandbox: Sandbox
) -> None:
    project, feature = sandbox.growthbook.projects[0], sandbox.growthbook.features[0]
    hooked_requests: list[httpx.Request] = []
    hooked_responses: list[httpx.Response] = []
    transport = CountingTransport()
    client = GrowthBookClient(
        api_key=API_KEY,
        base_url=canned.growthbook_url,
        transport=transport,
        event_hooks={"request": [hooked_requests.append], "response": [hooked_responses.append]},
    )
    with client:
        listing = {
            "limit": 2,
            "offset": 0,
            "count": 1,
            "total": 1,
            "hasMore": False,
            "nextOffset": None,
        }
        canned.reply(200, {**listing, "projects": [project]})
        response = list_projects.sync_detailed(client=client.raw, limit=2)

        body = ToggleFeatureRequest(environments={"production": True})
        canned.reply(200, {"feature": feature})
        toggle_feature.sync_detailed(feature["id"], client=client.raw, body=body)

    assert isinstance(response.parsed, ListProjectsResponse)
    assert len(canned.requests) == 2
    assert [r.url.raw_path for r in transport.requests] == [
        b"/api/v1/projects?limit=2&offset=0",
        f"/api/v1/features/{feature['id']}/toggle".encode(),
    ]
    assert [r.method for r in hooked_requests] == ["GET", "POST"]
    assert hooked_requests == transport.requests
    assert [r.status_code for r in hooked_responses] == [200, 200]
    # Auth was applied before the request reached the user's transport.
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in transport.requests)


@pytest.mark.spec_specific
def test_async_twin_hands_its_async_client_to_the_generated_one(
    canned: CannedServer, sandbox: Sandbox
) -> None:
    project = sandbox.growthbook.projects[0]  # a seeded record, as the canned answer
    hooked: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    transport = AsyncCountingTransport()

    async def run() -> object:
        async with AsyncGrowthBookClient(
            api_key=API_KEY,
            base_url=canned.growthbook_url,
            transport=transport,
            event_hooks={"request": [on_request]},
        ) as client:
            assert isinstance(client._http, httpx.AsyncClient)
            assert client.raw.get_async_httpx_client() is client._http
            canned.reply(200, {"project": project})
            response = await get_project.asyncio_detailed(project["id"], client=client.raw)
            return response.parsed

    parsed = asyncio.run(run())
    assert isinstance(parsed, GetProjectResponse)
    assert parsed.project.id == project["id"]
    assert hooked == [f"/api/v1/projects/{project['id']}"]
    assert len(transport.requests) == 1
    assert canned.last.headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    "base", ["http://127.0.0.1:8000/api/v1", "https://gw.example/gb/", "http://h"]
)
@pytest.mark.parametrize("path", ["/features", "/features/a%20b", "/features/%2e%2e", "/v1/x:y"])
def test_generated_requests_join_the_base_url_as_httpx_would(base: str, path: str) -> None:
    """The generated functions hand httpx an absolute URL (one parse instead of two)."""
    from growthbook_api_client.types import join_url

    with httpx.Client(base_url=base) as client:
        joined = join_url(client.base_url, path)
        assert joined.startswith("http")
        assert httpx.URL(joined) == client.build_request("GET", path).url


@pytest.mark.parametrize("base", ["", "http://h/api?tenant=1", "http://h/api#top"])
def test_an_unusual_base_url_is_left_to_httpx(base: str) -> None:
    from growthbook_api_client.types import join_url

    with httpx.Client(base_url=base) as client:
        assert join_url(client.base_url, "/features") == "/features"
