"""Which rules may match a text, worked out from the rules' own patterns: for speed only.

Most paragraphs are prose that no rule matches. So that a paragraph need not be tried
against every pattern, each rule gets a *pre-test*: tests on plain strings that every
text its pattern matches passes,

* ``starts``: lower-case strings one of which every match starts with;
* ``requires``: lower-case strings one of which every match contains;
* ``max_len``: the most characters a match can hold.

They are read off the pattern by :func:`read_pattern`, a small reader of the
regular-expression syntax the rules use (literals, escapes, classes, groups,
alternation, quantifiers, lookarounds, inline flags), never written by hand; a text is
compared with them lower-cased by :func:`fold_case`, as case-insensitive patterns read
it. :func:`first_match` is the plain reading (every rule in turn, the first that
matches wins); :class:`RuleIndex` gives the same answer trying only the rules whose
pre-tests pass, and :class:`SpanRuleIndex` names the span-cutting rules worth trying
(``tests/clean/test_rule_index.py`` holds them to the plain readings).

What it buys (``benchmarks/library.py --baseline`` at main, whole ``process()`` per
corpus text article, speed relative to main, whose pre-tests were kept by hand):

* every paragraph rule tried on every paragraph:            x0.59
* every paragraph and inline rule tried (no pre-tests):    x0.48
* derived pre-tests checked rule by rule in a loop:        x0.85 to x0.89
* derived pre-tests through these indexes:                 x0.93 to x0.96

What it costs: reading the 79 patterns and deriving their pre-tests takes about 12 ms
of CPU, once per process, when a table is first used (compiling them takes about 15 ms;
a rule compiles its pattern when first tried, and a one-file run tries about 16 of
them). ``benchmarks/library.py --cold`` times a one-file run.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from .pretests import PRE_TESTS
from .rules import Rule

UNBOUNDED = 1 << 30  # the width of a pattern with no upper bound


# --- reading text as the patterns do ------------------------------------------------

# Characters that case-insensitive patterns read as a Latin letter other than their
# lower case (long s as "s", dotless i as "i"), or whose lower case is two characters
# (dotted capital I): the pre-tests read them as re does.
_CASE_FOLDS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


def fold_case(text: str) -> str:
    """``text`` lower-cased as the rules' pre-tests read it. The last text folded is
    remembered, by identity: a paragraph is read by the inline, section and paragraph
    tables in turn, most often as the same string object (the plain fold is
    :func:`fold_case_plain`)."""
    global _last_fold
    last = _last_fold  # one read of the pair: another thread may replace it, never half of it
    if last[0] is text:
        return last[1]
    folded = fold_case_plain(text)
    _last_fold = (text, folded)
    return folded


def fold_case_plain(text: str) -> str:
    """:func:`fold_case` without remembering."""
    if not text.isascii():
        for char, letter in _CASE_FOLDS:
            if char in text:
                text = text.replace(char, letter)
    return text.lower()


_last_fold: tuple[str | None, str] = (None, "")


# --- pre-tests -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PreTest:
    """Tests every text a rule matches passes (on the text lower-cased by :func:`fold_case`)."""

    starts: tuple[str, ...] = ()  # one of them starts the text (empty: no test)
    requires: tuple[str, ...] = ()  # one of them is in the text (empty: no test)
    max_len: int = UNBOUNDED  # the text is no longer

    def admits(self, folded: str, length: int) -> bool:
        """Whether a text ``length`` characters long, ``folded`` once lower-cased, passes."""
        return (length <= self.max_len
                and (not self.starts or folded.startswith(self.starts))
                and (not self.requires or any(s in folded for s in self.requires)))


def whole_text_pre_test(rule: Rule) -> PreTest:
    """The pre-test of a rule that must match a whole text: how its matches start, else
    what they contain, and how long they can be (from the table of derived pre-tests
    when it holds this pattern: see :mod:`.pretests`)."""
    known = PRE_TESTS.get(("whole", rule.source, int(rule.flags)))
    return PreTest(*known) if known is not None else derive_whole_text_pre_test(rule)


def inline_pre_test(rule: Rule) -> PreTest:
    """The pre-test of a rule that cuts spans out of a text: what every span contains
    (from the table of derived pre-tests when it holds this pattern)."""
    known = PRE_TESTS.get(("inline", rule.source, int(rule.flags)))
    return PreTest(*known) if known is not None else derive_inline_pre_test(rule)


def derive_whole_text_pre_test(rule: Rule) -> PreTest:
    """:func:`whole_text_pre_test` read from the rule's pattern."""
    # Loaded only here: a run reads the written table, and the reader costs start-up time.
    from .pattern_reader import max_width, read_pattern, requires, starts

    node = read_pattern(rule.source)
    first = starts(node)
    return PreTest(first, () if first else requires(node), max_width(node))


def derive_inline_pre_test(rule: Rule) -> PreTest:
    """:func:`inline_pre_test` read from the rule's pattern."""
    from .pattern_reader import read_pattern, requires

    return PreTest(requires=requires(read_pattern(rule.source)))


def pre_test_table(whole_text: Iterable[Rule], inline: Iterable[Rule]) -> str:
    """The source of :mod:`.pretests`: the pre-tests derived from every rule's pattern."""
    rows = [(("whole", r.source, int(r.flags)), derive_whole_text_pre_test(r)) for r in whole_text]
    rows += [(("inline", r.source, int(r.flags)), derive_inline_pre_test(r)) for r in inline]
    lines = [PRE_TEST_TABLE_HEADER,
             "PRE_TESTS: dict[tuple[str, str, int], tuple[tuple[str, ...], tuple[str, ...], int]] = {"]
    for key, test in dict(rows).items():
        lines.append(f"    {key!r}:\n        ({test.starts!r}, {test.requires!r}, {test.max_len!r}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


PRE_TEST_TABLE_HEADER = '''"""The pre-tests of the cleaning rules, as derived from their patterns by
:mod:`newsclean.clean.rule_index`: written out so that a run need not read every pattern
at start-up. Generated; do not edit. After changing a rule, write it again with

    python -m newsclean.clean.rule_index > newsclean/clean/pretests.py

(a rule missing here is read from its pattern when first needed, and a test fails until
the table is written again)."""
# ruff: noqa: E501
'''


# --- choosing the rules to try ---------------------------------------------------------------


def first_match(text: str, rules: Iterable[Rule]) -> Rule | None:
    """The first of ``rules`` that matches all of ``text``: the plain reading, and the
    reference :class:`RuleIndex` is held to."""
    return next((r for r in rules if r.matches(text)), None)


Needles = tuple[tuple[str, tuple[str, ...]], ...]  # strings to look for, under gates (see gated)
# Texts whose answers a RuleIndex keeps: an article's paragraphs read by the header and
# the cleaner, a few articles' boilerplate lines; never a corpus (a benchmark that reads
# the same articles again finds none of them kept).
SEEN_TEXTS = 256
_UNSEEN = object()


@dataclass(slots=True)
class _Reach:
    """The rules of a table long enough for texts of some length, and the strings their
    pre-tests look for."""

    rules: tuple[tuple[Rule, PreTest], ...]
    needles: Needles
    # the rules to try and their starts, by (first character, needles present): prose comes in few kinds
    chosen: dict[tuple[str, frozenset[str]], tuple[tuple[Rule, tuple[str, ...]], ...]] = field(default_factory=dict)


class RuleIndex:
    """The rules of a table that must match a whole text, tried only when the text
    passes their pre-tests; the candidates are found with a dictionary look-up rather
    than a test per rule. Pre-tests are derived on first use."""

    __slots__ = ("_lengths", "_reaches", "_seen", "_tests", "longest", "rules")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._tests: tuple[PreTest, ...] = ()
        self._lengths: list[int] = []  # each rule's max_len, sorted
        self.longest = UNBOUNDED  # the most characters a rule of the table can match, once its pre-tests are read
        self._seen: dict[str, Rule | None] = {}  # the answers for the texts met last (see first_match)
        self._reaches: dict[int, _Reach] = {}  # by how many rules are too short for the text

    @property
    def pre_tests(self) -> tuple[PreTest, ...]:
        """The pre-test of each rule, in table order."""
        if len(self._tests) != len(self.rules):
            self._tests = tuple(map(whole_text_pre_test, self.rules))
            self._lengths = sorted(test.max_len for test in self._tests)
            self.longest = self._lengths[-1] if self._lengths else 0
        return self._tests

    def first_match(self, text: str) -> Rule | None:
        """:func:`first_match`, trying only the rules whose pre-tests ``text`` passes.

        The answers for the last texts met (up to ``SEEN_TEXTS``, a few articles'
        paragraphs) are kept: the header reads an article's first paragraphs, and the
        lines after each, before the cleaner reads them all. What it buys:
        ``benchmarks/library.py --baseline`` main x0.88 without, x0.92 with (CPU time)."""
        seen = self._seen
        hit = seen.get(text, _UNSEEN)
        if hit is _UNSEEN:
            hit = self.first_match_unseen(text)
            if len(seen) >= SEEN_TEXTS:
                seen.clear()
            seen[text] = hit
        return hit  # type: ignore[return-value]

    def first_match_unseen(self, text: str) -> Rule | None:
        """:meth:`first_match` worked out again, whether or not ``text`` was met before."""
        length, tests = len(text), self.pre_tests
        too_short = bisect_left(self._lengths, length)
        if too_short == len(tests):  # a long text: no rule can match that much
            return None
        reach = self._reaches.get(too_short)
        if reach is None:
            reach = self._reach(length, too_short)
        folded = fold_case(text)
        present = present_needles(folded, reach.needles)
        chosen = reach.chosen.get((folded[:1], present))
        if chosen is None:
            chosen = self._choose(reach, folded[:1], present)
        for rule, starts in chosen:
            if (not starts or folded.startswith(starts)) and rule.matches(text):
                return rule
        return None

    def _reach(self, length: int, too_short: int) -> _Reach:
        rules = tuple((r, t) for r, t in zip(self.rules, self.pre_tests, strict=True) if t.max_len >= length)
        reach = self._reaches[too_short] = _Reach(rules, gated(s for _, t in rules for s in t.requires))
        return reach

    @staticmethod
    def _choose(reach: _Reach, first: str, present: frozenset[str]) -> tuple[tuple[Rule, tuple[str, ...]], ...]:
        """The rules (with their starts, still to test) whose other pre-tests a text
        starting with ``first`` and holding the needles ``present`` passes."""
        chosen = reach.chosen[first, present] = tuple(
            (rule, test.starts) for rule, test in reach.rules
            if (not test.starts or any(s[:1] == first for s in test.starts))
            and (not test.requires or not present.isdisjoint(test.requires)))
        return chosen


class SpanRuleIndex:
    """The rules of a table that cut spans out of a text, those whose pre-tests a text
    passes; found, as in :class:`RuleIndex`, with a dictionary look-up."""

    __slots__ = ("_by_present", "_needles", "_seen", "_tests", "rules")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._tests: tuple[PreTest, ...] = ()
        self._needles: Needles = ()
        self._by_present: dict[frozenset[str], tuple[Rule, ...]] = {}
        self._seen: dict[str, tuple[Rule, ...]] = {}  # as RuleIndex keeps them

    @property
    def pre_tests(self) -> tuple[PreTest, ...]:
        """The pre-test of each rule, in table order."""
        if len(self._tests) != len(self.rules):
            self._tests = tuple(map(inline_pre_test, self.rules))
            self._needles = gated(s for t in self._tests for s in t.requires)
        return self._tests

    def admitted(self, text: str) -> tuple[Rule, ...]:
        """The rules whose pre-tests ``text`` passes, in table order; the answers for the
        last texts met are kept, as :meth:`RuleIndex.first_match` keeps them."""
        seen = self._seen
        found = seen.get(text)
        if found is None:
            found = self.admitted_unseen(text)
            if len(seen) >= SEEN_TEXTS:
                seen.clear()
            seen[text] = found
        return found

    def admitted_unseen(self, text: str) -> tuple[Rule, ...]:
        """:meth:`admitted` worked out again."""
        tests = self.pre_tests
        present = present_needles(fold_case(text), self._needles)
        found = self._by_present.get(present)
        if found is None:
            found = self._by_present[present] = tuple(
                r for r, t in zip(self.rules, tests, strict=True)
                if not t.requires or not present.isdisjoint(t.requires))
        return found


def gated(needles: Iterable[str]) -> Needles:
    """The needles grouped under gates, a gate being a string each needle of its group
    contains: a shorter needle ("[" for "[caption"), or a first word several share
    ("read " for "read more", "read the"). A needle is looked for only when its gate is there."""
    groups: dict[str, list[str]] = {}
    ordered = sorted(set(needles), key=lambda n: (len(n), n))
    first_words = [n.split(" ", 1)[0] + " " for n in ordered if " " in n]
    for needle in ordered:
        gate = next((g for g in groups if g in needle), None)
        if gate is None:
            word = needle.split(" ", 1)[0] + " "
            # a first word shared by several needles gates them, if the needle holds it ("share"
            # alone does not hold "share ")
            gate = word if " " in needle and len(word) > 3 and first_words.count(word) > 1 else needle
        groups.setdefault(gate, []).append(needle)
    return tuple((gate, tuple(group)) for gate, group in groups.items())


def present_needles(text: str, gated_needles: Needles) -> frozenset[str]:
    """The needles ``text`` holds."""
    return frozenset(n for gate, group in gated_needles if gate in text for n in group if n in text)



if __name__ == "__main__":  # python -m newsclean.clean.rule_index > newsclean/clean/pretests.py
    from .rules import INLINE_RULES, PARAGRAPH_RULES, SECTION_RULES, TRAILER_RULES

    print(pre_test_table(PARAGRAPH_RULES + SECTION_RULES + TRAILER_RULES, INLINE_RULES), end="")
