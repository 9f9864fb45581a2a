"""Byline and date lines: "By Marta Kowal | March 14, 2024", "Posted on … by …",
"Updated: Thursday, June 13, 2024 at 9:40 AM"."""
from __future__ import annotations

import re

from .. import patterns
from .data import DATE_FILLER_WORDS, GENERIC_AUTHORS
from .dates import DATE_PATTERNS, parse_date

# A name of up to five words ("Ana de la Cruz"), and up to six names joined by commas and "and".
_NAME = r"[A-Z][\w.'’-]+(?:\s(?:[A-Z][\w.'’-]+|de|da|van|von|der|bin|al|la|le|del)){0,4}"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME}){{0,5}})"
_NAMES_SPLIT = patterns.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")

# (kind, pattern): a byline gives names and maybe a date ("rest"); a date stamp only a date.
BYLINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("byline", patterns.compile(
        rf"(?i:by|written by|words by|story by|author|reporter|posted by)\s*:?\s+{_NAMES}"
        r"(?:\s*(?:\||,|:|-|–|—|·|•|\bon\b|\bfor\b)\s*(?P<rest>.{0,120}))?")),
    ("byline", patterns.compile(
        r"(?i:posted|published)(?:\s+on)?\s*(?P<rest>.{0,60}?)\s*(?i:by)\s+(?P<names>\S{1,40}(?:\s\S{1,40}){0,3})")),
    ("dateline_stamp", patterns.compile(
        r"(?i:published|posted|updated|last updated|last modified|date|first published|created)"
        r"\s*(?:on|at)?\s*:?\s*(?P<rest>.{4,80})")),
)
# Every date pattern holds a year of four digits: is_date_line's pre-test.
YEAR_DIGITS = patterns.compile(r"\d{4}")
_LATIN_WORDS = patterns.compile(r"[A-Za-z]+")


def parse_byline(text: str) -> tuple[list[str], str | None] | None:
    """(authors, ISO date) when the whole line is a byline or a date stamp."""
    if len(text) > 200:
        return None
    if len(text) <= 80 and is_date_line(text):
        return [], parse_date(text)
    for kind, pattern in BYLINE_PATTERNS:
        m = pattern.fullmatch(text.rstrip(". "))
        if not m:
            continue
        rest = m.groupdict().get("rest") or ""
        published = parse_date(rest)
        if kind == "dateline_stamp":
            return ([], published) if published else None
        names = [n.strip() for n in _NAMES_SPLIT.split(m.group("names")) if n.strip()]
        names = [n for n in names if n.lower() not in GENERIC_AUTHORS and not parse_date(n)]
        return names, published
    return None


def is_date_line(text: str) -> bool:
    """A line that is a date and little else: ``Tuesday, March 14, 2024 at 9:30 AM EST``.

    :func:`is_date_line_plain` behind a pre-test: a line without four digits in a row
    holds no date. Most lines have none, and the pre-test spares them the date patterns
    (without it the header stage takes about 15% longer, process() 1.6% on the text corpus)."""
    return YEAR_DIGITS.search(text) is not None and is_date_line_plain(text)


def is_date_line_plain(text: str) -> bool:
    """What :func:`is_date_line` tells, read without its pre-test: the first date pattern
    found in the line is taken out, and at most one word other than DATE_FILLER_WORDS
    may be left."""
    rest = text
    for pattern in DATE_PATTERNS:
        rest = pattern.sub(" ", rest, count=1)
        if rest != text:
            break
    if rest == text:
        return False
    leftover = [w for w in _LATIN_WORDS.findall(rest) if w.lower() not in DATE_FILLER_WORDS]
    return len(leftover) <= 1
