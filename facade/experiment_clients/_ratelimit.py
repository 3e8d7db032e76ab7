"""Client-side pacing, so that walking thousands of items never meets a 429.

pyrate-limiter keeps a sliding-window log: at most ``requests`` in any window
of ``per_seconds``, the same rule a server's per-minute limit enforces. A small
``margin`` widens the window so that jitter between our clock and the server's
arrival times cannot push one request over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ._errors import InvalidArgumentError

if TYPE_CHECKING:
    from pyrate_limiter import Limiter


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidArgumentError(f"rate_limit.{attribute.name} must be > 0, got {value!r}")


def _at_least_zero(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise InvalidArgumentError(f"rate_limit.{attribute.name} must be >= 0, got {value!r}")


@attrs.frozen
class RateLimit:
    """At most ``requests`` per ``per_seconds`` (GrowthBook's documented limit: 60 per minute)."""

    requests: int = attrs.field(validator=_positive)  # type: ignore[assignment]
    per_seconds: float = attrs.field(default=60.0, validator=_positive)
    margin: float = attrs.field(default=0.05, validator=_at_least_zero)


def new_limiter(limit: RateLimit) -> Limiter:
    from pyrate_limiter import InMemoryBucket, Limiter, Rate  # loaded with the first client

    window_ms = int((limit.per_seconds + limit.margin) * 1000)
    return Limiter(InMemoryBucket([Rate(limit.requests, window_ms)]), buffer_ms=0)
