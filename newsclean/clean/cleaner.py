"""The clean stage: normalise characters, split paragraphs, strip scraper artifacts.

Everything here is driven by the tables in :mod:`.rules` and :mod:`.fixes`; this
module applies them, in a few named steps, and records what they took:

1. :func:`normalize_text`: the character fixes, on the raw text;
2. :func:`split_paragraphs`: blank lines and lines into paragraphs;
3. :func:`clean_paragraphs`: per paragraph, inline cuts (:func:`cut_inline`) and the
   spacing fixes, then the paragraph, dateline and section rules, then the dedupe
   (:class:`LetterCountDedupe`, held equal to the plain :class:`Dedupe`); at the end
   :func:`strip_trailer`.

Cleaning is deterministic and idempotent: ``clean_text(clean_text(x)) == clean_text(x)``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import patterns
from ..model import Removal
from .fixes import PARAGRAPH_FIXES, TEXT_FIXES, all_printable
from .rule_index import RuleIndex, SpanRuleIndex, first_match, fold_case
from .rules import (
    DATELINE,
    INLINE_RULES,
    MAX_ARTIFACT_CHARS,
    PARAGRAPH_RULES,
    SECTION_RULES,
    TRAILER_PARAGRAPHS,
    TRAILER_RULES,
    Rule,
    word_count,
)

__all__ = [  # fold_case and word_count too: the header reads paragraphs as the rules do
    "Cleaned",
    "Dedupe",
    "InlineCut",
    "LetterCountDedupe",
    "clean_paragraphs",
    "clean_text",
    "cut_dateline",
    "cut_inline",
    "dedupe_key",
    "fix_paragraph",
    "fold_case",
    "letter_counts",
    "match_paragraph_rule",
    "normalize_text",
    "split_paragraphs",
    "strip_trailer",
    "word_count",
]

_BLANK_LINE = patterns.compile(r"\n[ \t]*\n")
_NON_WORD = patterns.compile(r"\W+")
_SENTENCE_END = patterns.compile(r"[.!?…][\"”’)\]]*$")
# How many leading body paragraphs may open with a wire dateline; one naming its agency,
# "CITY (AP) —", is unambiguous and may come after a few captions or teasers.
DATELINE_PARAGRAPHS = 2
AGENCY_DATELINE_PARAGRAPHS = 6
# A link title under a "Related" heading: short, and not a finished sentence of prose.
LINK_TITLE_MAX_CHARS = 200
LINK_TITLE_MAX_PROSE_WORDS = 12
DUPLICATE_MIN_WORDS = 4  # a shorter paragraph may well repeat ("Yes.", "Photo: AP")
MAX_FINDER_REPORTS = 50  # of one character fix, in ``removed``
_MAX_FIX_PASSES = 4  # a bound, not a budget: real text settles in one or two


@dataclass(slots=True)
class Normalized:
    """A text after the character fixes, and the repairs they made."""

    text: str
    removed: list[Removal] = field(default_factory=list)


@dataclass(slots=True)
class Cleaned:
    """The paragraphs kept, the removals recorded, and among the removals the lines of
    section labels (a source of the article's categories) and of reporters' credits (a
    source of its authors)."""

    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    label_lines: list[str] = field(default_factory=list)
    credit_lines: list[str] = field(default_factory=list)

    def remove(self, rule: Rule | str, text: str) -> None:
        """Record ``text`` as taken out by ``rule`` (a rule, or the name of a step)."""
        self.removed.append(Removal(rule if isinstance(rule, str) else rule.name, text))
        if not isinstance(rule, str):
            if rule.labels:
                self.label_lines.append(text)
            if rule.credits:
                self.credit_lines.append(text)


# --- 1. characters ---------------------------------------------------------------------


def normalize_text(text: str) -> Normalized:
    """Apply the character-level fixes to raw text, recording the repairs they make."""
    removed: list[Removal] = []
    printable = None  # whether all_printable(text), once asked: most text is
    for fix in TEXT_FIXES:
        if fix.unprintable_only:
            if printable is None:
                printable = all_printable(text)
            if printable:
                continue
        fixed = fix.apply(text)
        if fixed is not text:
            printable = None
        if fix.finder is not None and fixed != text:
            found = dict.fromkeys(m.group(0) for m in fix.finder.finditer(text))  # only when it fired: finders are slow
            removed.extend(Removal(fix.name, s) for s in list(found)[:MAX_FINDER_REPORTS])
        text = fixed
    return Normalized(text, removed)


# --- 2. paragraphs ---------------------------------------------------------------------


def split_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs: blank lines separate them; inside a block, lines are
    separate paragraphs unless the block is hard-wrapped prose, whose lines are joined."""
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text.strip("\n")):
        if "\n" not in block:  # one line, as most blocks are
            line = block.strip()
            if line:
                paragraphs.append(line)
            continue
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if _is_hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    body = lines[:-1]
    if max(len(line) for line in lines) > 100 or min(len(line) for line in body) < 40:
        return False
    unfinished = sum(1 for line in body if not _SENTENCE_END.search(line))
    return unfinished * 2 > len(body)


# --- 3. artifacts ----------------------------------------------------------------------

# The tables read with an index: they live as long as the process, so their ids stay theirs.
_INDEXES = {id(table): RuleIndex(table) for table in (PARAGRAPH_RULES, SECTION_RULES, TRAILER_RULES)}
_INLINE_INDEX = SpanRuleIndex(INLINE_RULES)


def match_paragraph_rule(paragraph: str, rules: tuple[Rule, ...] = PARAGRAPH_RULES) -> Rule | None:
    """The first rule that matches the whole paragraph, if any."""
    if len(paragraph) > MAX_ARTIFACT_CHARS:
        return None
    paragraph = paragraph.strip("*_#> ") or paragraph  # markdown emphasis around a boilerplate line
    index = _INDEXES.get(id(rules))
    if index is None:  # a table of the caller's own: every rule in turn
        return first_match(paragraph, rules)
    return index.first_match(paragraph)


@dataclass(slots=True)
class InlineCut:
    """A paragraph without its inline artifacts, and the removal of each."""

    text: str
    removed: list[Removal] = field(default_factory=list)


def cut_inline(paragraph: str, index: SpanRuleIndex | None = _INLINE_INDEX) -> InlineCut:
    """Cut inline artifacts (shortcodes, photo credits, share buttons) out of a
    paragraph, each rule in turn; a cut leaves a space. With an index, a rule whose
    pre-test the paragraph fails is skipped (it would find nothing); ``index=None``
    tries them all, the plain reading the index is held to."""
    out = InlineCut(paragraph)
    todo = index.admitted(paragraph) if index is not None else INLINE_RULES
    while todo:
        r, todo = todo[0], todo[1:]

        def take(m: re.Match[str], name: str = r.name) -> str:
            out.removed.append(Removal(name, m.group(0).strip()))
            return " "

        cut = r.pattern.sub(take, out.text)
        if cut != out.text and index is not None:  # what the later rules may find has changed
            later = INLINE_RULES[INLINE_RULES.index(r) + 1:]
            todo = tuple(rule for rule in index.admitted(cut) if rule in later)
        out.text = cut
    return out


_PARAGRAPH_FIX_STEPS = tuple(fix.apply for fix in PARAGRAPH_FIXES)


def fix_paragraph(paragraph: str) -> str:
    """Apply the paragraph fixes until none changes anything more. One fix can make
    work for an earlier one (mojibake repair turning ``” Â»`` into ``” »`` leaves a space
    for the quote-spacing fix), and cleaning must be idempotent."""
    for _ in range(_MAX_FIX_PASSES):
        before = paragraph
        for apply in _PARAGRAPH_FIX_STEPS:
            paragraph = apply(paragraph)
        if paragraph == before:
            break
    return paragraph


def cut_dateline(paragraph: str, index: int) -> InlineCut:
    """Cut "CITY (Agency) —" from the start of the ``index``-th paragraph (repeated ones
    too); past the first few paragraphs only a dateline naming its agency."""
    out = InlineCut(paragraph)
    while m := DATELINE.pattern.match(out.text):
        if index >= DATELINE_PARAGRAPHS and "(" not in m.group(0):
            break
        out.removed.append(Removal(DATELINE.name, m.group(0).strip()))
        out.text = out.text[m.end():]
    return out


def _is_link_title(paragraph: str) -> bool:
    if len(paragraph) > LINK_TITLE_MAX_CHARS:
        return False
    return not (_SENTENCE_END.search(paragraph) and word_count(paragraph) > LINK_TITLE_MAX_PROSE_WORDS)


def dedupe_key(paragraph: str) -> str:
    """The paragraph's words, lower-cased, one space apart: punctuation and spacing
    differences do not make a repeated paragraph new."""
    return _NON_WORD.sub(" ", paragraph.lower()).strip(" ")


class Dedupe:
    """The paragraphs kept so far, by :func:`dedupe_key`."""

    __slots__ = ("_keys",)

    def __init__(self) -> None:
        self._keys: set[str] = set()

    def is_repeat(self, paragraph: str) -> bool:
        """Whether a kept paragraph has the same words (then ``paragraph`` goes), else keep it."""
        key = dedupe_key(paragraph)
        if key in self._keys:
            return word_count(paragraph) >= DUPLICATE_MIN_WORDS
        self._keys.add(key)
        return False


class LetterCountDedupe:
    """:class:`Dedupe`, building a paragraph's key only when needed: the one cleaning uses.

    A key costs a regular-expression pass over the paragraph. Paragraphs with the same
    key hold the same number of each letter (the key keeps every letter, lower-cased),
    so a paragraph's key is built only once a later one has the same counts of e and t.
    What it buys: ``benchmarks/library.py --baseline`` (main) x0.89 with :class:`Dedupe`,
    x0.96 with this one (keys are about 7% of ``process()``)."""

    __slots__ = ("_keyed_counts", "_keys", "_unkeyed")

    def __init__(self) -> None:
        self._unkeyed: dict[tuple[int, int], list[str]] = {}  # letter counts -> paragraphs not keyed yet
        self._keyed_counts: set[tuple[int, int]] = set()
        self._keys: set[str] = set()

    def is_repeat(self, paragraph: str) -> bool:
        """Whether a kept paragraph has the same words (then ``paragraph`` goes), else keep it."""
        counts = letter_counts(paragraph)
        unkeyed = self._unkeyed.pop(counts, None)
        if unkeyed is None and counts not in self._keyed_counts:
            self._unkeyed[counts] = [paragraph]
            return False
        self._keyed_counts.add(counts)
        self._keys.update(map(dedupe_key, unkeyed or ()))
        key = dedupe_key(paragraph)
        if key in self._keys:
            return word_count(paragraph) >= DUPLICATE_MIN_WORDS
        self._keys.add(key)
        return False


def letter_counts(paragraph: str) -> tuple[int, int]:
    """How many e's and t's, either case: equal for paragraphs with the same dedupe key."""
    return paragraph.count("e") + paragraph.count("E"), paragraph.count("t") + paragraph.count("T")


def clean_paragraphs(paragraphs: Iterable[str]) -> Cleaned:
    """Strip artifacts from already-normalised paragraphs."""
    out = Cleaned()
    seen = LetterCountDedupe()
    in_section: Rule | None = None  # the section heading whose link titles are being taken
    for paragraph in paragraphs:
        inline = cut_inline(paragraph)
        out.removed += inline.removed
        paragraph = fix_paragraph(inline.text)
        if not paragraph:
            continue
        hit = match_paragraph_rule(paragraph)
        if hit is None and in_section is not None:
            if _is_link_title(paragraph):
                out.remove(in_section, paragraph)
                continue
            in_section = None
        if hit is None and len(out.paragraphs) < AGENCY_DATELINE_PARAGRAPHS:
            undated = cut_dateline(paragraph, len(out.paragraphs))
            out.removed += undated.removed
            if not undated.text:
                continue
            if undated.text != paragraph:
                paragraph, hit = undated.text, match_paragraph_rule(undated.text)
        if hit is None:
            hit = in_section = match_paragraph_rule(paragraph, SECTION_RULES)
        if hit is not None:
            out.remove(hit, paragraph)
        elif seen.is_repeat(paragraph):
            out.remove("duplicate_paragraph", paragraph)
        else:
            out.paragraphs.append(paragraph)
    strip_trailer(out)
    return out


def strip_trailer(out: Cleaned) -> None:
    """Drop author bios and repeated bylines from the foot of the article."""
    for _ in range(TRAILER_PARAGRAPHS):
        if not out.paragraphs:
            return
        hit = match_paragraph_rule(out.paragraphs[-1], TRAILER_RULES)
        if hit is None:
            return
        out.remove(hit, out.paragraphs.pop())


def clean_text(text: str) -> str:
    """Normalise and clean a plain text; paragraphs joined by one blank line."""
    cleaned = clean_paragraphs(split_paragraphs(normalize_text(text).text))
    return "\n\n".join(cleaned.paragraphs)
