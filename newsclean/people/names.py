"""Names of people: the patterns a name is written in, the runs of capitalised words that
plain names are read from, names after an honorific, and the name a run of words ends
with ("Orlando Police Chief John Mina" → "John Mina").

Nothing here knows a real person: a name is a shape of words, less the words that no name
holds (``data.NOT_IN_NAME``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .. import patterns
from ..patterns import LOWER, UPPER, alternation
from . import data as D

# One name token: "Hayashi", "McConnell", "DeSantis", "MacArthur", "O'Brien", "Jean-Yves",
# an initial "W.". "Jr", "Sr", "II", "III" and "IV" open no name. The look-behinds sit
# after the first letter (a pattern that opens with a look-behind is tried at every
# position; this one only at capitals). "’" has look-arounds of its own rather than a
# place in a class beside other characters (such a class costs a 64K-entry table to
# compile).
_NAME_TOKEN_REST = (
    rf"(?<![\w.'].)(?<!’.)(?!(?<=[JS])r\b|(?<=I)(?:II?|V)\b)(?:(?:{LOWER}?{UPPER}{LOWER}{{1,20}}"
    rf"|ac{UPPER}{LOWER}{{1,20}}|['’]{UPPER}{LOWER}{{1,24}}|{LOWER}{{1,24}})(?:-{UPPER}?{LOWER}{{1,24}})?"
    rf"|\.(?:{UPPER}\.){{0,2}}(?=\s))"
)
NAME_TOKEN = UPPER + _NAME_TOKEN_REST
_PARTICLES = alternation(D.NAME_PARTICLES)
_SUFFIX = r"(?:,?\s(?:Jr|Sr)\.?|\s(?:II|III|IV)\b)?"      # "Martin Luther King Jr."
NAME = rf"{NAME_TOKEN}(?:\s(?:(?:{_PARTICLES})[\s-]){{0,2}}{NAME_TOKEN}){{0,3}}{_SUFFIX}"
# A name with the office and abbreviations that may stand before it, as a speaker is
# written: "Sen. Ruth Calloway", "Japanese Foreign Minister Aiko Tanabe" (``clean_name``
# keeps the name).
SPEAKER_NAME = (
    rf"(?:{UPPER}{LOWER}{{1,4}}\.\s+){{0,2}}"
    rf"{NAME_TOKEN}(?:\s(?:(?:{_PARTICLES})[\s-]){{0,2}}{NAME_TOKEN}){{0,6}}{_SUFFIX}"
)
# A capitalised word of a body's or a place's name after an office or a name.
CAPWORD = rf"{UPPER}(?:[\w'-]|’|\.(?=\w)){{0,20}}(?:(?<=[A-Z]\.[A-Z])\.)?"   # "Valmora", "U.S."
# The name after an office or an honorific, with what may follow it: a party tag
# ("Sen. Ruth Calloway, D-Ore.", "(D-Calif.)") or the place ("President Adaeze Okafor of
# Lunaria").
NAME_AFTER = patterns.compile(
    rf"\s{{1,8}}(?P<name>{NAME})(?:(?:,\s{{1,8}}|\s{{1,8}}\()(?P<party>[DRI])-(?P<state>{UPPER}[A-Za-z.]{{1,6}})"
    rf"|\s{{1,8}}of\s{{1,8}}(?:the\s{{1,8}})?(?P<of>{CAPWORD}(?:\s{CAPWORD}){{0,2}}))?"
)
# Runs of capitalised words, one word or more: plain names and surnames are read from them.
# Its first letter is an explicit range: a scan can skip ahead to such letters, not to
# a negated class.
CAP_RUN_RE = patterns.compile(
    rf"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ]{_NAME_TOKEN_REST}(?:\s(?:(?:{_PARTICLES})[\s-])?{NAME_TOKEN}){{0,5}}"
)
# An honorific; the name after it is read with NAME_AFTER. Callers check the character
# before it.
HONORIFIC_RE = patterns.compile(rf"(?:{alternation(D.HONORIFICS)})(?=\s)")
_NEXT_WORD = patterns.compile(r"\s*([\w’'-]*)")


class Named:
    """A name read in the body: where it is, the name, and the gender an honorific gives."""

    __slots__ = ("end", "gender", "name", "start")

    def __init__(self, start: int, end: int, name: str, gender: str | None = None) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.gender = gender


class CapitalWords:
    """What the runs of capitalised words of a body hold: the plain names in them, every
    word of them as (offset, word) with a possessive cut, and the runs read as one word
    though white space other than " " and "\\n" parts their words, as (offset, run)."""

    __slots__ = ("names", "odd_runs", "words")

    def __init__(self, names: list[Named], words: list[tuple[int, str]], odd_runs: list[tuple[int, str]]) -> None:
        self.names = names
        self.words = words
        self.odd_runs = odd_runs

    def add_spaced_run(self, run: str, base: int) -> None:
        """The words of a run of several words, and its plain names: two or more name-like
        words, not followed in the same run by an organisation word ("Reciprocal Access
        Agreement"). The words of a run are one white-space character apart."""
        seg_start = -1
        seg_end = 0
        real = 0
        pos = base
        add_word = self.words.append
        for w in run.split():
            off = pos
            pos += len(w) + 1
            possessive = w[-1] == "s" and w.endswith(("'s", "’s"))
            bare = w[:-2] if possessive else w
            add_word((off, bare))
            if bare not in D.NOT_IN_NAME and not bare.endswith(D.NOT_NAME_ENDINGS):   # "Prosecution"
                if seg_start < 0:
                    if bare in D.OFFICE_OPENERS:
                        continue            # "Judge Colloton", "King Abdullah": the office
                    seg_start, real = off, 0
                seg_end = off + len(bare)
                if bare not in D.NAME_PARTICLE_SET and not bare.endswith("."):
                    real += 1
                if not possessive:
                    continue
            elif bare in D.NON_PERSON_WORDS:
                seg_start = -1              # "Reciprocal Access Agreement": an organisation
                continue
            if seg_start >= 0 and real >= 2:
                self.names.append(Named(seg_start, seg_end, run[seg_start - base:seg_end - base]))
            seg_start = -1
        if seg_start >= 0 and real >= 2:
            self.names.append(Named(seg_start, seg_end, run[seg_start - base:seg_end - base]))


def capital_words(body: str) -> CapitalWords:
    """The runs of capitalised words of ``body`` (CAP_RUN_RE), read into names and words;
    a name that ends its run keeps the suffix after it ("Antonio Sabato Jr.": the son,
    not his father)."""
    found = CapitalWords([], [], [])
    for m in CAP_RUN_RE.finditer(body):
        run = m.group()
        if run.isalpha():               # one word of letters, no possessive: most runs
            found.words.append((m.start(), run))
        elif " " in run or "\n" in run:
            before = len(found.names)
            found.add_spaced_run(run, m.start())
            if len(found.names) > before and found.names[-1].end == m.end() and body.startswith(
                    (" Jr", ", Jr", " Sr", ", Sr", " II", " IV"), m.end()):
                _add_suffix(found.names[-1], body)
        else:
            bare = _without_possessive(run) if run[-1] == "s" else run
            found.words.append((m.start(), bare))
            if not bare.isalpha() and len(run.split()) > 1:
                found.odd_runs.append((m.start(), run))
    return found


_SUFFIX_AFTER = patterns.compile(r",?\s(?:(?:Jr|Sr)\.?(?![\w'’])|(?:II|III|IV)\b)")


def _add_suffix(named: Named, body: str) -> None:
    """Grow ``named`` over a suffix right after it ("Jr.", ", Sr.", "III")."""
    m = _SUFFIX_AFTER.match(body, named.end)
    if m:
        named.name = f"{named.name} {m.group().lstrip(', ')}"
        named.end = m.end()


def honorific_names(body: str, capitals: CapitalWords) -> list[Named]:
    """The names after an honorific ("Mr. Brandt", "Dame Carys Bevan"), each with the
    gender its honorific gives; an honorific glued to a word before it ("XMr", "-Mr") is
    none."""
    found = []
    for m in honorifics(body, capitals):
        if glued_to_word(body, m.start()):
            continue
        after = NAME_AFTER.match(body, m.end())
        if after is None:
            continue
        name = clean_name(after.group("name"))
        if name:
            start = after.start("name")
            found.append(Named(start, start + len(name), name, gender_of(m.group())))
    return found


def honorifics_by_scan(body: str) -> Iterator[re.Match[str]]:
    """Every match of HONORIFIC_RE in ``body``: the plain reading :func:`honorifics` is
    held to."""
    return HONORIFIC_RE.finditer(body)


def honorifics(body: str, capitals: CapitalWords) -> Iterator[re.Match[str]]:
    """The matches of HONORIFIC_RE that :func:`honorifics_by_scan` gives, save some of
    those glued to a word before them ("XMr", "-Mr"), which callers drop: the pattern is
    tried only at the words of the runs of capitals (``capitals``, what ``capital_words``
    gives). An honorific not glued to a word opens such a word (a capital and lower-case
    letters, then "." or white space), save after "_" (a word character, so no run
    starts there)."""
    if "_" in body:
        yield from honorifics_by_scan(body)
        return
    at = [s for s, w in capitals.words if w in D.HONORIFICS_UNDOTTED]
    for start, run in capitals.odd_runs:     # their inner words are not among ``words``
        at += [start + off for off, _ in _word_offsets(run)]
    if capitals.odd_runs:
        at.sort()
    for i in at:
        m = HONORIFIC_RE.match(body, i)
        if m:
            yield m


def _word_offsets(run: str) -> list[tuple[int, str]]:
    """The words of a run of capitals with their offsets (one white-space character
    between words)."""
    out = []
    pos = 0
    for w in run.split():
        out.append((pos, w))
        pos += len(w) + 1
    return out


def clean_name(raw: str) -> str:
    """The name at the end of a run of capitalised words: words that cannot be part of a
    name are trimmed off the end ("Thursday") and the name stops at the first such word
    before it ("Orlando Police Chief John Mina" → "John Mina"). Nothing is left of an
    organisation's name ("Peace Prize") or of four name-like words in a row (a headline)."""
    tokens = strip_possessive(raw).split()
    suffix = tokens.pop() if len(tokens) > 2 and tokens[-1] in D.NAME_SUFFIXES else None
    if len(tokens) > 1 and tokens[0] in D.OFFICE_OPENERS:
        tokens.pop(0)                   # "Judge Colloton": the office, then the name
    while tokens and (tokens[-1] in D.NOT_IN_NAME or tokens[-1].lower() in D.NAME_PARTICLE_SET):
        if tokens[-1] in D.NON_PERSON_WORDS and tokens[-1] not in D.DAYS_AND_MONTHS:
            return ""
        tokens.pop()
    i = len(tokens)
    while i > 0 and not _not_a_name_word(tokens[i - 1]):
        i -= 1
    tokens = tokens[i:]
    if sum(1 for t in tokens if not t.endswith(".") and t.lower() not in D.NAME_PARTICLE_SET
           and t not in D.NAME_SUFFIXES) > 3:
        return ""
    if suffix and len(tokens) >= 2:
        tokens.append(suffix)
    return " ".join(tokens).replace(",", "").strip()


def titled_name(raw: str) -> str:
    """The name right after an office: as ``clean_name``, but words it cut off the front
    that are not titles stay ("Gov. Jan Brewer", where "Jan" is also a month), and a
    run with a function word in it is a headline, not a name ("Chief Justice Suspended
    For Violating Marriage")."""
    name = clean_name(raw)
    if not name:
        return ""
    tokens = strip_possessive(raw).split()
    parts = name.split()
    if tokens[:len(parts)] == parts:
        return " ".join(parts)          # nothing cut off the front: most names
    i = next((k for k in range(len(tokens)) if tokens[k:k + len(parts)] == parts), 0)
    lead = tokens[:i]
    if any(t in D.FUNCTION_WORDS for t in lead):
        return ""
    j = len(lead)
    while j > 0 and not _is_title_word(lead[j - 1]):
        j -= 1
    if any(not _is_title_word(w) for w in lead[:max(0, j - 1)]):
        return ""       # a name word, then a word no name has: "Sheriff Joe Fires Perfect Response"
    return " ".join(lead[j:] + parts)


def _is_title_word(word: str) -> bool:
    """A word of an office or an abbreviation ("Gov."), before a name."""
    return word in D.NOT_NAME_OR_OFFICE_WORDS or word in D.OFFICE_OPENERS or word.endswith(".") \
        or _names_an_action_or_body(word)


def _names_an_action_or_body(word: str) -> bool:
    """"Prosecution", "Commission": a word of an office's or a body's name, never of a person's."""
    return len(word) > 5 and word.endswith(D.NOT_NAME_ENDINGS)


def _not_a_name_word(token: str) -> bool:
    return token in D.NOT_IN_NAME or (token.endswith(".") and len(token) > 2
                                      and token[:-1] in D.NOT_NAME_OR_OFFICE_WORDS) \
        or _names_an_action_or_body(token)


def surname(tokens: list[str]) -> str:
    """The last word of a name that is not "Jr." or "III"."""
    if len(tokens) > 1 and tokens[-1] in D.NAME_SUFFIXES:
        return tokens[-2]
    return tokens[-1]


# "Yu-hsuan", "Jong-un": a hyphenated given name written after the family name.
_given_name_after_family = patterns.compile(rf"{UPPER}{LOWER}{{1,10}}-[a-z]{{1,10}}")


def surname_keys(tokens: list[str]) -> list[str]:
    """The words a later mention may use alone for a name: its surname, the surname
    without its particle ("Obaidi" of "al-Obaidi"), the inner words of a longer name
    (the first surname of "Lucía Ferrándiz Olmo", "Aasheim" of "Kristin Aasheim Lunde"),
    and a family name written first ("Lin" of "Lin Yu-hsuan")."""
    last = surname(tokens)
    if len(tokens) <= 2 and "-" not in last:
        return [last]                   # the common case: "Maria Estrada"
    keys = [last]
    head, dash, tail = last.partition("-")
    if dash and tail and head.lower() in D.NAME_PARTICLE_SET:
        keys.append(tail)
    real = [t for t in tokens if t.lower() not in D.NAME_PARTICLE_SET and not t.endswith(".")
            and t not in D.NAME_SUFFIXES]
    if len(real) >= 3:
        keys += [t for t in real[1:] if t != last]
    if len(tokens) == 2 and _given_name_after_family.fullmatch(tokens[1]):
        keys.append(tokens[0])
    return keys


def ends_with_words(name: str, tokens: list[str]) -> bool:
    """Whether ``tokens`` are the last words of the longer ``name`` ("Van der Berg" of
    "Pieter van der Berg"), case aside."""
    words = name.lower().split()
    return len(words) > len(tokens) and words[-len(tokens):] == [t.lower() for t in tokens]


def gender_of(words: str) -> str | None:
    """"m" or "f" when a word of ``words`` says so ("Mrs.", "spokesman"), else None."""
    for w in words.lower().split():
        g = D.GENDERED_WORDS.get(w)
        if g:
            return g
    return None


def strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _without_possessive(word: str) -> str:
    return word[:-2] if word[-1] == "s" and word.endswith(("'s", "’s")) else word


def glued_to_word(body: str, i: int) -> bool:
    """Whether the word at ``i`` goes on a word before it ("XMr", "-Mr", "O’Brien")."""
    return i > 0 and (body[i - 1].isalnum() or body[i - 1] in ".-’'")


def next_word(body: str, pos: int) -> str:
    """The word (letters, digits, apostrophes, hyphens) after ``pos``, white space
    skipped; "" when none is there."""
    m = _NEXT_WORD.match(body, pos)
    return m.group(1) if m else ""


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping offsets when a character lowers to two ("İ")."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] or c for c in text)


# A name of two or three words written in capitals that opens a paragraph, then a colon,
# maybe after a speech verb: the speaker's name in a transcript or an interview.
# (Matched only where a line opens with two capitals: a "^" in multi-line mode is tried
# at every character, and a scan for capitals stops at every capital.)
_CAPITALS_NAME = patterns.compile(
    r"(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’.-]*){1,2})"
    rf"(?= (?:{alternation(D.TRANSCRIPT_VERBS)})?:| ?:)"
)


def capitals_names_in_title_case(body: str) -> str:
    """``body`` with each name written in capitals before a transcript's colon ("GLENN
    THRUSH asks:", "MARIA LOPEZ:") in title case, offsets kept: a name when its words
    are no words no name holds ("BREAKING NEWS:", "NEW YORK:") and its first word is a
    given name of the tables or the text writes the name in title case elsewhere."""
    found = [m for i in _lines_in_capitals(body) if (m := _CAPITALS_NAME.match(body, i))
             and _reads_as_a_name(body, m.group("name"))]
    if not found:
        return body
    parts, last = [], 0
    for m in found:
        parts += [body[last:m.start()], m.group("name").title()]
        last = m.end()
    parts.append(body[last:])
    return "".join(parts)


def _lines_in_capitals(body: str) -> Iterator[int]:
    """Where the lines of ``body`` that open with two capital letters start."""
    i = 0
    while i >= 0:
        if body[i:i + 2].isupper():
            yield i
        i = body.find("\n", i)
        if i >= 0:
            i += 1


def _reads_as_a_name(body: str, caps: str) -> bool:
    name = caps.title()
    words = name.split()
    if len(name) != len(caps) or any(w in D.NOT_IN_NAME or w in D.NON_PERSON_WORDS for w in words):
        return False
    return words[0] in D.GIVEN_NAMES_F or words[0] in D.GIVEN_NAMES_M or name in body
