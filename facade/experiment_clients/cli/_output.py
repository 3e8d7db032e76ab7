"""Output formats: json, jsonl, table, csv, yaml; one writer per format, fed page by page.

A writer receives either one response (:meth:`Writer.result`) or the items of
a listing a page at a time (:meth:`Writer.items`, then :meth:`Writer.close`).
json, jsonl, yaml and table print each page as it arrives; csv needs every
column before its header, so it prints when the listing ends. For table and
csv, nested objects become dotted columns (``environments.production.enabled``)
and lists become JSON text, so every value fits one cell.
"""

from __future__ import annotations

import csv
import datetime
import enum
import io
import json
import sys
from collections.abc import Iterable, Mapping
from typing import IO, Any

FORMATS = ("json", "jsonl", "table", "csv", "yaml")


def default_format(stream: IO[str]) -> str:
    """A table for a person at a terminal, JSON for a pipe or a file."""
    return "table" if stream.isatty() else "json"


def plain(value: Any) -> Any:
    """A response (generated model, list, enum, date) as plain JSON-ready data."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if type(value).__name__ == "UnsetType":
        return None
    payload = getattr(value, "payload", None)  # a generated File (a download)
    if payload is not None and hasattr(payload, "read"):
        data = payload.read()
        return data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return str(value)


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """One row: nested objects as dotted keys, lists as JSON text, scalars as they are."""
    if not isinstance(value, Mapping):
        return {prefix or "value": _cell(value)}
    row: dict[str, Any] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, Mapping) and item:
            row.update(flatten(item, f"{name}."))
        else:
            row[name] = _cell(item)
    return row


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def rows_of(data: Any) -> tuple[list[dict[str, Any]], bool]:
    """Rows for table/csv, and whether they are records (else one object as field/value pairs).

    A list is its records; an object whose only list holds objects (a list
    response such as ``{"features": [...], "hasMore": ...}``) is that list's
    records; any other object (an empty list response too) is one record.
    """
    if isinstance(data, list):
        return [flatten(item) for item in data], True
    if isinstance(data, Mapping):
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) == 1 and lists[0] and all(isinstance(v, Mapping) for v in lists[0]):
            return [flatten(item) for item in lists[0]], True
        return [flatten(data)], False
    return [flatten(data)], False


def _columns(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


class Writer:
    """Base writer: one response, or pages of items then ``close()``."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def result(self, data: Any) -> None:
        raise NotImplementedError

    def items(self, items: list[Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """End a listing (after the last page)."""

    def _out(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()


class JsonWriter(Writer):
    """Indented JSON; a listing is one array, written an item at a time."""

    def _dump(self, data: Any) -> str:
        return json.dumps(data, indent=2, ensure_ascii=False)

    def result(self, data: Any) -> None:
        self._out(self._dump(data) + "\n")

    def items(self, items: list[Any]) -> None:
        for item in items:
            body = "\n".join("  " + line for line in self._dump(item).splitlines())
            self._out(("[\n" if self.count == 0 else ",\n") + body)
            self.count += 1

    def close(self) -> None:
        self._out("[]\n" if self.count == 0 else "\n]\n")


class JsonLinesWriter(Writer):
    """One compact JSON document per line: a response is one line, a listing one per item."""

    def result(self, data: Any) -> None:
        self.items([data])

    def items(self, items: list[Any]) -> None:
        self._out("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items))
        self.count += len(items)


class YamlWriter(Writer):
    """YAML; a listing is one sequence, each page appended to it."""

    def _dump(self, data: Any) -> str:
        import yaml  # the cli extra

        text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        return text

    def result(self, data: Any) -> None:
        self._out(self._dump(data))

    def items(self, items: list[Any]) -> None:
        if items:
            self._out(self._dump(items))
            self.count += len(items)

    def close(self) -> None:
        if self.count == 0:
            self._out("[]\n")


class CsvWriter(Writer):
    """Comma-separated rows with a header; a listing is written once every column is known."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        self._rows: list[dict[str, Any]] = []

    def _write(self, rows: list[dict[str, Any]]) -> None:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_columns(rows), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _text(v) for k, v in row.items()} for row in rows)
        self._out(buffer.getvalue())

    def result(self, data: Any) -> None:
        rows, _ = rows_of(data)
        self._write(rows)

    def items(self, items: list[Any]) -> None:
        self._rows += [flatten(item) for item in items]
        self.count += len(items)

    def close(self) -> None:
        self._write(self._rows)


class TableWriter(Writer):
    """A rich table: records as rows, a single object as field/value pairs; one table a page."""

    def _console(self) -> Any:
        from rich.console import Console  # the cli extra; loaded only for tables

        return Console(file=self.stream, soft_wrap=False, highlight=False)

    def _pairs(self, row: Mapping[str, Any], title: str | None) -> Any:
        from rich import box
        from rich.markup import escape
        from rich.table import Table

        table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left")
        table.add_column("field", style="bold", no_wrap=True)
        table.add_column("value", overflow="fold")
        for key, value in row.items():
            table.add_row(escape(key), escape(_text(value)))
        return table

    def _table(self, rows: list[dict[str, Any]], records: bool, first: int = 1) -> None:
        """Records as columns when they fit the width, else each as field/value pairs."""
        from rich import box
        from rich.markup import escape
        from rich.table import Table

        console = self._console()
        if not records:
            console.print(self._pairs(rows[0], None))
            self.stream.flush()
            return
        columns = _columns(rows)
        table = Table(box=box.SIMPLE_HEAD)
        for column in columns:
            table.add_column(escape(column), overflow="fold")
        for row in rows:
            table.add_row(*(escape(_text(row.get(c))) for c in columns))
        # Columns fit when each, cut to 30 characters, does (longer cells wrap inside it).
        natural = sum(
            3 + min(30, max(len(c), *(len(_text(r.get(c))) for r in rows))) for c in columns
        )
        if natural <= console.width:
            console.print(table)
        else:  # too wide to read as columns: one block per record, like psql's expanded mode
            for index, row in enumerate(rows, start=first):
                console.print(self._pairs(row, f"item {index}"))
        self.stream.flush()

    def result(self, data: Any) -> None:
        rows, records = rows_of(data)
        if records and not rows:
            self._out("(no items)\n")
            return
        self._table(rows, records)

    def items(self, items: list[Any]) -> None:
        if not items:
            return
        first = self.count + 1
        self.count += len(items)
        self._table([flatten(i) for i in items], True, first)

    def close(self) -> None:
        if self.count == 0:
            self._out("(no items)\n")


_WRITERS: Mapping[str, type[Writer]] = {
    "json": JsonWriter,
    "jsonl": JsonLinesWriter,
    "table": TableWriter,
    "csv": CsvWriter,
    "yaml": YamlWriter,
}


def writer(fmt: str, stream: IO[str] | None = None) -> Writer:
    """The writer for ``fmt`` (one of :data:`FORMATS`) on ``stream`` (stdout by default)."""
    return _WRITERS[fmt](stream or sys.stdout)
