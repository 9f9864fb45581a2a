"""newsclean: turn scraped news articles into clean, structured data.

    >>> from newsclean import process
    >>> article = process(open("article.txt", "rb").read(), source="article.txt")
    >>> article.headline, article.body, article.to_dict()
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"
__all__ = [
    "Article",
    "EmptyArticleError",
    "InputError",
    "NewscleanError",
    "Official",
    "Quote",
    "Removal",
    "__version__",
    "process",
    "process_file",
]

# Loaded on first use, so that ``import newsclean.cli`` does not compile the cleaning
# rules before it knows it needs them (start-up time of the command line).
_HOME = {"process": "pipeline", "process_file": "pipeline", "Article": "model", "Quote": "model", "Official": "model",
         "Removal": "model", "NewscleanError": "errors", "InputError": "errors", "EmptyArticleError": "errors"}


def __getattr__(name: str) -> object:
    if name not in _HOME:
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
