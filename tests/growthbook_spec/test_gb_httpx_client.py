"""The generated client sends through the facade's own httpx client (STYLE.md, example 2).

So everything configured on the facade (auth, timeouts, user event hooks, a
custom transport) applies to requests made by generated functions too.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from experiment_clients import AsyncGrowthBookClient, GrowthBookClient, __version__
from gb_samples import FEATURE, PROJECT, page
from growthbook_api_client.api.features import toggle_feature
from growthbook_api_client.api.projects import get_project, list_projects
from growthbook_api_client.models import (
    ListProjectsResponse,
    ToggleFeatureRequest,
)

API_KEY = "secret_test123"


class CountingTransport(httpx.BaseTransport):
    """Wraps a real transport and remembers every request handed to it."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.seen: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.seen: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_generated_client_uses_the_facade_httpx_client(gb: Any) -> None:
    assert isinstance(gb._http, httpx.Client)
    assert gb.raw.get_httpx_client() is gb._http
    assert gb.raw.get_httpx_client() is gb.raw.get_httpx_client()  # never replaced


def test_facade_settings_reach_generated_requests(server: Any, gb: Any) -> None:
    server.reply(200, {"project": PROJECT})
    get_project.sync_detailed("prj_19g61mlb2xrnbm", client=gb.raw)
    sent = server.last
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert sent.headers["user-agent"] == f"experiment-clients/{__version__}"


def test_user_event_hooks_and_transport_see_generated_requests(server: Any) -> None:
    hooked_requests: list[httpx.Request] = []
    hooked_responses: list[httpx.Response] = []
    transport = CountingTransport(httpx.HTTPTransport(retries=0))
    client = GrowthBookClient(
        api_key=API_KEY,
        base_url=server.base_url,
        transport=transport,
        event_hooks={"request": [hooked_requests.append], "response": [hooked_responses.append]},
    )
    with client:
        server.reply(200, {**page(2, 0, 1, 1), "projects": [PROJECT]})
        response = list_projects.sync_detailed(client=client.raw, limit=2)

        body = ToggleFeatureRequest(environments={"production": True})
        server.reply(200, {"feature": FEATURE})
        toggle_feature.sync_detailed("new_checkout_flow", client=client.raw, body=body)

    assert isinstance(response.parsed, ListProjectsResponse)
    assert len(server.requests) == 2
    assert [r.url.raw_path for r in transport.seen] == [
        b"/api/v1/projects?limit=2&offset=0",
        b"/api/v1/features/new_checkout_flow/toggle",
    ]
    assert [r.method for r in hooked_requests] == ["GET", "POST"]
    assert hooked_requests == transport.seen
    assert [r.status_code for r in hooked_responses] == [200, 200]
    # Auth was applied before the request reached the user's transport.
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in transport.seen)


def test_async_twin_hands_its_async_client_to_the_generated_one(server: Any) -> None:
    hooked: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    async def run() -> tuple[Any, Any, AsyncCountingTransport]:
        transport = AsyncCountingTransport(httpx.AsyncHTTPTransport(retries=0))
        async with AsyncGrowthBookClient(
            api_key=API_KEY,
            base_url=server.base_url,
            transport=transport,
            event_hooks={"request": [on_request]},
        ) as client:
            assert isinstance(client._http, httpx.AsyncClient)
            assert client.raw.get_async_httpx_client() is client._http
            server.reply(200, {"project": PROJECT})
            response = await get_project.asyncio_detailed("prj_19g61mlb2xrnbm", client=client.raw)
            return client, response, transport

    _, response, transport = asyncio.run(run())
    assert response.parsed.project.id == "prj_19g61mlb2xrnbm"
    assert hooked == ["/api/v1/projects/prj_19g61mlb2xrnbm"]
    assert len(transport.seen) == 1
    assert server.last.headers["authorization"] == f"Bearer {API_KEY}"
