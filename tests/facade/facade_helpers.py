"""Helpers of the facade tests: client factories, small local HTTP servers, journal queries.

Everything here talks real HTTP on 127.0.0.1; nothing of the facade is mocked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs
import httpx
from experiment_clients import (
    AsyncConvertClient,
    AsyncGrowthBookClient,
    ConvertClient,
    GrowthBookClient,
    RetryPolicy,
)
from experiment_sandbox import JournalEntry, Sandbox

#: Retries with tiny delays, so fault-injection tests stay fast; the client factories
#: below pass it as ``retry=`` (``max_retries=`` sets its count).
FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05, jitter=0.0)


def _fast(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Client arguments with the fast retry policy, keeping a given ``max_retries``/``retry``."""
    if "retry" not in kwargs:
        kwargs["retry"] = attrs.evolve(FAST_RETRIES, max_retries=kwargs.pop("max_retries", 2))
    return kwargs


def convert_kwargs(sb: Sandbox, auth: str = "hmac", **kwargs: Any) -> dict[str, Any]:
    c = sb.credentials
    base: dict[str, Any] = {
        "base_url": sb.convert_url,
        "account_id": c.convert_account_id,
        "project_id": c.convert_project_id,
    }
    if auth == "hmac":
        base.update(application_id=c.convert_application_id, secret_key=c.convert_secret_key)
    else:
        base.update(key_id=c.convert_api_key_id, key_secret=c.convert_api_key_secret)
    base.update(kwargs)
    return base


def growthbook_kwargs(sb: Sandbox, **kwargs: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "api_key": sb.credentials.growthbook_api_key,
        "base_url": sb.growthbook_url,
        "rate_limit": None,
    }
    base.update(kwargs)
    return base


def make_convert(sb: Sandbox, auth: str = "hmac", **kwargs: Any) -> ConvertClient:
    return ConvertClient(**_fast(convert_kwargs(sb, auth, **kwargs)))


def make_growthbook(sb: Sandbox, **kwargs: Any) -> GrowthBookClient:
    return GrowthBookClient(**_fast(growthbook_kwargs(sb, **kwargs)))


def make_async_convert(sb: Sandbox, auth: str = "hmac", **kwargs: Any) -> AsyncConvertClient:
    return AsyncConvertClient(**_fast(convert_kwargs(sb, auth, **kwargs)))


def make_async_growthbook(sb: Sandbox, **kwargs: Any) -> AsyncGrowthBookClient:
    return AsyncGrowthBookClient(**_fast(growthbook_kwargs(sb, **kwargs)))


def entries(sb: Sandbox, operation: str | None = None) -> list[JournalEntry]:
    """Journal entries, of one operation id if given."""
    return [e for e in sb.journal if operation is None or e.operation == operation]


def settle(sb: Sandbox, operation: str, count: int, timeout: float = 3.0) -> None:
    """Wait until ``count`` requests of ``operation`` are journaled.

    A request the client gave up on (timeout) is still being answered by the sandbox;
    waiting keeps its late journal entry out of the next test.
    """
    deadline = time.monotonic() + timeout
    while len(entries(sb, operation)) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"{operation}: {len(entries(sb, operation))} of {count} requests")
        time.sleep(0.01)


def statuses(sb: Sandbox, operation: str) -> list[int | None]:
    return [e.status for e in entries(sb, operation)]


def hmac_hex(secret: str, app_id: str, expires: str, url: str, body: bytes) -> str:
    """Convert's signature, written out here from the reference (not the facade's function)."""
    message = app_id.encode() + b"\n" + expires.encode() + b"\n" + url.encode() + b"\n" + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def project_items(sb: Sandbox, kind: str) -> dict[int, dict[str, Any]]:
    """The sandbox's seeded Convert records of ``kind`` in the demo project."""
    records: dict[int, dict[str, Any]] = sb.convert.state.records[
        sb.credentials.convert_project_id
    ][kind]
    return records


@attrs.define
class Received:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes


class LocalServer:
    """A tiny HTTP server on 127.0.0.1 that records what reaches it.

    With ``redirect_to`` it answers every request with a 302 to that URL; otherwise
    200 ``{}``.
    """

    def __init__(self, redirect_to: str | None = None) -> None:
        self.received: list[Received] = []
        self.redirect_to = redirect_to
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.received.append(
                    Received(
                        self.command,
                        self.path,
                        {k.lower(): v for k, v in self.headers.items()},
                        body,
                    )
                )
                if server.redirect_to is not None:
                    self.send_response(302)
                    self.send_header("Location", server.redirect_to)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                payload = json.dumps({}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def local_server(redirect_to: str | None = None) -> Iterator[LocalServer]:
    server = LocalServer(redirect_to).start()
    try:
        yield server
    finally:
        server.stop()


class CountingTransport(httpx.HTTPTransport):
    """A user-supplied transport: the real one, counting the requests it carries."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return super().handle_request(request)


class AsyncCountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await super().handle_async_request(request)
