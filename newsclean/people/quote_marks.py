"""Quote marks paired into quotes.

Marks are paired paragraph by paragraph: curly and guillemet pairs (and ‘‘…’’, ``…''),
straight double quotes by what stands around them, single marks (‘…’, '…') where the
body uses them to open quotes, and a quote left open at a paragraph's end that the next
paragraph opens again: one quote running on, the news convention for long quotes.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .. import patterns
from . import data as D

_PLAIN_MARK_CHARS = '“”"«»„'
# The double quote marks: what most bodies hold.
PLAIN_MARKS = patterns.compile(f"[{_PLAIN_MARK_CHARS}]")
_DOUBLED = ("’’", "''", "‘‘", "``")
# The double quote marks and the doubled single marks written for them.
_DOUBLE_MARKS = patterns.compile("’’|''|‘‘|``|“|”|\"|«|»|„")
_OPEN_MARKS = frozenset({"“", "«", "„", "‘‘", "``"})
_OPENERS = "“«„‘`"
_OPEN_CONTEXT = " \t\n([{—–-/:;,'‘"
_OPEN_BEFORE = frozenset(_OPEN_CONTEXT + _OPENERS)     # what may stand before an opening mark
_MAX_QUOTE = 6000
_SINGLE = ("‘", "'")                    # single marks that open a quote
_SINGLE_MARKS = frozenset("‘’'")
_SINGLE_PAIR = {"’": "‘", "'": "'"}     # closing mark → the opening one it closes
# A single quote opens where a word starts after a space or a bracket; the body uses them
# as quote marks when one is seen.
# (the look-behind sits after the mark, so that the scan can skip ahead to marks)
_curly_opening = patterns.compile(r"‘(?<![^\s(\[—–:]‘)(?=[^\W\d_])")
_straight_opening = patterns.compile(r"'(?<![^\s(\[—–:]')(?=[^\W\d_])")
# A closing single mark is never followed by a letter or a digit ("it’s"): those
# apostrophes are left out of the scan. (Every alternative opens with a plain character,
# so that the scan can skip ahead to them.)
_marks_and_curly_single = patterns.compile("’’|''|‘‘|``|“|”|\"|«|»|„|‘|’(?![^\\W_])")
_marks_and_straight_single = patterns.compile("’’|''|‘‘|``|“|”|\"|«|»|„|'(?![^\\W_])|'(?<![^\\W_]')")
_marks_and_single = patterns.compile("’’|''|‘‘|``|“|”|\"|«|»|„|‘|’(?![^\\W_])|'(?![^\\W_])|'(?<![^\\W_]')")


class Span:
    """A quote: the offsets of its text in the body (marks left out), the paragraph where
    it opens and the one where it closes (the same for most quotes)."""

    __slots__ = ("end", "last_para", "para", "start")

    def __init__(self, start: int, end: int, para: int, last_para: int) -> None:
        self.start = start
        self.end = end
        self.para = para
        self.last_para = last_para


class QuoteMarks:
    """The marks to pair in a body: the pattern that finds them, and whether single marks
    are among them."""

    __slots__ = ("pattern", "singles")

    def __init__(self, pattern: re.Pattern[str], singles: bool) -> None:
        self.pattern = pattern
        self.singles = singles


def quote_marks_of(body: str) -> QuoteMarks | None:
    """The quote marks to scan ``body`` for: single marks only of the kinds the body opens
    quotes with (most single marks are apostrophes); None for a body without a quote mark
    of any kind."""
    curly, straight = _opening_single_marks(body)
    if curly or straight:
        pattern = _marks_and_single if curly and straight else (
            _marks_and_curly_single if curly else _marks_and_straight_single)
        return QuoteMarks(pattern, True)
    # (a search for one character is much faster than for two: most bodies lack one)
    if any(d[0] in body and d in body for d in _DOUBLED):
        return QuoteMarks(_DOUBLE_MARKS, False)
    if any(ch in body for ch in _PLAIN_MARK_CHARS):
        return QuoteMarks(PLAIN_MARKS, False)
    return None


def _opening_single_marks(body: str) -> tuple[bool, bool]:
    """Whether a curly and a straight single mark open a quote somewhere in the body."""
    curly = "‘" in body and _curly_opening.search(body) is not None
    # Straight single marks are apostrophes or quotes inside quotes where double marks
    # are used.
    straight = '"' not in body and "“" not in body and (" '" in body or "\n'" in body) and \
        _straight_opening.search(body) is not None
    return curly, straight


def mark_spans_by_scan(body: str, marks: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where each mark that ``marks`` finds starts and ends, in text order."""
    return [m.span() for m in marks.finditer(body)]


def mark_spans(body: str, marks: re.Pattern[str]) -> list[tuple[int, int]]:
    """What :func:`mark_spans_by_scan` gives; the plain marks (PLAIN_MARKS) are found one
    character at a time with ``str.find``, which skips ahead faster than the pattern."""
    if marks is not PLAIN_MARKS:
        return mark_spans_by_scan(body, marks)
    found = []
    for ch in _PLAIN_MARK_CHARS:
        i = body.find(ch)
        while i >= 0:
            found.append(i)
            i = body.find(ch, i + 1)
    found.sort()
    return [(i, i + 1) for i in found]


_PARAGRAPH_BREAK = patterns.compile("\n\n")


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """Where each paragraph starts and ends (paragraphs are split at "\\n\\n", as
    ``body.split`` does; the scan makes no copies of them)."""
    out = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(body)))
    return out


def find_quote_spans(body: str, bounds: list[tuple[int, int]] | None = None,
                     marks: QuoteMarks | None = None) -> list[Span]:
    """The quotes of ``body``, in text order. ``bounds`` is what ``paragraph_bounds(body)``
    gives and ``marks`` what ``quote_marks_of(body)`` gives, when known."""
    marks = marks or quote_marks_of(body)
    if marks is None:
        return []
    pairing = _Pairing(body, bounds or paragraph_bounds(body), marks.singles)
    for i, end in mark_spans(body, marks.pattern):
        pairing.read(i, end)
    pairing.finish()
    return pairing.spans


class _Pairing:
    """Marks read in text order into quotes: the quotes so far, the quote open now (where
    its text starts, its paragraph, and its marks: "curly", '"', "‘" or "'"), and the
    paragraph of the last mark read."""

    __slots__ = ("body", "bounds", "kind", "open_at", "open_para", "para_starts", "pe", "pi", "ps", "singles",
                 "spans")

    def __init__(self, body: str, bounds: list[tuple[int, int]], singles: bool) -> None:
        self.body = body
        self.bounds = bounds
        self.para_starts = [ps for ps, _ in bounds]
        self.singles = _SINGLE_MARKS if singles else frozenset()
        self.spans: list[Span] = []
        self.open_at: int | None = None
        self.open_para = 0
        self.kind = ""
        self.pi = -1
        self.ps = self.pe = 0

    def read(self, i: int, end: int) -> None:
        """The mark at body[i:end]. A mark can open a quote after a space, a bracket or a
        dash (or at the paragraph's start) and before a non-space; it can close one after a
        non-space."""
        mark = self.body[i:end]
        if i >= self.pe and self._enter_paragraph(i, mark):
            return                      # the re-opening mark of a quote running on
        if mark in self.singles:
            self._single(i, end, mark)
        elif self.singles and self.open_at is not None and self.kind in _SINGLE:
            return                      # ‘He said “no”.’: a quote inside the quote
        elif mark == '"':
            self._straight(i, end)
        elif mark in _OPEN_MARKS:
            self._open(end, "curly")
        elif self.open_at is not None:  # a closing mark
            if self._after_word(i):
                self._close(i)
        elif mark == "”" and self._may_open(i, end):
            self._open(end, "curly")    # ”…” typed for “…”

    def finish(self) -> None:
        """A quote still open at the end runs to the end of its last paragraph."""
        if self.open_at is not None and self.kind not in _SINGLE:
            self._close(self.bounds[self.pi][1])

    def _enter_paragraph(self, i: int, mark: str) -> bool:
        """Move to the paragraph of the mark at ``i``; True when that mark opens again the
        quote left open at the end of the paragraph before. A quote left open otherwise
        runs to its paragraph's end (a single mark left open was an apostrophe)."""
        new_pi = bisect_right(self.para_starts, i) - 1
        self.ps, self.pe = self.bounds[new_pi]
        if self.open_at is not None:
            if new_pi == self.pi + 1 and i == self.ps and _reopens(mark, self.kind):
                self.pi = new_pi
                return True
            if self.kind not in _SINGLE:
                self._close(self.bounds[self.pi][1])
            self.open_at = None
        self.pi = new_pi
        return False

    def _single(self, i: int, end: int, mark: str) -> None:
        body = self.body
        if self.open_at is None:
            nxt = body[end] if end < self.pe else " "
            if mark in _SINGLE and nxt.isalpha() and (i == self.ps or body[i - 1] in _OPEN_BEFORE):
                self._open(end, mark)
        elif self.kind == _SINGLE_PAIR.get(mark) and self._after_word(i) and _closes_single(body, end, self.pe):
            self._close(i)

    def _straight(self, i: int, end: int) -> None:
        if self.open_at is None:
            if self._may_open(i, end) or self._glued_to_a_sentence(i, end):
                self._open(end, '"')
        elif self._after_word(i) and (self.kind == '"' or (
                self.kind == "curly" and self.body.find("”", end, self.pe) < 0)):
            self._close(i)              # “…" closed by a straight mark (no ” to come): still one quote

    def _may_open(self, i: int, end: int) -> bool:
        body = self.body
        return (i == self.ps or body[i - 1] in _OPEN_BEFORE) and end < self.pe and not body[end].isspace()

    def _glued_to_a_sentence(self, i: int, end: int) -> bool:
        """``…Name."So that…``: with no quote open, a straight mark right after the end of
        a sentence and before a capital opens the next quote."""
        body = self.body
        return i > self.ps and body[i - 1] in ".!?" and end < self.pe and body[end].isupper()

    def _after_word(self, i: int) -> bool:
        return i > self.ps and not self.body[i - 1].isspace()

    def _open(self, at: int, kind: str) -> None:
        self.open_at, self.open_para, self.kind = at, self.pi, kind

    def _close(self, end: int) -> None:
        """The open quote ends at ``end``: kept with the white space at its ends left out,
        when something is left and it is not too long to be one quote."""
        start = self.open_at
        self.open_at = None
        if start is None:
            return
        body = self.body
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start < end and end - start <= _MAX_QUOTE:
            self.spans.append(Span(start, end, self.open_para, self.pi))


def _reopens(mark: str, kind: str) -> bool:
    if kind in _SINGLE:
        return mark == kind
    return mark in _OPEN_MARKS or mark == '"'


def _closes_single(body: str, after: int, pe: int) -> bool:
    """Whether a single mark before ``after`` closes a quote: nothing alphanumeric
    follows it, and it is not the apostrophe of a plural ("the workers’ union")."""
    if after < pe and body[after].isalnum():
        return False
    if body[after - 2:after - 1] == "s" and body[after - 3:after - 2].isalpha() and body[after:after + 1] == " ":
        word = body[after + 1:after + 12].split(" ", 1)[0]
        return not word[:1].islower() or word.rstrip(",.;:") in D.AFTER_CLOSING_WORDS
    return True


def mask(body: str, ps: int, pe: int, spans: list[Span]) -> str:
    """The paragraph body[ps:pe] with every quote's words replaced by NULs (same length)."""
    pieces = []
    pos = ps
    for sp in spans:
        s, e = sp.start, sp.end
        if s < ps:
            s = ps
        if e > pe:
            e = pe
        if s >= e:
            continue
        pieces.append(body[pos:s])
        pieces.append("\x00" * (e - s))
        pos = e
    pieces.append(body[pos:pe])
    return "".join(pieces)
