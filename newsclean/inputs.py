"""What the command line takes and gives back, in the few names both the single-file
path and :mod:`newsclean.batch` need: kept apart from ``batch`` so that cleaning one
file does not load the batch machinery (start-up time)."""
from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Sequence

STDIN = "-"
# Files a directory walk takes by default; anything else is reported as skipped.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".xhtml", ".shtml", ".md", ".markdown"})
DEFAULT_TIMEOUT = 60.0  # seconds one file of a batch may take
GLOB_CHARS = re.compile(r"[*?\[]")


def is_batch(inputs: Sequence[str], output_dir: str | None) -> bool:
    """Several inputs, a directory, a glob or an output directory: batch mode."""
    if output_dir is not None or len(inputs) != 1:
        return True
    name = inputs[0]
    return name != STDIN and (os.path.isdir(name) or (GLOB_CHARS.search(name) is not None and not os.path.exists(name)))


def to_json(obj: dict, indent: int | None = None) -> str:
    """JSON text that encodes to valid UTF-8: control characters are escaped by json,
    and lone surrogates (from undecodable file names) become U+FFFD."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def error_message(source: str, exc: Exception) -> str:
    """One line that starts with the input's name, whatever the stage that failed."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if message.startswith(source) else f"{source}: {message}"


def error_record(source: str, message: str) -> dict[str, str]:
    return {"source": source, "error": message}


def write_stdout(text: str) -> None:
    """Write to stdout as UTF-8 whatever the locale, never failing on odd characters."""
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.flush()


def silence_stdout() -> None:
    """The reader of stdout went away (``| head``): stop without a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
