"""Datasets with an article per row: CSV (its dialect sniffed), JSON Lines and Parquet
(``pip install 'newsclean[parquet]'``). The article is the row's ``--field``; its
``--id-field`` and the ``--keep-fields`` columns ride along into the output.

A row that lacks the field, a line that is not JSON, a value over the size limit: each
is an error record for that row, and the rest of the file goes on. CSV is the one
exception: a row the CSV reader cannot parse (a field over the limit, an unclosed
quote) leaves where the next row starts unknown, so it ends the file with an error.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from ..errors import InputError
from ..model import Origin
from .common import CSV, JSON_LINES, Reading, Record, open_stream

PARQUET_MISSING = "a Parquet file: reading it needs pyarrow (pip install 'newsclean[parquet]')"
SNIFF_CHARS = 65_536         # of a CSV file, to sniff its dialect from
CSV_DELIMITERS = ",;\t|"
PARQUET_BATCH_ROWS = 256     # rows of a Parquet file in memory at once
SKIP_CHUNK = 1 << 20


def text_rows(path: str, kind: str, reading: Reading) -> Iterator[Record]:
    """The rows of a CSV or JSON Lines file (compressed or not)."""
    with contextlib.ExitStack() as stack:
        stream = open_stream(path, stack)
        if kind == JSON_LINES:
            yield from json_lines_records(stream, str(path), reading)
        elif kind == CSV:
            yield from csv_records(stream, str(path), reading)


# --- one row → one record ------------------------------------------------------------

def row_record(row: Mapping[str, Any], name: str, number: int, reading: Reading) -> Record:
    """The record of one row: its article, id and kept fields, or why it has none."""
    source = f"{name}:{number}"
    identity = row.get(reading.id_field) if reading.id_field else None
    key = str(identity) if identity is not None else str(number)
    kept = {k: json_value(row.get(k)) for k in reading.keep} if reading.keep else None
    origin = Origin(id=json_value(identity), fields=kept)
    field = reading.field or ""
    if field not in row:
        return Record(source, key, origin=origin, error=f"no field {field!r}")
    value = row[field]
    if value is None:
        return Record(source, key, origin=origin, error=f"field {field!r} is empty (null)")
    if not isinstance(value, str | bytes):
        return Record(source, key, origin=origin, error=f"field {field!r} holds {type(value).__name__}, not text")
    limit = reading.max_bytes
    if limit is not None and len(value) > limit:
        return Record(source, key, origin=origin, error=f"field {field!r} over the limit of {limit} bytes"
                      " (see --max-bytes)")
    return Record(source, key, data=article_data(value), origin=origin)


def article_data(value: str | bytes) -> str | bytes:
    """Text as it is; text holding bytes that were not UTF-8 (kept as surrogates when
    the file was read) goes back to bytes, for the pipeline to detect their encoding."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            try:
                return value.encode("utf-8", "surrogateescape")
            except UnicodeEncodeError:  # lone surrogates (JSON lets them through): not text
                return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def json_value(value: Any) -> Any:
    """A value the JSON output can hold: numbers, text, booleans, lists and objects as
    they are; bytes, dates and the rest as text; NaN as null."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)


# --- JSON Lines ----------------------------------------------------------------------

def json_lines_records(stream: io.BufferedIOBase | Any, name: str, reading: Reading) -> Iterator[Record]:
    """One record per non-blank line; a line that is not a JSON object is an error record."""
    limit = reading.max_bytes
    number = 0
    while True:
        line = stream.readline(-1 if limit is None else limit + 2)
        if not line:
            return
        number += 1
        if limit is not None and len(line) > limit + 1 and not line.endswith(b"\n"):
            _skip_line(stream)
            yield Record(f"{name}:{number}", str(number), error=f"line over the limit of {limit} bytes"
                         " (see --max-bytes)")
            continue
        if not line.strip():
            continue
        yield _json_line(line, name, number, reading)


def _json_line(line: bytes, name: str, number: int, reading: Reading) -> Record:
    try:
        row = json.loads(line)
    except (ValueError, RecursionError) as exc:
        detail = str(exc).split(":")[0] if isinstance(exc, ValueError) else "nested too deeply"
        return Record(f"{name}:{number}", str(number), error=f"line {number} is not JSON ({detail})")
    if not isinstance(row, dict):
        return Record(f"{name}:{number}", str(number), error=f"line {number} is not a JSON object")
    return row_record(row, name, number, reading)


def _skip_line(stream: Any) -> None:
    while True:
        piece = stream.readline(SKIP_CHUNK)
        if not piece or piece.endswith(b"\n"):
            return


# --- CSV -----------------------------------------------------------------------------

def csv_records(stream: Any, name: str, reading: Reading) -> Iterator[Record]:
    """One record per row under the header row; the dialect (delimiter, quoting) is
    sniffed from the file's start and checked against the header naming the field."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    sample = text.read(SNIFF_CHARS)
    dialect = sniff_dialect(sample, reading.field or "")
    rows = csv.reader(_chained(sample, text), dialect)
    _allow_fields_up_to(reading.max_bytes)
    try:
        header = next(rows, None)
    except csv.Error as exc:
        raise InputError(f"not a CSV file with a header row ({exc})") from None
    if header is None:
        return
    if reading.field not in header:
        shown = ", ".join(h for h in header[:12])
        raise InputError(f"no column {reading.field!r} in the header row (columns: {shown})")
    number = 0
    while True:
        try:
            cells = next(rows, None)
        except csv.Error as exc:
            yield Record(f"{name}:{number + 1}", str(number + 1),
                         error=f"row {number + 1} cannot be read as CSV ({exc}); the rest of the file is not read")
            return
        if cells is None:
            return
        if not cells:
            continue  # a blank line
        number += 1
        yield row_record(dict(zip(header, cells, strict=False)), name, number, reading)


def sniff_dialect(sample: str, field: str) -> type[csv.Dialect] | csv.Dialect:
    """The dialect whose reading of the header row names ``field``: the one delimiter of
    comma, semicolon, tab and bar that does, else the sniffer's guess if it does, else the
    first delimiter that does, else comma. (The sniffer, a set of regular expressions over
    the whole sample, is asked only when the header cannot tell: it costs milliseconds.)"""
    naming = [d for d in CSV_DELIMITERS if _header_names(sample, _with_delimiter(d), field)]
    if len(naming) == 1:
        return _with_delimiter(naming[0])
    with contextlib.suppress(csv.Error):
        sniffed = csv.Sniffer().sniff(sample, CSV_DELIMITERS)
        if _header_names(sample, sniffed, field):
            return sniffed
    return _with_delimiter(naming[0]) if naming else csv.excel


def _header_names(sample: str, dialect: type[csv.Dialect] | csv.Dialect, field: str) -> bool:
    with contextlib.suppress(csv.Error, StopIteration):
        return field in next(csv.reader(io.StringIO(sample), dialect))
    return False


def _with_delimiter(delimiter: str) -> type[csv.Dialect]:
    return type("sniffed", (csv.excel,), {"delimiter": delimiter})


def _chained(sample: str, rest: io.TextIOBase) -> Iterator[str]:
    """The lines of a text file whose first ``len(sample)`` characters were read already."""
    lines = io.StringIO(sample, newline="")
    pending = ""
    for line in lines:
        if line.endswith(("\n", "\r")):
            yield pending + line
            pending = ""
        else:
            pending += line  # the sample ended mid-line
    for line in rest:
        yield pending + line
        pending = ""
    if pending:
        yield pending


def _allow_fields_up_to(max_bytes: int | None) -> None:
    """The CSV reader's limit on one field (128 KB by default; process-wide): the size
    limit of an article, which a field in characters cannot pass without its bytes doing so."""
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes if max_bytes is not None else sys.maxsize))


# --- Parquet -------------------------------------------------------------------------

def parquet_records(path: str, reading: Reading) -> Iterator[Record]:
    """The rows of a Parquet file, a batch of rows at a time."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(PARQUET_MISSING) from None
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow's errors for a damaged file are its own
        raise InputError(f"not a readable Parquet file ({type(exc).__name__}: {exc})") from None
    columns = list(dict.fromkeys(c for c in (reading.field, reading.id_field, *reading.keep) if c))
    present = set(parquet.schema_arrow.names)
    if reading.field not in present:
        raise InputError(f"no column {reading.field!r} (columns: {', '.join(sorted(present)[:12])})")
    number = 0
    with contextlib.closing(parquet):
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=[c for c in columns if c in present]):
            for row in batch.to_pylist():
                number += 1
                yield row_record(row, str(path), number, reading)


def parquet_row_group_records(path: str, group: int, reading: Reading) -> Iterator[Record]:
    """The rows of one row group of a Parquet file (a Dask partition), numbered in the file."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(PARQUET_MISSING) from None
    parquet = pq.ParquetFile(path)
    with contextlib.closing(parquet):
        present = set(parquet.schema_arrow.names)
        if reading.field not in present:
            yield Record(str(path), str(path), error=f"no column {reading.field!r}")
            return
        columns = [c for c in dict.fromkeys((reading.field, reading.id_field, *reading.keep)) if c and c in present]
        first = sum(parquet.metadata.row_group(g).num_rows for g in range(group))
        for number, row in enumerate(parquet.read_row_group(group, columns=columns).to_pylist(), first + 1):
            yield row_record(row, str(path), number, reading)


__all__ = ["article_data", "csv_records", "json_lines_records", "json_value", "parquet_records",
           "parquet_row_group_records", "row_record", "sniff_dialect", "text_rows"]
