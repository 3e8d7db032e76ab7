"""What the two simulated services share: a request (:class:`Call`), an answer
(:class:`Reply`), an error (:class:`ApiError`), a sliding-window rate limiter and
the :class:`Service` base that routes, authenticates, validates and dispatches.

A service subclass supplies its credentials check, its error body, and one
handler per operation id it simulates (registered with :func:`handles`); any
operation without a handler answers with a response built from its spec schema
(:mod:`._sample`), so every operation of a spec answers with a valid body.
"""

from __future__ import annotations

import collections
import json
import math
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from ._sample import sample_response
from ._specs import Operation, SpecIndex, ValidationProblem, parse_id, spec_index

__all__ = [
    "ApiError",
    "BadRequestBody",
    "Call",
    "RateLimiter",
    "Reply",
    "Service",
    "handles",
]


class ApiError(Exception):
    """An error answer: status, message (one string or several) and the parameters at fault."""

    def __init__(
        self,
        status: int,
        message: str | list[str],
        parameters: Sequence[str] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message if isinstance(message, str) else "; ".join(message))
        self.status = status
        self.message = message
        self.parameters = list(parameters)
        self.headers = dict(headers or {})


class BadRequestBody(ValueError):
    """The request body cannot be read as the JSON object the operation takes."""


def _number(text: str) -> int | float:
    """JSON numbers with a fraction or exponent: whole values become ``int`` (JSON Schema
    calls ``1.0`` an integer, and handlers slice and count with them), non-finite ones
    (``1e999``) are refused, since they cannot be written back as JSON."""
    value = float(text)
    if not math.isfinite(value):
        raise BadRequestBody(f"number {text[:40]} is out of range")
    return int(value) if value.is_integer() else value


def _constant(name: str) -> Any:
    raise BadRequestBody(f"{name} is not JSON")


@dataclass
class Call:
    """One request, as a handler sees it."""

    op: Operation
    path_params: dict[str, str]
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    url: str  # the full URL exactly as received (scheme://host + raw path + raw query)
    principal: str = ""
    _json: Any = field(default=None, repr=False)

    def json(self) -> dict[str, Any]:
        """The JSON object of the body, ``{}`` when there is none.

        Raises :class:`BadRequestBody` when the body is not JSON or not an object
        (every JSON body of both APIs is an object); the service answers it as a
        validation error, so a request never reaches a handler half-read.
        """
        if self._json is None:
            if not self.body.strip():
                self._json = {}
            else:
                try:
                    value = json.loads(self.body, parse_float=_number, parse_constant=_constant)
                except BadRequestBody:
                    raise
                except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
                    raise BadRequestBody(f"the body is not valid JSON: {exc}") from None
                if not isinstance(value, dict):
                    raise BadRequestBody(
                        f"the body must be a JSON object, not {type(value).__name__}"
                    )
                self._json = value
        result: dict[str, Any] = self._json
        return result

    def query_value(self, name: str) -> str | None:
        for key, value in self.query:
            if key == name:
                return value
        return None

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]


@dataclass
class Reply:
    """A successful answer: status, JSON body, extra headers."""

    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class RateLimiter:
    """A sliding-window limit of ``limit`` requests per ``window`` seconds per key."""

    def __init__(
        self, limit: int | None, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[str, collections.deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, now: float | None = None) -> int | None:
        """Record one request for ``key``; return ``None`` if allowed, else whole seconds to wait."""
        if self.limit is None:
            return None
        now = self.clock() if now is None else now
        with self._lock:
            hits = self._hits.setdefault(key, collections.deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1, math.ceil(hits[0] + self.window - now))
            hits.append(now)
            return None

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


_H = TypeVar("_H", bound=Callable[..., Reply])


def handles(*operation_ids: str) -> Callable[[_H], _H]:
    """Mark a :class:`Service` method as the handler of the given operation ids."""

    def mark(func: _H) -> _H:
        func.__dict__["_handles"] = operation_ids
        return func

    return mark


class Service:
    """Base of a simulated service; see the module docstring."""

    name: ClassVar[str]
    _handlers: ClassVar[dict[str, str]]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._handlers = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                for op_id in getattr(value, "_handles", ()):
                    cls._handlers[op_id] = attr

    def __init__(self, seed: int = 0) -> None:
        self.index: SpecIndex = spec_index(self.name)
        #: Where the service is served: ``/<name>`` + the path of the spec's server URL.
        self.prefix = f"/{self.name}{self.index.base_path}"
        self.seed = seed
        self.lock = threading.RLock()
        self.dirty = True  # the state differs from the seeded one (nothing seeded yet)
        #: Operations with a stateful handler that the spec in use does not have (another
        #: version of the document): they are simply not served.
        self.unserved = frozenset(set(self._handlers) - set(self.index.operations))

    # ------------------------------------------------------------ to override
    def reset(self) -> None:
        """Rebuild the seeded state."""
        raise NotImplementedError

    def authenticate(self, call: Call) -> str:
        """Return the caller's identity (used as the rate-limit key) or raise :class:`ApiError`."""
        raise NotImplementedError

    def admit(self, call: Call) -> None:
        """Checks after authentication and before validation (permissions, rate limit...)."""

    def prepare(self, call: Call) -> None:
        """Checks after validation, under the state lock (e.g. that the path's parents exist)."""

    def handler_for(self, operation_id: str) -> Callable[[Call], Reply] | None:
        """The bound handler of ``operation_id``, or ``None`` to answer the spec sample."""
        name = self._handlers.get(operation_id)
        if name is None or operation_id in self.unserved:
            return None
        handler: Callable[[Call], Reply] = getattr(self, name)
        return handler

    def error_body(self, error: ApiError) -> dict[str, Any]:
        raise NotImplementedError

    def validation_error(self, problems: list[ValidationProblem]) -> ApiError:
        raise NotImplementedError

    def not_found(self, method: str, path: str, allowed: Sequence[str]) -> ApiError:
        """404 for a path no operation serves; 405 with ``Allow`` when other methods do."""
        if allowed:
            return ApiError(
                405,
                f"Method {method} not allowed on {path}; allowed: {', '.join(allowed)}",
                headers={"Allow": ", ".join(allowed)},
            )
        return ApiError(404, f"Unknown route {method} {path}")

    # -------------------------------------------------------------- dispatch
    def handle(self, call: Call, validate: bool = True) -> Reply:
        """Authenticate, admit, validate and run the operation's handler (or its spec sample).

        Whatever the input, the answer is the service's own (a 4xx naming the
        problem), never an exception: ids the spec types as integers must be
        integers, a JSON body must be an object. With ``validate=False`` the
        request is not checked against the spec, so a handler may meet a field of
        the wrong type; that is answered as a validation error too, naming what
        the handler could not read (state it changed before is kept).
        """
        call.principal = self.authenticate(call)
        self.admit(call)
        problems = [
            ValidationProblem(
                "path", (name,), f"{name}: {call.path_params[name]!r} is not an integer id"
            )
            for name in call.op.params
            if name in call.op.int_params and parse_id(call.path_params.get(name, "")) is None
        ]
        if validate and not problems:
            problems = self.index.validate_request(
                call.op,
                call.path_params,
                call.query,
                call.headers.items(),
                call.body,
                call.headers.get("content-type", "application/json"),
            )
        if problems:
            raise self.validation_error(problems)
        handler = self.handler_for(call.op.operation_id)
        with self.lock:
            try:
                self.prepare(call)
                if handler is None:
                    status, body = sample_response(self.name, call.op.operation_id)
                    return Reply(body, status=status)
                if self.changes_state(call):
                    self.dirty = True
                return handler(call)
            except BadRequestBody as exc:
                raise self.validation_error(
                    [ValidationProblem("body", ("body",), str(exc))]
                ) from None
            except (TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
                if validate:
                    raise  # a valid request the sandbox cannot handle is its own bug: a 500
                message = (
                    f"the request could not be handled ({type(exc).__name__}: {exc}); "
                    "the sandbox runs without validation, so it was not checked against the spec"
                )
                raise self.validation_error([ValidationProblem("body", (), message)]) from None

    def changes_state(self, call: Call) -> bool:
        """Whether the call may change the seeded state (then :meth:`reset` must reseed)."""
        return call.op.method != "GET"

    def handled_operations(self) -> frozenset[str]:
        """Operation ids with a stateful handler (the others answer their spec sample)."""
        return frozenset(op for op in self.index.operations if self.handler_for(op) is not None)
