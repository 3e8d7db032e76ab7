"""The settings every call runs with, as one typed, immutable object.

A client holds one :class:`CallOptions`; ``with_options(...)`` makes a view
holding a changed copy. Everything is checked here, once, when set: a call
never meets a malformed setting.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import attrs
import httpx

from ._checks import number, whole_number
from ._errors import InvalidArgumentError
from ._response import DEFAULT_MAX_RESPONSE_BYTES
from ._retry import RetryPolicy
from ._validate import header_name_problem, header_value_problem

__all__ = ["DEFAULT_TIMEOUT", "CallOptions"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    seconds = number(value, "timeout", positive=True, hint=" of seconds (or an httpx.Timeout)")
    return httpx.Timeout(seconds)


def _deadline(value: float) -> float | None:
    seconds = number(value, "deadline", positive=True, hint=" of seconds")
    return None if math.isinf(seconds) else seconds


def _headers(headers: Mapping[str, str | bytes]) -> dict[str, str | bytes]:
    if not isinstance(headers, Mapping):
        raise InvalidArgumentError(
            f"headers must be a mapping of name to value, got {type(headers).__name__}"
        )
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str | bytes):
            # The value is not echoed: it may well be a credential.
            raise InvalidArgumentError(
                f"headers[{key!r}] must be a string (or bytes), got {type(value).__name__}"
            )
        problem = header_name_problem(key) or header_value_problem(value)
        if problem:  # refused here, never sent (nor retried as a connection error)
            raise InvalidArgumentError(f"headers[{key!r}]: {problem}")
    return dict(headers)


def _max_bytes(value: int) -> int:
    hint = f" of bytes (default {DEFAULT_MAX_RESPONSE_BYTES:,})"
    return whole_number(value, "max_response_bytes", minimum=1, hint=hint)


def _policy(retry: RetryPolicy) -> RetryPolicy:
    if not isinstance(retry, RetryPolicy):
        raise InvalidArgumentError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
    return retry


@attrs.frozen
class CallOptions:
    """Timeout per connect/read/write, retry policy, extra headers, retry_writes, deadline
    and the largest response body accepted.

    ``timeout`` bounds each network step of one attempt; ``deadline`` (seconds,
    or None) bounds a whole call: every attempt, the waits between them and the
    rate limiter's waits. ``max_response_bytes`` bounds each response body as it
    streams in (decoded and downloaded size).
    """

    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    headers: Mapping[str, str | bytes] = attrs.field(factory=dict)
    retry_writes: bool = False
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @classmethod
    def create(
        cls,
        *,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry: RetryPolicy | None,
        deadline: float | None,
        max_response_bytes: int | None = None,
    ) -> CallOptions:
        """A client's settings from its constructor's arguments (``retry`` wins over ``max_retries``)."""
        policy = (
            _policy(retry)
            if retry is not None
            else RetryPolicy(max_retries=whole_number(max_retries, "max_retries"))
        )
        return cls(
            timeout=DEFAULT_TIMEOUT if timeout is None else _timeout(timeout),
            retry=policy,
            deadline=None if deadline is None else _deadline(deadline),
            max_response_bytes=(
                DEFAULT_MAX_RESPONSE_BYTES
                if max_response_bytes is None
                else _max_bytes(max_response_bytes)
            ),
        )

    def replace(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str | bytes] | None = None,
        retry_writes: bool | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> CallOptions:
        """These settings with the given ones changed (None keeps a setting); headers are merged."""
        policy = self.retry if retry is None else _policy(retry)
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=whole_number(max_retries, "max_retries"))
        if retry_writes is not None and not isinstance(retry_writes, bool):
            raise InvalidArgumentError(f"retry_writes must be True or False, got {retry_writes!r}")
        return CallOptions(
            timeout=self.timeout if timeout is None else _timeout(timeout),
            retry=policy,
            headers={**self.headers, **_headers(headers or {})},
            retry_writes=self.retry_writes if retry_writes is None else retry_writes,
            deadline=self.deadline if deadline is None else _deadline(deadline),
            max_response_bytes=(
                self.max_response_bytes
                if max_response_bytes is None
                else _max_bytes(max_response_bytes)
            ),
        )
