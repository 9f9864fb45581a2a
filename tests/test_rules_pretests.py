"""The rules' pre-tests (``starts``, ``requires``) are checked against their patterns.

A pre-test lets a paragraph skip a rule without running its pattern, so it must hold
for every text the pattern can match. Here the literal text every match starts with
(and contains) is derived from the parsed pattern, and each declared pre-test must
follow from it.
"""
import re
from re import _constants as sre, _parser

import pytest

from newsclean.clean.cleaner import match_paragraph_rule
from newsclean.clean.rules import INLINE_RULES, PARAGRAPH_RULES, SECTION_RULES, TRAILER_RULES

ALL_RULES = PARAGRAPH_RULES + SECTION_RULES + TRAILER_RULES + INLINE_RULES
_MAX_PREFIXES = 400  # past this many, the prefixes found so far are kept as they are (shorter: still true)


def _ids(rules):
    return [f"{i}-{r.name}" for i, r in enumerate(rules)]


def _parsed(rule):
    return list(_parser.parse(rule.pattern.pattern, rule.pattern.flags))


def prefixes(items) -> set[tuple[str, bool]]:
    """(lower-case literal text, whether all of ``items`` was literal) for every way a match of
    the sequence ``items`` can start; an empty text means any start."""
    found = {("", True)}
    for op, av in items:
        following = _item_prefixes(op, av)
        grown = set()
        for text, open_ in found:
            if not open_:
                grown.add((text, False))
                continue
            grown.update((text + more, more_open) for more, more_open in following)
        found = grown if len(grown) <= _MAX_PREFIXES else {(text, False) for text, _ in found}
    return found


def _item_prefixes(op, av) -> set[tuple[str, bool]]:
    if op is sre.LITERAL:
        return {(chr(av).lower(), True)}
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):  # "(?:a|b)" is parsed as "[ab]"
        return {(chr(code).lower(), True) for _, code in av}
    if op is sre.AT:
        return {("", True)}  # zero width
    if op is sre.SUBPATTERN:
        return prefixes(av[3])
    if op is sre.BRANCH:
        return set().union(*(prefixes(alt) for alt in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, item = av
        once = prefixes(item)
        if high == 1:
            return once | {("", True)} if low == 0 else once
        closed = {(text, False) for text, _ in once}
        return closed | {("", True)} if low == 0 else closed
    return {("", False)}


def starts_hold(items, starts) -> bool:
    return all(any(text.startswith(s) for s in starts) for text, _ in prefixes(items))


def requires_hold(items, requires) -> bool:
    """Every match of ``items`` contains one of ``requires``: some part of the sequence
    always starts with text holding one, or some item always holds one."""
    for k in range(len(items)):
        if all(any(r in text for r in requires) for text, _ in prefixes(items[k:])):
            return True
    return any(_item_requires(op, av, requires) for op, av in items)


def _item_requires(op, av, requires) -> bool:
    if op is sre.SUBPATTERN:
        return requires_hold(list(av[3]), requires)
    if op is sre.BRANCH:
        return all(requires_hold(list(alt), requires) for alt in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return av[0] >= 1 and requires_hold(list(av[2]), requires)
    return False


@pytest.mark.parametrize("rule", ALL_RULES, ids=_ids(ALL_RULES))
def test_declared_pre_tests_hold_for_every_match(rule):
    items = _parsed(rule)
    if rule.starts:
        assert starts_hold(items, rule.starts), [t for t, _ in prefixes(items) if not t.startswith(rule.starts)]
    if rule.requires:
        assert requires_hold(items, rule.requires)
    assert all(s == s.lower() for s in rule.starts + rule.requires)


WHOLE_PARAGRAPH_RULES = PARAGRAPH_RULES + SECTION_RULES


@pytest.mark.parametrize("rule", WHOLE_PARAGRAPH_RULES, ids=_ids(WHOLE_PARAGRAPH_RULES))
def test_a_rule_whose_matches_start_with_literal_text_says_so(rule):
    derived = {text for text, _ in prefixes(_parsed(rule))}
    if "" not in derived:
        assert rule.starts or rule.requires, sorted(derived)


def test_the_checks_catch_a_wrong_pre_test():
    items = list(_parser.parse(r"(?:read more|see also)\W{0,3}", re.I))
    assert starts_hold(items, ("read", "see"))
    assert not starts_hold(items, ("read",))
    assert requires_hold(items, ("more", "also"))
    assert not requires_hold(items, ("more",))
    assert requires_hold(list(_parser.parse(r".{0,20}, (?:left|right)\b", 0)), (", left", ", right"))


@pytest.mark.parametrize("text", [
    "ſubscribe to our daily briefing",  # long s: re's IGNORECASE reads it as "s"
    "SUBSCRİBE TO OUR DAİLY BRİEFİNG",  # dotted capital I: lower-cases to two characters
    "Paıd content",  # dotless i: re reads it as "i"
])
def test_pre_tests_see_what_case_insensitive_patterns_see(text):
    assert match_paragraph_rule(text) is not None
