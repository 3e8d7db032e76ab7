"""Timing and results: interleaved rounds, medians, paired ratios, and the rows of the report."""

from __future__ import annotations

import enum
import gc
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


class Mode(enum.Enum):
    """How much to measure: the full report, a rough quick run, or a smoke check of the harness."""

    FULL = "full"
    QUICK = "quick"
    SMOKE = "smoke"  # every section once at tiny sizes: proves the harness, measures nothing

    def pick(self, full: T, quick: T, smoke: T) -> T:
        """The setting for this mode: one line per knob keeps the three sizes side by side."""
        return {Mode.FULL: full, Mode.QUICK: quick, Mode.SMOKE: smoke}[self]


@dataclass(frozen=True)
class Sample:
    """Per-call times (µs) of one subject, one figure per round."""

    values: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def iqr(self) -> float:
        """Inter-quartile range relative to the median: the round-to-round spread."""
        if len(self.values) < 4:
            return 0.0
        q1, _, q3 = statistics.quantiles(self.values, n=4)
        return (q3 - q1) / self.median


def paired_ratio(subject: Sample, baseline: Sample) -> float:
    """Median of the per-round ratios: each round's subject and baseline ran back to back."""
    return statistics.median(s / b for s, b in zip(subject.values, baseline.values, strict=True))


def interleaved(
    subjects: dict[str, Callable[[], object]],
    *,
    rounds: int,
    batch: int,
    warmup: int = 3,
    seed: int = 0,
) -> dict[str, Sample]:
    """Time every subject in ``rounds`` rounds of ``batch`` calls; return µs per call per round.

    Within a round the subjects run in a shuffled order, so a slow drift of the
    machine (frequency, a neighbour's load) falls on all of them alike. A full
    garbage collection runs before each batch, and the collector stays on
    during it, as in real use.
    """
    for fn in subjects.values():
        for _ in range(warmup):
            fn()
    order = list(subjects)
    rng = random.Random(seed)
    times: dict[str, list[float]] = {name: [] for name in subjects}
    clock = time.perf_counter_ns
    for _ in range(rounds):
        rng.shuffle(order)
        for name in order:
            fn = subjects[name]
            gc.collect()
            start = clock()
            for _ in range(batch):
                fn()
            times[name].append((clock() - start) / batch / 1000)
    return {name: Sample(values) for name, values in times.items()}


@dataclass(frozen=True)
class Target:
    """``ratio <= limit`` (``at_most``) or ``value >= limit``."""

    limit: float
    at_most: bool = True
    unit: str = "x"

    def met(self, value: float) -> bool:
        return value <= self.limit if self.at_most else value >= self.limit

    def __str__(self) -> str:
        sign = "≤" if self.at_most else "≥"
        return (
            f"{sign} {self.limit:g}{self.unit}"
            if self.unit == "x"
            else f"{sign} {self.limit:g} {self.unit}"
        )


@dataclass
class Row:
    """One line of the summary table."""

    metric: str
    subject: str
    baseline: str
    ratio: float | None
    target: Target | None = None
    ratio_text: str | None = None  # shown instead of the ratio (e.g. a percentage)
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None or self.ratio is None:
            return None
        return self.target.met(self.ratio)


@dataclass
class Section:
    """One numbered part of the benchmark: its summary rows and its detailed text."""

    number: int
    title: str
    rows: list[Row] = field(default_factory=list)
    body: list[str] = field(default_factory=list)  # markdown lines
    skipped: str | None = None
    seconds: float = 0.0


def us(value: float) -> str:
    """A µs figure with sensible precision."""
    if value >= 100:
        return f"{value:,.0f} µs"
    if value >= 10:
        return f"{value:.1f} µs"
    return f"{value:.2f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.2f} s"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines
