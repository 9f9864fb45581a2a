"""Mutation fuzzing of ``newsclean.process``: damaged real inputs, seeded and time-bounded.

    python benchmarks/fuzz.py [--seed 1] [--inputs N] [--seconds S] [--jobs J] [--corpus DIR ...]
                              [--kind NAME ...] [--start I] [--timeout 10] [--out DIR] [--max-ms-per-kb X]
    python benchmarks/fuzz.py --seed 1 --index 4711 [--corpus DIR ...] [--write FILE]   # one input again
    python benchmarks/fuzz.py --replay FILE [--as-text] [--kind NAME]                    # a saved input

Seeds are the project's own inputs (``samples/``, the article files under ``tests/`` and
the articles of ``tests/articles.py``) and every article file under each ``--corpus DIR``
(``.txt``, ``.md``, ``.html``, ``.htm``, each possibly stored as ``.gz``), for example
``--corpus ../shared/corpus --corpus ../shared/bench/zyte/html``. Each seed is sorted into
an input *kind* by its content (see ``KINDS``); a kind with no seed of its own gets
some made from the seeds of another kind (the body of a page is a fragment; text with a
WordPress front-matter block above it is Markdown).

Input number ``i`` of a run is made from ``(seed, i)`` and the seed files alone: its kind
is number ``i mod k`` of the ``k`` kinds that have seeds (every kind gets the same share;
``--kind`` keeps some), then a random generator seeded with ``(seed, i)`` picks a seed of
that kind and stacks one to six mutations on it:

* damage a scrape or a save does: truncation, byte flips, cut-outs, splices from another
  seed file, dropped ``>``, straight quotes swapped for curly ones (and back; UTF-8 or
  Windows-1252), repetition (of a span, or a run of one character), markup tokens
  inserted (tags, comments, entities, charset declarations, front-matter fences, and
  tags of the document's own structure such as ``</html>`` in the middle of the text);
* encoding damage: invalid UTF-8, spans re-encoded in another encoding (or
  double-encoded), byte-order marks, UTF-16 (whole or in part) cut at half a code unit,
  NULs, UTF-8-encoded surrogates; and one input in sixteen is handed over as ``str``
  (decoded with ``surrogateescape``, lone surrogates added).

So a run's results do not depend on ``--jobs``, ``--index I`` makes input ``I`` again, and
``--start`` continues a run where another stopped. Each input is fed to newsclean
(``process(data, source=...)``, then ``to_dict()``) in a worker process (``--jobs`` of
them, forked from the parent once it has loaded newsclean, so POSIX only; SIGINT ignored;
address space capped by ``--memory-mb``) that the parent kills when an input takes longer
than ``--timeout`` seconds; a worker that dies is replaced. Failing inputs and
``report.json`` go to ``--out`` (default: ``newsclean-fuzz-seed<N>`` in the system's
temporary folder).

What it reports (on stdout; also ``OUT/report.json``):

* inputs tried, per kind and in all: fine, refused cleanly (a ``NewscleanError``, which is
  the right answer for damaged input; counted by class and message), internal errors (any
  other exception), timeouts and crashes (the worker died);
* each internal error by signature (exception type, the function that raised it, the
  innermost newsclean function), with the inputs that hit it, every one saved under
  ``OUT/internal/<signature>/`` (the mutant, and a JSON note of its seed file, mutations,
  traceback and the command that makes it again) and the smallest of them minimised by
  delta debugging (ddmin over lines, then over bytes, keeping the same signature) to
  ``minimal.bytes`` (or ``minimal.str``, UTF-8 with surrogates passed through, for inputs
  fed as text); timeouts are saved under ``OUT/timeouts/`` (not minimised: each try could
  take the whole time limit);
* the slowest inputs per KB read (a compressed input counts as the bytes it decompresses
  to, since that is what newsclean reads; an input under 1 KB counts as 1 KB, so the fixed cost of a
  tiny input does not rank it first), each timed again ``--retime`` times in a fresh
  worker (after one untimed run) and ranked by the median (wall-clock time: on a shared machine a first timing
  can be several times too long), and the slowest of each kind;
* a digest of every input's outcome (kind, size, status, exception, function) that is the
  same for a given seed, inputs and seed files whatever ``--jobs`` is.

Exit status: 0 when no internal error, timeout or crash was found (and no input was slower
than ``--max-ms-per-kb`` when given), 1 otherwise, 2 for a usage error.

Adding an input kind (as compressed files, WARC, CSV and JSON Lines are): append a `Kind`
to ``KINDS`` (order matters: a seed file belongs to the first kind that recognises it) with

* ``suffixes``: the file names a seed of the kind may have (``.warc.gz``, ``.csv``);
* ``recognise(name, raw)``: the seed (bytes to mutate) if the file is of this kind, else
  ``None``; a container kind may return its payload (a page out of a WARC record) and
  give ``wrap`` to put each mutated payload back into a container;
* ``feed(data, source)``: hand one mutant (``bytes``, or ``str`` when ``text_feed`` allows
  it) to newsclean through the public API that reads this kind; it returns anything,
  raises ``NewscleanError`` to refuse;
* optionally ``derive(kind, data)``: a seed of this kind made from another kind's seed, so
  the kind is fuzzed even when no seed file of it is at hand (a page gzipped, a text
  quoted into a CSV cell); and ``wrap(rng, payload)`` as above, which may itself damage
  the container with `mutate`.

The short run in the test suite is ``tests/properties/test_fuzz.py``; each internal error
found becomes a reproducer in ``tests/properties/fuzz_regressions/``.
"""
from __future__ import annotations

import argparse
import ast
import contextlib
import gzip
import hashlib
import json
import math
import multiprocessing
import multiprocessing.connection
import random
import re
import signal
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsclean import NewscleanError, process

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "newsclean"
OWN_SEED_ROOTS = (ROOT / "samples", ROOT / "tests")
REGRESSIONS = ROOT / "tests" / "properties" / "fuzz_regressions"  # reproducers are not seeds
KB = 1024
SCAN = 65_536  # how far into a seed its kind is looked for

# --- input kinds ---------------------------------------------------------------------

Feed = Callable[[bytes | str, str], object]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of input newsclean reads: how to recognise a seed file of it, and how to
    hand a mutant of it to newsclean (see the module docstring)."""

    name: str
    suffixes: tuple[str, ...]
    recognise: Callable[[str, bytes], bytes | None]
    feed: Feed
    derive: Callable[[str, bytes], bytes | None] | None = None
    wrap: Callable[[random.Random, bytes], bytes] | None = None
    text_feed: bool = True


def feed_process(data: bytes | str, source: str) -> object:
    """What ``newsclean FILE --json`` does with one input, without the file."""
    return process(data, source=source).to_dict()


TEXT_SUFFIXES = tuple(s + gz for s in (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml") for gz in ("", ".gz"))
_FRONT_MATTER = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n")
_PAGE_MARKER = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_TAG = re.compile(rb"</?[a-z][a-z0-9]*\b[^<>]{0,2000}>", re.I)
_INNER = (re.compile(rb"<article\b[^>]*>(.*)</article\s*>", re.I | re.S),
          re.compile(rb"<body\b[^>]*>(.*)</body\s*>", re.I | re.S))
_FIRST_LINE = re.compile(rb"[^\r\n]*\S[^\r\n]*")


def stored_text(name: str, raw: bytes) -> bytes:
    """A seed file's bytes, out of the gzip it may be stored in (the Zyte pages are)."""
    if name.endswith(".gz") and raw.startswith(b"\x1f\x8b"):
        return gzip.decompress(raw)
    return raw


def _tag_count(data: bytes) -> int:
    return sum(1 for _ in zip(range(3), _TAG.finditer(data, 0, SCAN), strict=False))


def recognise_markdown(name: str, raw: bytes) -> bytes | None:
    data = stored_text(name, raw)
    return data if _FRONT_MATTER.match(data) else None


def recognise_page(name: str, raw: bytes) -> bytes | None:
    data = stored_text(name, raw)
    return data if _PAGE_MARKER.search(data, 0, SCAN) else None


def recognise_fragment(name: str, raw: bytes) -> bytes | None:
    data = stored_text(name, raw)
    return data if _tag_count(data) >= 3 else None


def recognise_text(name: str, raw: bytes) -> bytes | None:
    return stored_text(name, raw)


def fragment_of_page(kind: str, data: bytes) -> bytes | None:
    """The inside of a page's ``<article>`` (else of its ``<body>``): a fragment."""
    if kind != "html-page":
        return None
    for pattern in _INNER:
        m = pattern.search(data)
        if m and _tag_count(m.group(1)) >= 3 and not _PAGE_MARKER.search(m.group(1), 0, SCAN):
            return m.group(1).strip()
    return None


def markdown_of(kind: str, data: bytes) -> bytes | None:
    """Text or a fragment under a front-matter block as a WordPress export writes it."""
    if kind not in ("text", "html-fragment"):
        return None
    first = _FIRST_LINE.search(data)
    title = re.sub(rb"<[^<>]*>", b"", first.group(0)).strip()[:200] if first else b"Untitled"
    return (b"---\nID: 4412\npost_title: >\n  " + title + b"\nauthor: Staff Writer\npost_date: 2024-05-02 08:15:00\n"
            b"layout: post\noriginal_cats:\n  - localNews\n---\n" + data)


# --- inputs of many articles and compressed inputs -------------------------------------
# Their seeds are payloads (a page, a text) taken from the other kinds' seeds; each mutated
# payload is put back into its container by ``wrap``, which damages the container itself
# one time in four (cut short, bytes flipped), and fed through the reader of its kind.

def _payload_of(*kinds: str) -> Callable[[str, bytes], bytes | None]:
    def derive(kind: str, data: bytes) -> bytes | None:
        return data if kind in kinds else None
    return derive


def _never(name: str, raw: bytes) -> None:
    return None


def _damaged(rng: random.Random, data: bytes) -> bytes:
    if not data or rng.random() >= 0.25:
        return data
    if rng.random() < 0.5:
        return data[: rng.randrange(len(data))]
    out = bytearray(data)
    for _ in range(_length(rng, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def wrap_compressed(rng: random.Random, payload: bytes) -> bytes:
    import bz2
    import lzma

    compress = rng.choice((gzip.compress, bz2.compress, lzma.compress))
    return _damaged(rng, compress(payload))


def _warc_record(rng: random.Random, number: int, payload: bytes) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=" + rng.choice((b"utf-8", b"windows-1252", b"x"))
            + b"\r\nContent-Length: " + str(len(payload)).encode() + b"\r\n\r\n" + payload)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://fuzz.example/{number}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>\r\nWARC-Date: 2024-05-02T08:15:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def wrap_warc(rng: random.Random, payload: bytes) -> bytes:
    """The page as the middle of three response records, each gzipped or none."""
    records = [_warc_record(rng, n, payload if n == 1 else b"<html><body><p>Filler page.</p></body></html>")
               for n in range(3)]
    if rng.random() < 0.5:
        records = [gzip.compress(r) for r in records]
    return _damaged(rng, b"".join(records))


def wrap_csv(rng: random.Random, payload: bytes) -> bytes:
    import csv
    import io

    text = payload.decode("utf-8", errors="surrogateescape")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=rng.choice(",;\t"))
    writer.writerows([["id", "content", "lang"], ["a1", text, "en"], ["a2", "Second row, short.", "en"]])
    return _damaged(rng, out.getvalue().encode("utf-8", errors="surrogateescape"))


def wrap_jsonl(rng: random.Random, payload: bytes) -> bytes:
    text = payload.decode("utf-8", errors="surrogateescape")
    lines = [json.dumps({"id": 1, "content": text}, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogateescape"),
             b'{"id": 2, "content": "Second line."}']
    return _damaged(rng, b"\n".join(lines) + b"\n")


RECORD_KINDS = {"warc": ".warc", "csv": ".csv", "jsonl": ".jsonl"}


@contextlib.contextmanager
def container_records(kind: str, data: bytes | str) -> Iterator[Iterator]:
    """The records newsclean reads out of a container, as the command line reads them:
    from a file (a record it cannot read comes with its ``error``)."""
    from newsclean.sources import Reading, records

    reading = Reading(field="content", id_field="id") if kind in ("csv", "jsonl") else Reading()
    with tempfile.NamedTemporaryFile(suffix=RECORD_KINDS[kind]) as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
        fh.flush()
        yield records(fh.name, kind, reading)


def record_payloads(kind: str, data: bytes) -> Iterator[bytes]:
    """The payload of each record of a container that newsclean can read."""
    with container_records(kind, data) as found:
        yield from (record.data or b"" for record in found if record.error is None)


def feed_records(kind: str) -> Feed:
    """Hand a container to newsclean as the command line does: read its records from a
    file, clean each (a record refused cleanly does not stop the others)."""
    def feed(data: bytes | str, source: str) -> object:
        out = []
        with container_records(kind, data) as found:
            for record in found:
                if record.error is None:
                    with contextlib.suppress(NewscleanError):
                        out.append(process(record.data or b"", record.source, charset=record.charset).to_dict())
        return out
    return feed


KINDS: tuple[Kind, ...] = (
    Kind("markdown", TEXT_SUFFIXES, recognise_markdown, feed_process, derive=markdown_of),
    Kind("html-page", TEXT_SUFFIXES, recognise_page, feed_process),
    Kind("html-fragment", TEXT_SUFFIXES, recognise_fragment, feed_process, derive=fragment_of_page),
    Kind("text", TEXT_SUFFIXES, recognise_text, feed_process),
    Kind("compressed", (), _never, feed_process, derive=_payload_of("text", "html-page"), wrap=wrap_compressed,
         text_feed=False),
    Kind("warc", (), _never, feed_records("warc"), derive=_payload_of("html-page"), wrap=wrap_warc,
         text_feed=False),
    Kind("csv", (), _never, feed_records("csv"), derive=_payload_of("text", "html-fragment"), wrap=wrap_csv,
         text_feed=False),
    Kind("jsonl", (), _never, feed_records("jsonl"), derive=_payload_of("text", "html-fragment"),
         wrap=wrap_jsonl, text_feed=False),
)

# --- seeds ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seed:
    name: str
    kind: str
    data: bytes


@dataclass(slots=True)
class Corpus:
    """The seeds of a run, in a fixed order, and the kinds that have any."""

    kinds: tuple[Kind, ...]
    seeds: list[Seed]
    by_kind: dict[str, list[Seed]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for seed in self.seeds:
            self.by_kind.setdefault(seed.kind, []).append(seed)
        self.kinds = tuple(k for k in self.kinds if k.name in self.by_kind)

    def kind(self, name: str) -> Kind:
        return next(k for k in self.kinds if k.name == name)


def _display_name(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _seed_files(root: Path, suffixes: tuple[str, ...]) -> Iterator[tuple[str, bytes]]:
    """(name, raw bytes) of every seed file under ``root``, and of every article string
    (a module-level str constant) of an ``articles.py`` there."""
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    for path in paths:
        if path.is_relative_to(REGRESSIONS):
            continue
        if path.name == "articles.py":
            yield from _article_strings(path)
        elif path.name.lower().endswith(suffixes):
            yield _display_name(path), path.read_bytes()


def _article_strings(path: Path) -> Iterator[tuple[str, bytes]]:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Constant):
            continue
        value = node.value.value
        if isinstance(value, str) and len(value) >= 40:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    yield f"{_display_name(path)}:{target.id}", value.encode("utf-8")


def load_corpus(roots: Iterable[Path], kinds: Sequence[Kind] = KINDS, only: Sequence[str] = ()) -> Corpus:
    """Every seed under ``roots`` sorted into its kind, plus the seeds derived for the
    kinds that derive; duplicates (same kind, same bytes) kept once."""
    suffixes = tuple(sorted({s for k in kinds for s in k.suffixes}))
    seeds: list[Seed] = []
    for root in roots:
        if not root.exists():
            continue
        for name, raw in _seed_files(root, suffixes):
            for kind in kinds:
                data = kind.recognise(name, raw)
                if data is not None:
                    seeds.append(Seed(name, kind.name, data))
                    break
    for kind in kinds:
        if kind.derive is not None:
            for seed in list(seeds):
                data = kind.derive(seed.kind, seed.data)
                if data is not None:
                    seeds.append(Seed(f"{seed.name} as {kind.name}", kind.name, data))
    seen: set[tuple[str, bytes]] = set()
    unique = []
    for seed in seeds:
        key = (seed.kind, hashlib.sha256(seed.data).digest())
        if key not in seen and (not only or seed.kind in only):
            seen.add(key)
            unique.append(seed)
    return Corpus(tuple(kinds), unique)


# --- mutations -----------------------------------------------------------------------

MAX_SPAN = 16 * KB  # longest span cut out, re-encoded or repeated as a span
MAX_SPLICE = 8 * KB
MAX_GROWTH = 128 * KB  # most bytes one repetition adds
MAX_MUTANT = 4 * 1024 * KB
MAX_STEPS = 6
TEXT_FEED_SHARE = 1 / 16

# Tokens a damaged page or export is likely to hold in the wrong place.
MARKUP_TOKENS = tuple(t.encode() for t in (
    "<br>", "<br/>", "</p>", "<p>", "<span>", "</span>", '<a href="/x">', "</a>", "<div>", "</div>", "</html>",
    "<html>", "<body>", "</body>", "<head>", "</head>", "<!doctype html>", "<!--", "-->", "<![CDATA[", "]]>",
    "<script>", "</script>", "<style>", "</style>", "<title>", "</title>", "<table><tr><td>", "</td>", "<li>",
    "<ul>", "<h1>", "</h1>", "<article>", "</article>", "<blockquote>", "<pre>", "<svg>", "<math>", "<template>",
    "<noscript>", "<iframe>", "<textarea>", "<plaintext>", "<xmp>", "<select>", "<img src=x>",
    '<meta charset="utf-16">', '<meta charset="utf-7">', '<meta charset="shift_jis">',
    '<?xml version="1.0" encoding="latin-1"?>', "<?php ?>",
    "&amp;", "&nbsp;", "&#0;", "&#xD800;", "&#99999999;", "&#8220;", "&", "<", ">", '"', "=", ".", "]", ")", " ", "  ",
    "---\n", "\n---\n",
    "title: ", "date: ", "author: >\n  ", "\r", "\r\n", "\n\n", "\t", "\x0c", "\x1b", "[ad_1]", "[caption]",
    "Source link", "Share this:", "By ", " said. ", "“", "”", "\u2028", "\u00a0", "\ufeff", "\u200b",
))
DOCUMENT_TAGS = tuple(t.encode() for t in (
    "</html>", "<html>", "</body>", "<body>", "<head>", "</head>", "<!doctype html>", "<html><body>", "</body></html>",
))
REPEAT_UNITS = tuple(t.encode() for t in (
    " ", "\n", "\t", "<", ">", '"', "'", "-", "*", "&", "=", ".", "a", "A", "<p>", "<br>", "<div>", "</div>", "“",
    "http://", "[ad_1]", "\n\n", ". ", "—", "\u00a0",
))
INVALID_UTF8 = (b"\x80", b"\xbf", b"\xc0\x80", b"\xc3", b"\xe2\x80", b"\xf0\x9f\x98", b"\xf4\x90\x80\x80", b"\xff",
                b"\xfe", b"\xc3(", b"\xa0\xa1", b"\xe0\x80\xaf", b"\xf8\x88\x80\x80\x80")
REENCODINGS = ("cp1252", "latin-1", "cp1251", "mac_roman", "shift_jis", "gb18030", "koi8_r", "utf-16-le", "utf-16-be",
               "utf-32-le", "double-utf-8")
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
CURLY = {b'"': (b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\x93", b"\x94"),  # UTF-8 left, right; Windows-1252 left, right
         b"'": (b"\xe2\x80\x98", b"\xe2\x80\x99", b"\x91", b"\x92")}
_CURLY_QUOTE = re.compile(rb"\xe2\x80[\x98\x99\x9c\x9d]")
_STRAIGHT_QUOTE = re.compile(rb"[\"']")


def _length(rng: random.Random, limit: int) -> int:
    """A length from 1 to ``limit``, as likely 1-2 as 1000-2000 (log-uniform)."""
    if limit <= 1:
        return max(limit, 0)
    return min(limit, int(2 ** rng.uniform(0, math.log2(limit + 1))))


def _span(rng: random.Random, data: bytes, limit: int) -> tuple[int, int]:
    if not data:
        return 0, 0
    length = _length(rng, min(limit, len(data)))
    start = rng.randrange(len(data) - length + 1)
    return start, start + length


def _insert(rng: random.Random, data: bytes, piece: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece + data[at:]


def truncate(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    if not data:
        return data
    cut = rng.randrange(len(data))
    return data[:cut] if rng.random() < 0.75 else data[cut:]


def byte_flip(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(_length(rng, 16)):
        at = rng.randrange(len(out))
        out[at] = out[at] ^ (1 << rng.randrange(8)) if rng.random() < 0.5 else rng.randrange(256)
    return bytes(out)


def cut_out(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    start, end = _span(rng, data, MAX_SPAN)
    return data[:start] + data[end:]


def splice(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    """A piece of another seed file put in (or in place of a span); one time in four
    two files run together: this one's start and the other's end, or the other way."""
    donor = rng.choice(corpus.seeds).data
    roll = rng.random()
    if roll < 0.125:
        return data[: rng.randrange(len(data) + 1)] + donor[-_length(rng, min(len(donor), MAX_SPLICE)):]
    if roll < 0.25:
        return donor[: _length(rng, min(len(donor), MAX_SPLICE))] + data[rng.randrange(len(data) + 1):]
    start, end = _span(rng, donor, MAX_SPLICE)
    if roll < 0.625:
        return _insert(rng, data, donor[start:end])
    at, until = _span(rng, data, MAX_SPAN)
    return data[:at] + donor[start:end] + data[until:]


def drop_gt(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    if rng.random() < 0.2:  # every ">" of a stretch
        start, end = _span(rng, data, MAX_SPAN)
        return data[:start] + data[start:end].replace(b">", b"") + data[end:]
    out = data
    for _ in range(_length(rng, 4)):
        found = [m.start() for m in re.finditer(rb">", out)]
        if not found:
            break
        at = rng.choice(found)
        out = out[:at] + out[at + 1:]
    return out


def curly_quotes(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    """Straight quotes swapped for curly ones (in UTF-8, or in Windows-1252 one time in
    five), in attribute values as much as in text; one time in six the other way."""
    start, end = (0, len(data)) if rng.random() < 0.3 else _span(rng, data, MAX_SPAN)
    share = rng.choice((0.1, 0.5, 1.0))
    if rng.random() < 1 / 6:
        swapped = _CURLY_QUOTE.sub(lambda m: (b"'" if m.group(0)[2] < 0x9c else b'"') if rng.random() < share
                                   else m.group(0), data[start:end])
    else:
        cp1252 = 2 if rng.random() < 0.2 else 0
        swapped = _STRAIGHT_QUOTE.sub(lambda m: CURLY[m.group(0)][cp1252 + rng.randrange(2)] if rng.random() < share
                                      else m.group(0), data[start:end])
    return data[:start] + swapped + data[end:]


def repeat(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    if rng.random() < 0.3 or not data:  # a run of one character or tag
        unit = rng.choice(REPEAT_UNITS)
        start = end = rng.randrange(len(data) + 1)
    else:
        start, end = _span(rng, data, 4 * KB)
        unit = data[start:end]
    count = min(1 + _length(rng, 2000), max(2, MAX_GROWTH // max(1, len(unit))))
    return data[:start] + unit * count + data[end:]


def markup_tokens(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    """Tokens put in one by one, or half the time as one run of tag soup."""
    tokens = [rng.choice(MARKUP_TOKENS) for _ in range(_length(rng, 8))]
    if rng.random() < 0.5:
        return _insert(rng, data, b"".join(tokens))
    for token in tokens:
        data = _insert(rng, data, token)
    return data


def document_tags(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    """Tags of the document's own structure (``</html>``, ``<body>``) in the middle of
    the text, as a scrape cut out of a page or a template pasted into an export has them."""
    for _ in range(_length(rng, 3)):
        data = _insert(rng, data, rng.choice(DOCUMENT_TAGS))
    return data


def invalid_utf8(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    for _ in range(_length(rng, 8)):
        data = _insert(rng, data, rng.choice(INVALID_UTF8))
    return data


def mixed_encoding(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    """A span (or all) re-encoded in another encoding, or encoded twice (mojibake)."""
    start, end = (0, len(data)) if rng.random() < 0.2 else _span(rng, data, 4 * MAX_SPAN)
    text = data[start:end].decode("utf-8", errors="replace")
    encoding = rng.choice(REENCODINGS)
    if encoding == "double-utf-8":
        piece = text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    else:
        piece = text.encode(encoding, errors="replace")
    return data[:start] + piece + data[end:]


def bom(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    mark = rng.choice(BOMS)
    roll = rng.random()
    if roll < 0.6:
        return mark + data
    if roll < 0.8:
        return mark + rng.choice(BOMS) + data
    return _insert(rng, data, mark)


def utf16_halves(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    """UTF-16 (all of it, or a span inside UTF-8) broken at half a code unit: a byte
    dropped, the end cut at an odd length, or a lone surrogate unit put in."""
    encoding = rng.choice(("utf-16-le", "utf-16-be", "utf-16"))
    whole = rng.random() < 0.6
    start, end = (0, len(data)) if whole else _span(rng, data, MAX_SPAN)
    units = data[start:end].decode("utf-8", errors="replace").encode(encoding)
    roll = rng.random()
    if units and roll < 0.4:
        at = rng.randrange(len(units))
        units = units[:at] + units[at + 1:]
    elif units and roll < 0.7:
        units = units[: rng.randrange(len(units) // 2 + 1) * 2 - 1] if len(units) > 1 else units
    else:
        surrogate = rng.randrange(0xD800, 0xE000)
        unit = surrogate.to_bytes(2, "big" if encoding.endswith("be") else "little")
        at = rng.randrange(len(units) // 2 + 1) * 2
        units = units[:at] + unit + units[at:]
    return data[:start] + units + data[end:]


def nuls(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    roll = rng.random()
    if roll < 0.5:
        return _insert(rng, data, b"\x00")
    if roll < 0.8:
        return _insert(rng, data, b"\x00" * _length(rng, 4 * KB))
    start, end = _span(rng, data, MAX_SPAN)  # every other byte of a stretch: UTF-16 lookalike
    return data[:start] + b"".join(data[i:i + 1] + b"\x00" for i in range(start, end)) + data[end:]


def surrogates(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    """Surrogates written as UTF-8 would write them (invalid UTF-8; a pair is CESU-8)."""
    for _ in range(_length(rng, 4)):
        high = chr(rng.randrange(0xD800, 0xDC00))
        low = chr(rng.randrange(0xDC00, 0xE000))
        piece = (high + low) if rng.random() < 0.3 else rng.choice((high, low))
        data = _insert(rng, data, piece.encode("utf-8", errors="surrogatepass"))
    return data


Mutation = Callable[[random.Random, bytes, Corpus], bytes]
MUTATIONS: tuple[tuple[str, Mutation, float], ...] = (
    ("truncate", truncate, 1.0),
    ("byte_flip", byte_flip, 1.0),
    ("cut_out", cut_out, 1.0),
    ("splice", splice, 1.0),
    ("drop_gt", drop_gt, 1.0),
    ("curly_quotes", curly_quotes, 1.0),
    ("repeat", repeat, 1.0),
    ("markup_tokens", markup_tokens, 1.0),
    ("document_tags", document_tags, 0.7),
    ("invalid_utf8", invalid_utf8, 0.7),
    ("mixed_encoding", mixed_encoding, 0.7),
    ("bom", bom, 0.5),
    ("utf16_halves", utf16_halves, 0.5),
    ("nuls", nuls, 0.4),
    ("surrogates", surrogates, 0.5),
)
_MUTATION_FUNCTIONS = [m for _, m, _ in MUTATIONS]
_MUTATION_WEIGHTS = [w for _, _, w in MUTATIONS]
_MUTATION_NAMES = {m: n for n, m, _ in MUTATIONS}


def mutate(rng: random.Random, data: bytes, corpus: Corpus) -> tuple[bytes, list[str]]:
    """One to six mutations stacked on ``data`` (half the time one), and their names."""
    steps = 1
    while steps < MAX_STEPS and rng.random() < 0.5:
        steps += 1
    names = []
    for mutation in rng.choices(_MUTATION_FUNCTIONS, _MUTATION_WEIGHTS, k=steps):
        data = mutation(rng, data, corpus)[:MAX_MUTANT]
        names.append(_MUTATION_NAMES[mutation])
    return data, names


@dataclass(frozen=True, slots=True)
class Mutant:
    """One input of a run. ``data`` is what is fed, or for a text feed the str fed,
    encoded as UTF-8 with its lone surrogates passed through."""

    index: int
    kind: str
    seed_name: str
    steps: tuple[str, ...]
    data: bytes
    as_text: bool = False

    def payload(self) -> bytes | str:
        return self.data.decode("utf-8", errors="surrogatepass") if self.as_text else self.data


def _as_text_with_surrogates(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="surrogateescape")
    for _ in range(rng.randrange(4)):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + chr(rng.randrange(0xD800, 0xE000)) + text[at:]
    return text.encode("utf-8", errors="surrogatepass")


def make_mutant(corpus: Corpus, seed: int, index: int) -> Mutant:
    """Input ``index`` of the run seeded ``seed``: a function of the two and the seeds."""
    rng = random.Random(f"newsclean-fuzz:{seed}:{index}")
    kind = corpus.kinds[index % len(corpus.kinds)]
    origin = rng.choice(corpus.by_kind[kind.name])
    data, steps = mutate(rng, origin.data, corpus)
    if kind.wrap is not None:
        data = kind.wrap(rng, data)
    as_text = kind.text_feed and rng.random() < TEXT_FEED_SHARE
    if as_text:
        data = _as_text_with_surrogates(rng, data)
        steps.append("as_text")
    return Mutant(index, kind.name, origin.name, tuple(steps), data, as_text)


# --- running one input ---------------------------------------------------------------

OK, REFUSED, INTERNAL, TIMEOUT, CRASH = "ok", "refused", "internal", "timeout", "crash"
FAILURES = (INTERNAL, TIMEOUT, CRASH)


@dataclass(slots=True)
class Outcome:
    """What feeding one input did. ``where`` is the function that raised (file:function
    of the innermost frame), ``inner`` the innermost newsclean function on the stack."""

    index: int
    kind: str
    size: int
    status: str
    seconds: float = 0.0
    read_size: int = 0  # the bytes newsclean read: a compressed input's decompressed size, else ``size``
    error: str = ""
    message: str = ""
    where: str = ""
    inner: str = ""
    trace: str = ""

    @property
    def signature(self) -> tuple[str, str, str, str]:
        return self.status, self.error, self.where, self.inner

    @property
    def ms_per_kb(self) -> float:
        return self.seconds * 1000 / (max(self.size, self.read_size, KB) / KB)


def _frame_name(filename: str, function: str) -> str:
    path = Path(filename)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else Path(path.parent.name, path.name)
    return f"{shown.as_posix()}:{function}"


def _raised_where(exc: BaseException) -> tuple[str, str]:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "", ""
    innermost = frames[-1]
    ours = [f for f in frames if Path(f.filename).is_relative_to(PACKAGE_DIR)]
    inner = _frame_name(ours[-1].filename, ours[-1].name) if ours else ""
    return _frame_name(innermost.filename, innermost.name), inner


def run_one(kind: Kind, mutant: Mutant) -> Outcome:
    payload = mutant.payload()
    outcome = Outcome(mutant.index, mutant.kind, len(mutant.data), OK)
    start = time.perf_counter()
    try:
        kind.feed(payload, f"fuzz-{mutant.index}")
    except NewscleanError as exc:
        outcome.status, outcome.error, outcome.message = REFUSED, type(exc).__name__, str(exc)[:300]
    except Exception as exc:  # what the harness is here to find
        outcome.status, outcome.error, outcome.message = INTERNAL, type(exc).__name__, str(exc)[:300]
        outcome.where, outcome.inner = _raised_where(exc)
        outcome.trace = "".join(traceback.format_exception(exc))[-6000:]
    outcome.seconds = time.perf_counter() - start
    outcome.read_size = read_size(mutant.kind, payload)
    return outcome


def read_size(kind: str, payload: bytes | str) -> int:
    """How many bytes newsclean had to read for an input: a compressed input, or an
    archive of gzipped records, costs what it decompresses to (a 1 KB xz file of a
    repeated line can be 130 KB of text), so its time per KB is reckoned on that."""
    if isinstance(payload, str):
        return len(payload)
    if kind == "compressed":
        from newsclean.read import decompress

        with contextlib.suppress(NewscleanError):
            return len(decompress(payload))
    elif kind in RECORD_KINDS:
        with contextlib.suppress(NewscleanError):
            return max(len(payload), sum(len(r) for r in record_payloads(kind, payload)))
    return len(payload)


# --- worker processes ----------------------------------------------------------------


def _serve(conn: multiprocessing.connection.Connection, corpus: Corpus, seed: int, memory_mb: int) -> None:
    """A worker: make and run the inputs the parent names, one at a time."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (and so is its SIGTERM; see _stop_on_sigterm)
    if memory_mb:
        import resource

        limit = memory_mb * 1024 * KB
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if job[0] == "index":
            mutant = make_mutant(corpus, seed, job[1])
        else:
            _, kind, data, as_text = job
            mutant = Mutant(-1, kind, "", (), data, as_text)
        conn.send(asdict(run_one(corpus.kind(mutant.kind), mutant)))


class Worker:
    """A forked worker process and the job it is on, with the time that job must end by."""

    def __init__(self, corpus: Corpus, seed: int, memory_mb: int) -> None:
        self.args = (corpus, seed, memory_mb)
        self.index = -1  # of the input it is on (-1: one given by its bytes)
        self.deadline = math.inf
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, *self.args), daemon=True)
        self.process.start()
        child.close()

    def send(self, job: tuple, timeout: float) -> None:
        self.index = job[1] if job[0] == "index" else -1
        self.deadline = time.monotonic() + timeout
        self.conn.send(job)

    def receive(self) -> dict | None:
        """The outcome of the job; None when the process died on it (it is restarted)."""
        self.deadline = math.inf
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            self.restart()
            return None

    def restart(self) -> None:
        self.deadline = math.inf
        self.process.kill()
        self.process.join()
        self.conn.close()
        self._start()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _failed_outcome(mutant: Mutant, status: str, seconds: float) -> Outcome:
    return Outcome(mutant.index, mutant.kind, len(mutant.data), status, seconds)


def run_single(worker: Worker, corpus: Corpus, mutant: Mutant, timeout: float) -> Outcome:
    """One input given by its bytes, in ``worker``, with the time limit."""
    worker.send(("data", mutant.kind, mutant.data, mutant.as_text), timeout)
    if not worker.conn.poll(timeout):
        worker.restart()
        return _failed_outcome(mutant, TIMEOUT, timeout)
    result = worker.receive()
    if result is None:
        return _failed_outcome(mutant, CRASH, 0.0)
    outcome = Outcome(**result)
    outcome.index = mutant.index
    return outcome


# --- a run ---------------------------------------------------------------------------


@dataclass(slots=True)
class Settings:
    seed: int = 1
    start: int = 0
    inputs: int | None = 10_000
    seconds: float | None = None
    jobs: int = 1
    timeout: float = 10.0
    memory_mb: int = 2048
    progress: bool = False
    corpora: tuple[Path, ...] = ()  # the --corpus folders and --kind names, for the command that runs it again
    only: tuple[str, ...] = ()


@dataclass(slots=True)
class Run:
    settings: Settings
    corpus: Corpus
    outcomes: dict[int, Outcome]
    seconds: float
    interrupted: bool = False

    def tried(self) -> int:
        return len(self.outcomes)

    def failures(self) -> list[Outcome]:
        return [o for _, o in sorted(self.outcomes.items()) if o.status in FAILURES]

    def digest(self) -> str:
        """A hash of every input's outcome (not its timing): the same whatever --jobs."""
        lines = (f"{i} {o.kind} {o.size} {o.status} {o.error} {o.where}\n" for i, o in sorted(self.outcomes.items()))
        return hashlib.sha256("".join(lines).encode()).hexdigest()[:16]


def _indices(settings: Settings) -> Iterator[int]:
    i = settings.start
    while settings.inputs is None or i < settings.start + settings.inputs:
        yield i
        i += 1


def warm_up(corpus: Corpus) -> None:
    """Load what a first input would (imports, patterns, tables) before the workers fork."""
    from newsclean import patterns

    patterns.compile_all()  # as a batch does before it forks its workers
    rng = random.Random(0)
    for kind in corpus.kinds:
        data = corpus.by_kind[kind.name][0].data
        with contextlib.suppress(Exception):  # a seed the library refuses or fails on still warms it up
            kind.feed(kind.wrap(rng, data) if kind.wrap else data, "warm-up")
    # and what only some inputs load: ftfy (about 60 ms to import) for text holding mojibake,
    # the charset detector for bytes that are not UTF-8
    for extra in ("A caf\u00c3\u00a9 on the corner.\n", b"A caf\xe9 on the corner, its \x93menu\x94 in French.\n"):
        with contextlib.suppress(Exception):
            process(extra, "warm-up")


def fuzz(corpus: Corpus, settings: Settings) -> Run:
    """Feed inputs ``start``, ``start + 1``, ... until ``inputs`` are done or ``seconds``
    have passed, each in one of ``jobs`` workers with the time limit."""
    if not corpus.kinds:
        raise ValueError("no seed files")
    warm_up(corpus)
    workers = [Worker(corpus, settings.seed, settings.memory_mb) for _ in range(max(1, settings.jobs))]
    _stop_on_sigterm()
    outcomes: dict[int, Outcome] = {}
    began = time.monotonic()
    stop_at = began + settings.seconds if settings.seconds else math.inf
    pending = _indices(settings)
    interrupted = False
    report_at = began + 10
    try:
        idle, busy = list(workers), {}  # busy: {connection: its worker}
        while True:
            while idle and time.monotonic() < stop_at and (index := next(pending, None)) is not None:
                worker = idle.pop()
                worker.send(("index", index), settings.timeout)
                busy[worker.conn] = worker
            if not busy:
                break
            wait = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
            for conn in multiprocessing.connection.wait(list(busy), timeout=wait):
                worker = busy.pop(conn)  # type: ignore[call-overload]
                index = worker.index
                result = worker.receive()
                outcomes[index] = Outcome(**result) if result else _failed_outcome(
                    make_mutant(corpus, settings.seed, index), CRASH, 0.0)
                _say_failure(outcomes[index], settings.progress)
                idle.append(worker)
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if now >= worker.deadline:
                    index = worker.index
                    del busy[conn]
                    worker.restart()
                    outcomes[index] = _failed_outcome(make_mutant(corpus, settings.seed, index), TIMEOUT,
                                                      settings.timeout)
                    _say_failure(outcomes[index], settings.progress)
                    idle.append(worker)
            if settings.progress and now >= report_at:
                report_at = now + 10
                print(_progress_line(outcomes, now - began), file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        for worker in workers:
            worker.close()
    return Run(settings, corpus, outcomes, time.monotonic() - began, interrupted)


def _say_failure(outcome: Outcome, progress: bool) -> None:
    """A failing input named as soon as it is found, so that a long run's findings can be
    looked at (``--index I``) before it ends."""
    if progress and outcome.status in FAILURES:
        print(f"  input {outcome.index} ({outcome.kind}): {outcome.status} {outcome.error} {outcome.inner}".rstrip(),
              file=sys.stderr, flush=True)


def _stop_on_sigterm() -> None:
    """``kill PID`` ends a run as Ctrl-C does, with its report: a run started in the
    background by a non-interactive shell ignores SIGINT."""
    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)


def _progress_line(outcomes: dict[int, Outcome], seconds: float) -> str:
    counts = Counter(o.status for o in outcomes.values())
    return (f"  {len(outcomes)} inputs in {seconds:.0f} s: {counts[REFUSED]} refused, {counts[INTERNAL]} internal, "
            f"{counts[TIMEOUT]} timeouts, {counts[CRASH]} crashes")


# --- minimising ----------------------------------------------------------------------


def ddmin(pieces: list, fails: Callable[[list], bool], out_of_time: Callable[[], bool]) -> list:
    """Zeller's delta debugging: a 1-minimal sublist of ``pieces`` that still ``fails``
    (no single chunk of the final granularity can be removed), or the smallest found
    when time runs out."""
    n = 2
    while len(pieces) >= 2 and not out_of_time():
        chunk = math.ceil(len(pieces) / n)
        parts = [pieces[i:i + chunk] for i in range(0, len(pieces), chunk)]
        reduced = _first_failing(parts if n > 2 else [], fails)
        if reduced is not None:
            pieces, n = reduced, 2
            continue
        complements = [[p for j, part in enumerate(parts) if j != i for p in part] for i in range(len(parts))]
        reduced = _first_failing(complements, fails)
        if reduced is not None:
            pieces, n = reduced, max(n - 1, 2)
            continue
        if n >= len(pieces):
            break
        n = min(2 * n, len(pieces))
    return pieces


def _first_failing(candidates: list[list], fails: Callable[[list], bool]) -> list | None:
    return next((c for c in candidates if c and fails(c)), None)


def _lines(data: bytes | str) -> list:
    return data.splitlines(keepends=True)


def _units(data: bytes | str) -> list:
    return [data[i:i + 1] for i in range(len(data))]


def minimise(worker: Worker, corpus: Corpus, mutant: Mutant, target: Outcome, timeout: float,
             seconds: float) -> tuple[Mutant, int]:
    """(the smallest input found that fails with ``target``'s signature, tries made):
    ddmin over lines, then over bytes (characters, for a text feed)."""
    give_up = time.monotonic() + seconds
    tries = 0
    known: dict[bytes, bool] = {}

    def fails(pieces: list) -> bool:
        nonlocal tries
        joined = "".join(pieces) if mutant.as_text else b"".join(pieces)
        data = joined.encode("utf-8", errors="surrogatepass") if isinstance(joined, str) else joined
        if data not in known:
            tries += 1
            candidate = Mutant(mutant.index, mutant.kind, mutant.seed_name, mutant.steps, data, mutant.as_text)
            known[data] = run_single(worker, corpus, candidate, timeout).signature == target.signature
        return known[data]

    def out_of_time() -> bool:
        return time.monotonic() > give_up

    current = mutant.payload()
    for split in (_lines, _units):
        pieces = ddmin(split(current), fails, out_of_time)
        current = ("" if mutant.as_text else b"").join(pieces)
    data = current.encode("utf-8", errors="surrogatepass") if isinstance(current, str) else current
    return Mutant(mutant.index, mutant.kind, mutant.seed_name, mutant.steps, data, mutant.as_text), tries


# --- findings ------------------------------------------------------------------------


@dataclass(slots=True)
class Finding:
    """The inputs that failed one way (one signature), and the minimised reproducer."""

    signature: tuple[str, str, str, str]
    indices: list[int]
    example: Outcome
    minimal: bytes | None = None
    minimal_as_text: bool = False
    tries: int = 0
    saved: str = ""

    @property
    def slug(self) -> str:
        status, error, where, _ = self.signature
        name = where.rpartition(":")[2] if where else status
        return re.sub(r"[^a-z0-9_]+", "-", f"{error or status}-{name}".lower()).strip("-")


def group_failures(run: Run) -> list[Finding]:
    groups: dict[tuple[str, str, str, str], list[Outcome]] = {}
    for outcome in run.failures():
        groups.setdefault(outcome.signature, []).append(outcome)
    findings = []
    for signature, outcomes in groups.items():
        smallest = min(outcomes, key=lambda o: (o.size, o.index))
        findings.append(Finding(signature, [o.index for o in outcomes], smallest))
    return sorted(findings, key=lambda f: (-len(f.indices), f.signature))


def reproduce_command(settings: Settings, index: int | None = None) -> str:
    parts = ["python benchmarks/fuzz.py", f"--seed {settings.seed}"]
    if index is not None:
        parts.append(f"--index {index}")
    else:
        if settings.start:
            parts.append(f"--start {settings.start}")
        if settings.inputs is not None:
            parts.append(f"--inputs {settings.inputs}")
        if settings.seconds:
            parts.append(f"--seconds {settings.seconds:g}")
        parts.append(f"--jobs {settings.jobs}")
    parts += [f"--corpus {c}" for c in settings.corpora]
    parts += [f"--kind {k}" for k in settings.only]
    return " ".join(parts)


def _note(mutant: Mutant, outcome: Outcome, command: str) -> dict:
    return {"index": mutant.index, "kind": mutant.kind, "seed_file": mutant.seed_name, "mutations": list(mutant.steps),
            "fed_as": "str" if mutant.as_text else "bytes", "bytes": len(mutant.data), "status": outcome.status,
            "exception": outcome.error, "message": outcome.message, "raised_in": outcome.where,
            "newsclean_function": outcome.inner, "seconds": round(outcome.seconds, 4), "reproduce": command,
            "traceback": outcome.trace}


def _write_input(folder: Path, stem: str, mutant: Mutant, note: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.{'str' if mutant.as_text else 'bytes'}").write_bytes(mutant.data)
    (folder / f"{stem}.json").write_text(json.dumps(note, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


SAVED_PER_SIGNATURE = 20


def save_and_minimise(run: Run, findings: list[Finding], out: Path, minimise_seconds: float) -> None:
    """Every failing input (up to 20 a signature) under ``out``, and the smallest of each
    internal error or crash minimised beside them."""
    if not findings:
        return
    worker = Worker(run.corpus, run.settings.seed, run.settings.memory_mb)
    try:
        for finding in findings:
            folder = out / ("timeouts" if finding.signature[0] == TIMEOUT else "internal") / finding.slug
            finding.saved = str(folder)
            for index in finding.indices[:SAVED_PER_SIGNATURE]:
                mutant = make_mutant(run.corpus, run.settings.seed, index)
                command = reproduce_command(run.settings, index)
                _write_input(folder, str(index), mutant, _note(mutant, run.outcomes[index], command))
            if finding.signature[0] == TIMEOUT or minimise_seconds <= 0:
                continue
            mutant = make_mutant(run.corpus, run.settings.seed, finding.example.index)
            small, finding.tries = minimise(worker, run.corpus, mutant, finding.example, run.settings.timeout,
                                            minimise_seconds)
            finding.minimal, finding.minimal_as_text = small.data, small.as_text
            again = run_single(worker, run.corpus, small, run.settings.timeout)
            _write_input(folder, "minimal", small, _note(small, again, reproduce_command(run.settings, mutant.index)))
    finally:
        worker.close()


# --- slowest inputs ------------------------------------------------------------------


@dataclass(slots=True)
class Slow:
    index: int
    kind: str
    size: int
    read_size: int
    first_ms: float
    median_ms: float
    seed_name: str
    steps: tuple[str, ...]

    @property
    def ms_per_kb(self) -> float:
        return self.median_ms / (max(self.size, self.read_size, KB) / KB)


def slowest(run: Run, count: int, retime: int, per_kind: int = 3) -> list[Slow]:
    """The slowest inputs per KB that ended (fine or refused): the ``2 * count`` slowest
    of all and the ``per_kind`` slowest of each kind at their first timing, each timed
    ``retime`` more times in a fresh worker and ranked by the median of those."""
    ended = (o for o in run.outcomes.values() if o.status in (OK, REFUSED))
    done = sorted(ended, key=lambda o: (-o.ms_per_kb, o.index))
    top = {o.index: o for o in done[: 2 * count]}
    for kind in run.corpus.by_kind:
        top.update((o.index, o) for o in [o for o in done if o.kind == kind][:per_kind])
    if not top:
        return []
    worker = Worker(run.corpus, run.settings.seed, run.settings.memory_mb)
    found = []
    try:
        for outcome in top.values():
            mutant = make_mutant(run.corpus, run.settings.seed, outcome.index)
            run_single(worker, run.corpus, mutant, run.settings.timeout)  # untimed: the worker's first touch of it
            times = [run_single(worker, run.corpus, mutant, run.settings.timeout).seconds for _ in range(retime)]
            median = statistics.median(times) if times else outcome.seconds
            found.append(Slow(outcome.index, outcome.kind, outcome.size, outcome.read_size, outcome.seconds * 1000,
                              median * 1000, mutant.seed_name, mutant.steps))
    finally:
        worker.close()
    return sorted(found, key=lambda s: (-s.ms_per_kb, s.index))


# --- the report ----------------------------------------------------------------------

_NUMBER = re.compile(r"\d+")


def _refusal_reason(outcome: Outcome) -> str:
    message = outcome.message.removeprefix(f"fuzz-{outcome.index}: ")
    return f"{outcome.error}: {_NUMBER.sub('N', message)[:80]}"


def by_kind(run: Run, slow: list[Slow]) -> dict[str, dict[str, float]]:
    """Counts of each kind, its mean cost (ms per KB of all its inputs) and its slowest
    input per KB as re-timed."""
    table: dict[str, dict[str, float]] = {}
    for outcome in run.outcomes.values():
        row = table.setdefault(outcome.kind, {"tried": 0, OK: 0, REFUSED: 0, INTERNAL: 0, TIMEOUT: 0, CRASH: 0,
                                              "kb": 0.0, "seconds": 0.0, "slowest_ms_per_kb": 0.0})
        row["tried"] += 1
        row[outcome.status] += 1
        row["kb"] += outcome.size / KB
        row["seconds"] += outcome.seconds
    for s in slow:
        table[s.kind]["slowest_ms_per_kb"] = max(table[s.kind]["slowest_ms_per_kb"], s.ms_per_kb)
    return {kind: table[kind] for kind in sorted(table)}


def summary(run: Run, findings: list[Finding], slow: list[Slow], count: int) -> dict:
    counts = Counter(o.status for o in run.outcomes.values())
    refusals = Counter(_refusal_reason(o) for o in run.outcomes.values() if o.status == REFUSED)
    return {
        "command": reproduce_command(run.settings),
        "seed": run.settings.seed, "start": run.settings.start, "tried": run.tried(),
        "seconds": round(run.seconds, 1), "jobs": run.settings.jobs, "interrupted": run.interrupted,
        "seeds": {k: len(v) for k, v in sorted(run.corpus.by_kind.items())},
        "counts": {s: counts[s] for s in (OK, REFUSED, INTERNAL, TIMEOUT, CRASH)},
        "by_kind": by_kind(run, slow),
        "refused_by": dict(refusals.most_common()),
        "findings": [{"signature": list(f.signature), "inputs": len(f.indices), "first": f.indices[:10],
                      "example_kind": f.example.kind, "minimal": _shown(f.minimal, f.minimal_as_text),
                      "minimal_bytes": None if f.minimal is None else len(f.minimal), "tries": f.tries,
                      "saved": f.saved} for f in findings],
        "slowest": [{"index": s.index, "kind": s.kind, "bytes": s.size, "read_bytes": s.read_size,
                     "first_ms": round(s.first_ms, 2),
                     "median_ms": round(s.median_ms, 2), "ms_per_kb": round(s.ms_per_kb, 3),
                     "seed_file": s.seed_name, "mutations": list(s.steps)} for s in slow[:count]],
        "digest": run.digest(),
    }


def _shown(data: bytes | None, as_text: bool) -> str | None:
    if data is None:
        return None
    shown = repr(data.decode("utf-8", errors="surrogatepass")) if as_text else repr(data)
    return shown if len(shown) <= 400 else shown[:400] + "..."


def print_report(report: dict, out: Path | None) -> None:
    counts = report["counts"]
    print(f"newsclean fuzz, seed {report['seed']}: {report['tried']} inputs in {report['seconds']} s "
          f"({report['tried'] / max(report['seconds'], 1e-9):.1f}/s, {report['jobs']} jobs)"
          + (" - interrupted" if report["interrupted"] else ""))
    print("  seeds: " + ", ".join(f"{k} {v}" for k, v in report["seeds"].items()))
    print(f"  {counts[OK]} fine, {counts[REFUSED]} refused cleanly, {counts[INTERNAL]} internal errors, "
          f"{counts[TIMEOUT]} timeouts, {counts[CRASH]} crashes   (outcomes digest {report['digest']})")
    print(f"\n  {'kind':<14}{'tried':>8}{'fine':>8}{'refused':>9}{'internal':>10}{'timeout':>9}{'crash':>7}"
          f"{'MB':>8}{'ms/KB mean':>12}{'ms/KB max':>11}")
    for kind, row in report["by_kind"].items():
        mean = row["seconds"] * 1000 / max(row["kb"], 1e-9)
        print(f"  {kind:<14}{row['tried']:>8}{row[OK]:>8}{row[REFUSED]:>9}{row[INTERNAL]:>10}{row[TIMEOUT]:>9}"
              f"{row[CRASH]:>7}{row['kb'] / KB:>8.1f}{mean:>12.3f}{row['slowest_ms_per_kb']:>11.3f}")
    if report["refused_by"]:
        print("\n  refused by:")
        for reason, n in list(report["refused_by"].items())[:8]:
            print(f"    {n:>7}  {reason}")
    print(f"\n  internal errors, timeouts and crashes: {len(report['findings']) or 'none'}")
    for f in report["findings"]:
        status, error, where, inner = f["signature"]
        print(f"    {status} {error} in {where or '-'} (newsclean: {inner or '-'}): {f['inputs']} inputs, "
              f"first {f['first'][:5]}")
        if f["minimal"] is not None:
            print(f"      minimised to {f['minimal_bytes']} bytes in {f['tries']} tries: {f['minimal']}")
        print(f"      saved in {f['saved']}")
    if report["slowest"]:
        print("\n  slowest per KB read (a compressed input counts as what it decompresses to; under 1 KB"
              " as 1 KB; median of the re-timings):")
        for s in report["slowest"]:
            print(f"    #{s['index']:<8} {s['kind']:<14}{max(s['bytes'], s['read_bytes']) / KB:>9.1f} KB "
                  f"{s['median_ms']:>9.1f} ms "
                  f"{s['ms_per_kb']:>8.3f} ms/KB  {s['seed_file']}  [{', '.join(s['mutations'])}]")
    print(f"\n  again: {report['command']}")
    if out is not None:
        print(f"  report: {out / 'report.json'}")


# --- command line --------------------------------------------------------------------


def show_one(corpus: Corpus, mutant: Mutant, timeout: float, memory_mb: int, write: Path | None,
             retime: int = 3) -> int:
    warm_up(corpus)  # as in a run, so that the time shown is the input's own
    worker = Worker(corpus, 0, memory_mb)
    try:
        outcomes = [run_single(worker, corpus, mutant, timeout)]
        if outcomes[0].status not in FAILURES:  # that first run was the fresh worker's warm-up
            outcomes = [run_single(worker, corpus, mutant, timeout)]
        while len(outcomes) < retime and outcomes[-1].status not in FAILURES:
            outcomes.append(run_single(worker, corpus, mutant, timeout))
    finally:
        worker.close()
    timings = ", ".join(f"{o.seconds * 1000:.1f}" for o in outcomes)
    outcome = outcomes[0]
    outcome.seconds = statistics.median(o.seconds for o in outcomes)
    print(f"input #{mutant.index}: {mutant.kind}, {len(mutant.data)} bytes{' fed as str' if mutant.as_text else ''}, "
          f"from {mutant.seed_name or '-'} [{', '.join(mutant.steps)}]")
    print(f"  {outcome.status} in {outcome.seconds * 1000:.1f} ms ({outcome.ms_per_kb:.3f} ms/KB; median of "
          f"{timings})"
          + (f": {outcome.error}: {outcome.message}" if outcome.error else ""))
    if outcome.trace:
        print(outcome.trace, end="")
    if write is not None:
        write.write_bytes(mutant.data)
        print(f"  written to {write}")
    return 1 if outcome.status in FAILURES else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--inputs", type=int, help="how many inputs (default 10000, unbounded with --seconds)")
    parser.add_argument("--seconds", type=float, help="stop starting inputs after this long")
    parser.add_argument("--start", type=int, default=0, help="index of the first input (to continue a run)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="a folder of seed files (repeatable)")
    parser.add_argument("--kind", action="append", default=[], choices=[k.name for k in KINDS],
                        help="fuzz only this kind (repeatable)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds one input may take")
    parser.add_argument("--memory-mb", type=int, default=2048, help="address space of a worker (0: no limit)")
    parser.add_argument("--out", type=Path, help="where failing inputs and report.json go "
                                                 "(default: newsclean-fuzz-seed<N> in the temporary folder)")
    parser.add_argument("--minimise-seconds", type=float, default=300.0, help="time to minimise one failure")
    parser.add_argument("--slowest", type=int, default=10, help="slowest inputs to report")
    parser.add_argument("--retime", type=int, default=3, help="times each slow input is timed again")
    parser.add_argument("--max-ms-per-kb", type=float, help="exit 1 when an input is slower than this")
    parser.add_argument("--index", type=int, help="make and run this one input of the run, and show it")
    parser.add_argument("--write", type=Path, help="with --index: write the input to this file")
    parser.add_argument("--replay", type=Path, help="run one saved input (.bytes, .str or any file)")
    parser.add_argument("--as-text", action="store_true", help="with --replay: feed it as str (read as UTF-8)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    if args.inputs is None and args.seconds is None:
        args.inputs = 10_000
    for folder in args.corpus:
        if not folder.exists():
            parser.error(f"--corpus {folder}: no such folder")
    corpus = load_corpus([*OWN_SEED_ROOTS, *args.corpus], only=args.kind)
    if args.replay is not None:
        as_text = args.as_text or args.replay.suffix == ".str"
        kind = args.kind[0] if args.kind else corpus.kinds[0].name
        mutant = Mutant(-1, kind, str(args.replay), (), args.replay.read_bytes(), as_text)
        return show_one(corpus, mutant, args.timeout, args.memory_mb, None, args.retime)
    if args.index is not None:
        mutant = make_mutant(corpus, args.seed, args.index)
        return show_one(corpus, mutant, args.timeout, args.memory_mb, args.write, args.retime)
    settings = Settings(args.seed, args.start, args.inputs, args.seconds, args.jobs, args.timeout, args.memory_mb,
                        progress=not args.quiet, corpora=tuple(args.corpus), only=tuple(args.kind))
    out = args.out or Path(tempfile.gettempdir()) / f"newsclean-fuzz-seed{args.seed}"
    run = fuzz(corpus, settings)
    findings = group_failures(run)
    save_and_minimise(run, findings, out, args.minimise_seconds)
    slow = slowest(run, args.slowest, args.retime)
    report = summary(run, findings, slow, args.slowest)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(report, out)
    too_slow = args.max_ms_per_kb is not None and any(s.ms_per_kb > args.max_ms_per_kb for s in slow)
    return 1 if findings or too_slow else 0


if __name__ == "__main__":
    sys.exit(main())
