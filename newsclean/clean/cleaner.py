"""The parser stage: normalise characters, split paragraphs, strip scraper artifacts.

Everything here is driven by the tables in :mod:`newsclean.rules` and
:mod:`newsclean.fixes`; this module only applies them and records what they took.
Cleaning is deterministic and idempotent: ``clean_text(clean_text(x)) == clean_text(x)``.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable

from .. import patterns
from ..model import Removal
from .fixes import PARAGRAPH_FIXES, TEXT_FIXES, all_printable
from .rules import (
    DATELINE,
    INLINE_RULES,
    MAX_ARTIFACT_CHARS,
    PARAGRAPH_RULES,
    SECTION_RULES,
    TRAILER_PARAGRAPHS,
    TRAILER_RULES,
    Rule,
)

_BLANK_LINE = patterns.compile(r"\n[ \t]*\n")
_WORD = patterns.compile(r"\w+")
_NON_WORD = patterns.compile(r"\W+")
_SENTENCE_END = patterns.compile(r"[.!?…][\"”’)\]]*$")
# How many leading body paragraphs may open with a wire dateline; one naming its agency,
# "CITY (AP) —", is unambiguous and may come after a few captions or teasers.
DATELINE_PARAGRAPHS = 2
AGENCY_DATELINE_PARAGRAPHS = 6
# A link title under a "Related" heading: short, and not a finished sentence of prose.
LINK_TITLE_MAX_CHARS = 200
LINK_TITLE_MAX_PROSE_WORDS = 12
_MAX_FIX_PASSES = 4  # a bound, not a budget: real text settles in one or two


class Cleaned:
    """The paragraphs kept and the removals recorded (slotted: no dataclass to create at import)."""

    __slots__ = ("paragraphs", "removed")

    def __init__(self, paragraphs: list[str] | None = None, removed: list[Removal] | None = None) -> None:
        self.paragraphs = [] if paragraphs is None else paragraphs
        self.removed = [] if removed is None else removed

    def __repr__(self) -> str:
        return f"Cleaned(paragraphs={self.paragraphs!r}, removed={self.removed!r})"


def normalize_text(text: str, removed: list[Removal] | None = None) -> str:
    """Apply the character-level fixes to raw text, recording the repairs they make."""
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
        if fix.finder is not None and removed is not None and fixed != text:
            found = _distinct(m.group(0) for m in fix.finder.finditer(text))  # only when it fired: finders are slow
            removed.extend(Removal(fix.name, s) for s in found[:50])
        text = fixed
    return text


def _distinct(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


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
        if not lines:
            continue
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


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def match_paragraph_rule(paragraph: str, rules: tuple[Rule, ...] = PARAGRAPH_RULES) -> Rule | None:
    """The first rule that matches the whole paragraph, if any."""
    if len(paragraph) > MAX_ARTIFACT_CHARS:
        return None
    paragraph = paragraph.strip("*_#> ") or paragraph  # markdown emphasis around a boilerplate line
    index = _index(rules)
    if len(paragraph) > index.longest:
        return None
    folded = fold_case(paragraph)
    for r in index.candidates(len(paragraph), folded):
        if r.starts and not folded.startswith(r.starts):
            continue
        if r.pattern.fullmatch(paragraph) and (r.max_words is None or word_count(paragraph) <= r.max_words):
            return r
    return None


# Characters that case-insensitive patterns read as a Latin letter other than their
# lower case (long s as "s", dotless i as "i"), or whose lower case is two characters
# (dotted capital I): the pre-tests read them as re does.
_CASE_FOLDS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


def fold_case(text: str) -> str:
    """``text`` lower-cased as the rules' pre-tests read it."""
    if not text.isascii():
        for char, letter in _CASE_FOLDS:
            if char in text:
                text = text.replace(char, letter)
    return text.lower()


class _RuleIndex:
    """What the pre-tests of one rule table need, worked out once: how long a text each
    rule can match, the strings they require grouped under gates, and the candidate
    rules found so far per set of rules long enough, first character and strings present."""

    __slots__ = ("by_length", "groups", "lengths", "rules")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules  # held, so that no other table gets its id while it is indexed by it
        self.lengths = sorted(r.max_len for r in rules)
        reach: dict[str, int] = {}  # the longest text a rule requiring the string can match
        for r in rules:
            for s in r.requires:
                reach[s] = max(reach.get(s, 0), r.max_len)
        # (gate, its strings, their reach, the group's shortest and longest reach)
        self.groups = []
        for gate, group in _gated(reach):
            within = {n: reach[n] for n in group}
            self.groups.append((gate, group, within, min(within.values()), max(within.values())))
        self.by_length: dict[int, tuple[tuple[Rule, ...], tuple[tuple[str, tuple[str, ...]], ...], dict]] = {}

    @property
    def longest(self) -> int:
        """The longest text any rule of the table can match."""
        return self.lengths[-1] if self.lengths else 0

    def candidates(self, length: int, folded: str) -> tuple[Rule, ...]:
        """The rules that may match a paragraph this long (``folded`` is its lower-cased
        text), in table order: those whose required strings it holds and whose starts
        begin with its first character. A dictionary look-up per paragraph replaces a
        test per rule: most paragraphs are prose that few rules may match."""
        key = bisect_left(self.lengths, length)  # how many rules are too short for it
        found = self.by_length.get(key)
        if found is None:
            long_enough = tuple(r for r in self.rules if r.max_len >= length)
            found = self.by_length[key] = (long_enough, self._needles(length), {})
        long_enough, needed, chosen = found
        first, present = folded[:1], _present(folded, needed)
        candidates = chosen.get((first, present))
        if candidates is None:
            candidates = chosen[first, present] = tuple(
                r for r in long_enough
                if (not r.initials or not first or first in r.initials)
                and (not r.requires or not present.isdisjoint(r.requires)))
        return candidates

    def _needles(self, length: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The required strings of the rules that can match ``length`` characters, under
        their gates (a gate stays contained in each string of its group)."""
        out = []
        for gate, group, reach, shortest, longest in self.groups:
            if longest >= length:
                out.append((gate, group if shortest >= length else tuple(n for n in group if reach[n] >= length)))
        return tuple(out)


_INDEXES: dict[int, _RuleIndex] = {}


def _index(rules: tuple[Rule, ...]) -> _RuleIndex:
    index = _INDEXES.get(id(rules))
    if index is None or index.rules is not rules:
        index = _INDEXES[id(rules)] = _RuleIndex(rules)
    return index


def _gated(needles: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The needles grouped under gates, a gate being a string each needle of its group
    contains: a shorter needle ("[" for "[caption"), or a first word several share
    ("read " for "read more", "read the"). A needle is looked for only when its gate is there."""
    groups: dict[str, list[str]] = {}
    ordered = sorted(set(needles), key=len)
    first_words = [n.split(" ", 1)[0] + " " for n in ordered if " " in n]
    for needle in ordered:
        gate = next((g for g in groups if g in needle), None)
        if gate is None:
            word = needle.split(" ", 1)[0] + " "
            gate = word if " " in needle and first_words.count(word) > 1 else needle
        groups.setdefault(gate, []).append(needle)
    return tuple((gate, tuple(group)) for gate, group in groups.items())


def _present(text: str, gated: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[str]:
    """The needles ``text`` holds."""
    return frozenset(n for gate, group in gated if gate in text for n in group if n in text)


_INLINE_NEEDLES = _gated(s for r in INLINE_RULES for s in r.requires)
_INLINE_BY_PRESENT: dict[frozenset[str], tuple[Rule, ...]] = {}


def strip_inline(paragraph: str, removed: list[Removal]) -> str:
    """Cut inline artifacts (shortcodes, photo credits, share buttons) out of a paragraph."""
    kept, cuts = _inline_cuts(paragraph)
    if cuts:
        removed.extend(Removal(name, text) for name, text in cuts)
    return kept


@functools.lru_cache(maxsize=64)  # the header reads the top paragraphs, then the cleaner reads them again
def _inline_cuts(paragraph: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The paragraph without its inline artifacts, and (rule name, text) of each cut."""
    # Plain lower() here, not fold_case: an inline rule that runs cuts whatever it finds,
    # so its pre-test decides the output and stays what it was.
    present = _present(paragraph.lower(), _INLINE_NEEDLES)
    rules = _INLINE_BY_PRESENT.get(present)
    if rules is None:
        rules = _INLINE_BY_PRESENT[present] = tuple(
            r for r in INLINE_RULES if not r.requires or not present.isdisjoint(r.requires))
    cuts: list[tuple[str, str]] = []
    for r in rules:

        def take(m: re.Match[str], name: str = r.name) -> str:
            cuts.append((name, m.group(0).strip()))
            return " "

        paragraph = r.pattern.sub(take, paragraph)
    return paragraph, tuple(cuts)


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


def strip_dateline(paragraph: str, removed: list[Removal], index: int) -> str:
    """Cut "CITY (Agency) —" from the start of a paragraph (repeated ones too)."""
    while m := DATELINE.pattern.match(paragraph):
        if index >= DATELINE_PARAGRAPHS and "(" not in m.group(0):
            break
        removed.append(Removal(DATELINE.name, m.group(0).strip()))
        paragraph = paragraph[m.end():]
    return paragraph


def _dedupe_key(paragraph: str) -> str:
    """The paragraph's words, lower-cased, one space apart: punctuation and spacing
    differences do not make a repeated paragraph new."""
    return _NON_WORD.sub(" ", paragraph.lower()).strip(" ")


class _KeptParagraphs:
    """The dedupe keys of the paragraphs kept so far, each built only when needed.

    A key costs a regular-expression pass over the paragraph. Paragraphs with the same
    key hold the same number of each letter (the key keeps every letter, lower-cased),
    so a paragraph's key is built only once a later one has the same letter counts."""

    __slots__ = ("_keyed_counts", "_keys", "_unkeyed")

    def __init__(self) -> None:
        self._unkeyed: dict[tuple[int, int], list[str]] = {}  # letter counts -> paragraphs not keyed yet
        self._keyed_counts: set[tuple[int, int]] = set()
        self._keys: set[str] = set()

    def has_same_words(self, paragraph: str, counts: tuple[int, int]) -> bool:
        """Whether a kept paragraph has the key of ``paragraph`` (``counts`` its letter counts)."""
        unkeyed = self._unkeyed.pop(counts, None)
        if unkeyed is None and counts not in self._keyed_counts:
            return False
        self._keyed_counts.add(counts)
        self._keys.update(map(_dedupe_key, unkeyed or ()))
        return _dedupe_key(paragraph) in self._keys

    def add(self, paragraph: str, counts: tuple[int, int]) -> None:
        if counts in self._keyed_counts:
            self._keys.add(_dedupe_key(paragraph))
        else:
            self._unkeyed.setdefault(counts, []).append(paragraph)


def _letter_counts(paragraph: str) -> tuple[int, int]:
    """How many e's and t's, either case: equal for paragraphs with the same dedupe key."""
    return paragraph.count("e") + paragraph.count("E"), paragraph.count("t") + paragraph.count("T")


def _is_link_title(paragraph: str) -> bool:
    if len(paragraph) > LINK_TITLE_MAX_CHARS:
        return False
    return not (_SENTENCE_END.search(paragraph) and word_count(paragraph) > LINK_TITLE_MAX_PROSE_WORDS)


def clean_paragraphs(paragraphs: Iterable[str], removed: list[Removal] | None = None) -> Cleaned:
    """Strip artifacts from already-normalised paragraphs."""
    out = Cleaned(removed=removed if removed is not None else [])
    kept = _KeptParagraphs()
    in_section: Rule | None = None
    for paragraph in paragraphs:
        paragraph = fix_paragraph(strip_inline(paragraph, out.removed))
        if not paragraph:
            continue
        hit = match_paragraph_rule(paragraph)
        if hit is None and in_section is not None:
            if _is_link_title(paragraph):
                out.removed.append(Removal(in_section.name, paragraph))
                continue
            in_section = None
        if hit is None and len(out.paragraphs) < AGENCY_DATELINE_PARAGRAPHS:
            undated = strip_dateline(paragraph, out.removed, len(out.paragraphs))
            if not undated:
                continue
            if undated != paragraph:
                paragraph, hit = undated, match_paragraph_rule(undated)
        if hit is not None:
            out.removed.append(Removal(hit.name, paragraph))
            continue
        section = match_paragraph_rule(paragraph, SECTION_RULES)
        if section is not None:
            out.removed.append(Removal(section.name, paragraph))
            in_section = section
            continue
        counts = _letter_counts(paragraph)
        if kept.has_same_words(paragraph, counts) and word_count(paragraph) >= 4:
            out.removed.append(Removal("duplicate_paragraph", paragraph))
            continue
        kept.add(paragraph, counts)
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
        out.removed.append(Removal(hit.name, out.paragraphs.pop()))


def clean_text(text: str) -> str:
    """Normalise and clean a plain text; paragraphs joined by one blank line."""
    cleaned = clean_paragraphs(split_paragraphs(normalize_text(text)))
    return "\n\n".join(cleaned.paragraphs)
