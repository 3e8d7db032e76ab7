"""Helpers of the facade tests: client factories, small local HTTP servers, journal queries.

Everything here talks real HTTP on 127.0.0.1; nothing of the facade is mocked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import select
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

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


class ThreadedServer:
    """A threaded HTTP server on a free port of 127.0.0.1, serving one handler class."""

    def _serve(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@attrs.define
class Received:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes


class LocalServer(ThreadedServer):
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

        self._serve(Handler)


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


class FakeClock:
    """A clock for the clients' waits that only moves when slept on (or advanced by hand).

    Install it as a client's ``_clock``: retries, rate-limit waits and the deadline then
    run on it, and ``slept`` records every wait the client asked for, in order.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.time = start
        self.slept: list[float] = []

    def now(self) -> float:
        return self.time

    def advance(self, seconds: float) -> None:
        self.time += seconds

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.time += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def install(self, client: Any) -> Any:
        """Make ``client`` (and the views made from it afterwards) wait on this clock."""
        from experiment_clients._clock import Clock

        client._clock = Clock(now=self.now, sleep=self.sleep, async_sleep=self.async_sleep)
        return client


class TricklingServer:
    """A raw HTTP server on 127.0.0.1 that answers 200 with a JSON body, one byte per ``gap``.

    With ``stall=True`` it sends the headers and then nothing. It records how many body
    bytes it sent and sets ``closed`` when it sees the client hang up.
    """

    BODY = b'{"projects": [], "limit": 10, "offset": 0, "count": 0, "total": 0, "hasMore": false}'

    def __init__(self, gap: float = 0.25, stall: bool = False) -> None:
        self.gap = gap
        self.stall = stall
        self.sent = 0
        self.closed = threading.Event()
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}/api/v1"

    def _serve(self) -> None:
        conn, _ = self._socket.accept()
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                request += conn.recv(4096)
            head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
            conn.sendall((head % len(self.BODY)).encode())
            for index in range(len(self.BODY)):
                try:
                    if not self.stall:
                        conn.sendall(self.BODY[index : index + 1])
                        self.sent += 1
                    readable, _, _ = select.select([conn], [], [], self.gap)
                    if readable and conn.recv(1) == b"":
                        break
                except OSError:
                    break
            else:
                return
            self.closed.set()

    def __enter__(self) -> TricklingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._socket.close()
