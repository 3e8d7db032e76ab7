"""The :class:`Sandbox`: both simulated services behind one uvicorn server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from ._app import BODY_TIMEOUT, MAX_BODY_SIZE, SandboxApp, Sleep
from ._faults import JOURNAL_BODY_LIMIT, JOURNAL_SIZE, Fault, FaultRule, JournalEntry
from ._specs import preload
from .convert import ConvertService
from .growthbook import GrowthBookService

__all__ = ["DEMO_CREDENTIALS", "DemoCredentials", "Sandbox"]


@dataclass(frozen=True)
class DemoCredentials:
    """The credentials the sandbox accepts (and the ids of the seeded Convert account and project)."""

    growthbook_api_key: str
    growthbook_readonly_key: str
    convert_application_id: str
    convert_secret_key: str
    convert_api_key_id: str
    convert_api_key_secret: str
    convert_account_id: int
    convert_project_id: int
    convert_username: str = "demo@example.com"
    convert_password: str = "sandbox-password"  # noqa: S105 - a published demo credential


#: The demo credentials: not secrets, they only open the local sandbox.
DEMO_CREDENTIALS = DemoCredentials(
    growthbook_api_key="secret_sandbox_admin_4f1c2b7e9a",
    growthbook_readonly_key="secret_sandbox_readonly_8d3e6a1f0c",
    convert_application_id="sandbox-app-10023",
    convert_secret_key="sandbox-signing-secret-7c41e0b2",  # noqa: S106 - demo credential
    convert_api_key_id="sandbox-key-501",
    convert_api_key_secret="sandbox-key-secret-93ab27d4",  # noqa: S106 - demo credential
    convert_account_id=100001,
    convert_project_id=200001,
)


_STOP_SIGNALS: frozenset[int] = frozenset({signal.SIGINT, signal.SIGTERM})


def _held_signals() -> set[int]:
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        return set()
    return {int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, [])}


@contextlib.contextmanager
def hold_stop_signals() -> Iterator[None]:
    """Keep Ctrl-C and SIGTERM pending in this thread and every thread started in the block,
    until :meth:`Sandbox.wait_until_interrupted` takes them (no-op where signals cannot be held).

    Start the sandbox inside it: a process-wide signal is then certain to reach the waiting
    main thread, whichever thread the kernel would have chosen.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class Sandbox:
    """A local, stateful HTTP server that behaves like Convert and GrowthBook.

    ::

        with Sandbox() as sb:
            httpx.get(sb.growthbook_url + "/features",
                      headers={"Authorization": f"Bearer {sb.credentials.growthbook_api_key}"})

    It listens on ``host`` (127.0.0.1) and ``port`` (0: a free port), runs
    uvicorn in a background thread, and stops it on exit. ``features`` and
    ``experiences`` set how many GrowthBook features and Convert experiences
    are seeded; ``seed`` makes the data differ reproducibly.
    ``growthbook_rate_limit`` requests per ``rate_window`` seconds are allowed
    per GrowthBook key (``None``: no limit). ``validate`` turns the
    openapi-core request validation off, for raw speed.

    Bounds: :attr:`journal` keeps the newest ``journal_size`` requests, each
    body cut to ``journal_body_limit`` bytes; a request body larger than
    ``max_body_size`` bytes is refused (413), one that does not arrive within
    ``body_timeout`` seconds (a ``Content-Length`` larger than the body sent)
    gets a 408 and the connection is closed. ``sleep`` is the coroutine
    function that waits out :meth:`Fault.latency` (tests pass a recorder);
    ``clock`` (seconds, ``time.time`` by default) is what the GrowthBook rate
    limit and Convert's ``Expires`` check read, so tests can move time on.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        growthbook_rate_limit: int | None = 60,
        rate_window: float = 60.0,
        features: int = 260,
        experiences: int = 120,
        seed: int = 0,
        validate: bool = True,
        credentials: DemoCredentials = DEMO_CREDENTIALS,
        journal_size: int = JOURNAL_SIZE,
        journal_body_limit: int = JOURNAL_BODY_LIMIT,
        max_body_size: int = MAX_BODY_SIZE,
        body_timeout: float = BODY_TIMEOUT,
        sleep: Sleep | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.host = host
        self.credentials = credentials
        self.growthbook = GrowthBookService(
            credentials,
            features=features,
            seed=seed,
            rate_limit=growthbook_rate_limit,
            rate_window=rate_window,
            clock=clock,
        )
        self.convert = ConvertService(credentials, experiences=experiences, seed=seed, clock=clock)
        self.app = SandboxApp(
            [self.growthbook, self.convert],
            validate=validate,
            journal_size=journal_size,
            journal_body_limit=journal_body_limit,
            max_body_size=max_body_size,
            body_timeout=body_timeout,
            sleep=sleep or asyncio.sleep,
        )
        self._requested_port = port
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # ------------------------------------------------------------ lifecycle
    def start(self) -> Sandbox:
        """Bind, start uvicorn in a background thread, and wait until it accepts connections."""
        import uvicorn

        if self._thread is not None:
            raise RuntimeError("sandbox already started")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this; without it small answers wait ~40 ms (Nagle + delayed ACK).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, self._requested_port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        self._server = server = uvicorn.Server(config)
        self.app.closer.server = server
        # Build the request validators while uvicorn starts, not on the first request.
        preload()
        warmers = [
            threading.Thread(target=s.index.warm, daemon=True) for s in self.app.services.values()
        ]
        for warmer in warmers:
            warmer.start()
        self._thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [sock]},
            name="experiment-clients-sandbox",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + 15
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop the server and wait for its thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None
        self._server = None

    def wait_until_interrupted(self) -> None:
        """Block the main thread until Ctrl-C or SIGTERM; the caller then stops the sandbox.

        Inside :func:`hold_stop_signals` (started there, so every server thread holds them
        too) the signal is taken with ``sigwait``: the kernel cannot hand it to a thread that
        only notes it. Elsewhere it waits in short slices, so a signal that lands on another
        thread runs its Python handler once the main thread next wakes.
        """
        if _held_signals() >= _STOP_SIGNALS:
            signal.sigwait(_STOP_SIGNALS)
            return

        def interrupt(signum: int, frame: Any) -> None:
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGTERM, interrupt)
        idle = threading.Event()
        try:
            while not idle.wait(0.5):
                pass
        except KeyboardInterrupt:
            return
        finally:
            signal.signal(signal.SIGTERM, previous)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ----------------------------------------------------------------- URLs
    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``: the server root (``GET /`` lists the service URLs)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def growthbook_url(self) -> str:
        """Base URL of the GrowthBook API, ``http://127.0.0.1:PORT/growthbook/api/v1``."""
        return self.url + self.growthbook.prefix

    @property
    def convert_url(self) -> str:
        """Base URL of the Convert API, ``http://127.0.0.1:PORT/convert/api/v2``."""
        return self.url + self.convert.prefix

    # --------------------------------------------------------------- faults
    def inject(
        self, fault: Fault, *, service: str | None = None, operation: str | None = None
    ) -> FaultRule:
        """Add a fault for ``service`` ("growthbook", "convert" or None for both) and
        ``operation`` (an operationId, or None for all); it stays until its ``times``
        are used up or :meth:`clear_faults`. Returns the rule (``.remaining`` counts down)."""
        if service is not None and service not in self.app.services:
            raise ValueError(f"unknown service {service!r}; use one of {sorted(self.app.services)}")
        if operation is not None:
            known = [s for s in self.app.services.values() if operation in s.index.operations]
            if not known or (service is not None and all(s.name != service for s in known)):
                raise ValueError(f"unknown operation {operation!r} for service {service!r}")
        return self.app.faults.add(FaultRule(fault, service, operation))

    @contextlib.contextmanager
    def fault(
        self, fault: Fault, *, service: str | None = None, operation: str | None = None
    ) -> Iterator[FaultRule]:
        """:meth:`inject` for the duration of a ``with`` block."""
        rule = self.inject(fault, service=service, operation=operation)
        try:
            yield rule
        finally:
            self.app.faults.remove(rule)

    def clear_faults(self) -> None:
        """Remove every injected fault."""
        self.app.faults.clear()

    # -------------------------------------------------------------- journal
    @property
    def journal(self) -> list[JournalEntry]:
        """The newest requests received (at most ``journal_size``), oldest first (a copy)."""
        return self.app.journal

    @property
    def journal_dropped(self) -> int:
        """How many older entries the journal ring has let go since it was last cleared."""
        return self.app.journal_ring.dropped

    def clear_journal(self) -> None:
        self.app.clear_journal()

    def reset(self) -> None:
        """Reseed both services' state and forget rate-limit counts (faults and journal stay)."""
        for service in self.app.services.values():
            service.reset()
