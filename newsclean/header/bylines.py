"""Byline and date lines: "By Marta Kowal | March 14, 2024", "Posted on … by …",
"Updated: Thursday, June 13, 2024 at 9:40 AM"."""
from __future__ import annotations

import re

from .. import patterns
from .data import (
    AGENCY_NAMES,
    AUTHOR_ROLES,
    CREDENTIALS,
    CREDIT_JOB_WORDS,
    DATE_FILLER_WORDS,
    GENERIC_AUTHORS,
    JOB_WORDS,
    OUTLET_WORDS,
    SECTION_WORDS,
    SITE_WORDS,
    WEEKDAYS,
)
from .dates import DATE_PATTERNS, parse_date

# Words that start no person's name: a byline's "By" left alone, an article.
NOT_NAME_OPENERS = frozenset({"by", "von", "par", "por", "the", "a", "an", "photo", "photos", "video", "topic",
                              "topics", "tags", "category", "posted", "updated", "published", "about", "follow",
                              "more", "see", "read", "view", "all", "share", "email", "contact"})
# Words that make the name before them a desk's ("Valmora Courier Editorial Staff").
DESK_WORDS = frozenset({"editorial", "desk", "team", "newsroom", "board", "staff"})
# The words of a date stamp that may follow a name ("Jane Roe Updated 3:10 PM").
STAMP_WORDS = frozenset({"updated", "published", "posted", "modified", "last", "on", "at", "am", "pm"})

# A name of up to five words ("Ana de la Cruz", "Венера Ерофеева"), and up to six names
# joined by commas and "and" (or its word in a few languages).
_CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω]"
_NAME = rf"{_CAPITAL}[\w.'’-]+(?:\s(?:{_CAPITAL}[\w.'’-]+|de|da|dos|van|von|der|bin|al|la|le|del)){{0,4}}"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*,\s*|\s+(?:and|und|et|y|e|и)\s+|\s*&\s*){_NAME}){{0,5}})"
# The words that open a byline, in a few languages: "By", "Von", "Par", "Por" (a colon
# may follow), "Текст:" (a colon follows).
BY_WORDS = ("by", "written by", "words by", "story by", "author", "reporter", "posted by", "von", "par", "por",
            "publicado por", "escrito por", "door", "di", "av", "af")
BY_LABELS = ("text", "texto", "texte", "autor", "auteur", "текст", "автор")
_BY_WORDS = rf"(?:{'|'.join(BY_WORDS)})\s*:?|(?:{'|'.join(BY_LABELS)})\s*:"
_NAMES_SPLIT = patterns.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")

# (kind, pattern): a byline gives names and maybe a date ("rest"); a date stamp only a date.
BYLINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("byline", patterns.compile(
        rf"(?i:{_BY_WORDS})\s+{_NAMES}"
        r"(?:\s*(?:\||,|:|-|–|—|·|•|\bon\b|\bfor\b)\s*(?P<rest>.{0,120})"
        r"|\s+(?:[^\W\d_]{2,15}\s+)?(?i:on|am|le|el|em|il|op|den)\s+(?P<stamp>.{4,80}))?")),
    # "05/10/2018 - Publicado por: Ana Ferro": the date first
    ("byline", patterns.compile(
        rf"(?P<rest>[\d./-]{{8,10}}|.{{4,40}}?\d{{4}})\s*[-|–—·•]\s*(?i:{_BY_WORDS})\s+{_NAMES}")),
    ("byline", patterns.compile(
        r"(?i:posted|published)(?:\s+on)?\s*(?P<rest>.{0,60}?)\s*(?i:by)\s+(?P<names>\S{1,40}(?:\s\S{1,40}){0,3})")),
    ("dateline_stamp", patterns.compile(
        r"(?i:published|posted|updated|last updated|last modified|date|first published|created)"
        r"\s*(?:on|at)?\s*:?\s*(?P<rest>.{4,80})")),
)
# Every date pattern holds a year of four digits: is_date_line's pre-test.
YEAR_DIGITS = patterns.compile(r"\d{4}")
_LATIN_WORDS = patterns.compile(r"[A-Za-z]+")


# What every line BYLINE_PATTERNS match holds, case aside: the first word of a byline's
# opening words (BY_WORDS, BY_LABELS), maybe with a colon, then white space, at the start
# or after a separator ("05/10/2018 - Publicado por: …"); or a date stamp's first word at
# the start ("Posted", "Last updated"). This pre-test costs a tenth of those patterns to
# compile, and spares most one-file runs compiling them (2.9 ms): a headline or a
# story's first line is seldom a byline.
_OPENS_BYLINE = patterns.compile(
    rf"\s*(?i:(?:{'|'.join(sorted({w.split()[0] for w in BY_WORDS + BY_LABELS}))}):?\s"
    r"|posted|published|updated|last|date|first|created)")
_SEPARATOR = patterns.compile(r"[-|–—·•]")


def may_be_byline(line: str) -> bool:
    """False when none of BYLINE_PATTERNS can match the whole of ``line`` (True does
    not tell)."""
    return _OPENS_BYLINE.match(line) is not None or any(
        _OPENS_BYLINE.match(line, sep.end()) for sep in _SEPARATOR.finditer(line))


def parse_byline(text: str) -> tuple[list[str], str | None] | None:
    """(authors, ISO date) when the whole line is a byline or a date stamp:
    :func:`parse_byline_plain` behind a pre-test (:func:`may_be_byline`)."""
    if len(text) > 200:
        return None
    if len(text) <= 80 and is_date_line(text):
        return [], parse_date(text)
    if not may_be_byline(text.rstrip(". ")):
        return None
    return _by_patterns(text)


def parse_byline_plain(text: str) -> tuple[list[str], str | None] | None:
    """What :func:`parse_byline` gives, every pattern tried on every line."""
    if len(text) > 200:
        return None
    if len(text) <= 80 and is_date_line(text):
        return [], parse_date(text)
    return _by_patterns(text)


def _by_patterns(text: str) -> tuple[list[str], str | None] | None:
    """What the first of BYLINE_PATTERNS that matches the whole line gives."""
    for kind, pattern in BYLINE_PATTERNS:
        m = pattern.fullmatch(text.rstrip(". "))
        if not m:
            continue
        rest = m.groupdict().get("rest") or m.groupdict().get("stamp") or ""
        published = parse_date(rest)
        if kind == "dateline_stamp":
            return ([], published) if published else None
        names = [clean_person_name(n) for n in _NAMES_SPLIT.split(m.group("names")) if n.strip()]
        return [n for n in names if n], published
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


# --- the people a byline names ---------------------------------------------------------

# "By", "Analysis by", "Story by", "von", "par", "por" before the names.
_BY = patterns.compile(r"^\s*(?:[^\W\d_]{1,20}\s+){0,2}?(?:by|von|par|por|door|di|av|af)\s*:?\s+", re.I)
# "Text: ", "Publicado por: ", "Текст: " — a label of a word or two and a colon before the names.
_LABEL = patterns.compile(r"^\s*[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?\s*:\s+")
# Where a byline parts between people: commas, "and" in several languages, bars, ampersands.
# (The spaces before a separator are taken only from where their run starts: a run of
# spaces with no separator after it is then not scanned again from each of its positions.)
_PEOPLE_SPLIT = patterns.compile(r"(?:(?<!\s)\s*)?(?:[,;|&·/]|\s(?:and|AND|And|und|et|y|e|и|i|och|og|en)\s)\s*")
# "Jane Roe. Example Network": a full stop after a word of two letters or more ends the name.
_ORG_AFTER_NAME = patterns.compile(r"(?<=\w\w)\.\s+")
# " for Example.com", " - Example Network", " @handle", an address: an affiliation after the name.
_AFFILIATION = patterns.compile(
    r"\s(?:for|at|of|from|[-–—])\s.{0,200}$|\s@\w{1,40}.{0,200}$|\s\S{1,80}@\S{1,80}.{0,200}$")
_URLISH = patterns.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net|co|io|news|info|uk|in|br|de|fr|ru)\b"
                           r"|[\w-]\.[a-z]{2,7}(?:\.[a-z]{2})?$", re.I)
_MONTH_THEN_NUMBER = patterns.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d", re.I)
_WORDS_OF_NAME = patterns.compile(r"[^\W\d_][\w'’.-]*")
MAX_PERSON_WORDS = 5


def person_names(values: list[str], not_names: frozenset[str] = frozenset()) -> list[str]:
    """The people a page's author values name, cleaned: ``Analysis by JANE ROE, Staff
    Writer`` → [``Jane Roe``]; ``Jane Roe, MS, RDN`` → [``Jane Roe``]; ``Jane Roe Monday``
    → [``Jane Roe``]. ``not_names``: the site's and publisher's names (folded), which credit
    no person."""
    out: list[str] = []
    for value in values:
        value = _LABEL.sub("", _BY.sub("", " ".join(value.split())))
        for part in _PEOPLE_SPLIT.split(value):
            name = clean_person_name(part, not_names)
            if name and name not in out:
                out.append(name)
    return out


def clean_person_name(part: str, not_names: frozenset[str] = frozenset()) -> str | None:
    """One person's name out of a piece of a byline, or None when it names no one."""
    part = part.strip(" .;:()[]")
    if not part or _URLISH.search(part):
        return None
    date = _MONTH_THEN_NUMBER.search(part)
    part = part[:date.start()] if date else part
    part = _ORG_AFTER_NAME.split(part, maxsplit=1)[0]
    part = _AFFILIATION.sub("", part)
    words = _name_words(part)
    if not words or (len(words) == 1 and len(part.split()) > 1):
        return None  # nothing, or one word left of several: "Detroit" of "Detroit News wire services"
    name = " ".join(words)
    name = name.title() if name.isupper() and len(words) > 1 else name
    return name if _names_a_person(name, not_names) else None


def _name_words(part: str) -> list[str]:
    """The words of a name, up to the first word of a job, a date, a stamp or a
    credential, or an outlet's name in capitals after it ("Jane Roe USA TODAY")."""
    words: list[str] = []
    tokens = part.split()
    for at, token in enumerate(tokens):
        bare = token.strip(",.;:")
        folded = bare.lower()
        if folded in JOB_WORDS or folded in WEEKDAYS or folded in STAMP_WORDS or bare[:1].isdigit():
            break
        if _is_credential(bare) or _MONTH_THEN_NUMBER.match(" ".join(tokens[at:at + 2])):
            break
        if words and folded in DESK_WORDS:
            return []  # the name of a desk, not of a person
        if words and (folded in AGENCY_NAMES or folded in GENERIC_AUTHORS or _is_outlet_word(bare, words)):
            break
        words.append(token.strip(",;:"))
    return words


def _is_credential(word: str) -> bool:
    """"MS", "RDN", "Ph.D.", "PhD" after a name; not the name "Do" nor the title "Ms"."""
    return word.lower().rstrip(".") in CREDENTIALS and (word.isupper() or "." in word or not word[1:].islower())


def _is_outlet_word(word: str, before: list[str]) -> bool:
    """A word in capitals, or a section word, after a name of mixed case: the outlet or
    desk the byline names next ("Jane Roe USA TODAY", "Jane Roe FOXBusiness", "Jane Roe
    Business")."""
    if len(before) < 2 or any(w.isupper() for w in before):
        return False
    return (len(word) > 2 and word[:2].isupper()) or word.lower() in SECTION_WORDS


def _names_a_person(name: str, not_names: frozenset[str]) -> bool:
    """Whether a cleaned name may be a person's: its shape, then what it must not be."""
    words = name.lower().split()
    if not 1 <= len(words) <= MAX_PERSON_WORDS or len(name) > 60 or _WORDS_OF_NAME.search(name) is None:
        return False
    return _shaped_as_a_name(name, words) and not _names_an_outlet(name.lower(), words, not_names)


def _shaped_as_a_name(name: str, words: list[str]) -> bool:
    """Capitalised words (or words of a script without case), not a handle, an acronym
    alone, nor a phrase that opens with "The" or "By"."""
    if name.startswith("@") or words[0] in NOT_NAME_OPENERS:
        return False  # a handle, "By" alone, "The Russian …"
    if not all(w[:1].isupper() or not w[:1].islower() or w in _NAME_PARTICLES for w in name.split()):
        return False  # a lower-case word: a phrase, not a name ("the defense ministries")
    return not (len(words) == 1 and (name.isupper() or name.islower() or len(name) < 2))  # "gto", "KWCHCIK"


def _names_an_outlet(folded: str, words: list[str], not_names: frozenset[str]) -> bool:
    """An agency, the site, its desks or an account: "AP Auto", "CNN Business", "Echo
    Sport" on the Eastgate Echo, "Beachbody" of beachbodyondemand.com, "jdadmin"."""
    if words[0] in AGENCY_NAMES or folded in AGENCY_NAMES or folded in GENERIC_AUTHORS or "admin" in folded:
        return True
    if folded in not_names or "".join(words) in not_names:
        return True
    site_words = {w for n in not_names for w in n.split()}
    if all(w in SECTION_WORDS or w in AGENCY_NAMES or w in SITE_WORDS or w in site_words for w in words):
        return True
    if len(words) == 1 and any(words[0] in n for n in not_names):
        return True
    return len(words) > 1 and words[-1].strip(".") in SITE_WORDS
