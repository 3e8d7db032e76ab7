"""What the boundary does with an answer: read it within the size limit, find its 2xx model.

Plain functions shared by both twins (the async read is the only twin):

* :func:`read_limited` / :func:`aread_limited` read a body while it streams and
  stop at ``max_response_bytes`` (counted as decoded and as downloaded bytes, so a
  compressed bomb stops too), before httpx would read it whole. They run in the
  clients' response hook, for every response, redirects and retried 5xx included.
  A body that does not decode as its ``Content-Encoding`` says becomes a typed
  error here too.
* :func:`undocumented_success` parses a 2xx the spec does not document (201 or
  299 where it says 200) as the documented 2xx when its body fits, else raises
  :class:`APIResponseValidationError` with the real status: ``call()`` never
  returns ``None`` against its declared type. It relies only on each generated
  module's ``_parse_response`` and the return annotation of its ``operation``,
  not on how a model parses.
"""

from __future__ import annotations

import functools
import logging
import sys
import types
import typing
from http import HTTPStatus
from typing import Any

import httpx

from ._errors import APIError, APIResponseValidationError, ResponseTooLargeError, status_error

logger = logging.getLogger("experiment_clients")

#: Default ``max_response_bytes``: far above any page either service sends, far below trouble.
DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024

_SUCCESS_CODES = tuple(s.value for s in HTTPStatus if 200 <= s.value < 300)
# Headers describing the body as sent; a body handed on already decoded must not carry them.
_FRAMING = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


def _declared_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isascii() and value.isdigit() else None


def _too_large(operation: str, response: httpx.Response, limit: int, detail: str) -> Exception:
    return ResponseTooLargeError(
        f"{operation}: the response (HTTP {response.status_code}) is larger than "
        f"max_response_bytes={limit:,} ({detail}); ask for less (a smaller page_size, "
        f"filters) or raise the limit with client.with_options(max_response_bytes=...) "
        f"or the client's max_response_bytes=",
        operation=operation,
        status_code=response.status_code,
        limit=limit,
        headers=response.headers,
    )


def _undecodable(operation: str, response: httpx.Response, exc: Exception) -> Exception:
    encoding = response.headers.get("content-encoding", "")
    problem = f"its body does not decode as its Content-Encoding {encoding!r} says ({exc})"
    if not response.is_success:
        return status_error(operation, response, unreadable=problem)  # the status still tells
    return APIResponseValidationError(
        f"{operation}: HTTP {response.status_code}, but {problem}",
        operation=operation,
        status_code=response.status_code,
        body=b"",
        headers=response.headers,
    )


class _Budget:
    """Counts a body as it streams; the one decision both twins' read loops share."""

    def __init__(self, operation: str, response: httpx.Response, limit: int) -> None:
        self.operation, self.response, self.limit = operation, response, limit
        self.chunks: list[bytes] = []
        self.size = 0
        declared = _declared_length(response)
        if declared is not None and declared > limit:
            raise _too_large(operation, response, limit, f"Content-Length {declared:,}")

    def take(self, chunk: bytes) -> None:
        self.size += len(chunk)
        downloaded = self.response.num_bytes_downloaded
        if self.size > self.limit or downloaded > self.limit:
            raise _too_large(
                self.operation,
                self.response,
                self.limit,
                f"stopped reading after {max(self.size, downloaded):,} bytes",
            )
        self.chunks.append(chunk)

    def done(self) -> None:
        # httpx keeps a read body in ``_content`` (what ``read()`` fills): with it set, the
        # client's own ``read()`` after the hooks returns it instead of reading again.
        self.response._content = b"".join(self.chunks)


def read_limited(response: httpx.Response, operation: str, limit: int) -> None:
    """Read ``response``'s body, at most ``limit`` bytes; the response is closed on any error."""
    try:
        budget = _Budget(operation, response, limit)
        for chunk in response.iter_bytes():
            budget.take(chunk)
    except httpx.DecodingError as exc:
        response.close()
        raise _undecodable(operation, response, exc) from exc
    except BaseException:
        response.close()
        raise
    budget.done()


async def aread_limited(response: httpx.Response, operation: str, limit: int) -> None:
    """The async twin of :func:`read_limited`."""
    try:
        budget = _Budget(operation, response, limit)
        async for chunk in response.aiter_bytes():
            budget.take(chunk)
    except httpx.DecodingError as exc:
        await response.aclose()
        raise _undecodable(operation, response, exc) from exc
    except BaseException:
        await response.aclose()
        raise
    budget.done()


def failed_answer(operation: str, response: httpx.Response, exc: Exception) -> APIError:
    """The error for an answer the generated code could not parse: by its status."""
    if not response.is_success:
        return status_error(operation, response)
    return APIResponseValidationError(
        f"{operation}: HTTP {response.status_code} with a body that does not match the spec: "
        f"{type(exc).__name__}: {str(exc)[:300]}",
        operation=operation,
        status_code=response.status_code,
        body=_content(response),
        headers=response.headers,
    )


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


_modules: dict[tuple[str, str], types.ModuleType] = {}


def operation_module(package: str, operation: str) -> types.ModuleType | None:
    """The generated module of ``operation`` (loaded, since its function ran), or None."""
    module = _modules.get((package, operation))
    if module is None:
        prefix, suffix = f"{package}.api.", f".{operation}"
        found = [
            m for n, m in list(sys.modules.items()) if n.startswith(prefix) and n.endswith(suffix)
        ]
        if len(found) != 1:
            return None
        module = _modules[(package, operation)] = found[0]
    return module


@functools.cache
def _declared_model(module: types.ModuleType) -> Any:
    """The return annotation of a generated module's ``operation`` (its 2xx model), or Any."""
    try:
        return typing.get_type_hints(module.operation).get("return", Any)
    except Exception:  # no operation function, or an annotation that does not resolve
        return Any


def undocumented_success(
    module: types.ModuleType, raw_client: Any, response: httpx.Response, operation: str
) -> Any:
    """The model for a 2xx answer the generated parser gave nothing for, or a validation error.

    The body is parsed by the generated parser of the documented 2xx status (the
    status swapped, nothing else); an operation declared to return nothing
    returns ``None``.
    """
    declared = _declared_model(module)
    status = response.status_code
    if declared is None or declared is type(None):
        return None
    headers = [(k, v) for k, v in response.headers.raw if k.lower() not in _FRAMING]
    for documented in _SUCCESS_CODES:
        if documented == status:
            continue
        swapped = httpx.Response(
            documented, headers=headers, content=response.content, request=response.request
        )
        try:
            parsed = module._parse_response(client=raw_client, response=swapped)
        except Exception as exc:
            return _raise_unfit(operation, response, documented, declared, exc)
        if parsed is None:
            continue  # not the documented status either
        if declared is not Any and isinstance(declared, type) and not isinstance(parsed, declared):
            return _raise_unfit(operation, response, documented, declared, None)
        logger.info(
            "%s: HTTP %d, which the spec does not document; parsed as its HTTP %d answer",
            operation,
            status,
            documented,
        )
        return parsed
    raise APIResponseValidationError(
        f"{operation}: HTTP {status} gave no {getattr(declared, '__name__', declared)}, and the "
        "operation documents no other 2xx answer to read it as",
        operation=operation,
        status_code=status,
        body=response.content,
        headers=response.headers,
    )


def _raise_unfit(
    operation: str,
    response: httpx.Response,
    documented: int,
    declared: Any,
    exc: Exception | None,
) -> Any:
    name = getattr(declared, "__name__", str(declared))
    reason = "an empty body" if not response.content else "a body"
    why = f" ({type(exc).__name__}: {str(exc)[:300]})" if exc is not None else ""
    raise APIResponseValidationError(
        f"{operation}: HTTP {response.status_code}, which the spec does not document (it "
        f"documents {documented}), with {reason} that does not fit {name}{why}",
        operation=operation,
        status_code=response.status_code,
        body=response.content,
        headers=response.headers,
    ) from exc
