"""A small HTTP server on 127.0.0.1 whose every answer a test scripts: status, headers, body.

Bodies are bytes (sent with ``Content-Length``) or an iterable of chunks (sent
chunked, so a body can be endless); the server records each request and how
many body bytes it managed to write before the client went away. A
:class:`CannedServer` answers with bodies a test queued, in order.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
from facade_helpers import ThreadedServer


@attrs.define
class Reply:
    status: int = 200
    headers: dict[str, str] = attrs.Factory(lambda: {"Content-Type": "application/json"})
    body: bytes | Iterable[bytes] = b"{}"
    reason: str | None = None


@attrs.define
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes


Script = Callable[[Seen], Reply]


class ScriptedServer(ThreadedServer):
    """Answers each request with ``script(request)``; ``requests`` and ``bytes_sent`` record it."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[Seen] = []
        self.bytes_sent: list[int] = []  # body bytes written, per request
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                url = urlsplit(self.path)
                seen = Seen(
                    self.command,
                    url.path,
                    dict(parse_qsl(url.query)),
                    {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length) if length else b"",
                )
                server.requests.append(seen)
                reply = server.script(seen)
                self.send_response(reply.status, reply.reason)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                sent = 0
                try:
                    if isinstance(reply.body, bytes):
                        if "content-length" not in {k.lower() for k in reply.headers}:
                            self.send_header("Content-Length", str(len(reply.body)))
                        self.end_headers()
                        self.wfile.write(reply.body)
                        sent = len(reply.body)
                    else:
                        self.send_header("Transfer-Encoding", "chunked")
                        self.end_headers()
                        for chunk in reply.body:
                            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                            sent += len(chunk)
                        self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True
                finally:
                    server.bytes_sent.append(sent)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._serve(Handler)


@contextmanager
def scripted_server(script: Script) -> Iterator[ScriptedServer]:
    server = ScriptedServer(script).start()
    try:
        yield server
    finally:
        server.stop()


class CannedServer(ScriptedServer):
    """Answers with the JSON replies a test queued, in order, then ``200 {}``."""

    def __init__(self) -> None:
        self.queue: deque[Reply] = deque()
        super().__init__(lambda _: self.queue.popleft() if self.queue else Reply())

    @property
    def growthbook_url(self) -> str:
        """Where a GrowthBook client finds the API on this server."""
        return f"{self.url}/api/v1"

    def reply(self, status: int, body: Any) -> None:
        """Queue ``body`` as the JSON of the next answer."""
        json_type = {"Content-Type": "application/json"}
        self.queue.append(Reply(status, json_type, json.dumps(body).encode()))

    @property
    def last(self) -> Seen:
        assert self.requests, "the server received no request"
        return self.requests[-1]


def endless(chunk: bytes = b"x" * 65536) -> Iterator[bytes]:
    """A body that never ends: reading it whole would never return."""
    while True:
        yield chunk
