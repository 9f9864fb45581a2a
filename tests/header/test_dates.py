"""Dates as news pages write them, turned into ISO 8601."""
import pytest

from newsclean.header.dates import parse_date


@pytest.mark.parametrize("text,iso", [
    ("Mar. 3rd 2024, 5:05 pm", "2024-03-03T17:05:00"),
    ("2024-03-03 08:15:00", "2024-03-03T08:15:00"),
    ("2024-03-03T08:15:00+0900", "2024-03-03T08:15:00+09:00"),
    ("2024-03-03T08:15:00.123Z", "2024-03-03T08:15:00Z"),
    ("03/17/2024", "2024-03-17"),
    ("17/03/2024", "2024-03-17"),
    ("17th of March 2024 at 12:30 a.m.", "2024-03-17T00:30:00"),
    ("September 9, 2024 12:05 PM", "2024-09-09T12:05:00"),
    ("February 30, 2024", "2024-02-30"),
    ("March 3, 2024, 25:10", "2024-03-03"),
    ("no date here", None),
    ("13/13/2024", None),
    ("March 3, 1850", None),
    ("", None),
    (None, None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text,iso", [
    ("20240303T081500+0900", "2024-03-03T08:15:00+09:00"),
    ("20240303T0815Z", "2024-03-03T08:15:00Z"),
    ("20240303", "2024-03-03"),
    ("Stand: 3. März 2024, 08:15 Uhr", "2024-03-03T08:15:00"),
    ("publié le 3 févr. 2024", "2024-02-03"),
    ("3 de marzo de 2024", "2024-03-03"),
    ("3 marzo 2024", "2024-03-03"),
    ("3 марта 2024 г.", "2024-03-03"),
    ("3 maart 2024", "2024-03-03"),
    ("03.03.2024 08:15", "2024-03-03T08:15:00"),
    ("2024年3月3日 8:15", "2024-03-03T08:15:00"),
    ("2024년 3월 3일", "2024-03-03"),
    ("2024/03/03", "2024-03-03"),
    ("Issue 20240303 of the gazette", None),  # eight digits inside a line are no date
    ("in 2024", None),
    ("März 2024", None),  # a month without its day is no date
])
def test_dates_in_iso_basic_form_and_other_languages(text, iso):
    assert parse_date(text) == iso
