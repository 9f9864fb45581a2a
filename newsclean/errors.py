"""Errors a user can act on, each with the exit code the CLI gives for it, and the one
policy that turns any failure to clean an input into one line (:func:`describe`).

Exit codes of the ``newsclean`` command: 0 every input processed; 1 one or more inputs
failed (one line on stderr each); 2 usage error; 130 interrupted (Ctrl-C, SIGTERM).
"""
from __future__ import annotations

from . import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class NewscleanError(Exception):
    """Base class: a clear one-line message and an exit code."""

    exit_code = EXIT_FAILED


class InputError(NewscleanError):
    """The input cannot be read as an article (missing, unreadable, binary, too large)."""

    exit_code = EXIT_FAILED


class EmptyArticleError(NewscleanError):
    """The input holds no article text at all."""

    exit_code = EXIT_FAILED


class ArticleTimeout(NewscleanError):
    """Cleaning one input took longer than the per-file time limit of a batch."""

    exit_code = EXIT_FAILED


class OutputError(NewscleanError):
    """A result could not be written where it was asked to go."""

    exit_code = EXIT_FAILED


# Failures that are not newsclean errors but are no bug either: the input was too much
# for the interpreter. What to say about each.
INPUT_TOO_MUCH: tuple[tuple[type[BaseException], str], ...] = (
    (RecursionError, "input nested too deeply to clean"),
    (MemoryError, "out of memory"),
)
DETAIL_CHARS = 200  # of an internal error's own message


def error_message(source: str, exc: Exception) -> str:
    """One line that starts with the input's name, whatever the stage that failed."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if message.startswith(f"{source}:") else f"{source}: {message}"


def describe(exc: Exception, source: str) -> str:
    """The one line that reports a failure to clean the input ``source``, wherever it
    happened (the CLI, a batch worker, a Dask task).

    A :class:`NewscleanError` says what is wrong with the input. Any other exception is
    a bug in newsclean: the line names it and says how to report it.

    >>> describe(ValueError("boom"), "a.txt")
    'a.txt: internal error (ValueError: boom); please report it with the input file and newsclean 0.1.0'
    """
    if isinstance(exc, NewscleanError):
        return error_message(source, exc)
    for kind, message in INPUT_TOO_MUCH:
        if isinstance(exc, kind):
            return f"{source}: {message}"
    detail = " ".join(str(exc).split())[:DETAIL_CHARS]
    what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return f"{source}: internal error ({what}); please report it with the input file and newsclean {__version__}"


def exit_code(exc: Exception) -> int:
    """The exit code of a command whose one input failed with ``exc``."""
    return exc.exit_code if isinstance(exc, NewscleanError) else EXIT_FAILED
