"""A batch on the command line: the planned tasks cleaned by :mod:`newsclean.batch.pool`,
each result printed (or written by a worker) in input order, the progress bar, and what
is said at the end."""
from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING

from ..errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK
from ..model import error_record, to_json
from .io import silence_stdout, write_stderr, write_stdout
from .plain import one_of_several
from .table import ArticleRow, csv_header, csv_row, plain_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..batch.plan import Plan
    from ..batch.pool import Options, Result, Summary

# What a batch prints on stdout: "json" (JSON Lines), "json-array" (one array), "text"
# (the bodies), "csv" (a header, then a record per article), "table" (one row per
# article, printed once all are in); nothing with an output directory.
STREAMED_SHAPES = frozenset({"json", "json-array", "text", "csv"})
JSON_SHAPES = frozenset({"json", "json-array"})
RESUME = "every file written is whole; to resume, run the same command with --skip-existing"
RESUME_AGAIN = "every file written is whole; to resume, run the same command again"
TABLE_HINT = ("--json prints JSON Lines, --csv a table for a spreadsheet, -o DIR writes one file per article, "
              "and naming one file shows it whole")


def run_batch(planned: Plan, options: Options, jobs: int | None, *, shape: str, quiet: bool,
              skip_existing: bool = False) -> int:
    """Clean the planned tasks in worker processes, print or write each result in input
    order, then say what happened; the exit code."""
    if not planned.tasks:
        if shape == "json-array":
            write_stdout("[]\n")
        if not quiet:
            write_stderr(f"newsclean: {nothing_to_do(planned)}")
        return EXIT_OK
    from ..batch.pool import run

    progress = None
    if show_progress(options, shape, quiet=quiet):
        from .progress import RichProgress

        progress = RichProgress()
    printer = Printer(shape, options, quiet=quiet, say=progress.message if progress is not None else write_stderr)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = run(planned.each_task(), options, printer.deliver, jobs=jobs, progress=progress,
                      stdin=StandardInput(), total=planned.total)
        printer.finish()
    except BrokenPipeError:
        silence_stdout()
        return EXIT_FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)
    summary.skipped, summary.skipped_suffixes = planned.skipped, planned.skipped_suffixes
    if summary.interrupted:
        write_stderr(f"newsclean: {summary.text()}")
        if options.output_dir is not None:
            write_stderr(f"newsclean: {RESUME_AGAIN if skip_existing else RESUME}")
        return EXIT_INTERRUPTED
    report(summary, quiet=quiet, hint=TABLE_HINT if shape == "table" and printer.rows else None)
    return EXIT_FAILED if summary.failed else EXIT_OK


def show_progress(options: Options, shape: str, *, quiet: bool) -> bool:
    """Whether a batch shows a progress bar: on a terminal, unless results stream to
    that terminal as they come, where the bar would share lines with them and the
    output itself shows the progress."""
    if quiet or not sys.stderr.isatty():
        return False
    return options.output_dir is not None or shape not in STREAMED_SHAPES or not sys.stdout.isatty()


class Printer:
    """What the command does with each result of a batch, in input order: an error or
    a warning to stderr (above the progress bar), the result to stdout unless a worker
    has written it to the output directory; a table's rows are kept for :meth:`finish`."""

    def __init__(self, shape: str, options: Options, *, quiet: bool, say: Callable[[str], None]) -> None:
        self.shape, self.to_stdout = shape, options.output_dir is None
        self.quiet, self.say = quiet, say
        self.printed = 0
        self.elements = 0  # JSON documents printed, results and errors
        self.rows: list[ArticleRow] = []

    def deliver(self, result: Result) -> None:
        if result.error is not None:
            self.say(f"newsclean: {result.error}")
            if self.shape in JSON_SHAPES and self.to_stdout:
                self._json(to_json(error_record(result.source, result.error)))
            return
        if not self.quiet:
            for warning in result.warnings:
                self.say(f"newsclean: warning: {result.source}: {warning}")
        if self.to_stdout:
            self._print(result)
            self.printed += 1

    def _print(self, result: Result) -> None:
        if self.shape in JSON_SHAPES:
            self._json(result.payload)
        elif self.shape == "text":
            write_stdout(one_of_several(result.source, result.payload, first=not self.printed))
        elif self.shape == "csv":
            write_stdout(("" if self.printed else csv_header()) + csv_row(result.payload))
        else:
            self.rows.append(ArticleRow.of(result.payload))

    def _json(self, text: str) -> None:
        """One JSON document: a line of JSON Lines, or the next element of the array."""
        if self.shape == "json":
            write_stdout(text + "\n")
        else:
            write_stdout(("[" if not self.elements else ",\n") + text)
        self.elements += 1

    def finish(self) -> None:
        """Print what waited for every result: the table, or the end of the array."""
        if self.shape == "json-array" and self.to_stdout:
            write_stdout("]\n" if self.elements else "[]\n")
        if self.shape != "table" or not self.rows:
            return
        if sys.stdout.isatty():
            from rich.console import Console

            from .render import articles_table

            console = Console()
            console.print(articles_table(self.rows, console.width))
        else:
            write_stdout(plain_table(self.rows))


class StandardInput:
    """Standard input, read once, when the task ``-`` first asks for it."""

    def __init__(self) -> None:
        self.data: bytes | None = None

    def __call__(self) -> bytes:
        if self.data is None:
            self.data = sys.stdin.buffer.read()
        return self.data


def report(summary: Summary, *, quiet: bool, hint: str | None = None) -> None:
    """The summary line, and what to do next when there is something to say."""
    if quiet:
        return
    write_stderr(f"newsclean: {summary.text()}")
    if hint is not None:
        write_stderr(f"newsclean: {hint}")


def nothing_to_do(planned: Plan) -> str:
    """Why a batch found nothing to clean: every output there already, or no article
    file among the inputs (and what was skipped instead)."""
    from ..batch.plan import OUTPUT_EXISTS

    done = planned.skipped[OUTPUT_EXISTS]
    others = [(reason, n) for reason, n in sorted(planned.skipped.items()) if reason != OUTPUT_EXISTS]
    if done:
        return f"all {done} output{'s' if done > 1 else ''} exist, nothing to do" if not others else \
            f"nothing to do: {done} output{'s' if done > 1 else ''} exist, and {_skipped(others, planned)}"
    return "no article files found" + (f" ({_skipped(others, planned)})" if others else "")


def _skipped(reasons: list[tuple[str, int]], planned: Plan) -> str:
    """``3 skipped: 2 hidden, 1 not an article file (.pdf)``."""
    from ..batch.plan import NOT_AN_ARTICLE

    parts = []
    for reason, n in reasons:
        if reason == NOT_AN_ARTICLE and planned.skipped_suffixes:
            reason += " (" + " ".join(s or "no suffix" for s, _ in planned.skipped_suffixes.most_common(5)) + ")"
        parts.append(f"{n} {reason}")
    return f"{sum(n for _, n in reasons)} skipped: " + ", ".join(parts)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # a kill stops the batch the way Ctrl-C does: no partial file
