"""What every reader of archives and datasets shares: the :class:`Record` each gives
per article, the :class:`Reading` options, telling the kinds apart by their first
bytes, and opening a file through its compression. Nothing heavy is imported here."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass

from ..model import Origin
from ..read import DEFAULT_MAX_BYTES, compression_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from contextlib import ExitStack
    from typing import BinaryIO

# The kinds of input that hold many articles.
WARC, ARC, CSV, JSON_LINES, PARQUET = "warc", "arc", "csv", "jsonl", "parquet"
ARCHIVES = (WARC, ARC)
DATASETS = (CSV, JSON_LINES, PARQUET)
HEAD_BYTES = 512  # how much of a file (decompressed) tells its kind
PARQUET_MAGIC = b"PAR1"


@dataclass(frozen=True, slots=True)
class Record:
    """One article of an archive or a dataset, or the reason it could not be read."""

    source: str                      # what the output's "source" says: a URL, or FILE:N
    key: str                         # what its output file is named after: the record's or row's id
    data: bytes | str | None = None  # the article (bytes to decode, or text a dataset held as text)
    charset: str | None = None       # the encoding the container declared (HTTP Content-Type)
    origin: Origin | None = None     # the record's own keys for the output
    error: str | None = None         # the record could not be read: why (one line)


@dataclass(frozen=True, slots=True)
class Reading:
    """How to read a dataset's rows: the article's field (``--field``), the id's
    (``--id-field``), and the columns passed through (``--keep-fields``)."""

    field: str | None = None
    id_field: str | None = None
    keep: tuple[str, ...] = ()
    max_bytes: int | None = DEFAULT_MAX_BYTES

    @property
    def rows(self) -> bool:
        return self.field is not None

    @classmethod
    def from_options(cls, field: str | None, id_field: str | None, keep_fields: str | None,
                     max_bytes: int | None = DEFAULT_MAX_BYTES) -> Reading:
        """The reading the command line's ``--field``, ``--id-field`` and ``--keep-fields
        a,b`` ask for; ValueError when they do not go together."""
        keep = tuple(k.strip() for k in (keep_fields or "").split(",") if k.strip())
        if field is None and (id_field is not None or keep):
            raise ValueError("--id-field and --keep-fields need --field (the column holding the article)")
        if field is not None and not field.strip():
            raise ValueError("--field needs a column name")
        return cls(field, id_field, keep, max_bytes)


def head_of(path: str | os.PathLike[str], size: int = HEAD_BYTES) -> bytes:
    """The first ``size`` bytes of a file, decompressed if it is compressed; b"" for
    anything that is not a readable regular file (reading it reports why)."""
    return _decompressed_head(_raw_head(path), size)


def _decompressed_head(raw: bytes, size: int) -> bytes:
    kind = compression_of(raw)
    if kind is None:
        return raw[:size]
    try:
        if kind == "gzip":
            import zlib

            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, size)
        if kind == "bzip2":
            import bz2

            return bz2.BZ2Decompressor().decompress(raw, size)
        if kind == "xz":
            import lzma

            return lzma.LZMADecompressor().decompress(raw, size)
    except Exception:  # a damaged head: reading the file says what is wrong
        return b""
    return b""  # zstd: a zstd-compressed WARC is named on the command line like any archive


def archive_kind(head: bytes) -> str | None:
    """WARC or ARC when a (decompressed) head of a file starts like one, else None."""
    start = head.lstrip(b"\r\n")
    if start.startswith(b"WARC/"):
        return WARC
    if start.startswith(b"filedesc://"):
        return ARC
    return None


def dataset_kind(head: bytes) -> str:
    """Parquet, JSON Lines or CSV, by the first bytes of a dataset file."""
    if head.startswith(PARQUET_MAGIC):
        return PARQUET
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return JSON_LINES if start.startswith(b"{") else CSV


def kind_of(path: str | os.PathLike[str], reading: Reading | None = None) -> str | None:
    """The kind of a file that holds many articles (an archive always; a dataset when
    ``reading`` names a field), or None for a file that is one article."""
    if reading is not None and reading.rows:
        with_raw = _raw_head(path)
        if with_raw.startswith(PARQUET_MAGIC):
            return PARQUET
        head = _decompressed_head(with_raw, HEAD_BYTES)
        return archive_kind(head) or dataset_kind(head)
    return archive_kind(head_of(path))


def _raw_head(path: str | os.PathLike[str]) -> bytes:
    """The first 4 KB of a regular file; b"" for anything else. Opened without blocking
    and checked on the open descriptor, so a FIFO or a device never makes this wait."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return b""
    try:
        return os.read(fd, 4096) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
    except OSError:
        return b""
    finally:
        os.close(fd)


def is_archive(path: str | os.PathLike[str]) -> bool:
    """True for a WARC or ARC file (compressed or not), by its content."""
    return archive_kind(head_of(path)) is not None


def open_stream(path: str, stack: ExitStack) -> BinaryIO:
    """A binary stream of a file, decompressed if it is compressed (by content); the
    file and its decompressor are closed with ``stack``."""
    from ..read import open_decompressed

    raw = stack.enter_context(open(path, "rb"))  # noqa: SIM115  (closed with the stack)
    kind = compression_of(raw.peek(8)[:8])
    return stack.enter_context(open_decompressed(raw, kind)) if kind else raw
