"""The command line: a thin Click layer over :func:`newsclean.cli.single.run_single` (one
input) and :mod:`newsclean.batch` (several inputs, directories, globs, an output
directory)."""
from __future__ import annotations

import os
import signal
import sys
from typing import TYPE_CHECKING

import click

from ..batch import ARTICLE_SUFFIXES, DEFAULT_TIMEOUT, STDIN, is_batch
from ..errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK
from ..model import error_record, to_json
from ..read import DEFAULT_MAX_BYTES
from .io import silence_stdout, write_stderr, write_stdout

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..batch.plan import Plan
    from ..batch.pool import Options, Result, Summary
    from ..sources import Reading

EPILOG = f"""\b
Examples:
  newsclean article.txt                     readable view in the terminal
  newsclean article.txt --json              one JSON object on stdout
  newsclean scraped/ -o clean/              clean/<same path>.json per input
  newsclean scraped/ --json > all.jsonl     JSON Lines, one object per article
  newsclean scraped/ --text -o clean/       clean/<same path>.txt per input

\b
Directories are walked recursively; hidden files and files that are not
{', '.join(sorted(ARTICLE_SUFFIXES))} are skipped (--include takes others).
Results come out in input order whatever --jobs is.

\b
Exit status: 0 every input processed; 1 one or more inputs failed (one line on
stderr each, and {{"source": ..., "error": ...}} in JSON Lines); 2 usage error;
130 interrupted. Limits: files over --max-bytes (default {DEFAULT_MAX_BYTES} bytes) are
refused; in a batch, a file taking longer than --timeout (default {DEFAULT_TIMEOUT:g} s)
is abandoned as failed."""


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}, epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON (JSON Lines for several inputs); the default with -o.")
@click.option("--text", "as_text", is_flag=True, help="Print (or write) only the clean body text.")
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one file per input here, mirroring the input tree.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, help="Worker processes [default: CPU cores].")
@click.option("--include", multiple=True, metavar="GLOB", help="Take only files matching GLOB (name or relative path).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out files matching GLOB (name or relative path).")
@click.option("--skip-existing", is_flag=True, help="With -o: leave inputs whose output file exists (resume a run).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT, show_default=True,
              help="Batch: seconds one file may take before it is abandoned as failed.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse input files larger than this.")
@click.option("--field", default=None, metavar="NAME",
              help="Inputs are datasets (CSV, JSON Lines, Parquet): each row's NAME field is an article.")
@click.option("--id-field", default=None, metavar="NAME", help="With --field: the row's id, kept as \"id\".")
@click.option("--keep-fields", default=None, metavar="A,B", help="With --field: columns passed through as \"fields\".")
@click.option("--indent", type=click.IntRange(0, 8), default=None, help="Indent JSON output.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary or warnings; errors still go to stderr.")
@click.option("--no-removed", is_flag=True, help="Terminal view: hide the table of removed artifacts.")
@click.version_option(package_name="newsclean")
def main(inputs: tuple[str, ...], as_json: bool, as_text: bool, output_dir: str | None, jobs: int | None,
         include: tuple[str, ...], exclude: tuple[str, ...], skip_existing: bool, timeout: float, max_bytes: int,
         field: str | None, id_field: str | None, keep_fields: str | None,
         indent: int | None, quiet: bool, no_removed: bool) -> None:
    """Clean scraped news articles: body text, headline, category, quotes and officials.

    INPUT is a text or HTML file, a directory, a glob, or - for standard input.
    """
    if as_json and as_text:
        raise click.UsageError("--json and --text exclude each other")
    if skip_existing and output_dir is None:
        raise click.UsageError("--skip-existing needs -o/--output-dir")
    if output_dir is not None:
        _check_output_dir(output_dir, inputs)
    mode = "text" if as_text else "json" if (as_json or output_dir) else "view"
    reading = _reading(field, id_field, keep_fields, max_bytes)
    if not is_batch(inputs, output_dir) and not reading.rows:
        from .single import run_single  # the pipeline: loaded once the call is known to need it

        sys.exit(run_single(inputs[0], mode=mode, indent=indent, max_bytes=max_bytes, quiet=quiet,
                            show_removed=not no_removed))
    from ..batch.plan import plan
    from ..batch.pool import Options

    planned = plan(inputs, output_dir=output_dir, mode=mode, include=include, exclude=exclude,
                   skip_existing=skip_existing, reading=reading)
    options = Options(mode=mode, indent=indent, max_bytes=max_bytes, timeout=timeout, output_dir=output_dir)
    sys.exit(_run_batch(planned, options, jobs, quiet=quiet, show_removed=not no_removed))


def _reading(field: str | None, id_field: str | None, keep_fields: str | None, max_bytes: int) -> Reading:
    """How to read archives and datasets (--field, --id-field, --keep-fields)."""
    from ..sources import Reading

    try:
        return Reading.from_options(field, id_field, keep_fields, max_bytes)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _check_output_dir(output_dir: str, inputs: tuple[str, ...]) -> None:
    for name in inputs:
        if name != STDIN and os.path.isdir(name) and os.path.realpath(name) == os.path.realpath(output_dir):
            raise click.UsageError(f"-o {output_dir} is the input directory {name}: outputs would mix with inputs")


def _run_batch(planned: Plan, options: Options, jobs: int | None, *, quiet: bool, show_removed: bool) -> int:
    """Clean the planned tasks in worker processes, print or write each result in input
    order, then say what happened; the exit code."""
    from ..batch.pool import run

    progress = None
    if not quiet and sys.stderr.isatty():
        from .progress import RichProgress

        progress = RichProgress()
    printer = _Printer(options, quiet=quiet, show_removed=show_removed,
                       say=progress.message if progress is not None else write_stderr)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = run(planned.each_task(), options, printer.deliver, jobs=jobs, progress=progress,
                      stdin=_StandardInput(), total=planned.total)
    except BrokenPipeError:
        silence_stdout()
        return EXIT_FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)
    summary.skipped, summary.skipped_suffixes = planned.skipped, planned.skipped_suffixes
    _report(summary, planned, quiet)
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if summary.failed else EXIT_OK


class _Printer:
    """What the command does with each result of a batch, in input order: an error or
    a warning to stderr (above the progress bar), the result to stdout unless a worker
    has written it to the output directory."""

    def __init__(self, options: Options, *, quiet: bool, show_removed: bool, say: Callable[[str], None]) -> None:
        self.mode, self.to_stdout = options.mode, options.output_dir is None
        self.quiet, self.show_removed, self.say = quiet, show_removed, say
        self.printed = 0

    def deliver(self, result: Result) -> None:
        if result.error is not None:
            self.say(f"newsclean: {result.error}")
            if self.mode == "json" and self.to_stdout:
                write_stdout(to_json(error_record(result.source, result.error)) + "\n")
            return
        if not self.quiet:
            for warning in result.warnings:
                self.say(f"newsclean: warning: {result.source}: {warning}")
        if self.to_stdout:
            self._print(result)
            self.printed += 1

    def _print(self, result: Result) -> None:
        if self.mode == "json":
            write_stdout(result.payload + "\n")
        elif self.mode == "text":
            write_stdout(("\n" if self.printed else "") + result.payload + "\n")
        else:
            from .render import print_article

            print_article(result.payload, show_removed=self.show_removed)


class _StandardInput:
    """Standard input, read once, when the task ``-`` first asks for it."""

    def __init__(self) -> None:
        self.data: bytes | None = None

    def __call__(self) -> bytes:
        if self.data is None:
            self.data = sys.stdin.buffer.read()
        return self.data


def _report(summary: Summary, planned: Plan, quiet: bool) -> None:
    if not quiet or summary.interrupted:
        write_stderr(f"newsclean: {summary.text()}")
    if not planned.tasks and not quiet:
        write_stderr("newsclean: no article files found")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # a kill stops the batch the way Ctrl-C does: no partial file
