"""When to retry and how long to wait: plain functions, shared by the sync and async clients.

The loop itself is tenacity's (``Retrying``/``AsyncRetrying``); this module only
supplies its three decisions: *may* this request be repeated, *should* this
outcome be retried, and *how long* to wait (``Retry-After`` first, else
exponential backoff with jitter).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Any

import attrs
import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    InvalidArgumentError,
    parse_retry_after,
)

logger = logging.getLogger("experiment_clients")

RETRY_STATUSES = frozenset({429, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Transport failures that prove the request never left: safe to repeat even for a write.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _at_least_zero(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise InvalidArgumentError(
            f"RetryPolicy.{attribute.name} must be a number >= 0, got {value!r}"
        )


@attrs.frozen
class RetryPolicy:
    """How many times to retry and how to back off.

    ``max_retries`` counts retries after the first attempt. A ``Retry-After``
    longer than ``max_retry_after`` is not waited for: the error is raised so
    the caller can decide.
    """

    max_retries: int = attrs.field(default=2, validator=_at_least_zero)
    initial_delay: float = attrs.field(default=0.5, validator=_at_least_zero)
    max_delay: float = attrs.field(default=8.0, validator=_at_least_zero)
    jitter: float = attrs.field(default=0.25, validator=_at_least_zero)
    max_retry_after: float = attrs.field(default=60.0, validator=_at_least_zero)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.max_retries, int):
            raise InvalidArgumentError(
                f"RetryPolicy.max_retries must be a whole number, got {self.max_retries!r}"
            )
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
    operation: str, exc: BaseException | None, attempt: int, attempts: int, sleep: float
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


def first_retry(
    exc: BaseException, policy: RetryPolicy, operation: str, repeatable: bool
) -> float | None:
    """After a first attempt failed with ``exc``: the wait before a retry, or None for no retry.

    Calls that succeed at once never build a retry loop; it starts here.
    """
    if policy.max_retries == 0 or not should_retry(exc, repeatable=repeatable, policy=policy):
        return None
    delay = wait_seconds(exc, 1, policy)
    _log_retry(operation, exc, 2, policy.max_retries + 1, delay)
    return delay


def tenacity_arguments(policy: RetryPolicy, operation: str, repeatable: bool) -> dict[str, object]:
    """Keyword arguments for ``tenacity.Retrying``/``AsyncRetrying`` running the retries left
    after the first retry's wait (see :func:`first_retry`)."""
    import tenacity  # only once something failed: keeps it off the import and success paths

    def retry(state: tenacity.RetryCallState) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        return exc is not None and should_retry(exc, repeatable=repeatable, policy=policy)

    def wait(state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return wait_seconds(exc, state.attempt_number + 1, policy)

    def before_sleep(state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        sleep = state.next_action.sleep if state.next_action else 0.0
        _log_retry(operation, exc, state.attempt_number + 2, policy.max_retries + 1, sleep)

    return {
        "stop": tenacity.stop_after_attempt(policy.max_retries),
        "retry": retry,
        "wait": wait,
        "before_sleep": before_sleep,
        "reraise": True,
    }
