"""Offices in the text and what the words around one tell: the whole title ("Deputy
Foreign Minister", "Secretary of Homeland Security"), whose office it is, and the name of
its holder, written after it ("Sen. Ruth Calloway"), around it ("Maria Estrada, Chile's
interior minister,") or nowhere near ("the senator said": a reference to a holder named
elsewhere).

``offices_in(text)`` finds the offices of ``data.OFFICES``; ``read_office`` reads one
into an :class:`OfficeReading` holding the :class:`Facts` of the office.
"""
from __future__ import annotations

import functools
import re

from .. import patterns
from ..patterns import UPPER, alternation, char_trie
from . import data as D
from .affiliation import WordsBefore, affiliation_of, demonym_shape, public_body_words, words_before_office
from .names import (
    CAPWORD,
    NAME,
    NAME_AFTER,
    clean_name,
    gender_of,
    glued_to_word,
    lower_same_length,
    next_word,
    titled_name,
)

# --- finding offices ---------------------------------------------------------------------
# Every office of the tables, case aside (the pattern reads the lower-cased text), after
# white space or an opening bracket, quote mark, dash or slash, and before no word
# character or "-": "presidents", "president2" and "vice-presidential" hold none. Longer
# offices win ("prime minister" over "minister").
_OFFICE = patterns.compile_built(lambda: rf"[\s(\[\"“‘'’—–/-](?P<office>{alternation(D.OFFICES)})(?![\w-])")


def offices_by_scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each office in ``text``, in order and not overlapping: the longest
    office (any run of white space between its words) at each place, as ``_OFFICE`` reads
    ``lower_same_length(text)``. The plain reading that :func:`offices_in` is held to."""
    low = " " + lower_same_length(text)
    return [(m.start("office") - 1, m.end("office") - 1) for m in _OFFICE.finditer(low)]


# offices_in finds the same offices as offices_by_scan in two steps: a pattern of the
# words that open offices (the letters before an office's first space, "-" or ".": 133
# words where the offices' pattern spells out 201 phrases), read on a copy of the text
# that holds only lower-case ASCII letters, spaces and dots; then, from each such word, a
# walk through a trie of the rest of the offices it opens. The pattern of opening words
# costs a third of the offices' pattern to compile, and the two steps run faster.
def _offices_by_lead(phrases) -> dict[str, list[str]]:
    """The offices grouped by the word of letters that opens them: {"vice": [" president",
    "-president", ...], "president": ["", "-elect"]}."""
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        n = len(phrase) - len(phrase.lstrip("abcdefghijklmnopqrstuvwxyz"))
        out.setdefault(phrase[:n], []).append(phrase[n:])
    return out


_OFFICES_BY_LEAD = _offices_by_lead(D.OFFICES)
_LEAD_WORD = patterns.compile_built(lambda: rf" ({alternation(sorted(_OFFICES_BY_LEAD))})(?![a-z])")
_BEFORE_OFFICE = "([\"“‘'’—–/-"     # what may stand before an office, besides white space


@functools.cache
def _trie_after(lead: str) -> dict:
    """The trie of what follows ``lead`` in the offices it opens (built when an article
    first holds the word: a trie of every office would cost a cold start more than it
    saves)."""
    return char_trie(_OFFICES_BY_LEAD[lead])


def _letters_table() -> bytes:
    """Bytes a-z kept and A-Z lowered; white space, the ASCII characters of _BEFORE_OFFICE
    and "?" (which stands for any character beyond ASCII) become a space, any other byte a
    ".": one character for each of the text's, so that offsets carry over."""
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
# the Kelvin sign → "k"): where one is, the text is lowered first, as offices_by_scan does.
_LOWERING_TO_ASCII = ("\u0130", "\u212a")


def offices_in(text: str) -> list[tuple[int, int]]:
    """What :func:`offices_by_scan` finds: an opening word of the letters after white
    space or one of _BEFORE_OFFICE, then the longest office from it that no letter,
    digit, "_" or "-" follows. A character and its lower case are alike in all else that
    is asked of them (white space, a letter or a digit, one of _BEFORE_OFFICE)."""
    if _LOWERING_TO_ASCII[0] in text or _LOWERING_TO_ASCII[1] in text:
        text = lower_same_length(text)
    letters = " " + text.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii")
    found = []
    end = -1
    for m in _LEAD_WORD.finditer(letters):
        i = m.start()       # in the text; the space before the word in ``letters``
        if i > end and (i == 0 or text[i - 1].isspace() or text[i - 1] in _BEFORE_OFFICE):
            lead = m.group(1)
            e = _office_end(text, i + len(lead), _trie_after(lead))
            if e is not None:
                found.append((i, e))
                end = e
    return found


def _office_end(text: str, i: int, node: dict) -> int | None:
    """Where the longest office read from trie ``node`` at ``i`` on ends (a run of white
    space read as one " "), or None; the text's characters lowered one by one."""
    ends = []
    n = len(text)
    at: dict | None = node
    while at is not None:
        if "" in at:
            ends.append(i)
        if i >= n:
            break
        ch = text[i]
        if ch.isspace():
            at = at.get(" ")
            while i < n and text[i].isspace():
                i += 1
        else:
            at = at.get(ch.lower())
            i += 1
    for e in reversed(ends):
        if e >= n or not (text[e].isalnum() or text[e] in "_-"):
            return e
    return None


# --- the title ----------------------------------------------------------------------------
_OF_PORTFOLIO = patterns.compile(r"\s{1,8}(?:of|for)\s{1,8}")
_word_run = patterns.compile(r"[\w’'-]+(?: [\w’'-]+){0,6}")
_WORD_CHARS = patterns.compile(r"[\w.’'-]+")
_WORD_TAIL = patterns.compile(r"[\w.’'-]*$")


def extend_title(body: str, ts: int, te: int) -> tuple[int, int]:
    """The span of the office at body[ts:te] grown over its portfolio and modifiers:
    "Minister" → "Deputy Foreign Minister", "Secretary" → "Secretary of Homeland
    Security"."""
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
        tail = _WORD_TAIL.search(word)
        word = tail.group() if tail else ""
        if not word:
            return None
    return lo + len(head) - len(word), word


def _portfolio_end(body: str, pos: int) -> int | None:
    """Where a portfolio after "of"/"for" ends: "State", "Foreign Trade and Development
    Cooperation", "Intergovernmental Affairs" (capitalised words up to a portfolio word,
    then portfolio words only), never into a name ("of State Antony Blinken")."""
    run = _word_run.match(body, pos)
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


def display_title(title: str) -> str:
    """"Sen." → "Senator"; otherwise the words as written, first letter capitalised."""
    words = [D.TITLE_ABBREVIATIONS.get(w.lower(), w) for w in title.split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


# --- what an office tells ------------------------------------------------------------------
class Facts:
    """An office as its holder holds it: the title as shown ("Foreign Minister"), its kind
    in data.OFFICES ("gov", "ambig", "ctx", "no"), the country, state or body it belongs
    to, and whether that is a public one."""

    __slots__ = ("affiliation", "kind", "public", "title")

    def __init__(self, title: str, kind: str, affiliation: str | None, public: bool) -> None:
        self.title = title
        self.kind = kind
        self.affiliation = affiliation
        self.public = public

    @property
    def gender(self) -> str | None:
        """"m" or "f" when the title says so ("Congresswoman")."""
        return gender_of(self.title)

    @property
    def is_official(self) -> bool:
        return is_official(self.title, self.kind, self.affiliation, self.public)


def is_official(title: str | None, kind: str | None, affiliation: str | None, public: bool) -> bool:
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


class OfficeReading:
    """What an office in the body tells: the name written with it and where that name
    is; or, with ``name`` None, a reference to a holder named elsewhere ("the senator
    said"), where the reference is and the office's last word ("senator")."""

    __slots__ = ("end", "facts", "name", "start", "word")

    def __init__(self, start: int, end: int, name: str | None, word: str, facts: Facts) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.word = word
        self.facts = facts


class _Office:
    """An office being read: its kind, the span of its title and the words before it
    (read when first asked for: most offices are read without them)."""

    __slots__ = ("_before", "body", "kind", "te", "ts", "word")

    def __init__(self, body: str, kind: str, start: int, end: int, phrase: str) -> None:
        self.body = body
        self.kind = kind
        self.word = phrase.split()[-1]
        self.ts, self.te = extend_title(body, start, end)
        self._before: WordsBefore | None = None

    def before(self) -> WordsBefore:
        """The words before the title that say whose office it is."""
        if self._before is None:
            self._before = words_before_office(self.body, self.ts)
        return self._before

    def facts(self, *after: str | None, party: str | None = None, state: str | None = None,
              of_place: bool = False, apposition: bool = False, title: str | None = None) -> Facts:
        """The office's facts, with the words after it that say whose it is, and a party
        tag's party and state; ``of_place``: the first of those words follow "of" right
        after the name; ``apposition``: the office is said of a name before it."""
        before = self.before()
        kind = "ctx" if before.blocked and self.kind == "ambig" else self.kind
        found = affiliation_of(before.text, *after, party=party, state=state)
        affil, public = found.name, found.public
        if of_place and affil is not None and affil == after[0] and not D.COMPANY_WORDS & set(affil.split()):
            public = True    # "President Adaeze Okafor of Lunaria": a place, as a rule
        if kind == "ctx" and public and affil and demonym_shape.fullmatch(affil):
            public = False   # "Rezaian attorney": a family's lawyer, not a state's
        if apposition and kind == "ambig" and affil is None:
            kind = "ctx"     # "Goli Ameri, president and CEO": of what?
        if title is None:
            title = self.title(public_body_words(before.text))
        return Facts(title, kind, affil, public)

    def title(self, prefix: str = "", suffix: str = "") -> str:
        """The title as shown, with a public body before it ("Foreign Ministry
        spokesman") or a place after it ("Mayor of London")."""
        text = self.body[self.ts:self.te]
        if prefix:
            text = f"{prefix} {text}"
        if suffix:
            text = f"{text} {suffix}"
        return display_title(text)

    def holder(self, start: int, name: str, facts: Facts) -> OfficeReading:
        return OfficeReading(start, start + len(name), name, self.word, facts)


def read_office(body: str, start: int, end: int) -> OfficeReading | None:
    """What the office found at body[start:end] tells: the name written with it, in the
    first of these shapes that fits: the name after it ("Sen. Ruth Calloway"), a place
    then the name ("Mayor of London Sadiq Khan"), the name between commas ("the country's
    top diplomat, Lena Marwick,"), the name before it ("Maria Estrada, Chile's interior
    minister,"); else a reference ("the senator said"); else None."""
    phrase = lower_same_length(body[start:end])
    kind = D.OFFICES.get(" ".join(phrase.split()))
    if not kind:
        return None
    office = _Office(body, kind, start, end, phrase)
    return (_name_after(office) or _place_then_name_after(office) or _name_between_commas(office)
            or _name_before(office) or _reference(office))


def _name_after(office: _Office) -> OfficeReading | None:
    """"Sen. Ruth Calloway, D-Ore.", "President Adaeze Okafor of Lunaria"."""
    after = NAME_AFTER.match(office.body, office.te)
    if after is None:
        return None
    written = after.group("name")
    name = titled_name(written)
    if not name:
        return None
    facts = office.facts(after.group("of"), party=after.group("party"), state=after.group("state"),
                         of_place=bool(after.group("of")))
    return office.holder(after.start("name") + written.find(name.split()[0]), name, facts)


_PLACE_THEN_NAME = patterns.compile(
    rf"\s{{1,8}}(?P<prep>of|to)\s{{1,8}}(?:the\s)?(?P<rest>{CAPWORD}(?:\s{CAPWORD}){{1,4}})")


def _place_then_name_after(office: _Office) -> OfficeReading | None:
    """"Mayor of London Sadiq Khan", "Ambassador to Japan Leonora P. Haverkamp": a place
    (a known one, unless the office is a government's: a company's "President of"), then
    the name."""
    body = office.body
    of_place = _PLACE_THEN_NAME.match(body, office.te)
    if of_place is None:
        return None
    got = _split_place_and_name(of_place.group("rest"))
    if got is None or not (office.kind == "gov" or got[0] in D.COUNTRY_OF or got[0].lower() in D.PUBLIC_BODY_NAMES):
        return None
    place, name = got
    start = of_place.start("rest") + of_place.group("rest").find(name)
    whole = NAME_AFTER.match(body, start - 1)     # "Gerald T. Whitmore": past the initial
    if whole and clean_name(whole.group("name")).startswith(name):
        name = clean_name(whole.group("name"))
    facts = office.facts(place, of_place=True, title=office.title(suffix=f"{of_place.group('prep')} {place}"))
    return office.holder(start, name, facts)


def _split_place_and_name(words: str) -> tuple[str, str] | None:
    """"London Sadiq Khan" → ("London", "Sadiq Khan"); "New York Bill de Blasio" →
    ("New York", "Bill de Blasio"); "United Nations Danny Danon": a known place or public
    body of two words, else one word, then a name of two words or more."""
    tokens = words.split()
    for k in (2, 1):
        place = " ".join(tokens[:k])
        if k == 2 and place not in D.COUNTRY_OF and place.lower() not in D.PUBLIC_BODY_NAMES:
            continue
        name = clean_name(" ".join(tokens[k:]))
        if len(name.split()) >= 2 and " ".join(tokens[k:]).startswith(name):
            return place, name
    return None


_NAME_AFTER_COMMA = patterns.compile(
    rf"(?:\s{{1,8}}(?:of|for|at|in|to)\s{{1,8}}(?:the\s{{1,8}})?(?P<affil>[\w’'.-]{{1,30}}(?:\s[\w’'.-]{{1,30}}){{0,4}}?))?"
    rf",\s{{1,8}}(?P<name>{NAME})(?=,|[.;](?:\s|$))"
)


def _name_between_commas(office: _Office) -> OfficeReading | None:
    """"The country's top diplomat, Lena Marwick,", "a spokeswoman for the Ostmark
    foreign ministry, Hanna Lind,": after "the", "a" or the words that say whose office
    it is."""
    body, ts = office.body, office.ts
    comma = _NAME_AFTER_COMMA.match(body, office.te)
    if comma is None:
        return None
    name = clean_name(comma.group("name"))
    lead = body[max(0, ts - 5):ts].lower().split()
    if name and ((lead and lead[-1] in ("the", "a", "an")) or office.before().text):
        return office.holder(comma.start("name"), name, office.facts(comma.group("affil")))
    return None


# The end of an apposition: what the office belongs to ("of the U.S. Embassy in Valmora"),
# then a comma or a stop, a verb, or "and" with a capital (another office or a company).
_APPOSITION_END = patterns.compile(
    rf"(?:\s{{1,8}}(?:of|from|for|in|to|at)\s{{1,8}}(?:the\s{{1,8}})?(?P<affil>{CAPWORD}"
    rf"(?:\s(?:of\s|and\s|for\s|on\s|in\s)?{CAPWORD}){{0,4}}))?"
    rf"(?=\s{{0,8}}[,.;:)—–]|\s{{1,8}}(?:who|said|says|told|was|is|has)\b|(?P<more>\s{{1,8}}and\s{{1,8}}{UPPER}))"
)


def _name_before(office: _Office) -> OfficeReading | None:
    """"Maria Estrada, Chile's interior minister,", "Ortiz, 52, a U.S. senator from
    Nevada,": an apposition (a comma shortly before the office) to the name before it."""
    body, ts = office.body, office.ts
    if body.rfind(",", max(0, ts - 60), ts) < 0:
        return None
    end = _APPOSITION_END.match(body, office.te)
    if end is None or (end.group("more") is not None and office.kind != "gov"):
        return None                      # "president and CEO of ...": a company's, likely
    named = _name_before_comma(body, office.before().start)
    if named is None:
        return None
    name = clean_name(named.group())
    if not name:
        return None
    start = named.start() + named.group().find(name.split()[0])
    return office.holder(start, name, office.facts(end.group("affil"), apposition=True))


# "Maria Estrada, " / "Cruz, 45, a ": the comma after a name that an apposition follows,
# then the name that ends at that comma.
_COMMA_TAIL = patterns.compile(r",\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?$")
_name_at_end = patterns.compile(rf"{NAME}$")


def _name_before_comma(body: str, pos: int) -> re.Match[str] | None:
    """"Maria Estrada, " before ``pos``: the name of an apposition that starts at ``pos``."""
    tail = _COMMA_TAIL.search(body, max(0, pos - 24), pos)
    if not tail:
        return None
    comma = tail.start()
    m = _name_at_end.search(body, max(0, comma - 80), comma)
    if m and glued_to_word(body, m.start()):
        return None
    return m


_OF_BODY = patterns.compile(rf"\s{{1,8}}(?:of|for)\s{{1,8}}(?:the\s)?{CAPWORD}(?:\s{CAPWORD}){{0,3}}")


def _reference(office: _Office) -> OfficeReading | None:
    """"The senator said", "the Metropolitan Police Commissioner has", "the chief constable
    of Westmoor Police has": "the" before the office (and the capitalised words of a body
    before it), a verb or nothing after it."""
    body, ts, te = office.body, office.ts, office.te
    lead = ts
    if body[max(0, ts - 4):ts].lower() != "the " and body[ts - 1:ts] == " " and \
            body[body.rfind(" ", 0, ts - 1) + 1:ts][:1].isupper() and "he " in body[max(0, ts - 40):ts]:
        lead = office.before().start     # capitalised words of a body before the office
    if body[max(0, lead - 4):lead].lower() != "the ":
        return None
    of = _OF_BODY.match(body, te)
    following = next_word(body, of.end() if of else te)
    if following and following not in D.REFERENCE_FOLLOWERS:
        return None
    return OfficeReading(lead - 4, te, None, office.word, office.facts())


# --- names listed under one plural office -------------------------------------------------
# (what stands before it is checked by the caller: a pattern opening with a look-behind
# is tried at every position)
_PLURAL_OFFICE = patterns.compile(rf"(?P<title>{alternation(D.PLURAL_OFFICES)})(?=\s)")
_LIST_SEPARATOR = patterns.compile(r"\)?\s{0,8}(?:,\s{1,8}(?:and\s{1,8})?|\s{1,8}and\s{1,8})(?=[A-Z])")


def listed_holders(body: str) -> list[OfficeReading]:
    """The people named in a list under one plural office: "GOP Sens. Ron Alder of Utah,
    Kay Brill of Iowa and Pat Coe of Ohio", "state Reps. Ann Dale and Tim Eck (R-Ky.)":
    each holds the office, its title in the singular, its affiliation from what follows
    the name ("of Utah", a party tag)."""
    found: list[OfficeReading] = []
    if not any(title in body for title in D.PLURAL_OFFICES):
        return found
    for m in _PLURAL_OFFICE.finditer(body):
        if glued_to_word(body, m.start()):
            continue                    # "XSens.": no office
        title = D.PLURAL_OFFICES[m.group("title")]
        pos = m.end()
        while True:
            after = NAME_AFTER.match(body, pos)
            if after is None:
                break
            name = clean_name(after.group("name"))
            if len(name.split()) < 2 or not after.group("name").startswith(name):
                break
            affil = affiliation_of(after.group("of"), party=after.group("party"), state=after.group("state"))
            facts = Facts(title, "gov", affil.name, True)
            start = after.start("name")
            found.append(OfficeReading(start, start + len(name), name, title.lower(), facts))
            sep = _LIST_SEPARATOR.match(body, after.end())
            if sep is None:
                break
            pos = sep.end() - 1 if body[sep.end() - 1].isspace() else sep.end()
    return found
