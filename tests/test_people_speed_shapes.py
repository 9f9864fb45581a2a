"""The people stage finds offices and "counterpart" without scanning the text with the
patterns that describe them; these tests hold the faster readings to the patterns."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import officials
from newsclean.people_data import OFFICES

# The whole office table as one pattern, scanned over the lower-cased text with a space
# in front: what ``offices_in`` must find.
OFFICE_PATTERN = re.compile(rf"[\s(\[\"“‘'’—–/-](?P<office>{officials.alternation(OFFICES)})(?![\w-])")
COUNTERPART_PATTERN = re.compile(r"(?:(?P<demonym>[\w’'.-]{2,30}) )?counterparts?,? (?=\S)")

PIECES = sorted(OFFICES)[::3] + [
    "president", "vice president", "president-elect", "presidential", "lt.", "lt. gov.", "u.s.",
    "u.s. attorney", "us", "chairman", "chair", "the", "x", "é", " ", "  ", "\n", "\t", "\u00a0",
    "-", "(", "/", "“", "’", ",", ".", "_", "2",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def offices_by_pattern(low: str) -> list[tuple[int, int]]:
    return [(m.start("office") - 1, m.end("office") - 1) for m in OFFICE_PATTERN.finditer(" " + low)]


def test_every_office_opens_with_a_lower_case_letter():
    # offices_in looks offices up by the letters they open with
    assert all("a" <= o[0] <= "z" for o in OFFICES)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_offices_found_as_the_pattern_finds_them(text):
    low = officials._lower_same_length(text)
    assert officials.offices_in(low) == offices_by_pattern(low)


def test_office_shapes():
    for text in ("vice president-elect Ruiz", "the vice  president", "ex-president", "vice-president",
                 "presidents", "president_", "president2", "lt. gov. Ward", "u.s.attorney", "(mayor)",
                 "chief of the general staff", "deputy minister\nof state", "“senator”"):
        low = officials._lower_same_length(text)
        assert officials.offices_in(low) == offices_by_pattern(low), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["counterpart", "counterparts", ",", " ", "x", "ab", "Iranian", "’", "-",
                                 ".", "a" * 35, "b" * 29, "\n"]), max_size=14).map("".join))
def test_counterpart_found_as_the_pattern_finds_it(text):
    expected = [(m.span(), m.groupdict()) for m in COUNTERPART_PATTERN.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in officials._counterpart_matches(text)] == expected
