"""The ASGI application: each service under its prefix, plus faults and the journal.

Every request goes through :func:`SandboxApp.dispatch`: read the body (bounded
in size and time), route by the spec, apply injected faults, let the service
authenticate, validate and handle it, render JSON, record it in the journal.
Whatever arrives, the answer is JSON in the shape of the service the path
names (a path under no service gets ``{"message"}``): 404 for an unknown
route, 405 with ``Allow`` for a method the path does not serve, 408 when the
body announced by ``Content-Length`` does not arrive in time, 413 when it is
too large. A request the sandbox should handle but cannot is its own bug: a
500 in the service's shape, logged with its traceback.

The journal is a ring (:class:`Journal`): the newest ``journal_size`` requests,
each body cut to ``journal_body_limit`` bytes (the entry says so).

Dropping a connection: ASGI has no message for "close without answering", and
uvicorn answers 500 when an app raises or returns before responding. Uvicorn
does stay silent when the client is already gone, so the app closes the TCP
connection itself: :class:`ConnectionCloser` finds the connection among the
running server's ``server_state.connections`` by the client address of the
ASGI scope, closes its transport, and waits for the ``http.disconnect`` that
uvicorn then delivers. Nothing is written to the socket, and uvicorn logs
nothing. Outside uvicorn (no server attached) the closer raises, which yields
a 500 instead.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._faults import JOURNAL_BODY_LIMIT, JOURNAL_SIZE, Fault, FaultTable, Journal, JournalEntry
from ._service import ApiError, Call, Reply, Service

__all__ = ["BODY_TIMEOUT", "MAX_BODY_SIZE", "ConnectionCloser", "SandboxApp"]

logger = logging.getLogger("experiment_sandbox")

_REDACTED_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})

#: Default bounds of a request body: at most 16 MiB, arriving within 10 s.
MAX_BODY_SIZE = 16 * 1024 * 1024
BODY_TIMEOUT = 10.0

Sleep = Callable[[float], Awaitable[Any]]


class _BodyProblem(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ConnectionCloser:
    """Closes the TCP connection of an ASGI request under uvicorn (see the module docstring)."""

    def __init__(self) -> None:
        self.server: Any = None  # the uvicorn.Server, attached once created

    async def close(self, scope: Scope, receive: Receive) -> None:
        connection = self._find(scope)
        if connection is None:
            raise RuntimeError(
                "cannot drop the connection: not running under the sandbox's uvicorn"
            )
        connection.transport.close()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return

    def _find(self, scope: Scope) -> Any:
        client = scope.get("client")
        state = getattr(self.server, "server_state", None)
        if client is None or state is None:
            return None
        for connection in list(state.connections):
            if tuple(getattr(connection, "client", ()) or ()) == tuple(client):
                return connection
        return None


class _TruncatedResponse(Response):
    """Announces the full length, sends half of the body, then closes the connection."""

    def __init__(self, reply: Response, closer: ConnectionCloser) -> None:
        super().__init__(reply.body, status_code=reply.status_code, media_type=reply.media_type)
        self.raw_headers = list(reply.raw_headers)
        self._closer = closer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send(
            {
                "type": "http.response.body",
                "body": self.body[: len(self.body) // 2],
                "more_body": True,
            }
        )
        await self._closer.close(scope, receive)


def _json_bytes(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


class SandboxApp:
    """The ASGI application serving every service under its prefix."""

    def __init__(
        self,
        services: Sequence[Service],
        validate: bool = True,
        *,
        journal_size: int = JOURNAL_SIZE,
        journal_body_limit: int = JOURNAL_BODY_LIMIT,
        max_body_size: int = MAX_BODY_SIZE,
        body_timeout: float = BODY_TIMEOUT,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if body_timeout <= 0:
            raise ValueError("body_timeout must be > 0")
        self.services = {s.name: s for s in services}
        self.faults = FaultTable()
        self.closer = ConnectionCloser()
        self.validate = validate
        self.journal_ring = Journal(journal_size, journal_body_limit)
        self.max_body_size = max_body_size
        self.body_timeout = body_timeout
        self.sleep = sleep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # no lifespan (uvicorn runs with lifespan="off"), no websockets
            return
        request = Request(scope, receive)
        path: str = scope["path"]
        for service in self.services.values():
            if path == service.prefix or path.startswith(service.prefix + "/"):
                response = await self.dispatch(service, request, path[len(service.prefix) :] or "/")
                break
        else:
            response = await self._outside(request, path)
        await response(scope, receive, send)

    # ------------------------------------------------------------ journal
    @property
    def journal(self) -> list[JournalEntry]:
        return self.journal_ring.entries()

    def clear_journal(self) -> None:
        self.journal_ring.clear()

    # ----------------------------------------------------------- requests
    async def _outside(self, request: Request, path: str) -> Response:
        """``GET /`` lists the services; any other path under no service prefix is a 404."""
        base = str(request.base_url).rstrip("/")
        if path == "/" and request.method in ("GET", "HEAD"):
            return self._json({name: base + s.prefix for name, s in self.services.items()})
        # A path that names a service (a wrong version, say) answers in that service's shape.
        named = self.services.get(path.strip("/").split("/")[0])
        prefixes = ", ".join(s.prefix for s in self.services.values())
        error = ApiError(
            404, f"Unknown route {request.method} {path}; the sandbox serves {prefixes}"
        )
        if named is not None:
            return self._error_response(named, error)
        if path == "/":
            error = ApiError(
                405, f"Method {request.method} not allowed on /", headers={"Allow": "GET"}
            )
        return self._json({"message": error.message}, error.status, error.headers)

    async def _read_body(self, request: Request) -> bytes:
        """The body, refused when it is larger than ``max_body_size`` or does not arrive
        within ``body_timeout`` seconds (a ``Content-Length`` larger than what is sent)."""
        declared = request.headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > self.max_body_size:
            raise _BodyProblem(413, f"Request body larger than {self.max_body_size} bytes")

        async def read() -> bytes:
            chunks: list[bytes] = []
            size = 0
            async for chunk in request.stream():
                size += len(chunk)
                if size > self.max_body_size:
                    raise _BodyProblem(413, f"Request body larger than {self.max_body_size} bytes")
                chunks.append(chunk)
            return b"".join(chunks)

        try:
            return await asyncio.wait_for(read(), timeout=self.body_timeout)
        except TimeoutError:
            raise _BodyProblem(
                408,
                f"Request body not received within {self.body_timeout:g} s "
                "(is Content-Length larger than the body sent?)",
            ) from None

    async def dispatch(self, service: Service, request: Request, rest: str) -> Response:
        scope = request.scope
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        query = tuple(request.query_params.multi_items())
        # HEAD is GET without the body (the server drops it); OPTIONS and others: 405.
        method = "GET" if request.method == "HEAD" else request.method
        found = service.index.route(method, rest)
        operation_id = found[0].operation_id if found else None

        def record(status: int | None, body: bytes) -> None:
            limit = self.journal_ring.body_limit
            self.journal_ring.append(
                JournalEntry(
                    service=service.name,
                    operation=operation_id,
                    method=request.method,
                    path=scope["path"],
                    query=query,
                    headers={
                        k: ("[redacted]" if k in _REDACTED_HEADERS else v)
                        for k, v in headers.items()
                    },
                    body=body[:limit],
                    status=status,
                    body_size=len(body),
                    body_truncated=len(body) > limit,
                )
            )

        try:
            body = await self._read_body(request)
        except ClientDisconnect:
            return Response(status_code=400)  # never sent: the client is gone
        except _BodyProblem as problem:
            response = self._error_response(
                service, ApiError(problem.status, str(problem), headers={"Connection": "close"})
            )
            record(response.status_code, b"")
            return response

        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        query_string: bytes = scope.get("query_string", b"")
        url = (
            f"{scope.get('scheme', 'http')}://{headers.get('host', '')}{raw_path.decode('latin-1')}"
        )
        if query_string:
            url += "?" + query_string.decode("latin-1")

        delay, before, after = self.faults.take(service.name, operation_id)
        if delay:
            await self.sleep(delay)

        if before is not None and before.kind == "drop_connection":
            record(None, body)
            await self.closer.close(scope, request.receive)
            return Response(status_code=204)  # never sent: the client is gone
        if before is not None:
            response = self._fault_response(service, before)
        elif found is None:
            allowed = service.index.allowed_methods(rest)
            if "GET" in allowed:
                allowed = sorted({*allowed, "HEAD"})
            response = self._error_response(
                service, service.not_found(request.method, rest, allowed)
            )
        else:
            call = Call(found[0], found[1], query, headers, body, url)
            try:
                reply = service.handle(call, validate=self.validate)
            except ApiError as error:
                response = self._error_response(service, error)
            except Exception as exc:  # the sandbox's own bug: say so in the service's shape
                logger.exception("sandbox error on %s %s", request.method, scope["path"])
                response = self._error_response(
                    service,
                    ApiError(500, f"Sandbox error ({type(exc).__name__}); this is a sandbox bug"),
                )
            else:
                response = self._reply_response(reply)
        if after is not None:
            response = self._spoil(response, after)
        record(response.status_code, body)
        return response

    # ---------------------------------------------------------- rendering
    @staticmethod
    def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
        return Response(
            _json_bytes(body), status_code=status, media_type="application/json", headers=headers
        )

    @classmethod
    def _reply_response(cls, reply: Reply) -> Response:
        return cls._json(reply.body, reply.status, reply.headers)

    @classmethod
    def _error_response(cls, service: Service, error: ApiError) -> Response:
        return cls._json(service.error_body(error), error.status, error.headers)

    def _fault_response(self, service: Service, fault: Fault) -> Response:
        if fault.kind == "rate_limited":
            error = ApiError(
                429,
                "Too many requests, please try again later.",
                headers={"Retry-After": str(fault.retry_after)},
            )
        else:
            error = ApiError(fault.status, "Internal server error (injected by the sandbox)")
        return self._error_response(service, error)

    def _spoil(self, response: Response, fault: Fault) -> Response:
        if fault.kind == "truncated_body":
            return _TruncatedResponse(response, self.closer)
        body = bytes(response.body)
        broken = body[: max(1, len(body) // 2)] + b"<!-- not json"
        spoiled = Response(broken, status_code=response.status_code, media_type="application/json")
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "content-type"):
                spoiled.headers[name] = value
        return spoiled
