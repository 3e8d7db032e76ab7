"""The configured httpx client: its arguments, and the hooks every request and response pass.

The hooks run for every request, redirects included: they keep credentials
home, let the auth fix a redirected request, apply the running call's options
(headers, timeouts capped by the deadline), record the response and read its
body within ``max_response_bytes`` (:mod:`._response`) before httpx would read
it whole. What the
running call is travels in a context variable (:data:`CURRENT`), so the
generated functions need no extra parameter and concurrent async calls never
see each other's options.

The few places that touch httpx or httpcore internals say so and why.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import os
import ssl
from collections.abc import Callable, Iterator, Mapping
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import attrs
import httpx

from ._clock import Deadline
from ._errors import InvalidArgumentError
from ._options import CallOptions
from ._response import DEFAULT_MAX_RESPONSE_BYTES, aread_limited, read_limited
from .auth import CredentialAuth, strip_foreign_credentials

__all__ = ["CURRENT", "CallState", "Hooks", "client_arguments", "release"]

logger = logging.getLogger("experiment_clients")


@attrs.define
class CallState:
    """One attempt in flight: its operation, settings, deadline and the response once it came."""

    operation: str
    options: CallOptions
    deadline: Deadline
    response: httpx.Response | None = None


CURRENT: contextvars.ContextVar[CallState | None] = contextvars.ContextVar(
    "experiment_clients_call", default=None
)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops being read once the call's deadline has passed.

    A server trickling a byte at a time never trips a per-read timeout; this
    check between chunks does. (The async twin needs none: its attempts run
    under ``asyncio.timeout``.)
    """

    def __init__(self, stream: Any, deadline: Deadline, request: httpx.Request) -> None:
        self.inner = stream
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            if self._deadline.passed():
                raise httpx.ReadTimeout(
                    "the call's deadline passed while the body was read", request=self._request
                )
            yield chunk

    def close(self) -> None:
        self.inner.close()


class Hooks:
    """The request and response hooks of one client (sync and async variants)."""

    def __init__(
        self,
        origin: httpx.URL,
        auth: CredentialAuth,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._origin = origin
        self._auth = auth
        self._max_response_bytes = max_response_bytes  # for requests made outside a call

    def _body_limit(self, response: httpx.Response) -> tuple[str, int]:
        """Who reads this body (for messages) and how many bytes it may have."""
        state = CURRENT.get()
        if state is None:
            request = response.request
            return f"{request.method} {request.url.path}", self._max_response_bytes
        return state.operation, state.options.max_response_bytes

    def on_request(self, request: httpx.Request) -> None:
        if strip_foreign_credentials(request, self._origin):
            logger.warning(
                "credentials removed from a request to %s (not the client's host)", request.url.host
            )
        elif self._auth.on_redirect(request):
            logger.debug("credentials renewed for %s after a redirect", request.url.path)
        state = CURRENT.get()
        if state is not None:
            if state.options.headers:
                request.headers.update(state.options.headers)  # type: ignore[arg-type]
            timeouts = state.options.timeout.as_dict()
            request.extensions["timeout"] = state.deadline.cap(timeouts)

    def on_response(self, response: httpx.Response) -> None:
        state = CURRENT.get()
        if state is not None:
            state.response = response
            if state.deadline.seconds is not None:
                # httpcore reads the timeouts from this very dict when it starts reading
                # the body (below): the read timeout shrinks to the time left.
                timeouts = response.request.extensions.get("timeout", {})
                response.request.extensions["timeout"] = state.deadline.cap(dict(timeouts))
                response.stream = _DeadlineStream(response.stream, state.deadline, response.request)
        read_limited(response, *self._body_limit(response))

    async def on_request_async(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def on_response_async(self, response: httpx.Response) -> None:
        state = CURRENT.get()
        if state is not None:
            state.response = response
        await aread_limited(response, *self._body_limit(response))


def client_arguments(
    *,
    base_url: str,
    auth: httpx.Auth,
    timeout: httpx.Timeout,
    transport: Any,
    proxy: Any,
    event_hooks: Mapping[str, list[Callable[..., Any]]] | None,
    hooks: tuple[Callable[..., Any], Callable[..., Any]],
    user_agent: str,
) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client``/``AsyncClient``: ours first, the caller's hooks after."""
    user = dict(event_hooks or {})
    unknown = set(user) - {"request", "response"}
    if unknown:
        raise InvalidArgumentError(
            f"event_hooks: unknown keys {sorted(unknown)}; use 'request' and 'response'"
        )
    args: dict[str, Any] = {
        "base_url": base_url,
        "auth": auth,
        "timeout": timeout,
        "event_hooks": {
            "request": [hooks[0], *user.get("request", [])],
            "response": [hooks[1], *user.get("response", [])],
        },
        "headers": {"User-Agent": user_agent},
        # No cookie jar: both services authenticate every request by its credentials, and a
        # server's cookie kept for later requests is state (and a malformed one broke them).
        "cookies": CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
    }
    if transport is not None:
        args["transport"] = transport
    else:
        args["verify"] = default_ssl_context()
    if proxy is not None:
        args["proxy"] = proxy
    return args


def default_ssl_context() -> ssl.SSLContext:
    """httpx's default TLS settings, built once per CA-bundle setting instead of per client.

    httpx builds a fresh context, loading the whole CA bundle, for every client: about 25 ms,
    most of what building one of ours costs. A context is safe to share between clients and
    threads; ``SSL_CERT_FILE``/``SSL_CERT_DIR`` are honoured as httpx does, read per client.
    """
    return _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    # The arguments are the cache key: httpx reads the same variables from os.environ itself.
    return httpx.create_ssl_context()


def release(state: CallState) -> None:
    """Let a finished response go at once.

    httpx binds a response's stream back to the response (to time it), a
    reference cycle that keeps every page's body alive until the cycle
    collector runs; once the body is read and closed the link is no longer
    used, so it is cut (an httpx internal: ``BoundSyncStream._response``) and
    memory stays flat while paging.
    """
    response = state.response
    if response is not None and response.is_closed:
        stream: Any = response.stream
        if isinstance(stream, _DeadlineStream):
            stream = stream.inner
        if getattr(stream, "_response", None) is response:
            stream._response = None
