"""Web archives: every HTML page a WARC (or ARC) file holds as a response record with
status 200 is one article, read as the file streams past.

WARC files are read with FastWARC (``pip install 'newsclean[warc]'``): per-record
gzip, a whole-file gzip or no compression, decided by content. ARC files, the format
before WARC, are read with warcio (``pip install 'newsclean[arc]'``). Neither is
imported unless an archive is read.

A record cut short (a truncated download) or a corrupt one (a damaged gzip member, a
mangled header) is a record with an error; reading goes on at the next record the file
holds (the next gzip member, or the next ``WARC/1.x`` line), so one bad record costs
only itself.
"""
from __future__ import annotations

import contextlib
import io
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import Origin
from .common import ARC, Record

WARC_MISSING = "a WARC file: reading it needs FastWARC (pip install 'newsclean[warc]')"
ARC_MISSING = "an ARC file: reading it needs warcio (pip install 'newsclean[arc]')"
HTML_TYPES = ("text/html", "application/xhtml+xml")
NOT_A_PAGE = "archive responses that are not HTML pages with status 200"
# Where a record may start, to go on after a corrupt one: a gzip member, a WARC header line.
GZIP_MEMBER = b"\x1f\x8b\x08"
WARC_LINE = b"\nWARC/1."
SCAN_CHUNK = 1 << 20


def archive_records(path: str, kind: str, max_bytes: int | None,
                    skipped: Counter[str] | None = None) -> Iterator[Record]:
    """The articles of a WARC or ARC file, in file order."""
    if kind == ARC:
        yield from arc_records(path, max_bytes, skipped)
    else:
        yield from warc_records(path, max_bytes, skipped)


# --- WARC ----------------------------------------------------------------------------

def _fastwarc() -> Any:
    try:
        from fastwarc import warc
    except ImportError:
        raise InputError(WARC_MISSING) from None
    return warc


def warc_records(path: str, max_bytes: int | None, skipped: Counter[str] | None = None) -> Iterator[Record]:
    """The articles of a WARC file; a corrupt record is an error record, and reading
    goes on from the next record start after it."""
    warc = _fastwarc()
    name = str(path)
    with open(path, "rb") as fh:
        marker = GZIP_MEMBER if fh.read(2) == b"\x1f\x8b" else WARC_LINE
        start: int | None = 0
        last_good = -1
        while start is not None:
            fh.seek(start)
            try:
                for record in warc.ArchiveIterator(fh, parse_http=True, fsspec_args=False):
                    offset = start + record.stream_pos
                    found = None
                    if record.record_type == warc.WarcRecordType.response:  # not requests, metadata, revisits
                        found = _warc_article(record, name, offset, max_bytes, skipped)
                    last_good = offset  # read whole: a failure from here on is in a later record
                    if found is not None:
                        yield found
            except (OSError, ValueError) as exc:
                damage: str | None = f"corrupt WARC record ({exc})"
            else:
                damage = None
            # Where the record after the last one read starts: the damaged one, or one
            # the library passed over in silence (cut off inside its header).
            bad = _next_start(fh, last_good + 1, marker)
            if bad is None and damage is None:
                return  # the file ended where its last record did: all read
            at = bad if bad is not None else last_good + 1
            what = damage or "truncated WARC record (the file ends inside it)"
            yield Record(f"{name}@{at}", f"offset-{at}", error=f"{what} at byte {at}")
            start = None if bad is None else _next_start(fh, bad + 1, marker)
            last_good = -1 if start is None else start - 1


def _warc_article(record: Any, name: str, offset: int, max_bytes: int | None,
                  skipped: Counter[str] | None) -> Record | None:
    """The article of one WARC response record, an error record, or None for a
    response that is not an HTML page."""
    http = record.http_headers
    block_type = (record.headers.get("Content-Type") or "").lower()
    if block_type and not block_type.startswith("application/http"):
        return None  # a DNS lookup or another response that is not HTTP
    if http is None or http.status_code is None:  # an HTTP response without its status line: cut or damaged
        at = f"{name}@{offset}"
        return Record(record.headers.get("WARC-Target-URI") or at, f"offset-{offset}",
                      error="truncated or damaged WARC record (no HTTP response in it)")
    if http is None or http.status_code != 200 or not _is_html(http.get("Content-Type")):
        if skipped is not None:
            skipped[NOT_A_PAGE] += 1
        return None
    uri = record.headers.get("WARC-Target-URI") or f"{name}@{offset}"
    record_id = record.headers.get("WARC-Record-ID") or f"offset-{offset}"
    origin = Origin(warc_record_id=record_id, warc_date=record.headers.get("WARC-Date"))
    payload = record.reader.read(-1 if max_bytes is None else max_bytes + 1)
    if max_bytes is not None and len(payload) > max_bytes:
        return Record(uri, record_id, origin=origin, error=f"page over the limit of {max_bytes} bytes"
                      " (see --max-bytes)")
    if len(payload) < record.content_length:
        return Record(uri, record_id, origin=origin,
                      error=f"truncated WARC record ({len(payload)} of {record.content_length} bytes)")
    try:
        body = http_decoded(payload, http.get("Transfer-Encoding"), http.get("Content-Encoding"), max_bytes)
    except InputError as exc:
        return Record(uri, record_id, origin=origin, error=str(exc))
    return Record(uri, record_id, data=body, charset=record.http_charset or None, origin=origin)


def _is_html(content_type: str | None) -> bool:
    return content_type is not None and content_type.split(";", 1)[0].strip().lower() in HTML_TYPES


def _next_start(fh: BinaryIO, after: int, marker: bytes) -> int | None:
    """The offset of the first record start at or after ``after`` (a gzip member, or a
    WARC header line, that reads as the start of a WARC record), or None."""
    candidate = _next_marker(fh, after, marker)
    while candidate is not None and not _starts_a_record(fh, candidate, marker):
        candidate = _next_marker(fh, candidate + 1, marker)
    return candidate


def _next_marker(fh: BinaryIO, after: int, marker: bytes) -> int | None:
    fh.seek(max(after - 1, 0) if marker == WARC_LINE else after)
    offset = fh.tell()
    tail = b""
    while True:
        chunk = fh.read(SCAN_CHUNK)
        if not chunk:
            return None
        window = tail + chunk
        found = window.find(marker)
        if found >= 0:
            position = offset - len(tail) + found
            return position + 1 if marker == WARC_LINE else position
        tail = window[-(len(marker) - 1):]
        offset += len(chunk)


def _starts_a_record(fh: BinaryIO, offset: int, marker: bytes) -> bool:
    """Whether a record starts at ``offset``: a WARC header line, or a well-formed gzip
    member header (known flags, a known system byte), which a damaged member still has
    and three bytes of compressed data that happen to match the magic seldom do."""
    fh.seek(offset)
    head = fh.read(10)
    if marker == GZIP_MEMBER:
        return len(head) == 10 and head[3] & 0xE0 == 0 and (head[9] <= 13 or head[9] == 255)
    return head.startswith(b"WARC/1.")


# --- HTTP payloads ---------------------------------------------------------------------

def http_decoded(payload: bytes, transfer: str | None, encoding: str | None, max_bytes: int | None) -> bytes:
    """A response body as the server meant it: chunks joined, and a deflate or Brotli
    content encoding undone (gzip is undone later, by its magic number, like any gzip)."""
    if transfer and "chunked" in transfer.lower():
        payload = dechunked(payload)
    coding = (encoding or "").strip().lower()
    if coding == "deflate":
        payload = _inflated(payload, max_bytes)
    elif coding == "br":
        payload = _unbrotlied(payload, max_bytes)
    return payload


def dechunked(payload: bytes) -> bytes:
    """The body of a chunked transfer encoding; data that is not chunked after all is kept."""
    out: list[bytes] = []
    at = 0
    while at < len(payload):
        line_end = payload.find(b"\r\n", at)
        size_text = payload[at:line_end].split(b";", 1)[0].strip() if line_end >= 0 else b""
        try:
            size = int(size_text, 16)
        except ValueError:
            return payload if not out else b"".join(out)
        if size == 0:
            break
        out.append(payload[line_end + 2:line_end + 2 + size])
        at = line_end + 2 + size + 2
    return b"".join(out)


def _inflated(payload: bytes, max_bytes: int | None) -> bytes:
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):  # zlib-wrapped, or raw as some servers send
        try:
            inflater = zlib.decompressobj(wbits)
            out = inflater.decompress(payload, (max_bytes or 0) + 1 if max_bytes else 0)
        except zlib.error:
            continue
        _check_size(out, max_bytes)
        return out
    raise InputError("corrupt deflate content encoding")


def _unbrotlied(payload: bytes, max_bytes: int | None) -> bytes:
    try:
        import brotli  # FastWARC's own dependency
    except ImportError:
        raise InputError("Brotli-encoded page: reading it needs the brotli package") from None
    decompressor = brotli.Decompressor()
    try:
        out = decompressor.process(payload, output_buffer_limit=(max_bytes + 1) if max_bytes else 0)
    except (brotli.error, TypeError):
        try:
            out = brotli.decompress(payload)
        except brotli.error as exc:
            raise InputError(f"corrupt Brotli content encoding ({exc})") from None
    _check_size(out, max_bytes)
    return out


def _check_size(data: bytes, max_bytes: int | None) -> None:
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"page decompressing to over the limit of {max_bytes} bytes (see --max-bytes)")


# --- ARC -----------------------------------------------------------------------------

def _warcio() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError(ARC_MISSING) from None
    return ArchiveIterator


def arc_records(path: str, max_bytes: int | None, skipped: Counter[str] | None = None) -> Iterator[Record]:
    """The articles of an ARC file (warcio reads it as WARC records). warcio reports
    some damage on stderr by itself: that is kept off the command's stderr, and the
    damage shows as errors of the records it hits."""
    archive_iterator = _warcio()
    name = str(path)
    with open(path, "rb") as fh:
        iterator = archive_iterator(fh, arc2warc=True)
        records = iter(iterator)
        while True:
            try:
                with contextlib.redirect_stderr(io.StringIO()):
                    record = next(records)
                    found = _arc_article(record, name, iterator.offset, max_bytes, skipped)
            except StopIteration:
                return
            except Exception as exc:  # warcio's own errors for damaged data are of many types
                yield Record(f"{name}@{iterator.offset}", f"offset-{iterator.offset}",
                             error=f"corrupt ARC record at byte {iterator.offset} ({type(exc).__name__}: {exc})")
                return
            if found is not None:
                yield found


def _arc_article(record: Any, name: str, offset: int, max_bytes: int | None,
                 skipped: Counter[str] | None) -> Record | None:
    if record.rec_type != "response":
        return None
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    if status != "200" or not _is_html(http.get_header("Content-Type")):
        if skipped is not None:
            skipped[NOT_A_PAGE] += 1
        return None
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") or f"{name}@{offset}"
    record_id = headers.get_header("WARC-Record-ID") or f"offset-{offset}"
    origin = Origin(warc_record_id=headers.get_header("WARC-Record-ID"), warc_date=headers.get_header("WARC-Date"))
    stream = record.content_stream()
    payload = stream.read(-1 if max_bytes is None else max_bytes + 1)
    if max_bytes is not None and len(payload) > max_bytes:
        return Record(uri, record_id, origin=origin, error=f"page over the limit of {max_bytes} bytes"
                      " (see --max-bytes)")
    _drain(record.raw_stream.read)
    if getattr(record.raw_stream, "limit", 0) > 0:
        return Record(uri, record_id, origin=origin, error="truncated ARC record")
    return Record(uri, record_id, data=payload, charset=_charset(http.get_header("Content-Type")), origin=origin)


def _drain(read: Callable[[int], bytes]) -> None:
    while read(SCAN_CHUNK):
        pass


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


__all__ = ["HTML_TYPES", "NOT_A_PAGE", "arc_records", "archive_records", "dechunked", "http_decoded", "warc_records"]
