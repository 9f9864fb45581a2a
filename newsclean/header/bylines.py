"""Byline and date lines: "By Marta Kowal | March 14, 2024", "Posted on … by …",
"Updated: Thursday, June 13, 2024 at 9:40 AM"."""
from __future__ import annotations

import re

from .. import patterns
from .data import (
    AGENCY_NAMES,
    AUTHOR_ROLES,
    CREDIT_JOB_WORDS,
    DATE_FILLER_WORDS,
    GENERIC_AUTHORS,
    OUTLET_WORDS,
    SITE_WORDS,
)
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


# --- credit lines at the foot: the reporters they name --------------------------------

# "(Reporting by A in Paris and B, with reporting by C; Editing by D)": a role and "by";
# the people of the role run to the next role or the end of the clause.
_ROLE_BY = patterns.compile(
    r"(?P<role>(?:additional |also )?(?:reporting|writing|written|compiled|reported|editing|edited|research|"
    r"graphics|photos?|fact-checking|production|translation|words)(?: and (?:writing|editing|reporting))?)"
    r"\s{1,3}by:?\s{1,3}", re.I)
_BETWEEN_ROLES = patterns.compile(r"(?:[;,.]|\s(?:with|and))*\s*$", re.I)
# "A and B contributed to this report.", "A can be reached at …": the people before the verb.
_CREDITED_BEFORE = patterns.compile(
    r"(?P<names>[^.;!?]{1,300}?)\s{1,3}(?:also\s{1,3})?(?:contributed|can be reached|may be reached)\b", re.I)
# "Reach Jane Roe at jroe@example.org": the writer's contact line.
_CONTACT = patterns.compile(
    r"\b(?i:reach|contact|e-?mail)\s{1,3}(?P<names>(?:[A-Z][\w.'’-]{0,30}\s){1,3}[A-Z][\w'’-]{0,30})"
    r"\s{1,3}(?:at|on|via)\b")
# The words that end a name in a credit: a place, an outlet, a later clause.
_AFTER_NAME = patterns.compile(r"\s(?:in|at|from|of|for|with|on|and originally|who|is|was)\s.{0,300}$|[,:]\s*$")
_CREDIT_SPLIT = patterns.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "bin", "al", "la", "le", "del", "dos", "du", "ibn"})
MAX_NAME_WORDS = 4


def credit_names(line: str) -> list[str]:
    """The reporters a credit line names: ``(Reporting by Ana Ferro in Lisbon; Editing by
    Tom Hale)`` → [``Ana Ferro``]; ``AP writer Li Wei contributed to this report.`` →
    [``Li Wei``]; agencies, desks and editors left out."""
    text = line.strip().strip("()[]*_ ")
    if len(text) > 600:
        return []
    found: list[str] = []
    roles = list(_ROLE_BY.finditer(text))
    ends = [after.start() for after in roles[1:]] + [len(text)] if roles else []
    for m, end in zip(roles, ends, strict=True):
        role = " ".join(m.group("role").lower().replace("also ", "").split())
        if role in AUTHOR_ROLES:
            names = text[m.end(): end].split(";")[0]
            found += people_in(_BETWEEN_ROLES.sub("", names))
    if not roles:
        before = _CREDITED_BEFORE.search(text)
        if before is not None:
            found += people_in(before.group("names"))
        else:
            byline = parse_byline(text)
            found += [n for n in (byline[0] if byline else []) if is_person_name(n)]
    found += [m.group("names") for m in _CONTACT.finditer(text) if is_person_name(m.group("names"))]
    return list(dict.fromkeys(found))


def people_in(text: str) -> list[str]:
    """The people named in a list of credits: ``AP writers Ana Ferro in Lisbon and Li Wei``
    → [``Ana Ferro``, ``Li Wei``]."""
    people = []
    for part in _CREDIT_SPLIT.split(text):
        name = _name_at_end(_AFTER_NAME.sub("", part.strip()))
        if name and is_person_name(name):
            people.append(name)
    return people


def _name_at_end(text: str) -> str | None:
    """The run of capitalised words that ends ``text``, after the job or outlet words
    before it: ``Globe Correspondent Jane Roe`` → ``Jane Roe``."""
    words = text.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(".,;:")
        if not bare or bare.lower() in CREDIT_JOB_WORDS or bare.endswith(("'", "’", "'s", "’s")):
            break
        if not (bare[:1].isupper() or bare.lower() in _NAME_PARTICLES):
            break
        kept.append(bare)
    kept.reverse()
    while kept and kept[0].lower() in _NAME_PARTICLES:
        kept.pop(0)
    return " ".join(kept) if 2 <= len(kept) <= MAX_NAME_WORDS else None


def is_person_name(name: str) -> bool:
    """A name that may be a person's: not an agency, a desk, a site or a placeholder, and
    no date."""
    folded = name.lower()
    words = folded.split()
    if folded in AGENCY_NAMES or folded in GENERIC_AUTHORS or any(w in AGENCY_NAMES for w in words if len(w) > 3):
        return False
    if words and (words[-1].strip(".") in SITE_WORDS or words[-1] in OUTLET_WORDS):
        return False  # "New York Times", "Valmora Herald", "Valmora Television"
    return parse_date(name) is None
