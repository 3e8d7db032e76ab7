"""4. Pagination through the sandbox: wall time against page latency, prefetch, peak memory.

The sandbox runs in a child process (:mod:`._remote_sandbox`) with the
GrowthBook rate limit off on both sides (pacing is section 5) and its request
validation off, and adds a fixed latency to every list request. Request hooks
on the clients record, per page, the time from sending the request to its
response headers, so the wall time of a walk splits into: the added latency,
the sandbox's own work, and the client's work (everything else).
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import hmac
import json
import statistics
import time
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._measure import Mode, Row, Section, Target, ms, table
from ._remote_sandbox import RemoteSandbox, remote_sandbox

LATENCY = 0.020
WALL_TARGET = Target(1.1)
PREFETCH_TARGET = Target(0.6)
MEMORY_TARGET = Target(1.2)
# Issue 12: walking every item through the facade (typed models) is no slower than plain httpx
# + json.loads walking the same pages.
PLAIN_TARGET = Target(1.0)


@dataclass
class Clock:
    """Per-request timing from the clients' event hooks."""

    sent: float = 0.0
    waits: list[float] = field(default_factory=list)

    def on_request(self, request: Any) -> None:
        self.sent = time.perf_counter()

    def on_response(self, response: Any) -> None:
        self.waits.append(time.perf_counter() - self.sent)

    async def aon_request(self, request: Any) -> None:
        self.on_request(request)

    async def aon_response(self, response: Any) -> None:
        self.on_response(response)


@dataclass
class Walk:
    items: int
    pages: int
    wall: float
    waits: float  # summed request -> response headers
    cpu: float  # client process CPU time


@dataclass
class Service:
    name: str
    service: str
    operation: str
    page_size: int
    sync_walk: Callable[[int | None], Iterator[Any]]
    async_walk: Callable[[int | None], AsyncIterator[Any]]
    sync_pages: Callable[[int | None], Iterator[Any]]
    plain_walk: Callable[[int], Iterator[Any]]


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def _services(sb: RemoteSandbox, clock: Clock) -> tuple[list[Service], list[Any]]:
    from experiment_clients import (
        AsyncConvertClient,
        AsyncGrowthBookClient,
        ConvertClient,
        GrowthBookClient,
    )

    sync_hooks = {"request": [clock.on_request], "response": [clock.on_response]}
    async_hooks = {"request": [clock.aon_request], "response": [clock.aon_response]}
    cv_args = dict(
        account_id=sb.convert_account_id, project_id=sb.convert_project_id, base_url=sb.convert_url
    )
    gb = GrowthBookClient(
        sb.growthbook_api_key, sb.growthbook_url, rate_limit=None, event_hooks=sync_hooks
    )
    agb = AsyncGrowthBookClient(
        sb.growthbook_api_key, sb.growthbook_url, rate_limit=None, event_hooks=async_hooks
    )
    cv = ConvertClient(
        sb.convert_application_id, sb.convert_secret_key, event_hooks=sync_hooks, **cv_args
    )
    acv = AsyncConvertClient(
        sb.convert_application_id, sb.convert_secret_key, event_hooks=async_hooks, **cv_args
    )
    plain = httpx.Client()
    services = [
        Service(
            "GrowthBook features",
            "growthbook",
            "listFeatures",
            100,
            lambda n: iter(gb.features(max_items=n)),
            lambda n: agb.features(max_items=n).__aiter__(),
            lambda n: gb.features(max_items=n).iter_pages(),
            lambda n: _plain_growthbook(plain, sb, n),
        ),
        Service(
            "Convert experiences",
            "convert",
            "getExperiencesList",
            50,
            lambda n: iter(cv.experiences.list(max_items=n)),
            lambda n: acv.experiences.list(max_items=n).__aiter__(),
            lambda n: cv.experiences.list(max_items=n).iter_pages(),
            lambda n: _plain_convert(plain, sb, n),
        ),
    ]
    return services, [gb, cv, agb, acv, plain]


def _plain_growthbook(client: httpx.Client, sb: RemoteSandbox, n: int) -> Iterator[Any]:
    """The same walk by hand: limit/offset, ``raise_for_status()``, ``json.loads``."""
    headers = {"Authorization": f"Bearer {sb.growthbook_api_key}"}
    offset, count = 0, 0
    while count < n:
        r = client.get(
            sb.growthbook_url + "/features",
            params={"limit": 100, "offset": offset},
            headers=headers,
        )
        r.raise_for_status()
        page = json.loads(r.content)
        for item in page["features"][: n - count]:
            count += 1
            yield item
        if not page["hasMore"]:
            return
        offset = page["nextOffset"]


def _plain_convert(client: httpx.Client, sb: RemoteSandbox, n: int) -> Iterator[Any]:
    """The same walk by hand: signed POSTs with ``page``/``results_per_page``, ``json.loads``."""
    url = (
        f"{sb.convert_url}/accounts/{sb.convert_account_id}/projects/{sb.convert_project_id}"
        "/experiences"
    )
    secret = sb.convert_secret_key.encode()
    page_number, count = 1, 0
    while count < n:
        body = json.dumps({"page": page_number, "results_per_page": 50}).encode()
        expires = str(int(time.time()) + 60)
        signed = f"{sb.convert_application_id}\n{expires}\n{url}\n".encode() + body
        headers = {
            "Content-Type": "application/json",
            "Convert-Application-ID": sb.convert_application_id,
            "Expires": expires,
            "Authorization": "Convert-HMAC-SHA256 Signature="
            + hmac.new(secret, signed, hashlib.sha256).hexdigest(),
        }
        r = client.post(url, content=body, headers=headers)
        r.raise_for_status()
        items = json.loads(r.content)["data"]
        for item in items[: n - count]:
            count += 1
            yield item
        if len(items) < 50:
            return
        page_number += 1


def _sync(service: Service, clock: Clock, n: int | None, work: float = 0.0) -> Walk:
    clock.waits.clear()
    gc.collect()
    count = 0
    cpu, start = time.process_time(), time.perf_counter()
    for _item in service.sync_walk(n):
        count += 1
        if work:
            _busy(work)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Walk(count, len(clock.waits), wall, sum(clock.waits), cpu)


def _sync_collecting(service: Service, clock: Clock, n: int | None) -> Walk:
    """The sync walk with a full garbage collection after each page (a diagnostic)."""
    clock.waits.clear()
    count = 0
    cpu, start = time.process_time(), time.perf_counter()
    for page in service.sync_pages(n):
        for _item in page.items:
            count += 1
        gc.collect()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Walk(count, len(clock.waits), wall, sum(clock.waits), cpu)


def _plain(service: Service, n: int) -> Walk:
    count = 0
    cpu, start = time.process_time(), time.perf_counter()
    for _item in service.plain_walk(n):
        count += 1
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Walk(count, 0, wall, 0.0, cpu)


def _async(
    runner: asyncio.Runner, service: Service, clock: Clock, n: int | None, work: float = 0.0
) -> Walk:
    async def consume() -> int:
        count = 0
        async for _item in service.async_walk(n):
            count += 1
            if work:
                _busy(work)
                await asyncio.sleep(0)  # an async consumer awaits something for each item
        return count

    clock.waits.clear()
    gc.collect()
    cpu, start = time.process_time(), time.perf_counter()
    count = runner.run(consume())
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Walk(count, len(clock.waits), wall, sum(clock.waits), cpu)


def _mean_walks(pairs: list[tuple[Walk, Walk]]) -> tuple[Walk, Walk]:
    """Average each side of several (sync, async) runs."""

    def mean(walks: list[Walk]) -> Walk:
        n = len(walks)
        return Walk(
            walks[0].items,
            walks[0].pages,
            sum(w.wall for w in walks) / n,
            sum(w.waits for w in walks) / n,
            sum(w.cpu for w in walks) / n,
        )

    return mean([p[0] for p in pairs]), mean([p[1] for p in pairs])


def _peak(fn: Callable[[], Walk]) -> tuple[int, Walk]:
    gc.collect()
    tracemalloc.start()
    try:
        walk = fn()
        return tracemalloc.get_traced_memory()[1], walk
    finally:
        tracemalloc.stop()


def run(mode: Mode) -> Section:
    section = Section(4, "Pagination")
    total = mode.pick(10_000, 600, 200)
    small = mode.pick(1_000, 300, 101)  # several pages either way: the pager holds at most two
    clock = Clock()
    detail: list[list[str]] = []
    memory: list[list[str]] = []
    with remote_sandbox(
        growthbook_rate_limit=None, features=total, experiences=total, validate=False, seed=0
    ) as sb:
        services, clients = _services(sb, clock)
        # One event loop for every async walk: the async clients' connections belong to it.
        runner = asyncio.Runner()
        try:
            for svc in services:
                _sync(svc, clock, svc.page_size)  # warm-up: connection, lazy imports
                _async(runner, svc, clock, svc.page_size)
                _plain(svc, svc.page_size)
                # The whole walk, no added latency: facade (typed items) against plain httpx +
                # json.loads (dicts), alternating; the median of each side. The client's CPU
                # time is the measure (the sandbox works in its own process, the same for both);
                # wall time is shown beside it.
                facade_runs, plain_runs = [], []
                for _ in range(mode.pick(5, 1, 1)):
                    facade_runs.append(_sync(svc, clock, None))
                    plain_runs.append(_plain(svc, total))
                facade_cpu = statistics.median(w.cpu for w in facade_runs)
                plain_cpu = statistics.median(w.cpu for w in plain_runs)
                facade_wall = statistics.median(w.wall for w in facade_runs)
                plain_wall = statistics.median(w.wall for w in plain_runs)
                section.rows += [
                    Row(
                        f"4. pagination, {total:,} items, client CPU, facade walk / plain httpx + "
                        f"json.loads walk: {svc.name}",
                        f"facade {ms(facade_cpu)}",
                        f"plain {ms(plain_cpu)}",
                        facade_cpu / plain_cpu,
                        PLAIN_TARGET,
                    ),
                    Row(
                        f"4. pagination, {total:,} items, wall, facade walk / plain httpx + "
                        f"json.loads walk: {svc.name}",
                        f"facade {ms(facade_wall)}",
                        f"plain {ms(plain_wall)}",
                        facade_wall / plain_wall,
                    ),
                ]
                with sb.latency(LATENCY, svc.service, svc.operation):
                    plain = _sync(svc, clock, None)
                    work = LATENCY / svc.page_size  # consumer time per page = page latency
                    # Twice each in full mode, alternating; the mean of each side is reported.
                    pairs = []
                    for _ in range(mode.pick(2, 1, 1)):
                        pairs.append(
                            (_sync(svc, clock, None, work), _async(runner, svc, clock, None, work))
                        )
                    sync_w, async_w = _mean_walks(pairs)
                sb.journal_statuses()
                walkers: dict[str, Callable[[Service, int], Walk]] = {
                    "facade, sync": lambda s, n: _sync(s, clock, n),
                    "facade, async": lambda s, n: _async(runner, s, clock, n),
                    "plain httpx + json.loads": _plain,
                    "facade, sync, gc.collect() after each page": lambda s, n: _sync_collecting(
                        s, clock, n
                    ),
                }
                mem = {
                    (kind, n): _peak(lambda w=walk, n=n, s=svc: w(s, n))
                    for kind, walk in walkers.items()
                    for n in (small, total)
                }
                _report(section, svc, total, small, plain, sync_w, async_w, mem, detail, memory)
        finally:
            clients[0].close()
            clients[1].close()
            clients[4].close()

            async def aclose() -> None:
                await clients[2].aclose()
                await clients[3].aclose()

            runner.run(aclose())
            runner.close()
        options = sb.info.get("options", {})
    section.body += [
        f"{total:,} items per service from the sandbox (in its own process, started with "
        f"`{', '.join(f'{k}={v!r}' for k, v in options.items())}`), "
        f"{LATENCY * 1000:.0f} ms added by a latency fault to every list request; clients built "
        "with `rate_limit=None`. Page sizes are the facade's defaults (GrowthBook 100, Convert "
        "50). *Waits* is the sum over pages of the time from sending a request to its response "
        "headers (client hooks), so *sandbox work* = waits - pages x latency and *client work* "
        "= wall - waits. The ratio *without sandbox work* is (wall - sandbox work) / (pages x "
        "latency): the wall time the client would see from a server that answered in exactly "
        "the added latency.",
        "",
        *table(
            [
                "walk",
                "items",
                "pages",
                "wall",
                "Σ latency",
                "sandbox work",
                "client work",
                "client CPU",
                "wall / Σ latency",
            ],
            detail,
        ),
        "",
        "*with consumer* (run twice each, sync and async alternating, mean shown; once in "
        f"--quick and --smoke): the loop spends {LATENCY * 1000:.0f} ms of CPU per page of items "
        "(0.2 ms per GrowthBook item, 0.4 ms per Convert item); in the async walk it also awaits "
        "`asyncio.sleep(0)` after each item, as an async consumer awaits its own I/O. The async "
        "pager fetches the next page while the consumer works on this one.",
        "",
        f"Peak memory (tracemalloc, in the client process only) while iterating {small:,} and "
        f"{total:,} items without keeping them, no added latency. *plain httpx + json.loads* walks "
        "the same pages by hand (no models); the last line runs `gc.collect()` after each page "
        "(through `iter_pages()`), which shows what the peak is made of: every `httpx.Response` "
        "sits in a reference cycle (httpx sets `response.stream = BoundSyncStream(..., "
        "response=response)`), so finished responses, each holding its page's bytes, wait for "
        "a full collection of the oldest generation, which CPython runs rarely.",
        "",
        *table(["walk", f"peak at {small:,}", f"peak at {total:,}", "ratio"], memory),
    ]
    return section


def _report(
    section: Section,
    svc: Service,
    total: int,
    small: int,
    plain: Walk,
    sync_w: Walk,
    async_w: Walk,
    mem: dict[tuple[str, int], tuple[int, Walk]],
    detail: list[list[str]],
    memory: list[list[str]],
) -> None:
    for label, walk, latency in (
        (f"sync, {LATENCY * 1000:.0f} ms", plain, LATENCY),
        (f"sync, {LATENCY * 1000:.0f} ms, with consumer", sync_w, LATENCY),
        (f"async prefetch, {LATENCY * 1000:.0f} ms, with consumer", async_w, LATENCY),
    ):
        summed = walk.pages * latency
        server = walk.waits - summed
        detail.append(
            [
                f"{svc.name}: {label}",
                f"{walk.items:,}",
                str(walk.pages),
                ms(walk.wall),
                ms(summed),
                ms(server),
                ms(walk.wall - walk.waits),
                ms(walk.cpu),
                f"{walk.wall / summed:.2f}x" if summed else "—",
            ]
        )
        if walk.items != total:
            raise AssertionError(f"{svc.name} {label}: {walk.items} items, expected {total}")
    summed = plain.pages * LATENCY
    server = plain.waits - summed
    section.rows += [
        Row(
            f"4. pagination, sync wall / Σ page latency: {svc.name}",
            f"wall {ms(plain.wall)}",
            f"{plain.pages} pages x {LATENCY * 1000:.0f} ms = {ms(summed)}",
            plain.wall / summed,
            WALL_TARGET,
        ),
        Row(
            f"4. pagination, same without sandbox work: {svc.name}",
            f"wall - sandbox {ms(plain.wall - server)}",
            ms(summed),
            (plain.wall - server) / summed,
            WALL_TARGET,
        ),
        Row(
            f"4. pagination, async prefetch / sync, with consumer: {svc.name}",
            f"async {ms(async_w.wall)}",
            f"sync {ms(sync_w.wall)}",
            async_w.wall / sync_w.wall,
            PREFETCH_TARGET,
        ),
    ]
    for kind in ("facade, sync", "facade, async", "plain httpx + json.loads",
                 "facade, sync, gc.collect() after each page"):  # fmt: skip
        low, high = mem[(kind, small)][0], mem[(kind, total)][0]
        memory.append(
            [
                f"{svc.name}: {kind}",
                f"{low / 1e6:.2f} MB",
                f"{high / 1e6:.2f} MB",
                f"{high / low:.2f}x",
            ]
        )
        if kind.startswith("facade") and "gc" not in kind:
            section.rows.append(
                Row(
                    f"4. pagination, peak memory {total:,} / {small:,} items ({kind}): {svc.name}",
                    f"{high / 1e6:.2f} MB",
                    f"{low / 1e6:.2f} MB",
                    high / low,
                    MEMORY_TARGET,
                )
            )
        elif kind.startswith("plain"):
            section.rows.append(
                Row(
                    f"4. pagination, peak memory {total:,} / {small:,} items (plain httpx, for "
                    f"scale): {svc.name}",
                    f"{high / 1e6:.2f} MB",
                    f"{low / 1e6:.2f} MB",
                    high / low,
                )
            )
