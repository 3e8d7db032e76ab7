"""A tiny GrowthBook stand-in on 127.0.0.1 that records every request and replays canned answers.

Tests queue answers with ``server.reply(status, body)``; when the queue is empty
the server answers ``200 {}``. One server runs for the session (stopping one
costs half a second); the ``server`` fixture empties it before each test. Each request is kept as a :class:`Recorded` in
``server.requests`` so a test can assert the exact request line, headers and body
that left the client.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

API_KEY = "secret_test123"


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it."""

    method: str
    target: str  # path and query exactly as sent, e.g. "/api/v1/features?limit=5&offset=10"
    request_line: str
    headers: dict[str, str]  # lower-cased names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(self.raw_query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)
    reason: str | None = None


class LocalServer:
    """State shared between the test and the handler threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._replies: deque[Reply] = deque()
        self.requests: list[Recorded] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def reply(
        self,
        status: int = 200,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        reason: str | None = None,
    ) -> None:
        """Queue one answer: ``body`` is sent as JSON, ``raw`` as is."""
        payload = raw if raw is not None else json.dumps({} if body is None else body).encode()
        content_type = "application/json" if raw is None else "text/plain"
        merged = {"Content-Type": content_type, **(headers or {})}
        with self._lock:
            self._replies.append(Reply(status, payload, merged, reason))

    def reset(self) -> None:
        """Forget recorded requests and queued answers (between tests)."""
        with self._lock:
            self._replies.clear()
            self.requests.clear()

    @property
    def last(self) -> Recorded:
        assert self.requests, "the server received no request"
        return self.requests[-1]

    def _next(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            if self._replies:
                return self._replies.popleft()
        return Reply(200, b"{}", {"Content-Type": "application/json"})

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def _handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            recorded = Recorded(
                method=self.command,
                target=self.path,
                request_line=self.requestline,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
            )
            reply = server._next(recorded)
            self.send_response(reply.status, reply.reason)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

    return Handler


@pytest.fixture(scope="session")
def _shared_server() -> Iterator[LocalServer]:
    local = LocalServer()
    local.start()
    try:
        yield local
    finally:
        local.stop()


@pytest.fixture
def server(_shared_server: LocalServer) -> LocalServer:
    """The recording server on 127.0.0.1, emptied for this test."""
    _shared_server.reset()
    return _shared_server


@pytest.fixture
def gb(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A GrowthBookClient pointed at the local server, exactly as a user would build it."""
    monkeypatch.delenv("GROWTHBOOK_API_KEY", raising=False)
    monkeypatch.delenv("GROWTHBOOK_API_HOST", raising=False)
    from experiment_clients import GrowthBookClient

    client = GrowthBookClient(api_key=API_KEY, base_url=f"http://127.0.0.1:{server.port}/api/v1")
    try:
        yield client
    finally:
        client.close()
