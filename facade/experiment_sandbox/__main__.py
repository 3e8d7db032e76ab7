"""``python -m experiment_sandbox``: run the sandbox in the foreground until Ctrl-C."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ._app import BODY_TIMEOUT, MAX_BODY_SIZE
from ._faults import JOURNAL_BODY_LIMIT, JOURNAL_SIZE
from ._sandbox import Sandbox, hold_stop_signals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m experiment_sandbox",
        description="Local stateful Convert and GrowthBook API sandbox.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8080, help="port to listen on (0: any free port)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data")
    parser.add_argument("--features", type=int, default=260, help="GrowthBook features to seed")
    parser.add_argument("--experiences", type=int, default=120, help="Convert experiences to seed")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=60,
        help="GrowthBook requests per minute per key (0: no limit)",
    )
    parser.add_argument(
        "--no-validate", action="store_true", help="skip openapi-core request validation"
    )
    parser.add_argument(
        "--journal-size",
        type=int,
        default=JOURNAL_SIZE,
        help=f"requests the journal keeps, newest first (default {JOURNAL_SIZE})",
    )
    parser.add_argument(
        "--journal-body-limit",
        type=int,
        default=JOURNAL_BODY_LIMIT,
        help=f"bytes of each request body the journal keeps (default {JOURNAL_BODY_LIMIT})",
    )
    parser.add_argument(
        "--max-body-size",
        type=int,
        default=MAX_BODY_SIZE,
        help=f"largest request body accepted, in bytes (default {MAX_BODY_SIZE})",
    )
    parser.add_argument(
        "--body-timeout",
        type=float,
        default=BODY_TIMEOUT,
        help=f"seconds a request body may take to arrive (default {BODY_TIMEOUT:g})",
    )
    args = parser.parse_args(argv)
    sandbox = Sandbox(
        host=args.host,
        port=args.port,
        seed=args.seed,
        features=args.features,
        experiences=args.experiences,
        growthbook_rate_limit=args.rate_limit or None,
        validate=not args.no_validate,
        journal_size=args.journal_size,
        journal_body_limit=args.journal_body_limit,
        max_body_size=args.max_body_size,
        body_timeout=args.body_timeout,
    )
    with hold_stop_signals(), sandbox:
        creds = sandbox.credentials
        print(f"GrowthBook API:  {sandbox.growthbook_url}")
        print(f"Convert API:     {sandbox.convert_url}")
        print("Demo credentials (accepted by this sandbox only):")
        print(f"  GrowthBook secret key:            {creds.growthbook_api_key}")
        print(f"  GrowthBook read-only key:         {creds.growthbook_readonly_key}")
        print(
            f"  Convert application id / secret:  {creds.convert_application_id} / {creds.convert_secret_key}"
        )
        print(
            f"  Convert API key id / secret:      {creds.convert_api_key_id} / {creds.convert_api_key_secret}"
        )
        print(
            f"  Convert account id / project id:  {creds.convert_account_id} / {creds.convert_project_id}"
        )
        print("Press Ctrl-C to stop.", flush=True)
        sandbox.wait_until_interrupted()
        print("Stopping.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
