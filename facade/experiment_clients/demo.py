"""The README's main job: a short printed session with both clients against the local sandbox."""

from __future__ import annotations

import logging
import time
from typing import Any

from experiment_sandbox import Sandbox

from . import APIError, ConvertClient, GrowthBookClient, NotFoundError


def _say(text: str = "") -> None:
    print(text, flush=True)


def _table(rows: list[dict[str, Any]], columns: list[str], limit: int = 6) -> None:
    widths = [max(len(c), *(len(str(r.get(c, ""))) for r in rows[:limit])) for c in columns]
    _say("    " + "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in rows[:limit]:
        cells = (str(row.get(c, "")).ljust(w) for c, w in zip(columns, widths, strict=True))
        _say("    " + "  ".join(cells))
    if len(rows) > limit:
        _say(f"    ... {len(rows) - limit} more rows")


def _convert(sb: Sandbox) -> None:
    creds = sb.credentials
    _say("Convert Experiences API v2 (every request HMAC-signed)")
    with ConvertClient(
        application_id=creds.convert_application_id,
        secret_key=creds.convert_secret_key,
        account_id=creds.convert_account_id,
        project_id=creds.convert_project_id,
        base_url=sb.convert_url,
    ) as cv:
        pager = cv.experiences.list(page_size=25, sort_by="id", sort_direction="asc")
        pages = list(pager.iter_pages())
        total = sum(len(p.items) for p in pages)
        _say(f"  listed {total} experiences in {len(pages)} pages of up to 25")
        first = pages[0].items[0]
        _say(f"  first: #{first.id} {first.name!r} ({first.status}, {first.type_})")

        created = cv.experiences.create(
            name="Checkout button colour",
            type="a/b",
            status="draft",
            url="https://shop.example/checkout",
        )
        _say(f"  created #{created.id} {created.name!r} ({created.status})")
        renamed = cv.experiences.update(created, name="Checkout button colour (green)")
        _say(f"  renamed to {renamed.name!r}")
        active = cv.experiences.set_status(created, "active")
        _say(f"  status now {active.status}")
        by_key = cv.experiences.get(str(first.key)) if first.key else None
        if by_key is not None:
            _say(f"  fetched by key {first.key!r}: #{by_key.id}")

        rows = cv.experiences.aggregated_report(first)
        _say(f"  aggregated report of #{first.id}: {len(rows)} rows")
        wanted = ("name", "visitors", "conversions", "conversion_rate", "improvement")
        columns = [c for c in (rows[0] if rows else {}) if "." in c and c.endswith(wanted)]
        _table(rows, columns)


def _growthbook(sb: Sandbox) -> None:
    _say("GrowthBook REST API v1 (bearer key, client-side pacing at 60 requests/minute)")
    with GrowthBookClient(sb.credentials.growthbook_api_key, sb.growthbook_url) as gb:
        pager = gb.features(page_size=100)
        features = list(pager)
        _say(f"  paged through {len(features)} features, 100 per page")
        feature = features[0]
        env = sorted(feature.environments)[0]
        before = feature.environments[env].enabled
        after = gb.toggle_feature(feature.id, {env: not before}, reason="demo")
        _say(f"  toggled {feature.id!r} in {env}: {before} -> {after.environments[env].enabled}")
        again = gb.feature(feature.id)
        _say(f"  read back: {again.environments[env].enabled}")

        _say("  one deliberate mistake, asking for a feature that does not exist:")
        try:
            gb.feature("no-such-feature")
        except NotFoundError as exc:
            _say(f"    {type(exc).__name__} (HTTP {exc.status_code}): {exc}")


def run(*, verbose: bool = False) -> int:
    """Start the sandbox, show both clients at work, stop. Returns the exit status."""
    if verbose:
        logging.basicConfig(level=logging.DEBUG, format="    log: %(message)s")
        for noisy in ("httpx", "httpcore", "asyncio", "pyrate_limiter"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    started = time.perf_counter()
    with Sandbox() as sb:
        _say(f"sandbox up: Convert at {sb.convert_url}, GrowthBook at {sb.growthbook_url}")
        _say()
        try:
            _convert(sb)
            _say()
            _growthbook(sb)
        except APIError as exc:  # a demo that fails says why, in one line
            _say(f"demo failed: {type(exc).__name__}: {exc}")
            return 1
    _say()
    _say(f"done in {time.perf_counter() - started:.1f}s")
    return 0
