"""``python -m benchmarks.sandbox_timing``: the sandbox's timing, as ratios measured in one run.

The sandbox tests check behaviour without a stopwatch (an injected sleep, counted
builds); the speeds they once asserted live here:

* seeding is linear: building 10,000 features and experiences costs at most 12x
  building 1,000 (the old test said "under 5 s", which a busy machine broke);
* a latency fault delays by what it says: the measured extra time of a request with
  ``Fault.latency(0.2)`` over the same request without, divided by 0.2, is 1.0 to 1.5.

Exit status 0 when both ratios are within target, 1 otherwise.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import httpx
from experiment_sandbox import Fault, Sandbox

SEED_TARGET = 12.0
LATENCY = 0.2
LATENCY_TARGET = (1.0, 1.5)


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def seeding_ratio(rounds: int = 3) -> float:
    small = statistics.median(
        _seconds(lambda: Sandbox(features=1_000, experiences=1_000)) for _ in range(rounds)
    )
    large = statistics.median(
        _seconds(lambda: Sandbox(features=10_000, experiences=10_000)) for _ in range(rounds)
    )
    return large / small


def latency_ratio(rounds: int = 5) -> float:
    with Sandbox(growthbook_rate_limit=None, features=20) as sb:
        headers = {"Authorization": f"Bearer {sb.credentials.growthbook_api_key}"}
        with httpx.Client(base_url=sb.growthbook_url, headers=headers) as client:
            client.get("/projects")
            plain = statistics.median(
                _seconds(lambda: client.get("/projects")) for _ in range(rounds)
            )
            with sb.fault(Fault.latency(LATENCY), service="growthbook"):
                slow = statistics.median(
                    _seconds(lambda: client.get("/projects")) for _ in range(rounds)
                )
    return (slow - plain) / LATENCY


def main() -> int:
    seed = seeding_ratio()
    latency = latency_ratio()
    seed_ok = seed <= SEED_TARGET
    latency_ok = LATENCY_TARGET[0] <= latency <= LATENCY_TARGET[1]
    print(f"seeding 10,000 / 1,000 records: {seed:.2f}x (target <= {SEED_TARGET:g}x)")
    print(
        f"latency fault, measured / requested: {latency:.2f}x "
        f"(target {LATENCY_TARGET[0]:g}x to {LATENCY_TARGET[1]:g}x)"
    )
    return 0 if seed_ok and latency_ok else 1


if __name__ == "__main__":
    sys.exit(main())
