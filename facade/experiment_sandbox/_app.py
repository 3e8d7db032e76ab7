"""The Starlette application: one route per service prefix, plus faults and the journal.

Every request goes through :func:`SandboxApp.dispatch`: route by the spec,
apply injected faults, let the service authenticate, validate and handle it,
render JSON, record it in the journal.

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
import threading
from collections.abc import Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from ._faults import Fault, FaultTable, JournalEntry
from ._service import ApiError, Call, Reply, Service

__all__ = ["ConnectionCloser", "SandboxApp"]

_REDACTED_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]


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

    def __init__(self, services: Sequence[Service], validate: bool = True) -> None:
        self.services = {s.name: s for s in services}
        self.faults = FaultTable()
        self.closer = ConnectionCloser()
        self.validate = validate
        self._journal: list[JournalEntry] = []
        self._journal_lock = threading.Lock()
        routes = [
            Route(service.prefix + "/{rest:path}", self._endpoint(service), methods=_METHODS)
            for service in services
        ]
        routes.append(Route("/", self._index, methods=["GET"]))
        self.starlette = Starlette(routes=routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.starlette(scope, receive, send)

    # ------------------------------------------------------------ journal
    @property
    def journal(self) -> list[JournalEntry]:
        with self._journal_lock:
            return list(self._journal)

    def clear_journal(self) -> None:
        with self._journal_lock:
            self._journal.clear()

    def _record(self, entry: JournalEntry) -> None:
        with self._journal_lock:
            self._journal.append(entry)

    # ----------------------------------------------------------- requests
    async def _index(self, request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return JSONResponse({name: base + s.prefix for name, s in self.services.items()})

    def _endpoint(self, service: Service) -> Any:
        async def endpoint(request: Request) -> Response:
            return await self.dispatch(service, request)

        return endpoint

    async def dispatch(self, service: Service, request: Request) -> Response:
        try:
            body = await request.body()
        except ClientDisconnect:
            return Response(status_code=400)  # never sent: the client is gone
        scope = request.scope
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        query_string: bytes = scope.get("query_string", b"")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        url = f"{scope.get('scheme', 'http')}://{host}{raw_path.decode('latin-1')}"
        if query_string:
            url += "?" + query_string.decode("latin-1")
        rest = "/" + request.path_params["rest"]
        query = tuple(request.query_params.multi_items())
        found = service.index.route(request.method, rest)
        operation_id = found[0].operation_id if found else None

        delay, before, after = self.faults.take(service.name, operation_id)
        if delay:
            await asyncio.sleep(delay)

        def record(status: int | None) -> None:
            self._record(
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
                    body=body,
                    status=status,
                )
            )

        if before is not None and before.kind == "drop_connection":
            record(None)
            await self.closer.close(scope, request.receive)
            return Response(status_code=204)  # never sent: the client is gone
        if before is not None:
            response = self._fault_response(service, before)
        elif found is None:
            allowed = service.index.path_exists(rest)
            response = self._error_response(
                service, service.not_found(request.method, rest, allowed)
            )
        else:
            call = Call(found[0], found[1], query, headers, body, url)
            try:
                reply = service.handle(call, validate=self.validate)
            except ApiError as error:
                response = self._error_response(service, error)
            else:
                response = self._reply_response(reply)
        if after is not None:
            response = self._spoil(response, after)
        record(response.status_code)
        return response

    # ---------------------------------------------------------- rendering
    @staticmethod
    def _reply_response(reply: Reply) -> Response:
        return Response(
            _json_bytes(reply.body),
            status_code=reply.status,
            media_type="application/json",
            headers=reply.headers,
        )

    @staticmethod
    def _error_response(service: Service, error: ApiError) -> Response:
        return Response(
            _json_bytes(service.error_body(error)),
            status_code=error.status,
            media_type="application/json",
            headers=error.headers,
        )

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
