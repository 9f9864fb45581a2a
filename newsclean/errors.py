"""Errors a user can act on, each with the exit code the CLI gives for it.

Exit codes of the ``newsclean`` command: 0 every input processed; 1 one or more inputs
failed (one line on stderr each); 2 usage error; 130 interrupted (Ctrl-C, SIGTERM).
"""
from __future__ import annotations

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


def error_message(source: str, exc: Exception) -> str:
    """One line that starts with the input's name, whatever the stage that failed."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if message.startswith(source) else f"{source}: {message}"
