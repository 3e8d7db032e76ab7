"""5. Rate-limit pacing: requests achieved against the sandbox's GrowthBook limit, limiter on.

GrowthBook allows 60 requests a minute; waiting minutes is no benchmark, so the
limit is scaled up and the window shortened (600 per 6 s; 200 per 2 s in
``--quick``), on the sandbox and in the client's ``RateLimit`` alike. Several
concurrent tasks of one async client ask for more than the limit allows, so
the limiter, not the speed of the machine, decides the rate. Requests sent in
whole windows from the first one are counted (the server's sliding window
allows at most the limit in any window), with every 429, on both sides.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from ._measure import Mode, Row, Section, Target, table
from ._remote_sandbox import remote_sandbox

TARGET = Target(95.0, at_most=False, unit="%")
WORKERS = 4


def run(mode: Mode) -> Section:
    section = Section(5, "Rate-limit pacing")
    limit, window, windows = mode.pick((600, 6.0, 3), (100, 1.0, 2), (10, 0.3, 1))
    with remote_sandbox(
        growthbook_rate_limit=limit, rate_window=window, features=20, experiences=5, validate=False
    ) as sb:
        sent, _statuses, client_429, elapsed = asyncio.run(_drive(sb, limit, window, windows))
        server = sb.journal_statuses()
    span = windows * window
    counted = sum(1 for t in sent if t < span)
    achieved = 100.0 * counted / (windows * limit)
    per_window = [
        sum(1 for t in sent if i * window <= t < (i + 1) * window) for i in range(windows)
    ]
    server_429 = server.get(429, 0)
    section.rows.append(
        Row(
            "5. rate-limit pacing (limiter on)",
            f"{counted:,} requests in {windows} x {window:g} s",
            f"limit {windows * limit:,} ({limit} per {window:g} s)",
            achieved,
            TARGET,
            ratio_text=f"{achieved:.1f}%, {client_429 + server_429} x 429",
            note="no 429",
        )
    )
    # The target also requires no 429 at all.
    if client_429 or server_429:
        section.rows[-1].target = Target(float("inf"), at_most=False, unit="%")
    section.body += [
        f"Sandbox limit {limit} requests per {window:g} s per key (sliding window); client "
        f"`RateLimit({limit}, {window:g})`; `max_retries=0`, so a 429 would surface rather than "
        "be retried. The client's limiter lets a full window's worth go at once and then waits "
        f"for its window (widened by its 0.05 s margin to {window + 0.05:g} s) to slide on, so "
        "counted in whole windows from the first request it reaches the full limit, and over a "
        f"long run at most {100 * window / (window + 0.05):.1f}% of it. "
        f"{WORKERS} concurrent tasks of one `AsyncGrowthBookClient` call `list_features(limit=1)` "
        f"for {windows} windows ({span:g} s); requests are counted by the time they were sent, "
        f"measured from the first one.",
        "",
        *table(
            ["", "value"],
            [
                ["requests sent per window", ", ".join(f"{n:,}" for n in per_window)],
                ["requests in the measured windows", f"{counted:,} of {windows * limit:,} allowed"],
                [
                    "achieved",
                    f"{achieved:.1f}% of the limit ≙ {0.6 * achieved:.1f} per minute "
                    "at GrowthBook's real 60 per minute",
                ],
                ["429 seen by the client", str(client_429)],
                ["429 sent by the sandbox", str(server_429)],
                [
                    "responses by status (sandbox journal)",
                    ", ".join(f"{k}: {v:,}" for k, v in sorted(server.items())),
                ],
                ["run time", f"{elapsed:.1f} s"],
            ],
        ),
    ]
    return section


async def _drive(
    sb: Any, limit: int, window: float, windows: int
) -> tuple[list[float], dict[int, int], int, float]:
    from experiment_clients import AsyncGrowthBookClient, RateLimit, RateLimitError
    from growthbook_api_client.api.features import list_features

    sent: list[float] = []
    statuses: dict[int, int] = {}
    start: list[float] = []

    async def on_request(request: Any) -> None:
        now = time.perf_counter()
        if not start:
            start.append(now)
        sent.append(now - start[0])

    async def on_response(response: Any) -> None:
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

    client = AsyncGrowthBookClient(
        sb.growthbook_api_key,
        sb.growthbook_url,
        rate_limit=RateLimit(limit, window),
        max_retries=0,
        event_hooks={"request": [on_request], "response": [on_response]},
    )
    rejected = 0
    deadline = windows * window

    async def worker() -> None:
        nonlocal rejected
        while not start or time.perf_counter() - start[0] < deadline:
            try:
                await client.call(list_features, limit=1)
            except RateLimitError:
                rejected += 1

    began = time.perf_counter()
    async with client:
        await asyncio.gather(*(worker() for _ in range(WORKERS)))
    return sent, statuses, rejected, time.perf_counter() - began
