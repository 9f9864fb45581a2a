"""Where each removal was: the input as the cleaner read it, with every recorded removal
and repair placed on it, for ``newsclean --diff``. No click or rich here.

``Article.removed`` holds what was taken out and by which rule, not where. This module
finds it again, without touching the cleaning stages:

* the text shown is the decoded input (line ends made ``\\n``), or, for a page, the
  text blocks the HTML stage extracted, joined by blank lines; the elements the page
  stage dropped before that (navigation, share bars …) are listed apart;
* a repair (a character fix such as an HTML entity or mojibake) is found by its text,
  at every place it occurs, and shown with what it became (the fix applied to it);
* every other removal is looked for in order, each after the previous one, on a
  skeleton of the text: its characters with white space and invisible characters left
  out and the repairs made, so a paragraph that was unwrapped or respaced is still
  found; a removal that repeats text the article keeps (a duplicate paragraph) is
  placed on a later copy, never on the one kept;
* what cannot be placed honestly is listed under the text, not guessed.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from ..clean.fixes import TEXT_FIXES, normalize_newlines
from ..detect import is_full_page
from ..errors import InputError
from ..header.frontmatter import split_front_matter
from ..model import Article, Removal
from ..read import decode, looks_binary

# The character fixes that report what they repair, by rule name: a removal under one
# of these names is a repair, shown as before → after.
REPAIRS = {fix.name: fix.apply for fix in TEXT_FIXES if fix.finder is not None}
FRONT_MATTER = "front_matter"  # the label of a Markdown file's front matter, read into the header
# A removal may repeat text the article keeps; which kind is placed on a later copy.
REPEATS = frozenset({"duplicate_paragraph"})
# Characters the cleaner drops or turns into a plain space before any rule runs.
_SKIPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e") | frozenset(map(chr, range(32)))


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of the shown text that a rule removed, or repaired into ``after``."""

    start: int
    end: int
    rule: str
    after: str | None = None  # a repair's result; None for a removal


@dataclass
class Audit:
    """The text shown, the marks placed on it (in order, never overlapping), and the
    removals that are not on it."""

    source: str
    format: str
    text: str
    marks: list[Mark] = field(default_factory=list)
    unplaced: list[Removal] = field(default_factory=list)  # recorded, but not found in the text
    dropped: list[Removal] = field(default_factory=list)   # a page's elements dropped before its text was read


@dataclass(frozen=True, slots=True)
class Skeleton:
    """The shown text's characters that matter for matching, each with the span of the
    shown text it stands for (a repaired character stands for the whole repair)."""

    chars: str
    starts: list[int]
    ends: list[int]


def audit(data: bytes, article: Article) -> Audit:
    """Place ``article.removed`` (the result of cleaning ``data``) on the input's text."""
    if looks_binary(data):
        raise InputError(f"{article.source or 'input'}: binary data, not an article")
    text, _ = decode(data)
    text = normalize_newlines(text)
    _, rest = split_front_matter(text)
    result = Audit(article.source or "-", article.format, text)
    pending = list(article.removed)
    if article.format == "html":
        result.text, result.dropped = _page_blocks(rest)
        pending = _without(pending, result.dropped)
    elif len(rest) < len(text):
        result.marks.append(Mark(0, len(text) - len(rest), FRONT_MATTER))
    repaired, result.unplaced = _repair_marks(result.text, [r for r in pending if r.rule in REPAIRS], result.marks)
    result.marks.extend(repaired)
    placed, unplaced = _place(result.text, [r for r in pending if r.rule not in REPAIRS], result.marks,
                              article.body)
    kept = [m for m in result.marks if not any(p.start <= m.start and m.end <= p.end for p in placed)]
    result.marks = sorted(kept + placed, key=lambda m: m.start)  # a repair inside a removal goes with it
    result.unplaced += unplaced
    return result


def _page_blocks(markup: str) -> tuple[str, list[Removal]]:
    """The text blocks the HTML stage takes from a page or fragment, and what it dropped."""
    from ..html import fragment_to_blocks, page_to_document

    doc = page_to_document(markup) if is_full_page(markup) else fragment_to_blocks(markup)
    return "\n\n".join(doc.paragraphs), list(doc.removed)


def _without(removals: list[Removal], taken: list[Removal]) -> list[Removal]:
    """``removals`` less one of each of ``taken``."""
    left = Counter((r.rule, r.text) for r in taken)
    out = []
    for r in removals:
        if left[(r.rule, r.text)]:
            left[(r.rule, r.text)] -= 1
        else:
            out.append(r)
    return out


def _repair_marks(text: str, repairs: list[Removal], taken: list[Mark]) -> tuple[list[Mark], list[Removal]]:
    """Every occurrence of each repaired sequence, with what the fix makes of it (a
    fix is applied to the whole text, so every occurrence was repaired); the repairs
    not found, or whose result cannot be told from the sequence alone."""
    marks: list[Mark] = []
    unplaced: list[Removal] = []
    for r in repairs:
        after = REPAIRS[r.rule](r.text)
        found = False
        start = text.find(r.text) if r.text and after != r.text else -1
        while start >= 0:
            end = start + len(r.text)
            if not _overlaps(start, end, taken + marks):
                marks.append(Mark(start, end, r.rule, after))
                found = True
            start = text.find(r.text, end)
        if not found:
            unplaced.append(r)
    return marks, unplaced


def skeleton_of(text: str, marks: list[Mark]) -> Skeleton:
    """The characters of ``text`` that matching looks at: no white space, no invisible
    characters, each repair replaced by its result, nothing a removal already holds."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = {m.start: m for m in marks}
    i = 0
    while i < len(text):
        mark = at.get(i)
        if mark is not None:
            for ch in _matchable(mark.after or ""):  # a removal's characters are taken: there are none
                chars.append(ch)
                starts.append(mark.start)
                ends.append(mark.end)
            i = max(mark.end, i + 1)
            continue
        ch = text[i]
        if not ch.isspace() and ch not in _SKIPPED:
            chars.append(ch)
            starts.append(i)
            ends.append(i + 1)
        i += 1
    return Skeleton("".join(chars), starts, ends)


def _matchable(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in _SKIPPED)


def _place(text: str, removals: list[Removal], marks: list[Mark], body: str) -> tuple[list[Mark], list[Removal]]:
    """Each removal on the first free copy of its text after the previous one placed
    (or, failing that, the first free copy from the top); the removals with none.

    A removal may have had another cut out of its middle first (an inline link taken
    from a paragraph then dropped whole): its copy then runs round that cut, and it is
    marked in pieces on either side of it."""
    placed: list[Mark] = []
    unplaced: list[Removal] = []
    body_skeleton = _matchable(body)
    skeleton = skeleton_of(text, marks)
    cursor = 0
    for r in removals:
        needle = _matchable(r.text)
        skip = body_skeleton.count(needle) if needle and r.rule in REPEATS else 0  # the copies kept
        pieces = _free_copy(skeleton, needle, cursor, skip, placed, r.rule) if needle else None
        if pieces is None:  # round the cuts already made
            around = skeleton_of(text, [*marks, *placed])
            pieces = _free_copy(around, needle, 0, skip, placed, r.rule) if needle else None
        if pieces is None:
            unplaced.append(r)
            continue
        placed.extend(pieces)
        cursor = bisect.bisect_left(skeleton.starts, pieces[-1].end)
    return placed, unplaced


def _free_copy(skeleton: Skeleton, needle: str, cursor: int, skip: int, placed: list[Mark],
               rule: str) -> list[Mark] | None:
    """The marks for a copy of ``needle`` that overlaps no removal placed: the first
    after ``cursor``, else the first from the top, leaving the first ``skip`` copies
    from the top alone (they are text the article keeps)."""
    first_allowed = 0
    for _ in range(skip):
        k = skeleton.chars.find(needle, first_allowed)
        if k < 0:
            return None
        first_allowed = k + len(needle)
    for origin in (max(cursor, first_allowed), first_allowed):
        k = skeleton.chars.find(needle, origin)
        while k >= 0:
            pieces = _pieces(skeleton, k, k + len(needle), rule, placed)
            if not any(_overlaps(p.start, p.end, placed) for p in pieces):
                return pieces
            k = skeleton.chars.find(needle, k + 1)
    return None


def _pieces(skeleton: Skeleton, first: int, last: int, rule: str, placed: list[Mark]) -> list[Mark]:
    """The marks for the skeleton characters ``first:last``: one, or one per stretch
    between the removals already placed inside it."""
    pieces: list[Mark] = []
    start = skeleton.starts[first]
    for k in range(first, last - 1):
        gap_start, gap_end = skeleton.ends[k], skeleton.starts[k + 1]
        if gap_end > gap_start and any(gap_start <= m.start < gap_end for m in placed):
            pieces.append(Mark(start, gap_start, rule))
            start = gap_end
    pieces.append(Mark(start, skeleton.ends[last - 1], rule))
    return pieces


def _overlaps(start: int, end: int, marks: list[Mark]) -> bool:
    return any(m.start < end and start < m.end for m in marks)
