"""Exit codes by error class, and the one line an error prints.

The table is read top to bottom and the first class the error is an instance
of wins, so subclasses come before their parents (``ValidationError`` before
``BadRequestError``, ``APITimeoutError`` before ``APIConnectionError``). The
README's command-line section documents the same numbers.
"""

from __future__ import annotations

OK = 0
FAILED = 1  # an error no row below names (a bug: --debug shows the traceback)
USAGE = 2  # unknown command or option, bad value, wrong enum, bad JSON, invalid argument
CONFIGURATION = 3  # missing or malformed credentials, hosts or extras
AUTH = 4  # 401, 403
NOT_FOUND = 5  # 404
REJECTED = 6  # 400, 422 and any other 4xx
RATE_LIMITED = 7  # 429, after the retries
SERVER = 8  # 5xx, after the retries
CONNECTION = 9  # no HTTP answer: refused, reset, timed out
BAD_RESPONSE = (
    10  # a 2xx not as the spec says, a body over the size cap, a listing that cannot go on
)
INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT

# (class name in experiment_clients, exit code); names, so this module imports nothing heavy.
_BY_CLASS: tuple[tuple[str, int], ...] = (
    ("InvalidArgumentError", USAGE),
    ("ConfigurationError", CONFIGURATION),
    ("AuthenticationError", AUTH),
    ("PermissionDeniedError", AUTH),
    ("NotFoundError", NOT_FOUND),
    ("RateLimitError", RATE_LIMITED),
    ("ServerError", SERVER),
    ("APIStatusError", REJECTED),
    ("APIConnectionError", CONNECTION),
    ("APIResponseValidationError", BAD_RESPONSE),
    ("ResponseTooLargeError", BAD_RESPONSE),
    ("PaginationError", BAD_RESPONSE),
)

#: What each exit code means, for ``--help`` and the README.
MEANINGS: tuple[tuple[int, str], ...] = (
    (OK, "success"),
    (FAILED, "an unexpected error (run again with --debug for the traceback)"),
    (USAGE, "bad command line: unknown command or option, bad value or enum, bad JSON"),
    (CONFIGURATION, "missing or malformed credentials, host or extra"),
    (AUTH, "the service refused the credentials (401, 403)"),
    (NOT_FOUND, "no such resource or route (404)"),
    (REJECTED, "the service rejected the request (400, 422, other 4xx)"),
    (RATE_LIMITED, "still rate limited after the retries (429)"),
    (SERVER, "the service failed, after the retries (5xx)"),
    (CONNECTION, "no answer: connection refused or reset, or timed out"),
    (BAD_RESPONSE, "the answer does not match the spec, is too large, or stops a listing"),
    (INTERRUPTED, "interrupted (Ctrl-C)"),
)


def exit_code(exc: BaseException) -> int:
    """The exit code for an exception raised while running a command."""
    if isinstance(exc, KeyboardInterrupt):
        return INTERRUPTED
    names = {
        cls.__name__ for cls in type(exc).__mro__ if cls.__module__.startswith("experiment_clients")
    }
    for name, code in _BY_CLASS:
        if name in names:
            return code
    return FAILED


def one_line(text: str) -> str:
    """``text`` on one line: errors print a single line, whatever the service sent."""
    return " ".join(str(text).split())
