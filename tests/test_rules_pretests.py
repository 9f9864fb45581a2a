"""A reference reading of what every match of a pattern starts with and holds, from
CPython's own parse of it (``re._parser``), for tests only: the library derives its
pre-tests with a reader of its own (``newsclean.clean.rule_index``), which
``tests/clean/test_rule_index.py`` checks against this one. The header's tests use it
for their quick tests too, so it stays importable under this name.
"""
import re
from re import _constants as sre
from re import _parser

_MAX_PREFIXES = 5000  # past this many, the prefixes found so far are kept as they are (shorter: still true)


def parsed(pattern: re.Pattern[str]):
    return list(_parser.parse(pattern.pattern, pattern.flags))


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


def test_the_checks_catch_a_wrong_pre_test():
    items = list(_parser.parse(r"(?:read more|see also)\W{0,3}", re.I))
    assert starts_hold(items, ("read", "see"))
    assert not starts_hold(items, ("read",))
    assert requires_hold(items, ("more", "also"))
    assert not requires_hold(items, ("more",))
    assert requires_hold(list(_parser.parse(r".{0,20}, (?:left|right)\b", 0)), (", left", ", right"))
