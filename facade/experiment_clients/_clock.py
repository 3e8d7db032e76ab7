"""Time as the clients see it: one clock for every wait, and the deadline of one call.

Every wait (retry backoff, ``Retry-After``, rate-limit pacing) goes through a
:class:`Clock`, so tests drive time by hand instead of sleeping, and the
deadline is measured on the same clock as the waits it bounds.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable

import attrs

from ._errors import APITimeoutError

__all__ = ["SYSTEM_CLOCK", "Clock", "Deadline"]


@attrs.frozen
class Clock:
    """Monotonic seconds and the two ways to wait (tests pass their own)."""

    now: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


SYSTEM_CLOCK = Clock()


class Deadline:
    """When one call must be over, retries and waits included (``deadline=`` seconds)."""

    __slots__ = ("_at", "clock", "exhausted", "seconds")

    def __init__(self, seconds: float | None, clock: Clock) -> None:
        self.seconds = seconds
        self.clock = clock
        self._at = math.inf if seconds is None else clock.now() + seconds
        #: Set once the deadline has raised its error: the call makes no further attempt.
        self.exhausted = False

    def remaining(self) -> float | None:
        """Seconds left (never below 0), or None without a deadline."""
        if self.seconds is None:
            return None
        return max(0.0, self._at - self.clock.now())

    def passed(self) -> bool:
        return self.clock.now() >= self._at

    def allows(self, wait: float) -> bool:
        """Whether waiting ``wait`` seconds still leaves time for a request afterwards."""
        return self.clock.now() + wait < self._at

    def cap(self, timeouts: dict[str, float | None]) -> dict[str, float | None]:
        """Per-phase timeouts (connect, read, write, pool) no longer than the time left."""
        left = self.remaining()
        if left is None:
            return timeouts
        return {phase: left if t is None else min(t, left) for phase, t in timeouts.items()}

    def error(self, operation: str, doing: str) -> APITimeoutError:
        """The error for a call that ran out of time while ``doing`` something."""
        self.exhausted = True
        return APITimeoutError(
            f"{operation}: the deadline of {self.seconds:g} s passed {doing}; raise deadline= "
            "if the service is just slow",
            operation=operation,
        )
