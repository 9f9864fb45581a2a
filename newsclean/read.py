"""Reading stage: bytes from a path or stdin, decoded to text with the right encoding."""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat

from . import patterns
from .errors import InputError, error_message

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which a one-file run need not load
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any, BinaryIO

# Real articles are well under 1 MB and saved pages a few MB; cleaning costs about
# 1.3 s per MB, so the default keeps one file under roughly 15 s (--max-bytes changes it).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Read in the page's first bytes decoded as Latin-1 (one character per byte): a text
# pattern is kept in the compiled-pattern cache, a bytes one would be compiled afresh at
# every start. ASCII-only \s and case, as a bytes pattern has them.
_DECLARED = patterns.compile(
    r"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.-]{2,40})""",
    re.I | re.A,
)
# Magic numbers of files that are certainly not articles (compressed data is read
# through :func:`decompress` first, so its magic numbers are not here).
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04",
    b"\x7fELF", b"MZ", b"\x00\x00\x01\x00", b"RIFF", b"OggS", b"fLaC", b"ID3", b"7z\xbc\xaf", b"Rar!",
    b"\xca\xfe\xba\xbe", b"SQLite format 3",
)
# Control bytes that plain text does not hold (tab, newlines, form feed and escape it may).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def read_bytes(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing anything that is not a readable regular file;
    compressed data comes back decompressed (:func:`decompress`), within the same limit.

    The file is opened without blocking and checked on the open descriptor, so a FIFO,
    a device or a file swapped for one after it was listed never makes the read hang."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(f"{name}: {_open_problem(path, exc)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name}: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{name}: not a regular file")
        if max_bytes is not None and info.st_size > max_bytes:
            raise InputError(f"{name}: {info.st_size} bytes is over the limit of {max_bytes} (see --max-bytes)")
        data = _read_all(fd, max_bytes)
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"{name}: over the limit of {max_bytes} bytes (see --max-bytes)")
    return decompress(data, max_bytes, name)


# --- compressed data: known by its first bytes, never by the file's name --------------

# (name, magic number); a .tar.gz decompresses to a tar archive, which is then binary.
COMPRESSIONS = (
    ("gzip", b"\x1f\x8b"),
    ("bzip2", b"BZh"),
    ("xz", b"\xfd7zXZ\x00"),
    ("zstd", b"\x28\xb5\x2f\xfd"),
)
# Decompressed in pieces of this size, so a decompression bomb is stopped one piece past
# the limit instead of filling memory.
DECOMPRESS_CHUNK = 1 << 20
ZSTD_MISSING = "zstd-compressed: reading it needs the zstandard package (pip install 'newsclean[zstd]')"


def compression_of(head: bytes) -> str | None:
    """The compression whose magic number ``head`` starts with, or None."""
    for name, magic in COMPRESSIONS:
        if head.startswith(magic):
            return name
    return None


def decompress(data: bytes, max_bytes: int | None = DEFAULT_MAX_BYTES, name: str = "input") -> bytes:
    """``data`` decompressed if it is gzip, bzip2, xz or zstd data (by its magic number),
    else ``data`` itself. More than ``max_bytes`` decompressed (a decompression bomb) or
    corrupt or truncated data is an :class:`InputError`; decompression stops one piece
    past the limit, so neither time nor memory grow with what the data claims to hold."""
    kind = compression_of(data)
    if kind is None:
        return data
    pieces: list[bytes] = []
    total = 0
    try:
        for piece in _decompressed_pieces(kind, data):
            pieces.append(piece)
            total += len(piece)
            if max_bytes is not None and total > max_bytes:
                raise InputError(f"{name}: {kind} data decompressing to over the limit of {max_bytes} bytes"
                                 " (see --max-bytes)")
    except InputError as exc:
        raise InputError(error_message(name, exc)) from None
    except Exception as exc:  # each library has its own error types for bad data
        raise InputError(f"{name}: corrupt {kind} data ({type(exc).__name__}: {exc})") from None
    out = b"".join(pieces)
    if compression_of(out) is not None:
        raise InputError(f"{name}: compressed twice ({kind}, then {compression_of(out)}); not an article")
    return out


def _decompressed_pieces(kind: str, data: bytes) -> Iterator[bytes]:
    if kind == "gzip":
        return _gzip_pieces(data)
    if kind == "bzip2":
        import bz2

        return _stream_pieces(bz2.BZ2Decompressor, data, b"BZh", kind)
    if kind == "xz":
        import lzma

        return _stream_pieces(lzma.LZMADecompressor, data, b"\xfd7zXZ\x00", kind)
    return _zstd_pieces(data)


def _gzip_pieces(data: bytes) -> Iterator[bytes]:
    """Every member of a gzip file (``cat a.gz b.gz`` is one gzip file), piece by piece."""
    import zlib

    rest = data
    while rest.startswith(b"\x1f\x8b"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = rest
        while not inflater.eof:
            piece = inflater.decompress(pending, DECOMPRESS_CHUNK)
            if piece:
                yield piece
            elif len(inflater.unconsumed_tail) == len(pending):
                raise InputError("truncated gzip data")  # no input left, no output, no end
            pending = inflater.unconsumed_tail
        rest = inflater.unused_data


def _stream_pieces(new: Callable[[], Any], data: bytes, magic: bytes, kind: str) -> Iterator[bytes]:
    """Every stream of bzip2 or xz data (the standard library's decompressor API)."""
    rest = data
    while rest.startswith(magic):
        decompressor = new()
        pending = rest
        while not decompressor.eof:
            piece = decompressor.decompress(pending, DECOMPRESS_CHUNK)
            pending = b""
            if piece:
                yield piece
            elif decompressor.needs_input:
                raise InputError(f"truncated {kind} data")
        rest = decompressor.unused_data


# zstandard's one-shot decompressor has no output limit: it is fed this much input at a
# time (a zstd block of one repeated byte turns 4 bytes into 128 KB, so some 32 MB at most).
ZSTD_INPUT_STEP = 1024


def _zstd_pieces(data: bytes) -> Iterator[bytes]:
    """Every frame of zstd data, with Python's own module (3.14+) or zstandard's."""
    try:
        from compression.zstd import ZstdDecompressor  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        yield from _stream_pieces(ZstdDecompressor, data, b"\x28\xb5\x2f\xfd", "zstd")
        return
    zstandard = _zstandard()
    rest = data
    while rest.startswith(b"\x28\xb5\x2f\xfd"):
        decompressor = zstandard.ZstdDecompressor().decompressobj()
        for at in range(0, len(rest), ZSTD_INPUT_STEP):
            piece = decompressor.decompress(rest[at:at + ZSTD_INPUT_STEP])
            if piece:
                yield piece
            if decompressor.eof:
                break
        if not decompressor.eof:
            raise InputError("truncated zstd data")
        rest = decompressor.unused_data + rest[at + ZSTD_INPUT_STEP:]


def _zstandard() -> Any:
    try:
        import zstandard  # not light enough to be a dependency: the 'zstd' extra
    except ImportError:
        raise InputError(ZSTD_MISSING) from None
    return zstandard


def open_decompressed(raw: BinaryIO, kind: str) -> BinaryIO:
    """A binary stream of ``raw`` decompressed (``kind`` as :func:`compression_of` names
    it), for readers that go through a large file record by record."""
    if kind == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "bzip2":
        import bz2

        return bz2.BZ2File(raw)  # type: ignore[return-value]
    if kind == "xz":
        import lzma

        return lzma.LZMAFile(raw)  # type: ignore[return-value]
    return _zstandard().ZstdDecompressor().stream_reader(raw, read_across_frames=True)  # type: ignore[return-value]


def _read_all(fd: int, max_bytes: int | None) -> bytes:
    """Up to ``max_bytes + 1`` bytes: one more than allowed is enough to know it is too big."""
    limit = None if max_bytes is None else max_bytes + 1
    chunks: list[bytes] = []
    total = 0
    while limit is None or total < limit:
        chunk = os.read(fd, 1 << 20 if limit is None else min(1 << 20, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _open_problem(path: str | os.PathLike[str], exc: OSError) -> str:
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return "broken symbolic link (its target does not exist)"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return (exc.strerror or str(exc)).lower()


def looks_binary(data: bytes) -> bool:
    """True for images, archives, executables and other non-text bytes."""
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        return True
    if _bom_encoding(head) is not None or _looks_utf16(head):
        return False
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C
    return control > max(8, len(head) // 20)


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _looks_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII text is a zero."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


# How far into a page its charset declaration is looked for (pages put long scripts and
# styles before it, so further than the 1024 bytes the HTML standard's prescan reads).
DECLARATION_SCAN = 32_768
# Declared names that the WHATWG encoding standard reads as another encoding.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252", "latin-1": "cp1252", "iso8859-9": "cp1254",
                   "iso8859-11": "cp874", "utf-16-le": "utf-8", "utf-16-be": "utf-8", "utf-16": "utf-8",
                   "utf-32": "utf-8", "gb2312": "gbk"}
# Declared names no browser honours (UTF-7 can smuggle markup past filters).
_REFUSED_DECLARATIONS = frozenset({"utf-7", "utf_7"})
# Single-byte Latin encodings that detection confuses with one another on short texts.
LATIN_SINGLE_BYTE = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "iso8859-1", "iso8859-2", "iso8859-3",
                               "iso8859-4", "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
                               "iso8859-16", "latin-1", "latin_1", "mac-roman", "mac_roman", "mac-latin2",
                               "cp850", "cp437", "cp1258"})
# Non-ASCII characters that real text in a Latin script is made of: accented letters
# and typographic punctuation. A decoding that yields more of them is the likelier one.
_LATIN_TEXT = patterns.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u2013\u2014\u2018-\u201e\u2026\u20ac"
                         "\u00a0\u00a9\u00ab\u00ae\u00b0\u00bb\u2022\u2122]")
_ASCII_BYTES = bytes(range(128))
# Below this many non-ASCII bytes detection is a guess, and windows-1252 the likelier one.
FEW_NON_ASCII_BYTES = 16


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML/XML document declares (``<meta charset>``, ``http-equiv``,
    ``<?xml encoding?>``) near its start, as Python names it; None if absent or unknown."""
    m = _DECLARED.search(data[:DECLARATION_SCAN].decode("latin-1"))
    return decoder_for_declared(m.group(1) or m.group(2)) if m else None


def decoder_for_declared(label: str) -> str | None:
    """The Python codec to read a page declaring ``label`` with, as browsers read it
    (a page declaring Latin-1 is read as Windows-1252); None if unknown or refused."""
    try:
        name = codecs.lookup(label.lower()).name
    except LookupError:
        return None
    if name in _REFUSED_DECLARATIONS:
        return None
    return _WHATWG_ALIASES.get(name, name)


def decode(data: bytes, transport: str | None = None) -> tuple[str, str]:
    """(text, encoding): a byte-order mark, then UTF-8 when the bytes are valid UTF-8
    (pages that declare Latin-1 but are UTF-8 are common), then the declared charset
    (``transport``, the charset an HTTP header gave, before the page's own), then
    detection. The encoding returned is the one the text was decoded with."""
    bom = _bom_encoding(data) or _looks_utf16(data[:4096])
    if bom:
        return data.decode(bom, errors="replace").lstrip("\ufeff"), bom.replace("-sig", "")
    declared = (decoder_for_declared(transport) if transport else None) or declared_encoding(data)
    if declared in (None, "utf-8") or declared in LATIN_SINGLE_BYTE:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    return _detect(data)


# Up to this size, input that reads as plain Western text in windows-1252 is taken as
# such without asking charset_normalizer, whose first call in a process costs some 30 ms
# (its import and its tables): more than cleaning a few KB of text. Larger inputs pay
# that once for a sure answer.
SMALL_INPUT = 16 * 1024
# In windows-1252: a character that Western text is not made of (outside _LATIN_TEXT) …
_NOT_WESTERN = patterns.compile("[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u2013\u2014\u2018-\u201e"
                                "\u2026\u20ac\u00a0\u00a9\u00ab\u00ae\u00b0\u00bb\u2022\u2122]")
# … or three non-ASCII characters in a row: a word of Cyrillic, Greek, Hebrew or Arabic
# read in windows-1252 is a run of accented letters, and CJK text a run of pairs, where
# Western words mix a few accented letters into ASCII ones.
_NON_ASCII_RUN = patterns.compile("[^\x00-\x7f]{3}")
_ASCII_LETTERS = patterns.compile("[A-Za-z]")
_ACCENTED = patterns.compile("[\u00c0-\u017f]")


def plain_western(data: bytes) -> str | None:
    """``data`` decoded as windows-1252 if it is not UTF-8 and reads as Western text
    there (see ``_NOT_WESTERN``, ``_NON_ASCII_RUN``, and at most one accented letter in
    four); None when detection must decide.

    Where it answers, it answers as :func:`_detect` would: detection naming any Latin
    code page (or any single-byte one, for few non-ASCII bytes) ends in
    ``_prefer_cp1252``, which keeps windows-1252 when it reads as many real letters as
    the detected page, and here every non-ASCII byte is one."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None  # valid UTF-8 read in windows-1252 looks Western (Ã©): not ours to answer
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _NOT_WESTERN.search(text) or _NON_ASCII_RUN.search(text):
        return None
    if len(_ACCENTED.findall(text)) * 4 > len(_ASCII_LETTERS.findall(text)):
        return None
    return text


def _detect(data: bytes) -> tuple[str, str]:
    if len(data) <= SMALL_INPUT:
        western = plain_western(data)
        if western is not None:
            return western, "cp1252"
    return detect_by_statistics(data)


def detect_by_statistics(data: bytes) -> tuple[str, str]:
    """The plain version of :func:`_detect`: charset_normalizer's answer, with windows-1252
    preferred where detection is a guess."""
    from charset_normalizer import from_bytes  # only non-UTF-8 input pays for detection

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None and best.encoding else None
    if encoding is not None:
        try:
            encoding = codecs.lookup(encoding).name
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            encoding = None
        else:
            if encoding in LATIN_SINGLE_BYTE and encoding != "cp1252":
                return _prefer_cp1252(data, text, encoding)
            single_byte = len(text) == len(data) or (encoding.startswith(("utf-16", "utf-32")) and b"\x00" not in data)
            if single_byte and len(data.translate(None, _ASCII_BYTES)) < FEW_NON_ASCII_BYTES:
                return _prefer_cp1252(data, text, encoding)  # any single-byte guess from a few bytes
            return text, encoding
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), "utf-8"


def _prefer_cp1252(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """Detection often names a sister code page (cp1250, Latin-2) for Western text with
    a few smart quotes; keep windows-1252, the web's default, unless the detected page
    reads as more real letters."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return text, encoding
    if len(_LATIN_TEXT.findall(western)) >= len(_LATIN_TEXT.findall(text)):
        return western, "cp1252"
    return text, encoding
