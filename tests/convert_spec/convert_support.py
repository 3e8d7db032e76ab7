"""Helpers of the Convert spec tests: the operations fixture, and a local recording HTTP server.

`serve()` starts a stdlib `ThreadingHTTPServer` on 127.0.0.1 (a free port) that records every
request it gets and answers with whatever JSON the test queued. Tests call the generated client
against it, so what they assert is the request that really went over HTTP.
"""

from __future__ import annotations

import csv
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "convert_operations.tsv"
SPEC = ROOT / "specs" / "convert.yaml"
BASE_PATH = "/api/v2"


@dataclass(frozen=True)
class Operation:
    """One row of tests/fixtures/convert_operations.tsv."""

    section: str
    title: str
    method: str
    path: str
    operation_id: str
    response_keys: tuple[str, ...]


def load_operations() -> list[Operation]:
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        Operation(
            section=r["section"],
            title=r["title"],
            method=r["method"],
            path=r["path"],
            operation_id=r["operation_id"],
            response_keys=tuple(k for k in r["response_keys"].split(",") if k),
        )
        for r in rows
    ]


def snake(name: str) -> str:
    """`getAccountHistory` -> `get_account_history`, as the generator names endpoint modules."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def package_of(section: str) -> str:
    """The generated package of a tag: `Cdn Images` -> `cdn_images`."""
    return re.sub(r"\W+", "_", section).strip("_").lower()


OPERATIONS = load_operations()
BY_ID = {op.operation_id: op for op in OPERATIONS}


@dataclass(frozen=True)
class Part:
    """One part of a multipart/form-data body."""

    name: str
    filename: str | None
    content_type: str
    content: bytes


@dataclass(frozen=True)
class Recorded:
    """A request as the server received it."""

    method: str
    raw_path: str
    query_string: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return unquote(self.raw_path)

    @property
    def query(self) -> list[tuple[str, str]]:
        """Query pairs in order, names and values decoded (so `include%5B%5D` is `include[]`)."""
        return parse_qsl(self.query_string, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)

    def parts(self) -> list[Part]:
        """The parts of a multipart/form-data body, parsed by the stdlib email package."""
        content_type = self.headers.get("content-type", "")
        assert content_type.startswith("multipart/form-data"), content_type
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
        message = BytesParser(policy=policy.HTTP).parsebytes(head + self.body)
        assert isinstance(message, EmailMessage)
        assert message.is_multipart()
        parts = []
        for part in message.iter_parts():
            assert isinstance(part, EmailMessage)
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            assert isinstance(name, str)
            assert isinstance(payload, bytes)
            parts.append(Part(name, part.get_filename(), part.get_content_type(), payload))
        return parts


@dataclass
class FakeConvert:
    """What the local server received, and what it answers next."""

    url: str = ""
    requests: list[Recorded] = field(default_factory=list)
    status: int = 200
    reply: Any = field(default_factory=lambda: {"code": 200, "message": "ok"})

    def respond(self, reply: Any, status: int = 200) -> None:
        self.reply, self.status = reply, status

    def reset(self) -> None:
        self.requests.clear()
        self.respond({"code": 200, "message": "ok"})

    @property
    def last(self) -> Recorded:
        assert len(self.requests) == 1, f"expected one request, got {len(self.requests)}"
        return self.requests[0]


def _handler(state: FakeConvert) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            state.requests.append(
                Recorded(
                    method=self.command,
                    raw_path=parts.path,
                    query_string=parts.query,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
            )
            payload = json.dumps(state.reply).encode()
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def serve() -> Iterator[FakeConvert]:
    """Run a FakeConvert on 127.0.0.1 until the block ends."""
    state = FakeConvert()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="fake-convert", daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}{BASE_PATH}"
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
