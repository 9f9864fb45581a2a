"""Cleaning beyond one machine with Dask (``pip install 'newsclean[dask]'``).

:func:`newsclean.process` is a pure function of (bytes, name), so cleaning a
collection is a ``map`` over a ``dask.bag``: the scheduler, local or distributed,
decides where each article is cleaned. Every function here returns one JSON-ready
record per input and never raises for a bad input (an exception would abort the
whole computation): a failure is the record ``{"source": …, "error": …}``, as in the
CLI's JSON Lines, with the same message (:func:`newsclean.errors.describe`). See
docs/dask.md for the recipes.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import InputError, describe, error_message
from ..model import error_record, to_json
from ..pipeline import process
from ..read import DEFAULT_MAX_BYTES, read_bytes
from ..sources import WARC, Reading, Record, kind_of, records


def clean_record(data: bytes | str | None, source: str | None = None) -> dict[str, Any]:
    """``Article.to_dict()`` of one article, or an error record."""
    name = source if source is not None else "input"
    if data is None:
        return error_record(name, f"{name}: no article text")
    try:
        return process(data, source=source).to_dict()
    except Exception as exc:  # one bad article must not abort the whole computation
        return error_record(name, describe(exc, name))


def clean_file(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Read one file (on the worker that cleans it) and clean it."""
    try:
        data = read_bytes(path, max_bytes)
    except Exception as exc:
        return error_record(str(path), describe(exc, str(path)))
    return clean_record(data, str(path))


def clean_mapping(row: Mapping[str, Any], text_key: str = "text", source_key: str | None = "source") -> dict[str, Any]:
    """Clean the ``text_key`` field of a JSON Lines record or a dataframe row."""
    source = row.get(source_key) if source_key else None
    return clean_record(row.get(text_key), None if source is None else str(source))


def bag_from_files(paths: Iterable[str], npartitions: int | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES):
    """A bag of records, one per file path (the order of ``paths`` is kept)."""
    import dask.bag as db

    paths = list(paths)
    bag = db.from_sequence(paths, npartitions=npartitions or min(len(paths), 100) or 1)
    return bag.map(clean_file, max_bytes=max_bytes)


def bag_from_jsonl(urlpath: str | list[str], text_key: str = "text", source_key: str | None = "source",
                   blocksize: int | str | None = None):
    """A bag of records from JSON Lines files, one article per line (any fsspec URL)."""
    import dask.bag as db

    lines = db.read_text(urlpath, blocksize=blocksize)
    return lines.filter(str.strip).map(json.loads).map(clean_mapping, text_key=text_key, source_key=source_key)


def clean_source_record(record: Record) -> dict[str, Any]:
    """The record of one article out of an archive or a dataset (its Origin keys with it)."""
    if record.error is not None:
        return error_record(record.source, error_message(record.source, InputError(record.error)))
    try:
        article = process(record.data or b"", source=record.source, charset=record.charset)
    except Exception as exc:
        return error_record(record.source, describe(exc, record.source))
    article.origin = record.origin
    return article.to_dict()


def clean_archive(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> list[dict[str, Any]]:
    """Every article of one web archive (WARC or ARC, by content), in file order."""
    kind = kind_of(path) or WARC
    return [clean_source_record(r) for r in records(str(path), kind, Reading(max_bytes=max_bytes))]


def bag_from_archives(paths: Iterable[str], max_bytes: int | None = DEFAULT_MAX_BYTES):
    """A bag of records, one per article of each web archive: one partition per archive
    (an archive is read as one stream, on the worker that cleans it)."""
    import dask.bag as db

    paths = list(paths)
    bag = db.from_sequence(paths, npartitions=max(1, len(paths)))
    return bag.map(clean_archive, max_bytes=max_bytes).flatten()


def clean_parquet_row_group(part: tuple[str, int], reading: Reading) -> list[dict[str, Any]]:
    """The articles of one row group of a Parquet file."""
    from ..sources.rows import parquet_row_group_records

    return [clean_source_record(r) for r in parquet_row_group_records(part[0], part[1], reading)]


def bag_from_parquet(paths: str | Iterable[str], text_key: str = "text", id_key: str | None = None,
                     keep: Iterable[str] = (), max_bytes: int | None = DEFAULT_MAX_BYTES):
    """A bag of records from a Parquet column (pyarrow, no pandas): one partition per
    row group of each file, so a worker holds one row group at a time."""
    import dask.bag as db
    import pyarrow.parquet as pq

    files = [paths] if isinstance(paths, str) else list(paths)
    parts = [(f, g) for f in files for g in range(pq.ParquetFile(f).num_row_groups)]
    reading = Reading(field=text_key, id_field=id_key, keep=tuple(keep), max_bytes=max_bytes)
    return db.from_sequence(parts, npartitions=max(1, len(parts))).map(clean_parquet_row_group, reading).flatten()


def to_jsonl(bag, urlpath: str):
    """Write a bag of records as JSON Lines files (``out/*.jsonl``); returns the paths."""
    return bag.map(to_json).to_textfiles(urlpath)
