"""One input cleaned in this process and printed: what ``newsclean FILE`` does,
whichever front door took the call.

There are two: the Click command (:mod:`newsclean.cli.main`) and, for the commonest
call ``newsclean FILE --json``, the entry point itself (:mod:`newsclean.__main__`), which
skips loading Click. Both hand the call to :func:`run_single`, whose defaults are the
command's, so they answer alike by construction: same stdout, same stderr, same exit
code. Nothing here imports click or rich until it has something to say on stderr or an
article to show in the terminal. (The options are keyword arguments rather than a
record: defining a dataclass costs about 1 ms of every start, a fortieth of the call.)
"""
from __future__ import annotations

import sys

from .. import pipeline
from ..batch import STDIN
from ..errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, describe, exit_code
from ..model import Article, to_json
from ..read import DEFAULT_MAX_BYTES, read_bytes
from .io import silence_stdout, write_stderr, write_stdout


def run_single(name: str, *, mode: str = "json", indent: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               quiet: bool = False, show_removed: bool = True) -> int:
    """Clean ``name`` (a file, or ``-`` for standard input), print the result on stdout
    and any warning (unless ``quiet``) or error on stderr; return the exit code.

    ``mode`` is "json" (``indent``-ed or not), "json-array" (the same in an array),
    "text" (the body), "csv" (a header and the article's record), "view" (the terminal
    view, with the table of removed artifacts if ``show_removed``, or plain text into a
    pipe) or "diff" (the input with each removal marked)."""
    try:
        data = read_input(name, max_bytes)
        article = pipeline.process(data, source=name)
    except KeyboardInterrupt:
        write_stderr("newsclean: interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug must not show the user a traceback
        write_stderr(f"newsclean: {describe(exc, name)}")
        return exit_code(exc)
    if not quiet and not (mode == "view" and sys.stdout.isatty()):  # the terminal view shows them itself
        for warning in article.warnings:
            write_stderr(f"newsclean: warning: {name}: {warning}")
    try:
        if mode == "diff":
            show_diff(data, article)
        else:
            show(article, mode, indent, show_removed)
    except BrokenPipeError:
        silence_stdout()
        return EXIT_FAILED
    return EXIT_OK


def read_input(name: str, max_bytes: int) -> bytes:
    """The bytes of a file, or of standard input for ``-``."""
    return sys.stdin.buffer.read() if name == STDIN else read_bytes(name, max_bytes)


def show_diff(data: bytes, article: Article) -> None:
    """The input with the article's removals placed on it: struck out on a terminal,
    marked in plain text elsewhere."""
    from .audit import audit

    placed = audit(data, article)
    if sys.stdout.isatty():
        from .render import print_diff

        print_diff(placed)
    else:
        from .plain import plain_diff

        write_stdout(plain_diff(placed))


def show(article: Article, mode: str, indent: int | None, show_removed: bool) -> None:
    if mode == "json":
        write_stdout(to_json(article.to_dict(), indent) + "\n")
    elif mode == "json-array":
        write_stdout("[" + to_json(article.to_dict(), indent) + "]\n")
    elif mode == "text":
        write_stdout(article.body + "\n")
    elif mode == "csv":
        from .table import csv_header, csv_row

        write_stdout(csv_header() + csv_row(article))
    elif not sys.stdout.isatty():  # a pipe or a file: plain text, no box drawing
        from .plain import plain_article

        write_stdout(plain_article(article))
    else:
        from .render import print_article  # Rich, for the terminal view only

        print_article(article, show_removed=show_removed)
