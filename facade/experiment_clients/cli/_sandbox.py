"""``experiment-clients sandbox``: run the sandbox in the foreground and say how to use it.

It prints the ``export`` lines that point the library and this command line
at it (demo credentials the sandbox alone accepts), and turns the usual
start-up failures (port taken, port not allowed, address not on this
machine) into one line with the fix.
"""

from __future__ import annotations

import errno
import shlex
import socket
from typing import TYPE_CHECKING, Any

import click

from . import _exits

if TYPE_CHECKING:
    from experiment_sandbox import Sandbox


class SandboxError(click.ClickException):
    """The sandbox could not start; the message says why and what to do."""

    exit_code = _exits.CONFIGURATION


def _why(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return (
            f"port {port} on {host} is already in use: stop what listens there, or pick another "
            "port with --port N (--port 0 takes any free one)"
        )
    if exc.errno == errno.EACCES:
        return f"not allowed to listen on port {port} (ports below 1024 need root): use --port 8080"
    if exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT) or isinstance(exc, socket.gaierror):
        return f"cannot listen on {host!r}: not an address of this machine; use --host 127.0.0.1"
    return f"the sandbox could not start on {host}:{port}: {exc.strerror or exc}"


def export_lines(sandbox: Any) -> list[str]:
    """Shell lines that point the library and the command line at ``sandbox``."""
    creds = sandbox.credentials
    values = (
        ("GROWTHBOOK_API_HOST", sandbox.growthbook_url),
        ("GROWTHBOOK_API_KEY", creds.growthbook_api_key),
        ("CONVERT_API_BASE_URL", sandbox.convert_url),
        ("CONVERT_APPLICATION_ID", creds.convert_application_id),
        ("CONVERT_SECRET_KEY", creds.convert_secret_key),
        ("CONVERT_ACCOUNT_ID", str(creds.convert_account_id)),
        ("CONVERT_PROJECT_ID", str(creds.convert_project_id)),
    )
    return [f"export {name}={shlex.quote(value)}" for name, value in values]


def serve(
    *,
    host: str,
    port: int,
    seed: int,
    features: int,
    experiences: int,
    rate_limit: int,
    no_validate: bool,
) -> int:
    """Start the sandbox, print where it is and its credentials, wait for Ctrl-C (or SIGTERM)."""
    from experiment_sandbox import Sandbox, hold_stop_signals

    sandbox = Sandbox(
        host=host,
        port=port,
        seed=seed,
        features=features,
        experiences=experiences,
        growthbook_rate_limit=rate_limit or None,
        validate=not no_validate,
    )
    with hold_stop_signals():
        try:
            sandbox.start()
        except OSError as exc:
            raise SandboxError(_why(exc, host, port)) from None
        _serve(sandbox, host)
    return _exits.OK


def _serve(sandbox: Sandbox, host: str) -> None:
    """Print where the started sandbox is and its credentials; serve until Ctrl-C or SIGTERM."""
    try:
        creds = sandbox.credentials
        echo = click.echo
        echo(f"Sandbox of both APIs on {host}:{sandbox.port} (Ctrl-C stops it)")
        echo(f"  GrowthBook API: {sandbox.growthbook_url}")
        echo(f"  Convert API:    {sandbox.convert_url}")
        echo(
            "Point the library and experiment-clients at it (demo credentials, this sandbox only):"
        )
        for line in export_lines(sandbox):
            echo(f"  {line}")
        echo(
            f"Also accepted: GrowthBook read-only key {creds.growthbook_readonly_key}; "
            f"Convert secret key {creds.convert_api_key_id} / {creds.convert_api_key_secret} "
            "(CONVERT_API_KEY_ID / CONVERT_API_KEY_SECRET)."
        )
        echo("Ready.")
        sandbox.wait_until_interrupted()
        echo("Stopping.")
    finally:
        sandbox.stop()
