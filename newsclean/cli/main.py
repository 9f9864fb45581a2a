"""The command line: a thin Click layer over :func:`newsclean.cli.single.run_single` (one
input) and :mod:`newsclean.batch` (several inputs, directories, globs, an output
directory)."""
from __future__ import annotations

import os
import re
import sys

import click

from ..batch import ARTICLE_SUFFIXES, DEFAULT_TIMEOUT, STDIN, is_batch
from ..read import DEFAULT_MAX_BYTES
from .units import format_size, parse_size

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..sources import Reading

EXAMPLES = (
    ("newsclean article.txt", "readable view in the terminal"),
    ("newsclean scraped/", "a table: one line per article"),
    ("newsclean article.txt --json", "one JSON object on stdout"),
    ("newsclean scraped/ -o clean/", "clean/<same path>.json per input"),
    ("newsclean scraped/ --json > all.jsonl", "JSON Lines, one object per article"),
    ("newsclean scraped/ --text -o clean/", "clean/<same path>.txt per input"),
    ("newsclean scraped/ --csv > articles.csv", "a table for a spreadsheet"),
    ("newsclean article.txt --diff", "each removal struck out and named"),
)
EPILOG = (
    "Directories are walked recursively; hidden files and files that are not "
    f"{' '.join(sorted(ARTICLE_SUFFIXES))} are skipped (--include takes others). Results come out in input "
    "order whatever --jobs is.",
    "Exit status: 0 every input processed; 1 one or more inputs failed (one line on stderr each, and "
    '{"source": ..., "error": ...} in JSON Lines); 2 usage error; 130 interrupted.',
    f"Limits: files over --max-bytes (default {format_size(DEFAULT_MAX_BYTES)}) are refused; in a batch, a file taking "
    f"longer than --timeout (default {DEFAULT_TIMEOUT:g} s) is abandoned as failed.",
)
DESCRIPTION_MIN_WIDTH = 30  # below this, an example's description goes under it


class ByteSize(click.ParamType):
    """A size in bytes, with an optional unit: 20M, 1.5G, 500KB."""

    name = "size"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            size = parse_size(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        if size < 1:
            self.fail(f"{value!r} is not a size of at least one byte", param, ctx)
        return size


class Command(click.Command):
    """The command, whose help ends with examples and notes laid out for the width of
    the terminal: on a narrow one each example's description goes under it, and the
    notes are wrapped between words."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Examples"):
            command_width = max(len(command) for command, _ in EXAMPLES) + 2
            if formatter.width - formatter.current_indent - command_width >= DESCRIPTION_MIN_WIDTH:
                formatter.write_dl(list(EXAMPLES), col_max=command_width)
            else:
                for command, description in EXAMPLES:
                    formatter.write_text(command)
                    with formatter.indentation():
                        formatter.write_text(description)
        for paragraph in EPILOG:
            formatter.write_paragraph()
            formatter.write_text(paragraph)


@click.command(cls=Command, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON: one object for one input, JSON Lines (one object per line) for several; the "
                   "default with -o.")
@click.option("--json-array", is_flag=True,
              help="Print one JSON array of every article instead of JSON Lines, for tools that read one document.")
@click.option("--text", "as_text", is_flag=True,
              help="Print (or write) only the clean body text; several articles on stdout are each headed by a "
                   "line '==> FILE <==', a blank line between them.")
@click.option("--csv", "as_csv", is_flag=True,
              help="Print a CSV table, one record per article: source, headline, category, authors, published, "
                   "words, quotes, officials, warnings (lists joined by semicolons).")
@click.option("--diff", is_flag=True,
              help="Show one article's input with every removal struck out as [-text-]{rule} and every repair as "
                   "[before→after]{rule}, to audit what the cleaner took out.")
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one file per input here, mirroring the input tree.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, help="Worker processes [default: CPU cores].")
@click.option("--include", multiple=True, metavar="GLOB", help="Take only files matching GLOB (name or relative path).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out files matching GLOB (name or relative path).")
@click.option("--skip-existing", is_flag=True, help="With -o: leave inputs whose output file exists (resume a run).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT, show_default=True,
              help="Batch: seconds one file may take before it is abandoned as failed.")
@click.option("--max-bytes", type=ByteSize(), default=DEFAULT_MAX_BYTES, metavar="SIZE",
              help=f"Refuse input files larger than this: bytes, or with a unit (500K, 20M, 1G; KB, MB, GB are "
                   f"powers of 1000).  [default: {format_size(DEFAULT_MAX_BYTES)}]")
@click.option("--field", default=None, metavar="NAME",
              help="Inputs are datasets (CSV, JSON Lines, Parquet): each row's NAME field is an article.")
@click.option("--id-field", default=None, metavar="NAME", help="With --field: the row's id, kept as \"id\".")
@click.option("--keep-fields", default=None, metavar="A,B", help="With --field: columns passed through as \"fields\".")
@click.option("--indent", type=click.IntRange(0, 8), default=None, help="Indent JSON output.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary or warnings; errors still go to stderr.")
@click.option("--no-removed", is_flag=True, help="Terminal view: hide the table of removed artifacts.")
@click.version_option(None, "-V", "--version", package_name="newsclean")
def main(inputs: tuple[str, ...], as_json: bool, json_array: bool, as_text: bool, as_csv: bool, diff: bool,
         output_dir: str | None, jobs: int | None, include: tuple[str, ...], exclude: tuple[str, ...],
         skip_existing: bool, timeout: float, max_bytes: int, field: str | None, id_field: str | None,
         keep_fields: str | None, indent: int | None, quiet: bool, no_removed: bool) -> None:
    """Clean scraped news articles: body text, headline, category, quotes and officials.

    INPUT is a text or HTML file, a directory, a glob, or - for standard input.
    With no INPUT, standard input is read when it is not a terminal
    (cat article.txt | newsclean).
    """
    inputs = inputs or (_piped_input(),)
    shape = _output_shape(output_dir, json=as_json, json_array=json_array, text=as_text, csv=as_csv, diff=diff)
    _check_inputs(inputs, output_dir, skip_existing)
    reading = _reading(field, id_field, keep_fields, max_bytes)
    batch = is_batch(inputs, output_dir) or reading.rows
    if batch and shape in ONE_ARTICLE_ONLY:
        raise click.UsageError(f"--{shape} shows one article: name one file")
    if not batch:
        from .single import run_single  # the pipeline: loaded once the call is known to need it

        sys.exit(run_single(inputs[0], mode=shape, indent=indent, max_bytes=max_bytes, quiet=quiet,
                            show_removed=not no_removed))
    from ..batch.plan import plan
    from ..batch.pool import Options
    from .batchrun import run_batch

    mode = WORKER_MODE.get(shape, shape)
    planned = plan(inputs, output_dir=output_dir, mode=mode, include=include, exclude=exclude,
                   skip_existing=skip_existing, reading=reading)
    options = Options(mode=mode, indent=indent, max_bytes=max_bytes, timeout=timeout, output_dir=output_dir)
    sys.exit(run_batch(planned, options, jobs, shape="table" if shape == "view" else shape, quiet=quiet,
                       skip_existing=skip_existing))


# What a batch's workers hand back for each output shape: JSON text, the body, or the
# Article itself (for the table, the CSV rows and the views).
WORKER_MODE = {"json-array": "json", "csv": "view"}
# Output shapes that make no sense one file per input, and those of one article only.
STDOUT_ONLY = ("json-array", "csv", "diff")
ONE_ARTICLE_ONLY = ("diff",)
URL = re.compile(r"[a-z][a-z0-9+.-]*://", re.I)


def _output_shape(output_dir: str | None, **flags: bool) -> str:
    """The one output format the flags ask for: "json", "json-array", "text", or the
    readable "view"; a usage error for two at once."""
    chosen = [name.replace("_", "-") for name, given in flags.items() if given]
    if len(chosen) > 1:
        raise click.UsageError(f"--{chosen[0]} and --{chosen[1]} exclude each other")
    shape = chosen[0] if chosen else "json" if output_dir is not None else "view"
    if output_dir is not None and shape in STDOUT_ONLY:
        raise click.UsageError(f"--{shape} prints to standard output: leave out -o (or use --json with -o)")
    return shape


def _check_inputs(inputs: tuple[str, ...], output_dir: str | None, skip_existing: bool) -> None:
    if skip_existing and output_dir is None:
        raise click.UsageError("--skip-existing needs -o/--output-dir")
    if output_dir is not None:
        _check_output_dir(output_dir, inputs)
    for name in inputs:
        if URL.match(name) and not os.path.exists(name):
            raise click.UsageError(
                f"{name} is a web address, and newsclean reads saved files: save the page first, "
                f"e.g. curl -sL '{name}' -o page.html, or pipe it in: curl -sL '{name}' | newsclean")


def _piped_input() -> str:
    """``-`` when standard input brings something (a pipe or a file); else a usage error."""
    stdin = sys.stdin.buffer
    if stdin.isatty():
        raise click.UsageError("no input: name an article file, a folder or a glob (or pipe an article in)")
    peek = getattr(stdin, "peek", None)  # a buffered pipe or file can be looked at without being read
    if peek is not None and not peek(1):
        raise click.UsageError("no input: standard input is empty; name an article file, a folder or a glob")
    return STDIN


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
