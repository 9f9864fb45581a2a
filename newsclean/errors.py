"""Errors a user can act on, each with the exit code the CLI gives for it."""
from __future__ import annotations


class NewscleanError(Exception):
    """Base class: a clear one-line message and an exit code."""

    exit_code = 1


class InputError(NewscleanError):
    """The input cannot be read as an article (missing, unreadable, binary, too large)."""

    exit_code = 1


class EmptyArticleError(NewscleanError):
    """The input holds no article text at all."""

    exit_code = 1
