"""Standard output and error for the command line: UTF-8 whatever the locale, and a
quiet stop when the reader goes away."""
from __future__ import annotations

import os
import sys


def write_stdout(text: str) -> None:
    """Write to stdout as UTF-8 whatever the locale, never failing on odd characters."""
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.flush()


def write_stderr(line: str) -> None:
    """One line on stderr, as :func:`click.echo` writes it (escape sequences stripped
    when stderr is not a terminal).

    Click is imported here, on the first line said, so that a call with nothing to say
    on stderr (``newsclean FILE --json`` on a clean article) never loads it."""
    import click

    click.echo(line, err=True)


def silence_stdout() -> None:
    """The reader of stdout went away (``| head``): stop without a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
