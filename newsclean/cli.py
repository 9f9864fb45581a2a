"""The command line: a thin Click layer over :func:`newsclean.process`.

Exit codes: 0 all inputs processed; 1 one or more inputs failed (each error is one
line on stderr); 2 usage error.
"""
from __future__ import annotations

import json
import sys

import click

from .errors import NewscleanError
from .read import DEFAULT_MAX_BYTES

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _emit(text: str) -> None:
    """Write to stdout as UTF-8 whatever the locale, never failing on odd characters."""
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.flush()


def _error(message: str) -> None:
    click.echo(f"newsclean: {message}", err=True)


def to_json(obj: dict, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


@click.command(context_settings={"help_option_names": ["-h", "--help"]}, epilog=(
    "Exit status: 0 all inputs processed; 1 one or more inputs failed (one line on stderr "
    "each); 2 usage error."))
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per line for several inputs).")
@click.option("--text", "as_text", is_flag=True, help="Print only the clean body text.")
@click.option("--indent", type=click.IntRange(0, 8), default=None, help="Indent JSON output.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse input files larger than this.")
@click.option("--no-removed", is_flag=True, help="Terminal view: hide the table of removed artifacts.")
@click.version_option(package_name="newsclean")
def main(inputs: tuple[str, ...], as_json: bool, as_text: bool, indent: int | None, max_bytes: int,
         no_removed: bool) -> None:
    """Clean scraped news articles: body text, headline, category, quotes and officials.

    INPUT is a text or HTML file, or - for standard input.
    """
    if as_json and as_text:
        raise click.UsageError("--json and --text exclude each other")
    from .core import process, process_file

    failed = 0
    for i, name in enumerate(inputs):
        try:
            if name == "-":
                article = process(sys.stdin.buffer.read(), source="-")
            else:
                article = process_file(name, max_bytes=max_bytes)
        except NewscleanError as exc:
            _error(str(exc))
            failed += 1
            if as_json and len(inputs) > 1:
                _emit(to_json({"source": name, "error": str(exc)}) + "\n")
            continue
        for warning in article.warnings:
            _error(f"warning: {name}: {warning}")
        if as_json:
            _emit(to_json(article.to_dict(), indent) + "\n")
        elif as_text:
            _emit(("\n" if i else "") + article.body + "\n")
        else:
            from .render import print_article

            print_article(article, show_removed=not no_removed)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)
