"""When to retry and how long to wait: plain decisions, shared by the sync and async clients.

Each twin runs one small loop (attempt, ask :meth:`Attempts.wait_after`,
sleep, repeat); everything that loop needs to know is decided here: *may* the
request be repeated, *should* this failure be retried, *how long* to wait
(``Retry-After`` first, else exponential backoff with jitter), and whether that
wait still fits the call's deadline.

Why no tenacity: the loop is five lines per twin, while tenacity would only
call back into these same decisions; building its ``Retrying`` object on every
call costs the success path, and building it only after a first failure is
what split the loop in two (a hand-made first retry, then tenacity with
offset arithmetic). A plain loop also lets the deadline bound the whole call.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

import attrs
import httpx

from ._checks import number, whole_number
from ._clock import Deadline
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    InvalidArgumentError,
)
from ._retry_after import parse_retry_after

__all__ = ["Attempts", "RetryPolicy", "is_repeatable", "should_retry", "wait_seconds"]

logger = logging.getLogger("experiment_clients")

RETRY_STATUSES = frozenset({429, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Transport failures that prove the request never left: safe to repeat even for a write.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _at_least_zero(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    number(value, f"RetryPolicy.{attribute.name}")


@attrs.frozen
class RetryPolicy:
    """How many times to retry and how to back off.

    ``max_retries`` counts retries after the first attempt. A ``Retry-After``
    longer than ``max_retry_after`` is not waited for: the error is raised so
    the caller can decide.
    """

    max_retries: int = attrs.field(default=2)
    initial_delay: float = attrs.field(default=0.5, validator=_at_least_zero)
    max_delay: float = attrs.field(default=8.0, validator=_at_least_zero)
    jitter: float = attrs.field(default=0.25, validator=_at_least_zero)
    max_retry_after: float = attrs.field(default=60.0, validator=_at_least_zero)

    @max_retries.validator
    def _check_max_retries(self, attribute: attrs.Attribute[int], value: int) -> None:
        whole_number(value, "RetryPolicy.max_retries")

    def __attrs_post_init__(self) -> None:
        if self.jitter > 1:
            raise InvalidArgumentError(
                f"RetryPolicy.jitter is a fraction from 0 to 1, got {self.jitter!r}"
            )

    def backoff(self, retry_number: int) -> float:
        """Exponential delay for the n-th retry (1-based), less up to ``jitter`` of it at random."""
        delay = min(self.max_delay, self.initial_delay * 2.0 ** (retry_number - 1))
        return delay * (1 - self.jitter * random.random())  # noqa: S311 - jitter, not crypto


def is_repeatable(method: str, operation: str, read_only: Callable[[str], bool]) -> bool:
    """A request is safe to repeat if its method is safe or the operation only reads."""
    method = method.upper()
    return method in SAFE_METHODS or (method == "POST" and read_only(operation))


def should_retry(exc: BaseException, *, repeatable: bool, policy: RetryPolicy) -> bool:
    """Whether an attempt that raised ``exc`` is worth another try."""
    if isinstance(exc, APIConnectionError):
        return repeatable or isinstance(exc.__cause__, _NOT_SENT)
    if isinstance(exc, APIStatusError) and exc.status_code in RETRY_STATUSES and repeatable:
        wait = parse_retry_after(exc.headers)
        return wait is None or wait <= policy.max_retry_after
    return False


def wait_seconds(exc: BaseException | None, retry_number: int, policy: RetryPolicy) -> float:
    """The service's ``Retry-After`` when it gave one, else the policy's backoff."""
    if isinstance(exc, APIStatusError):
        asked = parse_retry_after(exc.headers)
        if asked is not None:
            return asked
    return policy.backoff(retry_number)


def _log_retry(
    operation: str, exc: BaseException, attempt: int, attempts: int, sleep: float
) -> None:
    reason = f"HTTP {exc.status_code}" if isinstance(exc, APIStatusError) else type(exc).__name__
    logger.info(
        "retrying %s after %s: attempt %d of %d in %.2fs",
        operation,
        reason,
        attempt,
        attempts,
        sleep,
    )


@attrs.define
class Attempts:
    """The retry bookkeeping of one call: how many attempts failed, what comes next."""

    policy: RetryPolicy
    operation: str
    repeatable: bool
    deadline: Deadline
    failed: int = 0

    def wait_after(self, exc: APIError) -> float | None:
        """After attempt ``failed + 1`` raised ``exc``: seconds to wait before the next, or None
        to give up (the caller re-raises ``exc``).

        Raises :class:`APITimeoutError` (from ``exc``) instead of waiting past the deadline.
        """
        self.failed += 1
        policy = self.policy
        if (
            self.deadline.exhausted
            or self.failed > policy.max_retries
            or not should_retry(exc, repeatable=self.repeatable, policy=policy)
        ):
            return None
        delay = wait_seconds(exc, self.failed, policy)
        if not self.deadline.allows(delay):
            raise self.deadline.error(
                self.operation, f"after {self.failed} attempt(s), the last one failed with {exc}"
            ) from exc
        _log_retry(self.operation, exc, self.failed + 1, policy.max_retries + 1, delay)
        return delay
