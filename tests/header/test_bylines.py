"""Byline and date lines."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.header.bylines import credit_names, is_date_line, is_date_line_plain, parse_byline, parse_byline_plain
from newsclean.header.dates import DATE_PATTERNS


@pytest.mark.parametrize("line,authors,date", [
    ("By Marta Kowal", ["Marta Kowal"], None),
    ("By Marta Kowal and Ian Byrne | March 14, 2024", ["Marta Kowal", "Ian Byrne"], "2024-03-14"),
    ("By Ana Silva, Tom Hale and Li Wei", ["Ana Silva", "Tom Hale", "Li Wei"], None),
    ("Posted on March 3, 2024 by Devon Marsh", ["Devon Marsh"], "2024-03-03"),
    ("Posted on by willow", [], None),  # an account's handle names no one
    ("By REUTERS on Publish Date February 3, 2016.", [], "2016-02-03"),  # an agency is no person
    ("By Nora Quill Monday", ["Nora Quill"], None),
    ("By Nora Quill, MS, RDN", ["Nora Quill"], None),
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
    forms = ["March 17, 2022 17 March 2022 2022-03-17 03/17/2022 9:30 20220317T0930Z 2022年3月17日 17. März 2022 "
             "17.03.2022", "20220317"]
    for pattern in DATE_PATTERNS:
        assert any(pattern.search(dates) is not None for dates in forms)
        for dates in forms:
            no_year = re.sub(r"\d{4}", lambda year: year.group()[:3] + " " + year.group()[3], dates)
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


# parse_byline is parse_byline_plain behind a pre-test: a byline's opening word at the
# start or after a separator, or a date stamp's first word at the start.
_BYLINE_PIECES = ["By", "by", "BY", "bY", "Bу", "Written by", "Story by", "Posted", "posted", "Published", "UPDATED",
                  "Last updated", "Date", "Created", "Von", "Par", "Por", "Publicado por", "Escrito por", "Door", "Di",
                  "Av", "Af", "Text", "Texto", "Autor", "Auteur", "Текст", "ТЕКСТ", "Автор", "ᲄекст", "аᲀтор",
                  "Wrıtten", "Poſted", "WRİTTEN", ":", " ", "  ", " on ", " at ", " | ", " - ", " — ", " · ", "-", "|",
                  ",", ".", " and ", "Marta Kowal", "Ian Byrne", "Ana de la Cruz", "REUTERS", "March 14, 2024",
                  "14/03/2024", "2024", "9:40 AM", "Monday", "staff", "x"]


@pytest.mark.speed_equivalence
@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_BYLINE_PIECES), max_size=10).map("".join))
def test_parse_byline_as_its_plain_reading(text):
    assert parse_byline(text) == parse_byline_plain(text)


@pytest.mark.parametrize("line,names", [
    ("(Reporting by Ana Ferro in Lisbon and Tom Hale in Madrid; Editing by Li Wei)", ["Ana Ferro", "Tom Hale"]),
    ("(Reporting By Valmora Television in Porto; Writing by Marie-Anne Duval; Editing by Sam Oduya)",
     ["Marie-Anne Duval"]),
    ("(Reporting by Ana Ferro; Additional reporting by Tom Hale and Li Wei; editing by Sam Oduya)",
     ["Ana Ferro", "Tom Hale", "Li Wei"]),
    ("(Editing by Sam Oduya and Li Wei)", []),
    ("AP Diplomatic Writer Tomas Ruiz contributed to this report.", ["Tomas Ruiz"]),
    ("Associated Press writers Ana Ferro in Lisbon, Tom Hale in Madrid and Li Wei in Porto, Spain, contributed "
     "to this report.", ["Ana Ferro", "Tom Hale", "Li Wei"]),
    ("Courier staff writer Nora Quill contributed to this report.", ["Nora Quill"]),
    ("Valmora News' Ana Ferro and Tom Hale contributed to this report.", ["Ana Ferro", "Tom Hale"]),
    ("Ana Ferro and Tom Hale of the Courier's Lisbon bureau contributed to this report.", ["Ana Ferro", "Tom Hale"]),
    ("The Associated Press contributed to this report.", []),
    ("Valmora Times contributed to this report.", []),
    ("Nora Quill can be reached at nquill@example.org", ["Nora Quill"]),
    ("Courier researcher Li Wei contributed to this report. Reach Nora Quill at nquill@example.org.",
     ["Li Wei", "Nora Quill"]),
    ("This article was written by Tom Hale and first published at the Valmora Ledger", ["Tom Hale"]),
    ("By Nora Quill", ["Nora Quill"]),
    ("By Staff Writer", []),
])
def test_credit_names(line, names):
    assert credit_names(line) == names


def test_a_credit_line_at_the_foot_gives_the_authors_when_no_byline_does():
    from newsclean import process

    story = ("Harbour workers in Valmora voted on Thursday to end a strike that had kept cargo ships idle for nine "
             "days.\n\nThe agreement gives the union a seat on a new pay panel.")
    credited = process(f"{story}\n\n(Reporting by Ana Ferro; Editing by Li Wei)")
    assert credited.authors == ["Ana Ferro"]
    assert "Reporting by" not in credited.body
    bylined = process(f"By Nora Quill\n\n{story}\n\nTom Hale contributed to this report.")
    assert bylined.authors == ["Nora Quill"]


def test_the_cleaner_hands_over_the_credit_lines_it_removes():
    from newsclean.clean.cleaner import clean_paragraphs

    story = "The council approved the harbour budget on Tuesday after a long debate over fees."
    cleaned = clean_paragraphs([story, "Share this article", "(Reporting by Ana Ferro; Editing by Li Wei)"])
    assert cleaned.paragraphs == [story]
    assert cleaned.credit_lines == ["(Reporting by Ana Ferro; Editing by Li Wei)"]
    assert cleaned.label_lines == []
