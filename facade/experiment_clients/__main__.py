"""Command line: ``python -m experiment_clients demo`` or ``... sandbox --port N``."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="experiment-clients", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="walk through both clients against the local sandbox")
    demo.add_argument("--verbose", action="store_true", help="also log every request")
    sandbox = commands.add_parser("sandbox", help="run the local sandbox of both APIs")
    sandbox.add_argument("--port", type=int, default=8080)
    sandbox.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    try:
        if args.command == "demo":
            from .demo import run

            return run(verbose=args.verbose)
        from experiment_sandbox.__main__ import main as sandbox_main

        return sandbox_main(["--port", str(args.port), "--host", args.host])
    except ModuleNotFoundError as exc:
        if exc.name in {"starlette", "uvicorn", "openapi_core", "yaml"}:
            print(
                f"the sandbox needs the 'sandbox' extra ({exc.name} is missing): "
                "pip install 'experiment-clients[sandbox]'",
                file=sys.stderr,
            )
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
