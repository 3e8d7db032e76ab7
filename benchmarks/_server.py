"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers with pre-encoded bytes.

It runs in its own process (``python -m benchmarks._server``), so its work
never competes with the measured client for the GIL, and it does the same
tiny amount of work for every request: read the head and body, pick a
response by method and path, write bytes encoded once at start-up. Whatever
it costs is the same for the facade and for the hand-written baseline.

Routes (any prefix before them is ignored):

* ``GET  .../features``                    GrowthBook: a page of 100 features
* ``GET  .../experiences/<id>``            Convert: one experience
* ``POST .../experiences``                 Convert: a page of 50 experiences
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from ._fixtures import bodies


def _response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


def _routes() -> dict[str, bytes]:
    fixed = bodies()
    return {
        "features": _response(fixed["growthbook_features"]),
        "experience": _response(fixed["convert_experience"]),
        "experiences": _response(fixed["convert_experiences"]),
    }


_NOT_FOUND = (
    b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}"
)


def _pick(routes: dict[str, bytes], method: bytes, target: bytes) -> bytes:
    path = target.split(b"?", 1)[0].rstrip(b"/")
    last, _, _ = path.rpartition(b"/")
    if path.endswith(b"/features"):
        return routes["features"]
    if method == b"POST" and path.endswith(b"/experiences"):
        return routes["experiences"]
    if method == b"GET" and last.endswith(b"/experiences"):
        return routes["experience"]
    return _NOT_FOUND


def _handle(conn: socket.socket, routes: dict[str, bytes]) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    with conn:
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            method, target, _ = lines[0].split(b" ", 2)
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            while len(buffer) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[length:]
            conn.sendall(_pick(routes, method, target))


def serve() -> None:
    """Serve until standard input closes; print ``PORT <n>`` once listening."""
    routes = _routes()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_handle, args=(conn, routes), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    print(f"PORT {listener.getsockname()[1]}", flush=True)
    sys.stdin.read()  # the parent closes our stdin to stop us
    listener.close()


@contextlib.contextmanager
def fixed_server() -> Iterator[str]:
    """Start the server in a child process; yield its base URL ``http://127.0.0.1:PORT``."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._server"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "PORT":
            raise RuntimeError(f"the fixed-bytes server did not start: {line!r}")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    serve()
