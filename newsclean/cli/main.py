"""The command line: a thin Click layer over :func:`newsclean.process` (one input) and
:mod:`newsclean.batch` (several inputs, directories, globs, an output directory)."""
from __future__ import annotations

import dataclasses
import os
import re
import signal
import sys
from typing import TYPE_CHECKING

import click

from ..batch import ARTICLE_SUFFIXES, DEFAULT_TIMEOUT, STDIN, is_batch
from ..errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, describe, exit_code
from ..model import error_record, to_json
from ..read import DEFAULT_MAX_BYTES
from .io import silence_stdout, write_stdout

if TYPE_CHECKING:
    from ..batch import pool

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


def _error(message: str) -> None:
    click.echo(f"newsclean: {message}", err=True)


# Characters a terminal would act on (escape sequences, bells, carriage returns).
_TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}, epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (JSON Lines for several inputs); the default with -o.")
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
@click.option("--indent", type=click.IntRange(0, 8), default=None, help="Indent JSON output.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary or warnings; errors still go to stderr.")
@click.option("--no-removed", is_flag=True, help="Terminal view: hide the table of removed artifacts.")
@click.version_option(package_name="newsclean")
def main(inputs: tuple[str, ...], as_json: bool, as_text: bool, output_dir: str | None, jobs: int | None,
         include: tuple[str, ...], exclude: tuple[str, ...], skip_existing: bool, timeout: float, max_bytes: int,
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
    if not is_batch(inputs, output_dir):
        sys.exit(_run_single(inputs[0], as_json, as_text, indent, max_bytes, quiet, no_removed))
    mode = "text" if as_text else "json" if (as_json or output_dir) else "view"
    sys.exit(_run_batch(inputs, mode, output_dir, jobs, include, exclude, skip_existing, timeout, max_bytes,
                        indent, quiet, no_removed))


def _check_output_dir(output_dir: str, inputs: tuple[str, ...]) -> None:
    for name in inputs:
        if name != STDIN and os.path.isdir(name) and os.path.realpath(name) == os.path.realpath(output_dir):
            raise click.UsageError(f"-o {output_dir} is the input directory {name}: outputs would mix with inputs")


def _run_single(name: str, as_json: bool, as_text: bool, indent: int | None, max_bytes: int, quiet: bool,
                no_removed: bool) -> int:
    """One input, no output directory: cleaned in this process, printed to stdout."""
    from ..pipeline import process, process_file

    try:
        if name == STDIN:
            article = process(sys.stdin.buffer.read(), source=STDIN)
        else:
            article = process_file(name, max_bytes=max_bytes)
    except Exception as exc:  # a bug must not show the user a traceback
        _error(describe(exc, name))
        return exit_code(exc)
    if not quiet:
        for warning in article.warnings:
            _error(f"warning: {name}: {warning}")
    if as_json:
        write_stdout(to_json(article.to_dict(), indent) + "\n")
    elif as_text:
        write_stdout(article.body + "\n")
    else:
        _show(article, no_removed)
    return EXIT_OK


def _run_batch(inputs: tuple[str, ...], mode: str, output_dir: str | None, jobs: int | None,
               include: tuple[str, ...], exclude: tuple[str, ...], skip_existing: bool, timeout: float,
               max_bytes: int, indent: int | None, quiet: bool, no_removed: bool) -> int:
    from ..batch import pool
    from ..batch.plan import plan

    planned = plan(inputs, output_dir=output_dir, mode=mode, include=include, exclude=exclude,
                         skip_existing=skip_existing)
    options = pool.Options(mode=mode, indent=indent, max_bytes=max_bytes, timeout=timeout, output_dir=output_dir)
    progress = None
    if not quiet and sys.stderr.isatty():
        from .progress import RichProgress

        progress = RichProgress()
    say = progress.message if progress is not None else _error_plain
    emitted = [0]

    def deliver(result: pool.Result) -> None:
        if result.error is not None:
            say(f"newsclean: {result.error}")
            if mode == "json" and output_dir is None:
                write_stdout(to_json(error_record(result.source, result.error)) + "\n")
            return
        if not quiet:
            for warning in result.warnings:
                say(f"newsclean: warning: {result.source}: {warning}")
        if output_dir is None:
            _print_result(result, mode, emitted[0], no_removed)
            emitted[0] += 1

    stdin_data: list[bytes] = []

    def read_stdin() -> bytes:
        if not stdin_data:
            stdin_data.append(sys.stdin.buffer.read())
        return stdin_data[0]

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = pool.run(planned.tasks, options, deliver, jobs=jobs, progress=progress, stdin=read_stdin)
    except BrokenPipeError:
        silence_stdout()
        return EXIT_FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)
    summary.skipped, summary.skipped_suffixes = planned.skipped, planned.skipped_suffixes
    if not quiet or summary.interrupted:
        _error_plain(f"newsclean: {summary.text()}")
    if not planned.tasks and not quiet:
        _error_plain("newsclean: no article files found")
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if summary.failed else EXIT_OK


def _print_result(result: pool.Result, mode: str, n: int, no_removed: bool) -> None:
    if mode == "json":
        write_stdout(result.payload + "\n")
    elif mode == "text":
        write_stdout(("\n" if n else "") + result.payload + "\n")
    else:
        _show(result.payload, no_removed)


def _show(article: object, no_removed: bool) -> None:
    from .render import print_article

    print_article(_printable(article), show_removed=not no_removed)


def _printable(value: object) -> object:
    """A copy with terminal control characters shown as U+FFFD: a file name or a page
    title holding an escape sequence is displayed, never executed by the terminal."""
    if isinstance(value, str):
        return _TERMINAL_CONTROL.sub("\ufffd", value)
    if isinstance(value, list):
        return [_printable(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _printable(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value


def _error_plain(message: str) -> None:
    click.echo(message, err=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # a kill stops the batch the way Ctrl-C does: no partial file
