"""Fault injection and the request journal (a bounded ring).

A :class:`Fault` says what goes wrong; :class:`FaultTable` holds the faults
injected for a service and operation, and hands each request the ones that
apply to it, counting down their ``times``.

What each kind does to a matching request:

=================  ========================================================================
``latency``        waits ``seconds`` first, then answers normally (does not stop the
                   request; several latency faults add up)
``server_error``   answers ``status`` (5xx) with the service's error body; nothing is done
``drop_connection``closes the TCP connection before any byte of a response is sent;
                   nothing is done (clients see ``httpx.RemoteProtocolError``)
``rate_limited``   answers 429 with ``Retry-After: retry_after`` and the service's error
                   body; nothing is done
``truncated_body`` the request is handled; the response announces its full
                   ``Content-Length`` but the connection closes halfway through the body
``malformed_json`` the request is handled; the response is complete and well framed, but
                   its body is not valid JSON
=================  ========================================================================
"""

from __future__ import annotations

import collections
import threading
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "JOURNAL_BODY_LIMIT",
    "JOURNAL_SIZE",
    "Fault",
    "FaultKind",
    "FaultRule",
    "FaultTable",
    "Journal",
    "JournalEntry",
]

#: Default bounds of the journal: the newest 10,000 requests, at most 4 KiB of each body
#: (about 60 MB at worst with ordinary headers).
JOURNAL_SIZE = 10_000
JOURNAL_BODY_LIMIT = 4096

FaultKind = Literal[
    "latency",
    "server_error",
    "drop_connection",
    "rate_limited",
    "truncated_body",
    "malformed_json",
]

#: Faults that decide the answer before the request is handled.
BEFORE_KINDS: frozenset[str] = frozenset({"server_error", "drop_connection", "rate_limited"})
#: Faults that spoil the answer after the request was handled.
AFTER_KINDS: frozenset[str] = frozenset({"truncated_body", "malformed_json"})


@dataclass(frozen=True)
class Fault:
    """Something that goes wrong on purpose; build one with the class methods.

    ``times`` is how many requests it affects (``None``: every request until removed).
    """

    kind: FaultKind
    times: int | None = 1
    seconds: float = 0.0
    status: int = 500
    retry_after: int = 1

    @classmethod
    def latency(cls, seconds: float, *, times: int | None = None) -> Fault:
        """Delay matching requests by ``seconds`` (all of them unless ``times`` is given)."""
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        return cls("latency", times=times, seconds=seconds)

    @classmethod
    def server_error(cls, status: int = 500, *, times: int | None = 1) -> Fault:
        """Answer ``status`` (500-599) instead of handling the request, ``times`` times in a row."""
        if not 500 <= status <= 599:
            raise ValueError("status must be a 5xx code")
        return cls("server_error", times=times, status=status)

    @classmethod
    def drop_connection(cls, *, times: int | None = 1) -> Fault:
        """Close the connection without sending any response."""
        return cls("drop_connection", times=times)

    @classmethod
    def truncated_body(cls, *, times: int | None = 1) -> Fault:
        """Send the headers and half of the body, then close the connection."""
        return cls("truncated_body", times=times)

    @classmethod
    def malformed_json(cls, *, times: int | None = 1) -> Fault:
        """Send a complete response whose body is not valid JSON."""
        return cls("malformed_json", times=times)

    @classmethod
    def rate_limited(cls, retry_after: int = 1, *, times: int | None = 1) -> Fault:
        """Answer 429 with ``Retry-After: retry_after`` (whole seconds)."""
        if retry_after < 0:
            raise ValueError("retry_after must be >= 0")
        return cls("rate_limited", times=times, retry_after=retry_after, status=429)


class FaultRule:
    """A fault injected for a service (or all) and an operation id (or all), with its remaining count."""

    def __init__(self, fault: Fault, service: str | None, operation: str | None) -> None:
        if fault.times is not None and fault.times < 1:
            raise ValueError("times must be >= 1 or None")
        self.fault = fault
        self.service = service
        self.operation = operation
        self.remaining = fault.times

    def matches(self, service: str, operation: str | None) -> bool:
        return (self.service is None or self.service == service) and (
            self.operation is None or self.operation == operation
        )

    def __repr__(self) -> str:
        return (
            f"FaultRule({self.fault!r}, service={self.service!r}, "
            f"operation={self.operation!r}, remaining={self.remaining!r})"
        )


class FaultTable:
    """The injected faults; thread-safe, since tests inject from their own thread."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def add(self, rule: FaultRule) -> FaultRule:
        with self._lock:
            self._rules.append(rule)
        return rule

    def remove(self, rule: FaultRule) -> None:
        with self._lock:
            if rule in self._rules:
                self._rules.remove(rule)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, service: str, operation: str | None) -> tuple[float, Fault | None, Fault | None]:
        """Consume the faults for one request: (total latency, fault before, fault after)."""
        delay = 0.0
        before: Fault | None = None
        after: Fault | None = None
        with self._lock:
            for rule in list(self._rules):
                if not rule.matches(service, operation):
                    continue
                kind = rule.fault.kind
                if kind == "latency":
                    delay += rule.fault.seconds
                elif kind in BEFORE_KINDS and before is None:
                    before = rule.fault
                elif kind in AFTER_KINDS and after is None and before is None:
                    after = rule.fault
                else:
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self._rules.remove(rule)
        return delay, before, after


@dataclass(frozen=True)
class JournalEntry:
    """One request the sandbox received.

    ``headers`` has lower-case names; credential headers (``authorization``,
    ``cookie``) are replaced by ``"[redacted]"``. ``status`` is the status sent,
    or ``None`` when the connection was dropped without a response. ``body``
    holds at most the sandbox's ``journal_body_limit`` first bytes of the body:
    ``body_size`` is the size received and ``body_truncated`` says whether
    ``body`` was cut.
    """

    service: str
    operation: str | None
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: dict[str, str]
    body: bytes
    status: int | None
    body_size: int = 0
    body_truncated: bool = False


class Journal:
    """The requests received, newest last: a ring of ``size`` entries (thread-safe)."""

    def __init__(self, size: int = JOURNAL_SIZE, body_limit: int = JOURNAL_BODY_LIMIT) -> None:
        if size < 1:
            raise ValueError("journal_size must be at least 1")
        if body_limit < 0:
            raise ValueError("journal_body_limit must be >= 0")
        self.body_limit = body_limit
        self._entries: collections.deque[JournalEntry] = collections.deque(maxlen=size)
        self._lock = threading.Lock()
        self.dropped = 0  # entries pushed out of the ring since the last clear

    @property
    def size(self) -> int:
        return self._entries.maxlen or 0

    def append(self, entry: JournalEntry) -> None:
        with self._lock:
            if len(self._entries) == self._entries.maxlen:
                self.dropped += 1
            self._entries.append(entry)

    def entries(self) -> list[JournalEntry]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.dropped = 0
