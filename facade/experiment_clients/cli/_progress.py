"""Progress of an ``--all`` listing on stderr: items, pages, and any wait the library logs.

At a terminal it is a rich progress bar (with a total when the service gives
one); elsewhere, when asked for with ``--progress``, one plain line per page
and per wait, so logs and tests can follow it. Waits come from the library's
own ``experiment_clients`` log records (rate-limit pacing, retries after a
429 or a 503), caught by a logging handler while the listing runs.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import IO, Any


class Progress:
    """Reports a listing's progress; a context manager that also listens to the library's log."""

    def __init__(
        self,
        label: str,
        stream: IO[str] | None = None,
        *,
        live: bool | None = None,
        redirect_stdout: bool = False,
    ) -> None:
        self.label = label
        self.redirect_stdout = redirect_stdout  # stdout is the same terminal: print above the bar
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.items = 0
        self.pages = 0
        self.total: int | None = None
        self._bar: Any = None
        self._task: Any = None
        self._handler = _Forward(self)

    def __enter__(self) -> Progress:
        if self.live:
            from rich import progress as bar
            from rich.console import Console

            self._bar = bar.Progress(
                bar.SpinnerColumn(),
                bar.TextColumn("[bold]{task.description}"),
                bar.BarColumn(),
                bar.TextColumn("{task.completed} items, {task.fields[pages]} pages"),
                bar.TimeElapsedColumn(),
                bar.TextColumn("{task.fields[status]}"),
                console=Console(file=self.stream),
                transient=False,
                redirect_stdout=self.redirect_stdout,
                redirect_stderr=False,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=None, pages=0, status="")
        logger = logging.getLogger("experiment_clients")
        logger.addHandler(self._handler)
        self._level = logger.level
        if logger.getEffectiveLevel() > logging.INFO:
            logger.setLevel(logging.INFO)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        logger = logging.getLogger("experiment_clients")
        logger.removeHandler(self._handler)
        logger.setLevel(self._level)
        if self._bar is not None:
            self._bar.update(self._task, status="done" if exc is None else "stopped")
            self._bar.stop()
        elif exc is None:
            self._line(f"{self.label}: done, {self.items} items in {self.pages} pages")

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def page(self, items: int, total: int | None = None) -> None:
        """One more page of ``items`` items arrived; ``total`` is the listing's size if known."""
        self.items += items
        self.pages += 1
        if total is not None:
            self.total = total
        if self._bar is not None:
            self._bar.update(
                self._task, completed=self.items, total=self.total, pages=self.pages, status=""
            )
        else:
            of = f" of {self.total}" if self.total is not None else ""
            self._line(f"{self.label}: page {self.pages}, {self.items}{of} items")

    def note(self, message: str) -> None:
        """Something the library said while the listing ran (a wait, a retry)."""
        if self._bar is not None:
            self._bar.update(self._task, status=message)
        else:
            self._line(f"{self.label}: {message}")


class _Forward(logging.Handler):
    """Hands the library's INFO and higher records to the progress display."""

    def __init__(self, progress: Progress) -> None:
        super().__init__(logging.INFO)
        self._progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._progress.note(record.getMessage())
        except Exception:  # a display problem must never break the listing
            self.handleError(record)
