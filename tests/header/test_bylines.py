"""Byline and date lines."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.header.bylines import is_date_line, is_date_line_plain, parse_byline
from newsclean.header.dates import DATE_PATTERNS


@pytest.mark.parametrize("line,authors,date", [
    ("By Marta Kowal", ["Marta Kowal"], None),
    ("By Marta Kowal and Ian Byrne | March 14, 2024", ["Marta Kowal", "Ian Byrne"], "2024-03-14"),
    ("By Ana Silva, Tom Hale and Li Wei", ["Ana Silva", "Tom Hale", "Li Wei"], None),
    ("Posted on March 3, 2024 by Devon Marsh", ["Devon Marsh"], "2024-03-03"),
    ("Posted on by willow", ["willow"], None),
    ("By REUTERS on Publish Date February 3, 2016.", ["REUTERS"], "2016-02-03"),
    ("Updated: Thursday, June 13, 2024 at 9:40 AM", [], "2024-06-13T09:40:00"),
    ("Published 2024-06-13T09:40:00Z", [], "2024-06-13T09:40:00Z"),
    ("March 14, 2024", [], "2024-03-14"),
    ("14 March 2024", [], "2024-03-14"),
    ("By Staff Writer", [], None),
    ("Written by: Ana de la Cruz", ["Ana de la Cruz"], None),
])
def test_parse_byline(line, authors, date):
    assert parse_byline(line) == (authors, date)


@pytest.mark.parametrize("line", [
    "By the end of the week the talks had collapsed, officials said.",
    "Published figures show a fall in exports in March, 2024 being the worst year since records began.",
    "Marta Kowal",
    "Updated: soon",
    "By " + "Marta Kowal " * 20,
])
def test_not_a_byline(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize("line,date", [
    ("Tuesday, March 14, 2024 at 9:30 AM EST", True),
    ("Updated 2024-03-14", True),
    ("March 14, 2024 Reuters", True),  # one word besides the date may stay
    ("March 14, 2024 by Marta Kowal", False),
    ("The vote on March 14, 2024", False),
    ("March 17, 202 2", False),
    ("no date here", False),
])
def test_is_date_line(line, date):
    assert is_date_line(line) is date


# is_date_line is is_date_line_plain behind a pre-test: a line without four digits in a
# row holds no date.

@pytest.mark.speed_equivalence
def test_every_date_pattern_needs_four_digits_in_a_row():
    dates = "March 17, 2022 17 March 2022 2022-03-17 03/17/2022 9:30"
    no_year = re.sub(r"\d{4}", lambda year: year.group()[:3] + " " + year.group()[3], dates)
    for pattern in DATE_PATTERNS:
        assert pattern.search(dates) is not None
        assert pattern.search(re.sub(r"\d", "x", dates)) is None
        assert pattern.search(no_year) is None
    assert is_date_line("March 17, 2022") and not is_date_line("March 17, 202 2")


_DATE_PIECES = ["March", "Mar.", "mar", "17", "17th", "2024", "202", "4", "1", "03/17/", "2024-03-", "T09:30:00Z",
                "+0900", ",", " ", "of", "at", "9:30", "AM", "p.m.", "EST", "Updated", "Tuesday", "by", "Kowal", "-",
                "/", ":", "٢٠٢٤", "２０２４"]


@pytest.mark.speed_equivalence
@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
def test_is_date_line_as_its_plain_reading(text):
    assert is_date_line(text) == is_date_line_plain(text)
