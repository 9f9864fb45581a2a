"""Reading stage: bytes from a path or stdin, decoded to text with the right encoding."""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat

from . import patterns
from .errors import InputError

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
# Magic numbers of files that are certainly not articles.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\xfd7zXZ",
    b"\x7fELF", b"MZ", b"\x00\x00\x01\x00", b"RIFF", b"OggS", b"fLaC", b"ID3", b"7z\xbc\xaf", b"Rar!",
    b"\xca\xfe\xba\xbe", b"SQLite format 3",
)
# Control bytes that plain text does not hold (tab, newlines, form feed and escape it may).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def read_bytes(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing anything that is not a readable regular file.

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
    return data


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


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): a byte-order mark, then UTF-8 when the bytes are valid UTF-8
    (pages that declare Latin-1 but are UTF-8 are common), then the declared charset,
    then detection. The encoding returned is the one the text was decoded with."""
    bom = _bom_encoding(data) or _looks_utf16(data[:4096])
    if bom:
        return data.decode(bom, errors="replace").lstrip("\ufeff"), bom.replace("-sig", "")
    declared = declared_encoding(data)
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


def _detect(data: bytes) -> tuple[str, str]:
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
