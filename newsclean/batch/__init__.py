"""Many inputs → results in input order: planning, the worker pool, atomic output writing
and the Dask recipes (:mod:`.plan`, :mod:`.pool`, :mod:`.output`, :mod:`.dask`).

This module holds only what the command line needs to tell one file from a batch, so
that cleaning one file does not load the batch machinery."""
from __future__ import annotations

import os
import re
from collections.abc import Sequence

from ..sources import is_archive

STDIN = "-"
# Files a directory walk takes by default; anything else is reported as skipped.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".xhtml", ".shtml", ".md", ".markdown"})
DEFAULT_TIMEOUT = 60.0  # seconds one file of a batch may take
GLOB_CHARS = re.compile(r"[*?\[]")


def is_batch(inputs: Sequence[str], output_dir: str | None) -> bool:
    """Several inputs, a directory, a glob, an output directory or a web archive (many
    articles in one file, known by its first bytes): batch mode."""
    if output_dir is not None or len(inputs) != 1:
        return True
    name = inputs[0]
    if name == STDIN:
        return False
    return (os.path.isdir(name) or (GLOB_CHARS.search(name) is not None and not os.path.exists(name))
            or is_archive(name))
