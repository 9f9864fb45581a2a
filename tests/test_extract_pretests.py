"""The header's quick tests (a byline's first word, a breadcrumb's separator, a date's
digit) hold for everything the patterns they stand before can match."""
import re
from re import _parser

from hypothesis import given, settings
from hypothesis import strategies as st

from test_rules_pretests import prefixes, requires_hold

from newsclean.header import bylines, extract, titles
from newsclean.header.dates import DATE_PATTERNS


def test_every_byline_pattern_starts_with_a_byline_start():
    for _, pattern in bylines.BYLINE_PATTERNS:
        starts = {text for text, _ in prefixes(list(_parser.parse(pattern.pattern, pattern.flags)))}
        assert all(text.startswith(bylines.BYLINE_STARTS) for text in starts), pattern.pattern


def test_every_date_pattern_needs_four_digits_in_a_row():
    dates = "March 17, 2022 17 March 2022 2022-03-17 03/17/2022 9:30"
    no_year = re.sub(r"\d{4}", lambda year: year.group()[:3] + " " + year.group()[3], dates)
    for pattern in DATE_PATTERNS:
        assert pattern.search(dates) is not None
        assert pattern.search(re.sub(r"\d", "x", dates)) is None
        assert pattern.search(no_year) is None
    assert bylines.is_date_line("March 17, 2022") and not bylines.is_date_line("March 17, 202 2")


def test_breadcrumbs_need_a_separator():
    for pattern in (titles.BREADCRUMB_LINE, titles.BREADCRUMB_TRAIL):
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        assert requires_hold(items, titles.BREADCRUMB_SEPARATORS), pattern.pattern
        assert not requires_hold(items, titles.BREADCRUMB_SEPARATORS[1:]), pattern.pattern
    assert titles.breadcrumb_labels("Home » Politics » Europe") == ["Europe", "Politics"]
    assert titles.breadcrumb_labels("World / Asia") == ["Asia", "World"]
    assert titles.breadcrumb_labels("Home Politics Europe") == []


_WORDS_AND_SEPARATORS = ["storm", "Storm", "closes", "ports", "ΣΟΦΟΣ", "σοφος", "İstanbul", "Ünïcode", " ", "  ", " | ", " - ",
                         " – ", ": ", " :: ", "World News", "Politics", "Reuters", ",", "!", "'s", "x.com"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS_AND_SEPARATORS), min_size=1, max_size=10).map("".join),
       st.lists(st.sampled_from(_WORDS_AND_SEPARATORS), min_size=1, max_size=6).map("".join))
def test_headline_repeat_as_split_and_fold_tell_it(text, headline):
    folded = extract._fold(headline)
    if not folded:
        return
    head, sections = titles.split_title(text)
    want = sections if extract._fold(head) == folded or extract._fold(text) == folded else None
    assert extract._headline_repeat(text, folded) == want
    assert extract._folds_to(text, folded) == (extract._fold(text) == folded)


def test_title_split_reach_and_category_firsts():
    # a dash or colon splits a title only when a short suffix follows it
    for sep in titles.TITLE_SEPARATORS:
        near = "Headline words " + " " * 20 + sep + " " * 20 + "x" * 60
        assert len(titles.TITLE_SPLIT.split(near)) == 2
        assert len(near) - near.index(sep) <= titles.TITLE_SUFFIX_REACH
        assert len(titles.TITLE_SPLIT.split(near + "x")) == 1
    firsts = {chr(c) for c in range(0x110000) if titles.CATEGORY_LINE.match(chr(c) + "ategory: x") or
              any(titles.CATEGORY_LINE.match(chr(c) + w[1:] + " x") for w in
                  ("category", "categories", "section", "sections", "filed under", "posted in", "published in"))}
    assert firsts <= titles.CATEGORY_FIRSTS
