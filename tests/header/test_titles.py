"""Titles and labels: splitting a title from its suffixes, section and site words,
breadcrumbs, category lines and label lines."""
from re import _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_rules_pretests import requires_hold

from newsclean.header.titles import (
    BREADCRUMB_LINE,
    BREADCRUMB_SEPARATOR,
    BREADCRUMB_SEPARATORS,
    BREADCRUMB_TRAIL,
    TITLE_SPLIT,
    breadcrumb_labels,
    breadcrumb_labels_plain,
    category_labels,
    is_label_like,
    is_section_label,
    is_title_case,
    looks_like_site,
    split_labels,
    split_title,
)


@pytest.mark.parametrize("title,headline,sections", [
    ("Harbour strike spreads | Business", "Harbour strike spreads", ["Business"]),
    ("Harbour strike spreads | Business | The Valmora Times", "Harbour strike spreads", ["Business"]),
    ("Harbour strike spreads - World News", "Harbour strike spreads", ["World News"]),
    ("Harbour strike spreads – The Valmora Herald", "Harbour strike spreads", []),
    ("Harbour strike spreads - valmoranews.com", "Harbour strike spreads", []),
    ("Budget vote: what the council decided", "Budget vote: what the council decided", []),
    ("Minister quits - and takes the blame", "Minister quits - and takes the blame", []),
    ("World News | Harbour strike spreads", "Harbour strike spreads", ["World News"]),
])
def test_split_title(title, headline, sections):
    assert split_title(title) == (headline, sections)


def test_page_title_drops_unknown_site_suffix_after_dash():
    assert split_title("Ferry vote passes – Courierly", page_title=True) == ("Ferry vote passes", [])
    assert split_title("Ferry vote passes – Courierly") == ("Ferry vote passes – Courierly", [])


def test_page_title_last_suffix_is_the_site_unless_a_section():
    assert split_title("Ferry vote passes | Courierly", page_title=True) == ("Ferry vote passes", [])
    assert split_title("Ferry vote passes | Politics | Courierly", page_title=True) == (
        "Ferry vote passes", ["Politics"])
    assert split_title("Ferry vote passes | Politics", page_title=True) == ("Ferry vote passes", ["Politics"])


def test_a_dash_or_colon_splits_a_title_only_before_a_short_suffix():
    for sep in ("-", "–", "—", ":"):
        near = "Headline words " + " " * 20 + sep + " " * 20 + "x" * 60
        assert len(TITLE_SPLIT.split(near)) == 2
        assert len(TITLE_SPLIT.split(near + "x")) == 1
    assert len(TITLE_SPLIT.split("Headline words | " + "x" * 200)) == 2


@pytest.mark.parametrize("text,label", [
    ("World News", True), ("Politics", True), ("sci-tech", True), ("Middle East & Africa", True),
    ("Harbour strike spreads", False), ("World News Europe Asia Pacific", False), ("", False),
])
def test_is_section_label(text, label):
    assert is_section_label(text) is label


@pytest.mark.parametrize("text,site", [
    ("The Valmora Times", True), ("valmoranews.com", True), ("Reuters", True), ("Courier Online", True),
    ("World News", False), ("Harbour strike spreads to the north", False), ("Business", False),
])
def test_looks_like_site(text, site):
    assert looks_like_site(text) is site


@pytest.mark.parametrize("text,like", [
    ("Military", True), ("Asia Pacific", True), ("Share Facebook", False), ("Top 10", False),
    ("military", False), ("World News Europe Asia Pacific", False), ("Europe.", False),
])
def test_is_label_like(text, like):
    assert is_label_like(text) is like


def test_is_title_case():
    assert is_title_case("Why The Tribulation Will Begin Soon")
    assert not is_title_case("Why the council finally agreed on a budget")
    assert not is_title_case("Big News Day")  # too few longer words to tell


@pytest.mark.parametrize("crumb,labels", [
    ("Home » Politics » Europe", ["Europe", "Politics"]),
    ("Home > World > Asia Pacific", ["Asia Pacific", "World"]),
    ("News › World › Asia", ["Asia", "World", "News"]),
    ("World / Europe", ["Europe", "World"]),
    ("Home Politics Europe", []),
    ("The council met / the mayor left", []),
])
def test_breadcrumb_labels(crumb, labels):
    assert breadcrumb_labels(crumb) == labels


def test_breadcrumb_steps_split_at_the_separator():
    assert [s.strip() for s in BREADCRUMB_SEPARATOR.split("Home » World › Asia")] == ["Home", "World", "Asia"]
    assert BREADCRUMB_LINE.fullmatch("Home | World") and not BREADCRUMB_LINE.fullmatch("World | Asia")


@pytest.mark.parametrize("line,labels", [
    ("Category: Politics, Europe", ["Politics", "Europe"]),
    ("Filed under: Politics; Europe", ["Politics", "Europe"]),
    ("Posted in Politics, Europe", ["Politics", "Europe"]),
    ("Categories: World | Asia.", ["World", "Asia"]),
    ("Politics, Europe", None),
    ("Filed under: a: b", None),
])
def test_category_labels(line, labels):
    assert category_labels(line) == labels


def test_split_labels():
    assert split_labels("Politics, Europe; Asia • Africa · Americas | Oceania.") == [
        "Politics", "Europe", "Asia", "Africa", "Americas", "Oceania"]
    assert split_labels(" , . ;") == []


# breadcrumb_labels is breadcrumb_labels_plain behind a pre-test: a line without one
# of BREADCRUMB_SEPARATORS is no breadcrumb.

@pytest.mark.speed_equivalence
def test_every_breadcrumb_holds_a_separator():
    for pattern in (BREADCRUMB_LINE, BREADCRUMB_TRAIL):
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        assert requires_hold(items, BREADCRUMB_SEPARATORS), pattern.pattern
        assert not requires_hold(items, BREADCRUMB_SEPARATORS[1:]), pattern.pattern


_CRUMB_PIECES = ["Home", "home", "HOME", "Start", "front page", "Homepage", "World", "Politics", "Asia Pacific",
                 "news", "Share", "2024", "x" * 41, "»", "›", ">", "→", "/", "|", "\\", "<", "-", " ", "  ", " / ",
                 ".", "!", "?", "İ", "ſ"]


@pytest.mark.speed_equivalence
@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_CRUMB_PIECES), max_size=12).map("".join))
def test_breadcrumb_labels_as_its_plain_reading(text):
    assert breadcrumb_labels(text) == breadcrumb_labels_plain(text)


@pytest.mark.parametrize("title,headline", [
    ("Ferry vote passes – Post-Bulletin", "Ferry vote passes"),
    ("Ferry vote passes – Valmora World-Herald", "Ferry vote passes"),
    ("Ferry vote passes – Santa Fe New Mexican", "Ferry vote passes"),
    ("Ferry vote passes – U.S. News & World Report", "Ferry vote passes"),
    ("Ferry vote passes – Valmora Today High School Sports", "Ferry vote passes"),
    ("The early reviews are here — And They're Not Great", "The early reviews are here — And They're Not Great"),
    ("Ferry vote passes – latest updates", "Ferry vote passes – latest updates"),
])
def test_a_page_titles_last_suffix_that_reads_as_a_name_is_the_site(title, headline):
    assert split_title(title, page_title=True) == (headline, [])


def test_numbers_after_a_bar_are_not_sections():
    assert split_title("Night Ferry: A Short Film | 2017 | 54 min") == ("Night Ferry: A Short Film", [])
