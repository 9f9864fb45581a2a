"""People in an article: names found from capitalised words, offices from the tables in
``people_data``, and one entry per person however often and however spelled.

``find_people(body)`` returns a :class:`People` index that ``quotes.py`` uses to resolve
speakers ("Blinken" → "Antony Blinken", "she" → the last person named, "the senator" →
the senator named before) and that gives the officials of the story.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable

from .. import patterns
from ..model import Official
from ..patterns import LOWER, UPPER, alternation, char_trie, lazy_pattern
from . import data as D

# One name token: "Hayashi", "McConnell", "DeSantis", "MacArthur", "O'Brien", "Jean-Yves",
# an initial "W.". The look-behinds sit after the first letter so that the scan can skip
# ahead to capitals (a pattern that starts with a look-behind is tried at every position).
# A class with "’" and two other characters or ranges costs a 64K-entry table to compile,
# so "’" has look-arounds of its own here and below.
_NAME_TOKEN_REST = (
    rf"(?<![\w.'].)(?<!’.)(?!(?<=[JS])r\b|(?<=I)(?:II?|V)\b)(?:(?:{LOWER}?{UPPER}{LOWER}{{1,20}}|ac{UPPER}{LOWER}{{1,20}}"
    rf"|['’]{UPPER}{LOWER}{{1,24}}|{LOWER}{{1,24}})(?:-{UPPER}?{LOWER}{{1,24}})?|\.(?:{UPPER}\.){{0,2}}(?=\s))"
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

# Offices are found in the lower-cased text without a pattern of every office (which
# would take longer to compile than most articles take to read): the letters that open an
# office ("vice" of "vice president", "lt" of "lt. gov.") are found as whole words of the
# text's letters by one pattern of those words (some 130; its compiled form is kept in the
# pattern cache), and where they open a word, the longest office there is read from a
# trie of characters. The words around the office (portfolio, modifiers, "of Defense", the
# affiliation, the name) are read by ``_read_office``.
def _offices_by_lead(phrases) -> dict[str, list[str]]:
    """The letters a phrase opens with ("lt" of "lt. gov.") -> the rest of each phrase
    they open."""
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        n = len(phrase) - len(phrase.lstrip("abcdefghijklmnopqrstuvwxyz"))
        out.setdefault(phrase[:n], []).append(phrase[n:])
    return out


_OFFICES_BY_LEAD = _offices_by_lead(D.OFFICES)


# An office inside the letters of another's lead ("chair" of "chairman") is followed by
# a letter, so never found: the walk can start after the lead, in a trie of what follows
# that lead alone (built when an article first has the lead: a trie of every office
# would cost a cold start more than it reads).
@functools.cache
def _trie_after(lead: str) -> dict:
    return char_trie(_OFFICES_BY_LEAD[lead])
_BEFORE_OFFICE = frozenset("([\"“‘'’—–/-")     # besides white space


def _letters_table() -> bytes:
    """Bytes a-z kept and A-Z lowered: words of letters only, at the same offsets. White
    space and the ASCII characters of _BEFORE_OFFICE become a space, as does "?" (the
    stand-in for any character beyond ASCII, which may be either); any other byte becomes
    a ".", so that no office is looked for after it (none may start there)."""
    def byte(c: int) -> int:
        if 97 <= c <= 122:
            return c
        if 65 <= c <= 90:
            return c + 32
        ch = chr(c)
        return 32 if ch.isspace() or ch in _BEFORE_OFFICE or ch == "?" else 46
    return bytes(map(byte, range(256)))


_LETTERS_ONLY = _letters_table()
# The only characters beyond ASCII whose lower case begins with an ASCII letter ("İ" → "i̇",
# the Kelvin sign → "k"): where one is, the text is lowered first.
_LOWERING_TO_ASCII = ("\u0130", "\u212a")


def offices_in(text: str) -> list[tuple[int, int]]:
    """(start, end) of each office in the text, case aside, in order and not overlapping:
    the longest office (any run of white space between its words) that starts a word
    after white space or one of _BEFORE_OFFICE, and that no letter, digit, "_" or "-"
    follows. The text is read as ``_lower_same_length(text)``; a character and its lower
    case are alike in all else that is asked of them (white space, letter or digit, one
    of _BEFORE_OFFICE or "_-")."""
    if _LOWERING_TO_ASCII[0] in text or _LOWERING_TO_ASCII[1] in text:
        text = _lower_same_length(text)
    # one character per character (a letter, a space or a "."), so offsets carry over
    letters = " " + text.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii") + " "
    found = []
    end = -1
    for m in _lead_word_re().finditer(letters):
        i = m.start()       # in the text; the space before the word in ``letters``
        if i > end and (i == 0 or text[i - 1].isspace() or text[i - 1] in _BEFORE_OFFICE):
            lead = m.group(1)
            e = _office_end(text, i + len(lead), _trie_after(lead))
            if e is not None:
                found.append((i, e))
                end = e
    return found


# A word of the letters that opens an office, after a space and before no letter.
_lead_word_re = lazy_pattern(rf" ({alternation(sorted(_OFFICES_BY_LEAD))})(?![a-z])")


def _office_end(text: str, i: int, node: dict) -> int | None:
    """Where the longest office read from trie ``node`` at ``i`` on ends, or None (the
    text's letters lowered one by one as they are read)."""
    ends = []
    n = len(text)
    while True:
        if "" in node:
            ends.append(i)
        if i >= n:
            break
        ch = text[i]
        if ch.isspace():
            node = node.get(" ")
            while i < n and text[i].isspace():
                i += 1
        else:
            node = node.get(ch.lower())
            i += 1
        if node is None:
            break
    for e in reversed(ends):
        if e >= n or not (text[e].isalnum() or text[e] in "_-"):
            return e
    return None

# A capitalised word of a body's or a place's name after an office or a name.
_CAPWORD = rf"{UPPER}(?:[\w'-]|’|\.(?=\w)){{0,20}}(?:(?<=[A-Z]\.[A-Z])\.)?"   # "Valmora", "U.S."
_NAME_AFTER = patterns.compile(
    rf"\s{{1,8}}(?P<name>{NAME})(?:(?:,\s{{1,8}}|\s{{1,8}}\()(?P<party>[DRI])-(?P<state>{UPPER}[A-Za-z.]{{1,6}})"
    rf"|\s{{1,8}}of\s{{1,8}}(?:the\s{{1,8}})?(?P<of>{_CAPWORD}(?:\s{_CAPWORD}){{0,2}}))?"
)
_NAME_AFTER_COMMA = patterns.compile(
    rf"(?:\s{{1,8}}(?:of|for|at|in)\s{{1,8}}(?:the\s{{1,8}})?(?P<affil>[\w’'.-]{{1,30}}(?:\s[\w’'.-]{{1,30}}){{0,4}}?))?"
    rf",\s{{1,8}}(?P<name>{NAME})(?=,)"
)
# "Maria Estrada, " / "Cruz, 45, a ": the comma after a name that an apposition follows,
# then the name that ends at that comma.
_COMMA_TAIL = patterns.compile(r",\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?$")
_name_at_end = lazy_pattern(rf"{NAME}$")
_APPOSITION_END = patterns.compile(
    rf"(?:\s{{1,8}}(?:of|from|for|in|to|at)\s{{1,8}}(?:the\s{{1,8}})?(?P<affil>{_CAPWORD}"
    rf"(?:\s(?:of\s|and\s|for\s|on\s|in\s)?{_CAPWORD}){{0,4}}))?"
    rf"(?=\s{{0,8}}[,.;:)—–]|\s{{1,8}}(?:who|said|says|told|was|is|has)\b|(?P<more>\s{{1,8}}and\s{{1,8}}{UPPER}))"
)
_PLACE_THEN_NAME = patterns.compile(rf"\s{{1,8}}(?P<prep>of|to)\s{{1,8}}(?:the\s)?(?P<rest>{_CAPWORD}(?:\s{_CAPWORD}){{1,4}})")
_OF_PORTFOLIO = patterns.compile(r"\s{1,8}(?:of|for)\s{1,8}")
# Runs of capitalised words, one word or more: plain names and surnames are read from them.
# Its first letter is an explicit range: a scan can skip ahead to such letters, not to
# a negated class.
CAP_RUN_RE = patterns.compile(
    rf"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ]{_NAME_TOKEN_REST}(?:\s(?:(?:{_PARTICLES})[\s-])?{NAME_TOKEN}){{0,5}}"
)
# An honorific; the name after it is read with _NAME_AFTER (one pattern with the name in
# it fewer to compile). Callers check the character before.
HONORIFIC_RE = patterns.compile(rf"(?:{alternation(D.HONORIFICS)})(?=\s)")
# An honorific that is not glued to a word ("Mr" of "XMr" or "-Mr" is) starts a word of
# a run of capitals: a capital and lower-case letters, followed by "." or white space.
# Only where "_" is before it (a word character, so no run starts there) is it not.


# The records below are plain classes with slots rather than dataclasses: a dataclass
# costs about a millisecond of code generation at import, and none is compared or printed.
class Person:
    __slots__ = ("affiliation", "first", "gender", "kind", "mentions", "name", "public", "title")

    def __init__(self, name: str, first: int) -> None:
        self.name = name                        # the fullest spelling seen
        self.first = first                      # offset of the first mention
        self.title: str | None = None
        self.affiliation: str | None = None
        self.kind: str | None = None            # the office's entry in people_data.OFFICES
        self.mentions = 0
        self.public = False     # the affiliation is a country, a US state or a public body
        self.gender: str | None = None          # "m" or "f" when an honorific or an office says so

    @property
    def is_official(self) -> bool:
        return _is_official(self.title, self.kind, self.affiliation, self.public)


def _is_official(title: str | None, kind: str | None, affiliation: str | None, public: bool) -> bool:
    """Whether an office of this kind, held in this affiliation, is a public one."""
    if not title or not kind or kind == "no":
        return False
    if affiliation and D.COMPANY_WORDS.intersection(affiliation.split()):
        return False            # a church minister, a company president
    if kind == "gov":
        return True
    if kind == "ambig":
        return public or affiliation is None
    return public


class Mention:
    __slots__ = ("by_office", "end", "person", "start")

    def __init__(self, start: int, end: int, person: Person, by_office: bool = False) -> None:
        self.start = start
        self.end = end
        self.person = person
        self.by_office = by_office      # "the senator" rather than a name


# How many mentions back a pronoun or "the senator" may reach for its person: far more
# than any article needs, and it keeps the cost linear on a text of a million mentions.
LOOKBACK_MENTIONS = 400


class People:
    __slots__ = ("by_first", "by_name", "by_surname", "mentions", "persons", "starts")

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []               # sorted by start
        self.by_name: dict[str, Person] = {}
        self.by_surname: dict[str, list[Person]] = {}
        self.by_first: dict[str, list[Person]] = {}     # first word of a longer name
        self.starts: list[int] = []                     # mention starts, for bisect

    def resolve(self, name: str, at: int | None = None) -> Person | None:
        """The person a written name refers to: full name, surname or first+last."""
        name = _strip_possessive(name.strip())
        hit = self.by_name.get(name)
        if hit:
            return hit
        tokens = name.split()
        if not tokens:
            return None
        candidates = self.by_surname.get(_surname(tokens), [])
        if len(tokens) > 1:
            # "Hector Garza" for "Patrol Agent Hector Garza": the first name may come later;
            # "Rezende Lima" for "Otávio Rezende Lima": the end of a longer name
            firsts = set(tokens[:-1])
            last = _surname(tokens)
            candidates = [p for p in candidates if _ends_with(p.name, tokens) or (
                p.name.split()[0] in firsts and _surname(p.name.split()) == last)]
        else:
            # "Zhao" for "Zhao Minghui", "Keisha" for "Keisha Monroe": the first word alone
            # (a family name written first, or a first name) when no surname matches
            candidates = candidates or self.by_first.get(name, [])
        if not candidates:
            return None
        if len(candidates) == 1 or at is None:
            return candidates[0]
        before = [p for p in candidates if p.first <= at]
        return max(before, key=lambda p: p.first) if before else candidates[0]

    def last_person_before(self, pos: int, skip: Callable[[int], bool] | None = None,
                           names_only: bool = False, gender: str | None = None) -> Person | None:
        """The person mentioned last before ``pos``, leaving out mentions whose start
        ``skip`` is true of (those inside quotes), mentions by office ("the senator") with
        ``names_only``, and people known to be of the other ``gender``."""
        i = bisect_right(self.starts, pos) - 1
        stop = max(-1, i - LOOKBACK_MENTIONS)
        while i > stop:
            m = self.mentions[i]
            if m.end <= pos and not (names_only and m.by_office) and fits(m.person, gender) \
                    and not (skip and skip(m.start)):
                return m.person
            i -= 1
        return None

    def office_mention_at(self, pos: int) -> Person | None:
        """The person an office mention ("the Police Commissioner") starting at ``pos``
        stands for."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.starts[i] == pos:
            if self.mentions[i].by_office:
                return self.mentions[i].person
            i -= 1
        return None

    def last_holder_before(self, office: str, pos: int) -> Person | None:
        """The person named last before ``pos`` whose office has the word(s) ``office``."""
        office = office.lower()
        i = bisect_right(self.starts, pos - 1) - 1
        stop = max(-1, i - LOOKBACK_MENTIONS)
        while i > stop:
            p = self.mentions[i].person
            if p.title and office in p.title.lower():
                return p
            i -= 1
        return None

    def officials(self, exclude: list[str] | tuple[str, ...] = ()) -> list[Official]:
        skip = {n.lower() for n in exclude}
        return [
            Official(name=p.name, title=p.title, affiliation=p.affiliation, mentions=p.mentions)
            for p in sorted(self.persons, key=lambda p: p.first)
            if p.is_official and p.name.lower() not in skip
        ]


def _ends_with(name: str, tokens: list[str]) -> bool:
    """Whether ``tokens`` are the last words of the longer ``name`` ("Van der Berg" of
    "Pieter van der Berg"), case aside."""
    words = name.lower().split()
    return len(words) > len(tokens) and words[-len(tokens):] == [t.lower() for t in tokens]


# "Yu-hsuan", "Jong-un": a hyphenated given name written after the family name.
_given_name_after_family = lazy_pattern(rf"{UPPER}{LOWER}{{1,10}}-[a-z]{{1,10}}")


def _surname_keys(tokens: list[str]) -> tuple[str, ...] | list[str]:
    """The words a later mention may use alone for a name: its surname, the surname
    without its particle ("Obaidi" of "al-Obaidi"), the inner words of a longer name
    (the first surname of "Lucía Ferrándiz Olmo", "Aasheim" of "Kristin Aasheim Lunde"),
    and a family name written first ("Lin" of "Lin Yu-hsuan")."""
    last = _surname(tokens)
    if len(tokens) <= 2 and "-" not in last:
        return (last,)                  # the common case: "Maria Estrada"
    keys = [last]
    head, dash, tail = last.partition("-")
    if dash and tail and head.lower() in D.NAME_PARTICLE_SET:
        keys.append(tail)
    real = [t for t in tokens if t.lower() not in D.NAME_PARTICLE_SET and not t.endswith(".")
            and t not in D.NAME_SUFFIXES]
    if len(real) >= 3:
        keys += [t for t in real[1:] if t != last]
    if len(tokens) == 2 and _given_name_after_family().fullmatch(tokens[1]):
        keys.append(tokens[0])
    return keys


def _surname(tokens: list[str]) -> str:
    """The last word of a name that is not "Jr." or "III"."""
    if len(tokens) > 1 and tokens[-1] in D.NAME_SUFFIXES:
        return tokens[-2]
    return tokens[-1]


def fits(person: Person, gender: str | None) -> bool:
    """Whether ``person`` can be the one a pronoun of ``gender`` stands for."""
    return gender is None or person.gender is None or person.gender == gender


def _gender_of(words: str) -> str | None:
    for w in words.lower().split():
        g = D.GENDERED_WORDS.get(w)
        if g:
            return g
    return None


def _strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


# Names recur, within an article and across articles.
@functools.lru_cache(maxsize=4096)
def clean_name(raw: str) -> str:
    """The name at the end of a run of capitalised words: words that cannot be part of a
    name are trimmed off the end ("Thursday") and the name stops at the first such word
    before it ("Orlando Police Chief John Mina" → "John Mina"). Nothing is left of an
    organisation's name ("Peace Prize") or of four name-like words in a row (a headline)."""
    tokens = _strip_possessive(raw).split()
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


@functools.lru_cache(maxsize=4096)
def _titled_name(raw: str) -> str:
    """The name right after an office: as ``clean_name``, but words it cut off the front
    that are not titles stay ("Gov. Jan Brewer", where "Jan" is also a month), and a
    run with a function word in it is a headline, not a name ("Chief Justice Suspended
    For Violating Marriage")."""
    name = clean_name(raw)
    if not name:
        return ""
    tokens = _strip_possessive(raw).split()
    parts = name.split()
    if tokens[:len(parts)] == parts:
        return " ".join(parts)          # nothing cut off the front: most names
    i = next((k for k in range(len(tokens)) if tokens[k:k + len(parts)] == parts), 0)
    lead = tokens[:i]
    if any(t in D.FUNCTION_WORDS for t in lead):
        return ""
    j = len(lead)
    while j > 0 and lead[j - 1] not in D.NOT_NAME_OR_OFFICE_WORDS and lead[j - 1] not in D.OFFICE_OPENERS \
            and not lead[j - 1].endswith("."):
        j -= 1
    if any(w not in D.NOT_NAME_OR_OFFICE_WORDS and w not in D.OFFICE_OPENERS and not w.endswith(".") for w in lead[:max(0, j - 1)]):
        return ""       # a name word, then a word no name has: "Sheriff Joe Fires Perfect Response"
    return " ".join(lead[j:] + parts)


def _not_a_name_word(token: str) -> bool:
    return token in D.NOT_IN_NAME or (token.endswith(".") and len(token) > 2 and token[:-1] in D.NOT_NAME_OR_OFFICE_WORDS)


def _without_possessive(word: str) -> str:
    return word[:-2] if word[-1] == "s" and word.endswith(("'s", "’s")) else word


def _name_segments(run: str, base: int, words: list[tuple[int, str]], segments: list) -> None:
    """Plain names in a run of capitalised words: two or more name-like words, not
    followed in the same run by an organisation word ("Reciprocal Access Agreement"),
    added to ``segments`` as (start, end, name, None). The words of a run are one
    white-space character apart; each is added to ``words`` (its offset, and the word
    without a possessive)."""
    seg_start = -1
    seg_end = 0
    real = 0
    pos = base
    add_word = words.append
    for w in run.split():
        off = pos
        pos += len(w) + 1
        possessive = w[-1] == "s" and w.endswith(("'s", "’s"))
        bare = w[:-2] if possessive else w
        add_word((off, bare))
        if bare not in D.NOT_IN_NAME:
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
            segments.append((seg_start, seg_end, run[seg_start - base:seg_end - base], None))
        seg_start = -1
    if seg_start >= 0 and real >= 2:
        segments.append((seg_start, seg_end, run[seg_start - base:seg_end - base], None))


@functools.lru_cache(maxsize=1024)      # titles recur: "President", "Sen."
def _display_title(title: str) -> str:
    """"Sen." → "Senator"; otherwise the words as written, first letter capitalised."""
    words = [D.TITLE_ABBREVIATIONS.get(w.lower(), w) for w in title.split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _affiliation(*parts: str | None, party: str | None = None,
                 state: str | None = None) -> tuple[str | None, bool]:
    """The country, state or body an office belongs to, and whether it is a public one.
    A country wins over a body ("U.S. State Department" → United States)."""
    found: str | None = None
    public = False
    for part in parts:
        if not part:
            continue
        part = " ".join(part.split())
        if "s" in part:
            part = part.replace("'s", "").replace("’s", "")
        if part.lower().startswith("the "):
            public = True          # "the country's top diplomat"
            continue
        if D.COMPANY_WORDS.intersection(part.split()):
            return part, False      # "the Ukrainian Grain Association": a private body
        for country in _countries_in(part):
            return country, True
        if _is_public_body(part) or _demonym_shape().fullmatch(part):
            found, public = found or part, True     # "Valdorian": a people, so a state
        elif found is None:
            found = part
    if state:
        st = D.STATE_OF_ABBREVIATION.get(state) or D.COUNTRY_OF.get(state)
        if st:
            return st, True
    if party:
        return D.PARTY_LETTERS.get(party), True
    return found, public


_demonym_shape = lazy_pattern(rf"{UPPER}{LOWER}{{2,20}}(?:ian|ean|ese|ish|ani|ic)")
_POSSESSIVE = patterns.compile(r"['’]s\b")


def _countries_in(text: str):
    country = D.COUNTRY_OF.get(text)
    if country:
        yield country
        return
    words = text.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            country = D.COUNTRY_OF.get(" ".join(words[i:i + n]))
            if country:
                yield country


def _is_public_body(text: str) -> bool:
    low = text.lower()
    if low in D.PUBLIC_BODY_NAMES or low in D.PARTY_NAMES_LOWER:
        return True
    words = low.split()
    return any(" ".join(words[i:]) in D.PUBLIC_BODY_NAMES for i in range(1, len(words))) or any(
        w in D.PUBLIC_BODY_WORDS for w in words)


def _public_body_words(affil_text: str | None) -> str:
    """The public body that ends the words before an office ("Chinese Foreign Ministry"
    → "Foreign Ministry", "Israel Police" → "Police"): it belongs to the title, the
    country to the affiliation."""
    if not affil_text or affil_text[:4].lower() == "the ":
        return ""
    words = affil_text.split()
    i = len(words)
    while i > 0:
        bare = _POSSESSIVE.sub("", words[i - 1])
        if bare != words[i - 1] or bare in D.COUNTRY_OF or bare in D.PARTY_SET or _demonym_shape().fullmatch(bare):
            break
        i -= 1
    phrase = " ".join(words[i:])
    return phrase if phrase and _is_public_body(phrase) else ""


def _word_before(body: str, pos: int) -> tuple[int, str] | None:
    """The word (letters, dots, apostrophes, hyphens) ending at the white space before
    ``pos``, and where it starts."""
    if pos == 0 or body[pos - 1] not in " \t\n":
        return None
    lo = pos - 48 if pos > 48 else 0
    head = body[lo:pos].rstrip()
    if not head:
        return None
    word = head.rsplit(None, 1)[-1]
    if not _WORD_CHARS.fullmatch(word):
        word = _WORD_TAIL.search(word).group()
        if not word:
            return None
    return lo + len(head) - len(word), word


_WORD_CHARS = patterns.compile(r"[\w.’'-]+")
_WORD_TAIL = patterns.compile(r"[\w.’'-]*$")


_AFFIL_WORD = patterns.compile(r"[\w.’'&-]+")


def _affil_words(body: str, ts: int) -> tuple[int, str | None, bool]:
    """The capitalised words right before an office that say whose office it is (up to
    three, in the same paragraph and sentence), where they start, and whether an
    unreadable word stands there ("Local 2455 President": some body we cannot tell is
    public)."""
    if ts == 0 or body[ts - 1] not in " \t\n":
        return ts, None, False
    head = body[max(0, ts - 80):ts]
    head = head[head.rfind("\n") + 1:]
    words = head.split()[-3:]
    if not words:
        return ts, None, False
    if len(words) >= 2 and words[-2].lower() == "the" and words[-1].endswith(("'s", "’s")) \
            and words[-1][:1].islower():
        return ts - len(head) + head.rfind(words[-2]), f"{words[-2]} {words[-1]}", False
    if words[-1] in D.PUBLIC_WORDS:    # "agency spokeswoman", "department official"
        return ts - len(head) + head.rfind(words[-1]), words[-1], False
    keep = 0
    for w in reversed(words):
        bare = w[:-2] if w.endswith(("'s", "’s")) else w
        if bare.endswith(".") and bare.count(".") == 1 and len(bare) > 4:
            break                # "Valmora." ends the sentence before
        if not bare[:1].isupper() or not _AFFIL_WORD.fullmatch(bare):
            break                # lower case, or "Ploumen," / "SPOTTED:" ends the words
        if bare in D.COUNTRY_OF or bare in D.PARTY_SET or bare.lower() in D.PUBLIC_BODY_NAMES or bare in D.AFFILIATION_ADJECTIVES or (
                bare not in D.NOT_NAME_OR_OFFICE_WORDS and bare not in D.DAYS_AND_MONTHS):
            keep += 1
            if bare != w:        # "Japan's" starts the affiliation
                break
        else:
            break
    if not keep:
        last = words[-1]
        bare = last[:-2] if last.endswith(("'s", "’s")) else last
        blocked = bool(_AFFIL_WORD.fullmatch(bare)) and (
            last[:1].isdigit() or (last[:1].isupper() and bare not in D.NOT_NAME_OR_OFFICE_WORDS))
        return ts, None, blocked
    kept = words[-keep:]
    pos = len(head)
    for w in reversed(kept):
        pos = head.rfind(w, 0, pos)
    return ts - len(head) + pos, " ".join(kept).rstrip(","), False


def _name_before_comma(body: str, pos: int) -> re.Match | None:
    """"Maria Estrada, " before ``pos``: the name of an apposition that starts at ``pos``."""
    tail = _COMMA_TAIL.search(body, max(0, pos - 24), pos)
    if not tail:
        return None
    comma = tail.start()
    m = _name_at_end().search(body, max(0, comma - 80), comma)
    if m and _glued_to_word(body, m.start()):
        return None
    return m


def _extend_title(body: str, ts: int, te: int) -> tuple[int, int]:
    """Grow an office over its portfolio and modifiers: "Minister" → "Deputy Foreign
    Minister", "Secretary" → "Secretary of Homeland Security"."""
    takes_portfolio = body[te - 12:te].lower().rstrip().endswith(D.PORTFOLIO_OFFICES)
    for _ in range(5):
        w = _word_before(body, ts)
        if not w:
            break
        word = w[1].lower()
        if word in D.OFFICE_MODIFIER_SET or word.rstrip("-") in D.OFFICE_MODIFIER_SET or (
                word in D.PORTFOLIO_WORDS and takes_portfolio):
            ts = w[0]
        elif word == "and" and takes_portfolio:      # "Health and Human Services Secretary"
            w2 = _word_before(body, w[0])
            if not w2 or w2[1].lower() not in D.PORTFOLIO_WORDS:
                break
            ts = w2[0]
        else:
            break
    of = _OF_PORTFOLIO.match(body, te) if takes_portfolio else None
    if of:
        te = _portfolio_end(body, of.end()) or te
    return ts, te


def _portfolio_end(body: str, pos: int) -> int | None:
    """Where a portfolio after "of"/"for" ends: "State", "Foreign Trade and Development
    Cooperation", "Intergovernmental Affairs" (capitalised words up to a portfolio word,
    then portfolio words only), never into a name ("of State Antony Blinken")."""
    run = _word_run().match(body, pos)
    if not run:
        return None
    end = None
    seen = False
    offset = pos
    for w in run.group().split(" "):
        low = w.lower()
        if low in D.PORTFOLIO_WORDS or low in D.PORTFOLIO_ENDING_SET:
            seen = True
            end = offset + len(w)
        elif low in ("and", "the") or (not seen and w[:1].isupper()):
            pass
        elif low in D.PUBLIC_WORDS:
            return None         # "for the foreign ministry": a body, not a portfolio
        else:
            break
        offset += len(w) + 1
    return end


_word_run = lazy_pattern(r"[\w’'-]+(?: [\w’'-]+){0,6}")


_NEXT_WORD = patterns.compile(r"\s*([\w’'-]*)")


class _Facts:
    __slots__ = ("affil", "kind", "public", "title")

    def __init__(self, title: str, kind: str, affil: str | None, public: bool) -> None:
        self.title = title
        self.kind = kind
        self.affil = affil
        self.public = public

    @property
    def gender(self) -> str | None:
        return _gender_of(self.title)


class _Honorific:
    __slots__ = ("gender",)

    def __init__(self, gender: str | None) -> None:
        self.gender = gender


def _place_then_name(words: str) -> tuple[str, str] | None:
    """"London Sadiq Khan" → ("London", "Sadiq Khan"); "New York Bill de Blasio" →
    ("New York", "Bill de Blasio"): a known place of two words, else one word, then a
    name of two words or more."""
    tokens = words.split()
    for k in (2, 1):
        place = " ".join(tokens[:k])
        if k == 2 and place not in D.COUNTRY_OF:
            continue
        name = clean_name(" ".join(tokens[k:]))
        if len(name.split()) >= 2 and " ".join(tokens[k:]).startswith(name):
            return place, name
    return None


def _read_office(body: str, office: str, start: int, end: int):
    """What an office phrase (lower-cased, at body[start:end]) tells: (name start, name
    end, name, facts), or ("ref", start, end, office word, facts()) for "the senator said",
    or None.
    The words before the office are only read once a name is found."""
    kind = D.OFFICES.get(" ".join(office.split()))
    if not kind:
        return None
    ts, te = _extend_title(body, start, end)
    before: list = []

    def affil_words() -> tuple[int, str | None, bool]:
        if not before:
            before.append(_affil_words(body, ts))
        return before[0]

    def facts(*extra: str | None, party=None, state=None, of_place=False, apposition=False):
        astart, affil_text, blocked = affil_words()
        k = "ctx" if blocked and kind == "ambig" else kind
        affil, public = _affiliation(affil_text, *extra, party=party, state=state)
        if of_place and affil == extra[0] and not D.COMPANY_WORDS & set(affil.split()):
            public = True    # "President Adaeze Okafor of Lunaria": a place, as a rule
        if k == "ctx" and public and affil and _demonym_shape().fullmatch(affil):
            public = False   # "Rezaian attorney": a family's lawyer, not a state's
        if apposition and k == "ambig" and affil is None:
            k = "ctx"        # "Goli Ameri, president and CEO": of what?
        prefix = _public_body_words(affil_text)
        title = _display_title(f"{prefix} {body[ts:te]}" if prefix else body[ts:te])
        return _Facts(title, k, affil, public)

    after = _NAME_AFTER.match(body, te)
    if after:
        name = _titled_name(after.group("name"))
        if name:
            f = facts(after.group("of"), party=after.group("party"), state=after.group("state"),
                      of_place=bool(after.group("of")))
            ns = after.start("name") + after.group("name").find(name.split()[0])
            return ns, ns + len(name), name, f
    of_place = _PLACE_THEN_NAME.match(body, te)
    if of_place:                        # "Mayor of London Sadiq Khan"
        got = _place_then_name(of_place.group("rest"))
        if got and (kind == "gov" or got[0] in D.COUNTRY_OF):    # a company's "President of"
            place, name = got
            ns = of_place.start("rest") + of_place.group("rest").find(name)
            whole = _NAME_AFTER.match(body, ns - 1)     # "Gerald T. Whitmore": past the initial
            if whole and clean_name(whole.group("name")).startswith(name):
                name = clean_name(whole.group("name"))
            f = facts(place, of_place=True)
            f.title = _display_title(f"{body[ts:te]} {of_place.group('prep')} {place}")
            return ns, ns + len(name), name, f
    comma = _NAME_AFTER_COMMA.match(body, te)
    if comma:
        name = clean_name(comma.group("name"))
        lead = body[max(0, ts - 5):ts].lower().split()
        if name and ((lead and lead[-1] in ("the", "a", "an")) or affil_words()[1]):
            ns = comma.start("name")
            return ns, ns + len(name), name, facts(comma.group("affil"))
    # An apposition needs a comma shortly before the office ("Estrada, Chile's ...").
    end = _APPOSITION_END.match(body, te) if body.rfind(",", max(0, ts - 60), ts) >= 0 else None
    if end and end.group("more") is not None and kind != "gov":
        end = None                      # "president and CEO of ...": a company's, likely
    if end:
        named = _name_before_comma(body, affil_words()[0])
        if named:
            name = clean_name(named.group())
            if name:
                ns = named.start() + named.group().find(name.split()[0])
                return ns, ns + len(name), name, facts(end.group("affil"), apposition=True)
    lead = ts
    if body[max(0, ts - 4):ts].lower() != "the " and body[ts - 1:ts] == " " and \
            body[body.rfind(" ", 0, ts - 1) + 1:ts][:1].isupper() and "he " in body[max(0, ts - 40):ts]:
        lead = affil_words()[0]     # capitalised words of a body before the office
    if body[max(0, lead - 4):lead].lower() == "the ":     # "the senator", "the Metropolitan Police Commissioner"
        of = _OF_BODY.match(body, te)           # "the chief constable of Westmoor Police has"
        nxt = _NEXT_WORD.match(body, of.end() if of else te).group(1)
        if not nxt or nxt in D.REFERENCE_FOLLOWERS:
            return ("ref", lead - 4, te, office.split()[-1], facts)
    return None


_OF_BODY = patterns.compile(rf"\s{{1,8}}(?:of|for)\s{{1,8}}(?:the\s)?{_CAPWORD}(?:\s{_CAPWORD}){{0,3}}")


class _Builder:
    """Merges the spellings of one person as names are added, fullest spelling first."""

    def __init__(self) -> None:
        self.people = People()

    def person(self, name: str, at: int) -> Person:
        ppl = self.people
        hit = ppl.by_name.get(name)
        if hit:
            return hit
        tokens = name.split()
        if len(tokens) == 1:
            found = ppl.resolve(name, at)
            if found:
                return found
        else:
            last = _surname(tokens)
            for p in ppl.by_surname.get(last, []):
                ptoks = p.name.split()
                if len(ptoks) > 1 and tokens[-len(ptoks):] == ptoks:
                    return p            # "London Sadiq Khan": a word before the name
                if len(ptoks) > len(tokens) and _ends_with(p.name, tokens):
                    return p            # "Rezende Lima" of "Otávio Rezende Lima"
                if _surname(ptoks) != last:
                    continue            # found by an inner word of a longer name
                if len(ptoks) == 1 or ptoks[0] == tokens[0]:
                    if len(tokens) > len(ptoks):
                        p.name = name
                    ppl.by_name[name] = p
                    return p
        p = Person(name=name, first=at)
        ppl.persons.append(p)
        ppl.by_name[name] = p
        for key in _surname_keys(tokens):
            ppl.by_surname.setdefault(key, []).append(p)
        if len(tokens) > 1:
            ppl.by_first.setdefault(tokens[0], []).append(p)
        return p


def _lower_same_length(text: str) -> str:
    """``text.lower()``, keeping offsets when a character lowers to two ("İ")."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] or c for c in text)


def _glued_to_word(body: str, i: int) -> bool:
    return i > 0 and (body[i - 1].isalnum() or body[i - 1] in ".-’'")


def _capital_words(body: str):
    """The runs of capitals of ``body``: the plain names in them (start, end, name, None),
    every word of them, possessives cut (start, word), and the runs read as one word
    though white space other than " " and "\n" parts their words (start, run)."""
    segments = []
    words: list[tuple[int, str]] = []
    odd_runs = []
    for m in CAP_RUN_RE.finditer(body):
        run = m.group()
        if run.isalpha():               # one word of letters, no possessive: most runs
            words.append((m.start(), run))
        elif " " in run or "\n" in run:
            _name_segments(run, m.start(), words, segments)
        else:
            bare = _without_possessive(run) if run[-1] == "s" else run
            words.append((m.start(), bare))
            if not bare.isalpha() and len(run.split()) > 1:
                odd_runs.append((m.start(), run))
    return segments, words, odd_runs


def _honorifics(body: str, words: list[tuple[int, str]], odd_runs: list[tuple[int, str]]):
    """Matches of HONORIFIC_RE, in order: among them every one of
    ``HONORIFIC_RE.finditer(body)`` that is not glued to a word (callers drop those that
    are), the pattern tried only at the words of the runs of capitals that may be one
    (see D.HONORIFICS_UNDOTTED)."""
    if "_" in body:
        yield from HONORIFIC_RE.finditer(body)
        return
    at = [s for s, w in words if w in D.HONORIFICS_UNDOTTED]
    for start, run in odd_runs:     # their inner words are not among ``words``
        at += [start + off for off, _ in _word_offsets(run)]
    if odd_runs:
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


def find_people(body: str) -> People:
    """Every person named in ``body``, with the offices and mentions found for each."""
    b = _Builder()
    found: list[tuple[int, int, str, _Facts | _Honorific | None]] = []
    refs: list = []
    for start, end in offices_in(body):
        got = _read_office(body, _lower_same_length(body[start:end]), start, end)
        if got is None:
            continue
        if got[0] == "ref":
            refs.append(got[1:])
        else:
            found.append(got)
    segments, words, odd_runs = _capital_words(body)
    for m in _honorifics(body, words, odd_runs):
        if _glued_to_word(body, m.start()):
            continue
        after = _NAME_AFTER.match(body, m.end())
        name = clean_name(after.group("name")) if after else ""
        if name:
            ns = after.start("name")
            found.append((ns, ns + len(name), name, _Honorific(_gender_of(m.group()))))
    found += segments

    # Full names first so that surnames and titled single names resolve to them.
    found.sort(key=lambda f: (len(f[2].split()) == 1, not isinstance(f[3], _Facts), f[0]))
    spans: list[tuple[int, int, Person, bool]] = []
    for s, e, name, facts in found:
        p = b.person(name, s)
        if s < p.first:
            p.first = s
        by_office = isinstance(facts, _Facts)
        if by_office:
            _note_office(p, facts)
        if facts is not None and p.gender is None:
            p.gender = facts.gender
        spans.append((s, e, p, by_office))
    kept = _without_overlaps(spans)

    # Single surnames ("Blinken said"), then office references ("the senator").
    starts = [s for s, _, _ in kept]
    ends = [e for _, e, _ in kept]
    extra: list[tuple[int, int, Person]] = []
    people = b.people
    known = people.by_surname.keys() | people.by_name.keys()
    for s, w in [(s, w) for s, w in words if w in known]:
        i = bisect_right(starts, s) - 1
        if i >= 0 and ends[i] > s:
            continue
        p = people.resolve(w, s)
        if p:
            extra.append((s, s + len(w), p))
    kept = sorted(kept + extra, key=lambda t: t[0])
    people.mentions = [Mention(s, e, p) for s, e, p in kept]
    people.starts = [mm.start for mm in people.mentions]
    more = []
    for s, e, office, facts in refs:
        p = people.last_holder_before(office, s) or _named_next(body, people, e, facts)
        if p:
            more.append(Mention(s, e, p, by_office=True))
    if more:
        people.mentions = sorted(people.mentions + more, key=lambda x: x.start)
        people.starts = [mm.start for mm in people.mentions]
    if "counterpart" in body:
        _counterparts(body, people)
    for mm in people.mentions:
        mm.person.mentions += 1
    people.persons = [p for p in people.persons if p.mentions]
    return people


_counterpart_re = lazy_pattern(r"(?:(?P<demonym>[\w’'.-]{2,30}) )?counterparts?,? (?=\S)")


# A match starts at most this far before its "counterpart" and ends at most this far after it.
_DEMONYM_REACH = 31
_COUNTERPART_TAIL = 16


def _counterpart_matches(body: str):
    """What ``_counterpart_re().finditer(body)`` finds, searched for only around each
    "counterpart": opening with the optional word before it, the pattern would be tried at
    every position of the text."""
    pos = 0             # no match starts before it
    c = body.find("counterpart")
    while c >= 0:
        # A match starting at or before c lies in this window; none starts before it.
        m = _counterpart_re().search(body, max(pos, c - _DEMONYM_REACH), c + _DEMONYM_REACH + _COUNTERPART_TAIL)
        if m and m.start() <= c:
            yield m
            pos = m.end()
        else:
            pos = c + 1
        c = body.find("counterpart", pos)


def _counterparts(body: str, people: People) -> None:
    """"Foreign Minister Turki … met his Iranian counterpart, Mohsen Daneshvar": the
    counterpart holds the same office for his own country."""
    for m in _counterpart_matches(body):
        i = bisect_right(people.starts, m.end() - 1)
        if i >= len(people.mentions) or people.mentions[i].start != m.end():
            continue
        other = people.mentions[i].person
        sentence_start = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start()), m.start() - 300)
        j = bisect_right(people.starts, m.start()) - 1
        while j >= 0 and people.mentions[j].start > sentence_start:
            holder = people.mentions[j].person
            if holder is not other and holder.title and holder.is_official:
                if not other.title:
                    affil = D.COUNTRY_OF.get(m.group("demonym") or "")
                    _note_office(other, _Facts(holder.title, holder.kind, affil, affil is not None or holder.public))
                break
            j -= 1


_LEDE_REACH = 600


def _named_next(body: str, people: People, pos: int, facts) -> Person | None:
    """A lede that names the office before the person: "The Police Commissioner has
    promised … " then "Sir Gareth Hale said …" opening the next sentence or paragraph.
    The person named next, if nobody else is named in between, no office is known for
    them, and the name opens its sentence; they take the office."""
    if "\n\n" in body[:pos]:
        return None                 # only in the story's first paragraph
    i = bisect_right(people.starts, pos)
    if i >= len(people.mentions):
        return None
    mm = people.mentions[i]
    p = mm.person
    if mm.start - pos > _LEDE_REACH or p.title or not (
            _opens_sentence(body, mm.start) or _subject_after_a_phrase(body, mm.start, mm.end)):
        return None
    _note_office(p, facts())
    return p


def _subject_after_a_phrase(body: str, start: int, end: int) -> bool:
    """"In a letter to MPs, Alastair Brigham wrote": the name after an opening phrase and
    its comma, followed by its verb."""
    if body[start - 2:start] != ", ":
        return False
    nxt = _NEXT_WORD.match(body, end).group(1)
    return nxt in D.REFERENCE_FOLLOWERS or nxt in D.ONE_WORD_SPEECH_VERBS


def _opens_sentence(body: str, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence, an honorific aside ("Sir …")."""
    head = body[max(0, start - 24):start].rstrip(" ")
    words = head.rsplit(None, 1)
    if words and words[-1] in D.HONORIFIC_SET:
        head = head[:len(head) - len(words[-1])].rstrip(" ")
    return (start <= 24 and not head) or head.endswith(("\n", ".", "!", "?", "”", "’", '"'))


def _without_overlaps(spans: list[tuple[int, int, Person, bool]]) -> list[tuple[int, int, Person]]:
    """One mention where mentions overlap: a name read with its office first, then the
    longest ("Mayor of London Sadiq Khan" is Sadiq Khan, not "London Sadiq Khan")."""
    out: list[tuple[int, int, Person]] = []
    taken: list[tuple[int, int]] = []       # the spans of ``out``, by start
    starts: list[int] = []
    ordered = sorted(spans, key=lambda t: (t[0], t[0] - t[1]))
    for want_office in (True, False):
        for s, e, p, by_office in ordered:
            if by_office != want_office:
                continue
            i = bisect_right(starts, e - 1) - 1
            if i >= 0 and taken[i][1] > s:
                continue
            out.append((s, e, p))
            taken.insert(i + 1, (s, e))
            starts.insert(i + 1, s)
    out.sort(key=lambda t: t[0])
    return out




def _office_head(title: str) -> str | None:
    """The office word of a reference: "the foreign minister" → "minister"."""
    words = title.lower().split()
    return words[-1] if words else None


def _note_office(p: Person, f: _Facts) -> None:
    """Keep the first office found, unless a later one says more: a public office over a
    vague one, a surer kind of office, or the same office with its affiliation."""
    new_is_official = _is_official(f.title, f.kind, f.affil, f.public)
    if (not p.title or (new_is_official and not p.is_official)
            or (new_is_official == p.is_official and D.OFFICE_KIND_RANK[f.kind] > D.OFFICE_KIND_RANK[p.kind])):
        p.title, p.kind, p.affiliation, p.public = f.title, f.kind, f.affil, f.public
    elif p.affiliation is None and f.affil and p.title.lower() == f.title.lower():
        p.affiliation, p.public = f.affil, f.public
