"""Inputs that hold many articles: web archives (WARC, ARC) and datasets with an article
per row (CSV, JSON Lines, Parquet). Each is read as a stream of :class:`Record`, one per
article, so memory stays flat whatever the file's size; a record that cannot be read is
a record with an ``error``, and the rest of the file goes on.

This package's face is what the command line needs to tell such a file from an article
(by its content, never by its name), and it imports nothing heavy: the readers live in
:mod:`.warc` and :mod:`.rows`, loaded (with their libraries) only when a file of their
kind is read.
"""
from __future__ import annotations

import os

from ..errors import InputError
from .common import (
    ARC,
    ARCHIVES,
    CSV,
    DATASETS,
    JSON_LINES,
    PARQUET,
    WARC,
    Reading,
    Record,
    archive_kind,
    dataset_kind,
    head_of,
    is_archive,
    kind_of,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Iterator

__all__ = ["ARC", "ARCHIVES", "CSV", "DATASETS", "JSON_LINES", "PARQUET", "WARC", "Reading", "Record", "archive_kind",
           "dataset_kind", "head_of", "is_archive", "kind_of", "records"]


def records(path: str, kind: str, reading: Reading, skipped: Counter[str] | None = None) -> Iterator[Record]:
    """The records of one archive or dataset file, in file order. Never raises for bad
    content: a file that cannot be read at all is one record with an error."""
    try:
        if kind in ARCHIVES:
            from .warc import archive_records

            yield from archive_records(path, kind, reading.max_bytes, skipped)
        elif kind == PARQUET:
            from .rows import parquet_records

            yield from parquet_records(path, reading)
        else:
            from .rows import text_rows

            yield from text_rows(path, kind, reading)
    except InputError as exc:
        yield Record(path, os.path.basename(path), error=str(exc))
