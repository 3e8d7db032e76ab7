"""The ``experiment-clients`` command line: every operation of both services, plus the sandbox.

``experiment-clients SERVICE OPERATION [options]`` (see ``--help``). It needs
the ``cli`` extra (click, rich, pyyaml); without it the console script says
so in one line instead of failing on an import.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

#: Exit code when the extra is missing (the command line's "configuration" code).
MISSING_EXTRA = 3


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code (documented in ``experiment-clients --help``)."""
    # httpx loads its own command line (click, rich, pygments) on import when they are
    # installed, as the cli extra makes them; this process never runs it, and skipping it
    # saves a tenth of a second on every command. httpx falls back to a stub by design.
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    try:
        import click  # noqa: F401  (the one import every command needs)
    except ModuleNotFoundError:
        print(
            "error: the command line needs the 'cli' extra (click is missing): "
            "pip install 'experiment-clients[cli]'",
            file=sys.stderr,
        )
        return MISSING_EXTRA
    from ._app import run

    return run(argv)
