"""Client-side pacing, so that walking thousands of items never meets a 429.

A server enforcing "N per window" with a sliding window stamps each request
when it *arrives*, which is some time after we send it. Counting our requests
from the moment we send them (what a generic limiter such as pyrate-limiter
does) therefore lets request N+1 arrive less than a window after request 1
whenever request 1 was slower to arrive than request N+1: measured, 4 to 10 of
60 calls met a 429 from a server with the same 60-per-minute window.

:class:`Pacer` counts the other way round: a request occupies its slot from the
moment it is sent *until its answer is back*, plus a full window after that.
The server saw it somewhere in between, so the next request to take that slot
arrives at least a window after the server counted the old one, whatever the
latencies: a sliding-window server cannot answer 429 to a paced client (its own
clock ticking at the same rate; ``margin`` adds slack for that). A serial
walk pays one round trip per window for this, well under a second a minute.

The pacer owns no thread and no timer (old entries are dropped on the next
acquire), so a closed client leaves nothing running. Waits go through the
client's :class:`~._clock.Clock`, are bounded by the call's deadline, and any
wait over a second is logged at INFO with its length, so a long walk never
stops silently.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import attrs

from ._checks import number, whole_number
from ._clock import Clock, Deadline

__all__ = ["Pacer", "RateLimit"]

logger = logging.getLogger("experiment_clients")

#: Waits longer than this are logged at INFO (shorter ones at DEBUG).
LOGGED_WAIT = 1.0
#: How long to wait before looking again when every slot is held by a request in flight.
_IN_FLIGHT_POLL = 0.05


def _whole(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    whole_number(value, f"rate_limit.{attribute.name}", minimum=1)


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    number(value, f"rate_limit.{attribute.name}", positive=True)


def _at_least_zero(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    number(value, f"rate_limit.{attribute.name}")


@attrs.frozen
class RateLimit:
    """At most ``requests`` per ``per_seconds`` (GrowthBook's documented limit: 60 per minute).

    ``margin`` seconds are added to each slot's window, as slack for the
    server's clock running a little faster than ours.
    """

    requests: int = attrs.field(validator=_whole)
    per_seconds: float = attrs.field(default=60.0, validator=_positive)
    margin: float = attrs.field(default=0.05, validator=_at_least_zero)


class Pacer:
    """Slots for requests: at most ``requests`` sent or finished within the last window.

    ``slot()``/``async_slot()`` wrap one attempt: they wait for a free slot,
    then hold it until the attempt is over. The decision (:meth:`_reserve`) is
    shared by both twins; only the sleep differs. Thread-safe; one pacer is
    shared by a client and all its ``with_options`` views.
    """

    def __init__(self, limit: RateLimit, name: str = "requests") -> None:
        self.limit = limit
        self._name = name
        self._window = limit.per_seconds + limit.margin
        self._finished: collections.deque[float] = collections.deque()  # ascending end times
        self._in_flight = 0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Pacer({self.limit.requests} per {self.limit.per_seconds:g} s, {self._name})"

    def _reserve(self, now: float) -> float:
        """Take a slot (return 0.0), or return how long to wait before asking again."""
        with self._lock:
            finished = self._finished
            while finished and finished[0] <= now - self._window:
                finished.popleft()
            if len(finished) + self._in_flight < self.limit.requests:
                self._in_flight += 1
                return 0.0
            if finished:
                return finished[0] + self._window - now
            return _IN_FLIGHT_POLL

    def _release(self, now: float) -> None:
        with self._lock:
            self._in_flight -= 1
            # Appended under the lock with a monotonic clock: the deque stays sorted.
            self._finished.append(max(now, self._finished[-1]) if self._finished else now)

    def _planned(self, wait: float, deadline: Deadline, operation: str) -> float:
        """Check a wait against the deadline and log it; return it."""
        if not deadline.allows(wait):
            raise deadline.error(operation, f"waiting {wait:.1f} s for the rate limit ({self})")
        level = logging.INFO if wait > LOGGED_WAIT else logging.DEBUG
        logger.log(
            level,
            "rate limit: waiting %.1f s before %s (limit: %d per %g s)",
            wait, operation, self.limit.requests, self.limit.per_seconds,
        )  # fmt: skip
        return wait

    @contextmanager
    def slot(self, clock: Clock, deadline: Deadline, operation: str) -> Iterator[None]:
        """Wait for a slot (blocking), hold it while the body runs."""
        while wait := self._reserve(clock.now()):
            clock.sleep(self._planned(wait, deadline, operation))
        try:
            yield
        finally:
            self._release(clock.now())

    @asynccontextmanager
    async def async_slot(
        self, clock: Clock, deadline: Deadline, operation: str
    ) -> AsyncIterator[None]:
        """Wait for a slot without blocking the event loop, hold it while the body runs."""
        while wait := self._reserve(clock.now()):
            await clock.async_sleep(self._planned(wait, deadline, operation))
        try:
            yield
        finally:
            self._release(clock.now())
