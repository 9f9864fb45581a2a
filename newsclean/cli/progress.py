"""The Rich progress bar of a batch run, on stderr. Only the CLI imports this module."""
from __future__ import annotations

import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..batch.pool import Result

REFRESH_SECONDS = 0.1


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:,.0f} files/s", style="cyan")


class RichProgress:
    """Implements :class:`newsclean.batch.pool.ProgressSink`: files done/total, rate, ETA.

    It refreshes from the main loop (no refresh thread), so worker processes can be
    forked at any time, and it never touches stdout."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self._bar = Progress(TextColumn("cleaning"), BarColumn(), MofNCompleteColumn(), _RateColumn(),
                             TextColumn("ETA"), TimeRemainingColumn(), console=self.console, auto_refresh=False,
                             redirect_stdout=False, redirect_stderr=False, transient=True)
        self._task: TaskID | None = None
        self._last = 0.0

    def start(self, total: int | None) -> None:
        self._task = self._bar.add_task("cleaning", total=total)
        self._bar.start()

    def advance(self, result: Result) -> None:
        if self._task is None:
            raise RuntimeError("advance() before start()")
        self._bar.advance(self._task)
        now = time.monotonic()
        if now - self._last >= REFRESH_SECONDS:
            self._last = now
            self._bar.refresh()

    def stop(self) -> None:
        self._bar.stop()

    def message(self, text: str) -> None:
        """A line above the bar (an error or a warning), printed as plain text."""
        self._bar.console.print(Text(text), soft_wrap=True, highlight=False)
        self._bar.refresh()
