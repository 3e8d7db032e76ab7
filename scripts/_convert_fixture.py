"""Derive the Convert operations table from the reference text; compare it with our fixture.

The fixture `tests/fixtures/convert_operations.tsv` pins, for each of the 164 operations of the
Convert API, its section, title, method, path, operation id and the top-level keys of its 2xx
response sample. The first five columns come from `convert-operations.tsv`; the response keys are
read from the rendered reference (`seeds/000_*.txt`), where each operation starts at a line that is
exactly its title and its response sample follows a `Response samples` line:

    Response samples

    Content type
    application/json
    {
      • "data": [
        ],
      • "extra": {
        }
    }

Nested objects are collapsed in the rendering, so every `  • "key":` line at two spaces of indent
is a top-level key. A sample of `{}` or `{ }` has no keys.

This module has no dependency beyond the standard library, so the checker runs anywhere.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("section", "title", "method", "path", "operation_id", "response_keys")
OPERATIONS_TSV = "convert-operations.tsv"
SEEDS = "seeds"
REFERENCE_FIRST_LINE = "Convert API"

_TOP_LEVEL_KEY = re.compile(r'^  • "([^"]+)":')


class FixtureError(Exception):
    """The reference or the operations table cannot be read as expected."""


@dataclass(frozen=True)
class Row:
    """One operation of the fixture."""

    section: str
    title: str
    method: str
    path: str
    operation_id: str
    response_keys: tuple[str, ...]

    def cells(self) -> tuple[str, ...]:
        return (
            self.section,
            self.title,
            self.method,
            self.path,
            self.operation_id,
            ",".join(self.response_keys),
        )


def find_reference(shared: Path) -> Path:
    """The Convert reference among the seeds: the text whose first line names the Convert API."""
    seeds = shared / SEEDS
    if not seeds.is_dir():
        raise FixtureError(f"{seeds} is not a directory")
    found = [
        p
        for p in sorted(seeds.glob("*.txt"))
        if p.read_text(encoding="utf-8").lstrip().startswith(REFERENCE_FIRST_LINE)
    ]
    if len(found) != 1:
        names = ", ".join(p.name for p in found) or "none"
        raise FixtureError(f"expected one Convert reference in {seeds}, found {names}")
    return found[0]


def read_operations(path: Path) -> list[dict[str, str]]:
    """Rows of `convert-operations.tsv` (section, title, method, path, operation_id, ...)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    missing = [c for c in COLUMNS[:5] if rows and c not in rows[0]]
    if not rows or missing:
        raise FixtureError(f"{path}: no rows, or missing columns {missing}")
    return rows


def _sample_keys(lines: Sequence[str], title: str) -> tuple[str, ...]:
    """Top-level keys of the response sample in one operation's block of lines."""
    try:
        at = lines.index("Response samples")
    except ValueError:
        return ()
    i = at + 1
    while i < len(lines) and lines[i] in ("", "Content type"):
        i += 1
    i += 1  # the content type, e.g. application/json
    if i < len(lines) and lines[i] == "Example":
        i += 1
    if i >= len(lines) or lines[i] not in ("{", "["):
        return ()  # `{}`, `{ }` or no sample
    close = "}" if lines[i] == "{" else "]"
    try:
        end = lines.index(close, i)
    except ValueError as exc:
        raise FixtureError(f"{title!r}: response sample is not closed") from exc
    return tuple(m.group(1) for line in lines[i:end] if (m := _TOP_LEVEL_KEY.match(line)))


def response_keys(reference_lines: Sequence[str], titles: Sequence[str]) -> list[tuple[str, ...]]:
    """The response sample keys of each titled operation, in the order given."""
    starts: list[int] = []
    for title in titles:
        found = [i for i, line in enumerate(reference_lines) if line == title]
        if len(found) != 1:
            raise FixtureError(f"title {title!r} is on {len(found)} lines of the reference, not 1")
        starts.append(found[0])
    if starts != sorted(starts):
        raise FixtureError("the operations table is not in the order of the reference")
    ends = [*starts[1:], len(reference_lines)]
    return [
        _sample_keys(reference_lines[start:end], title)
        for title, start, end in zip(titles, starts, ends, strict=True)
    ]


def derive(shared: Path) -> list[Row]:
    """The fixture table as the reference and the operations table give it."""
    operations = read_operations(shared / OPERATIONS_TSV)
    lines = find_reference(shared).read_text(encoding="utf-8").splitlines()
    keys = response_keys(lines, [op["title"] for op in operations])
    return [
        Row(op["section"], op["title"], op["method"], op["path"], op["operation_id"], k)
        for op, k in zip(operations, keys, strict=True)
    ]


def parse_fixture(text: str) -> list[Row]:
    """Rows of a fixture file's text."""
    reader = csv.reader(io.StringIO(text), delimiter="\t")
    header = next(reader, None)
    if header is None or tuple(header) != COLUMNS:
        raise FixtureError(f"fixture header is {header}, expected {list(COLUMNS)}")
    rows = []
    for n, cells in enumerate(reader, start=2):
        if len(cells) != len(COLUMNS):
            raise FixtureError(f"fixture line {n} has {len(cells)} columns, not {len(COLUMNS)}")
        keys = tuple(k for k in cells[5].split(",") if k)
        section, title, method, path, operation_id = cells[:5]
        rows.append(Row(section, title, method, path, operation_id, keys))
    return rows


def format_fixture(rows: Iterable[Row]) -> str:
    """The fixture file's text for these rows (tab separated, one header line)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.cells() for row in rows)
    return out.getvalue()


def differences(expected: Sequence[Row], actual: Sequence[Row]) -> list[str]:
    """Readable differences between the derived table (expected) and the fixture (actual)."""
    problems: list[str] = []
    want = {r.operation_id: r for r in expected}
    have = {r.operation_id: r for r in actual}
    for label, rows in (("reference", expected), ("fixture", actual)):
        seen: set[str] = set()
        for r in rows:
            if r.operation_id in seen:
                problems.append(f"  {r.operation_id}: listed twice in the {label}")
            seen.add(r.operation_id)
    problems += [f"  {op}: missing from the fixture" for op in want if op not in have]
    problems += [f"  {op}: in the fixture, not in the reference" for op in have if op not in want]
    for op, w in want.items():
        h = have.get(op)
        if h is None:
            continue
        for column, a, b in zip(COLUMNS, h.cells(), w.cells(), strict=True):
            if a != b:
                problems.append(f"  {op}: {column}: fixture {a!r}, reference {b!r}")
    if not problems and [r.operation_id for r in expected] != [r.operation_id for r in actual]:
        problems.append("  the rows are in a different order than in the reference")
    return problems
