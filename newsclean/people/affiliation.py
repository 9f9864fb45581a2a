"""Whose office it is: the country, US state, party or body an office belongs to, read
from the words around it, and whether that makes it a public office ("Japanese Foreign
Minister" → Japan, public; "Brightwave chief executive" → Brightwave, private)."""
from __future__ import annotations

from .. import patterns
from ..patterns import LOWER, UPPER
from . import data as D

# A people's name ("Valdorian", "Lunarian"): a state's, as a rule, though no table knows it.
demonym_shape = patterns.compile(rf"{UPPER}{LOWER}{{2,20}}(?:ian|ean|ese|ish|ani|ic)")
_POSSESSIVE = patterns.compile(r"['’]s\b")
# A word that may be part of a body's name before an office ("AT&T", "U.S.", "Valmora's").
_AFFIL_WORD = patterns.compile(r"[\w.’'&-]+")


class Affiliation:
    """The country, state or body an office belongs to (None when nothing says), and
    whether it is a public one."""

    __slots__ = ("name", "public")

    def __init__(self, name: str | None, public: bool) -> None:
        self.name = name
        self.public = public


class WordsBefore:
    """The words right before an office that say whose office it is ("Japan's",
    "Chinese Foreign Ministry"), where they start, and whether an unreadable word stands
    there instead ("Local 2455 President": some body we cannot tell is public)."""

    __slots__ = ("blocked", "start", "text")

    def __init__(self, start: int, text: str | None, blocked: bool) -> None:
        self.start = start
        self.text = text
        self.blocked = blocked


def affiliation_of(*parts: str | None, party: str | None = None, state: str | None = None) -> Affiliation:
    """The affiliation the words ``parts`` say (the words before an office, then those
    after it), a party tag's state or party ("D-Ore." → Oregon). A country wins over a
    body ("U.S. State Department" → United States)."""
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
            return Affiliation(part, False)     # "the Ukrainian Grain Association": a private body
        country = first_country_in(part)
        if country:
            return Affiliation(country, True)
        if is_public_body(part) or demonym_shape.fullmatch(part):
            found, public = found or part, True     # "Valdorian": a people, so a state
        elif found is None:
            found = part
    if state:
        st = D.STATE_OF_ABBREVIATION.get(state) or D.COUNTRY_OF.get(state)
        if st:
            return Affiliation(st, True)
    if party:
        return Affiliation(D.PARTY_LETTERS.get(party), True)
    return Affiliation(found, public)


def first_country_in(text: str) -> str | None:
    """The country (or US state) ``text`` names, or the first one named by three, two or
    one of its words in a row ("the U.S. Embassy in Valmora" → United States)."""
    country = D.COUNTRY_OF.get(text)
    if country:
        return country
    words = text.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            country = D.COUNTRY_OF.get(" ".join(words[i:i + n]))
            if country:
                return country
    return None


def is_public_body(text: str) -> bool:
    """Whether ``text`` names a public body or a party, or ends with one's name, or holds
    a word that makes any body public ("the Ostmark foreign ministry")."""
    low = text.lower()
    if low in D.PUBLIC_BODY_NAMES or low in D.PARTY_NAMES_LOWER:
        return True
    words = low.split()
    return any(" ".join(words[i:]) in D.PUBLIC_BODY_NAMES for i in range(1, len(words))) or any(
        w in D.PUBLIC_BODY_WORDS for w in words)


def public_body_words(affil_text: str | None) -> str:
    """The public body that ends the words before an office ("Chinese Foreign Ministry"
    → "Foreign Ministry", "Israel Police" → "Police"): it belongs to the title, the
    country to the affiliation."""
    if not affil_text or affil_text[:4].lower() == "the ":
        return ""
    words = affil_text.split()
    i = len(words)
    while i > 0:
        bare = _POSSESSIVE.sub("", words[i - 1])
        if bare != words[i - 1] or bare in D.COUNTRY_OF or bare in D.PARTY_SET or demonym_shape.fullmatch(bare):
            break
        i -= 1
    phrase = " ".join(words[i:])
    return phrase if phrase and is_public_body(phrase) else ""


def words_before_office(body: str, ts: int) -> WordsBefore:
    """The capitalised words right before the office at ``ts`` that say whose office it
    is: up to three, in the same paragraph and sentence; or "the country's", or a word of
    PUBLIC_WORDS ("agency spokeswoman")."""
    if ts == 0 or body[ts - 1] not in " \t\n":
        return WordsBefore(ts, None, False)
    head = body[max(0, ts - 80):ts]
    head = head[head.rfind("\n") + 1:]
    words = head.split()[-3:]
    if not words:
        return WordsBefore(ts, None, False)
    if len(words) >= 2 and words[-2].lower() == "the" and words[-1].endswith(("'s", "’s")) \
            and words[-1][:1].islower():
        return WordsBefore(ts - len(head) + head.rfind(words[-2]), f"{words[-2]} {words[-1]}", False)
    if words[-1] in D.PUBLIC_WORDS:    # "agency spokeswoman", "department official"
        return WordsBefore(ts - len(head) + head.rfind(words[-1]), words[-1], False)
    keep = _affiliation_words_at_end(words)
    if not keep:
        return WordsBefore(ts, None, _is_unreadable(words[-1]))
    kept = words[-keep:]
    pos = len(head)
    for w in reversed(kept):
        pos = head.rfind(w, 0, pos)
    return WordsBefore(ts - len(head) + pos, " ".join(kept).rstrip(","), False)


def _affiliation_words_at_end(words: list[str]) -> int:
    """How many of the last ``words`` may name a place or a body: capitalised words that
    are places, parties, public bodies or no words of the tables, back to a possessive
    ("Japan's")."""
    keep = 0
    for w in reversed(words):
        bare = w[:-2] if w.endswith(("'s", "’s")) else w
        if bare.endswith(".") and bare.count(".") == 1 and len(bare) > 4:
            break                # "Valmora." ends the sentence before
        if not bare[:1].isupper() or not _AFFIL_WORD.fullmatch(bare):
            break                # lower case, or "Ploumen," / "SPOTTED:" ends the words
        if not _may_name_a_body(bare):
            break
        keep += 1
        if bare != w:        # "Japan's" starts the affiliation
            break
    return keep


def _may_name_a_body(word: str) -> bool:
    return (word in D.COUNTRY_OF or word in D.PARTY_SET or word.lower() in D.PUBLIC_BODY_NAMES
            or word in D.AFFILIATION_ADJECTIVES
            or (word not in D.NOT_NAME_OR_OFFICE_WORDS and word not in D.DAYS_AND_MONTHS))


def _is_unreadable(last: str) -> bool:
    """A number or a capitalised word before an office that says nothing of whose it is
    ("Local 2455 President")."""
    bare = last[:-2] if last.endswith(("'s", "’s")) else last
    return bool(_AFFIL_WORD.fullmatch(bare)) and (
        last[:1].isdigit() or (last[:1].isupper() and bare not in D.NOT_NAME_OR_OFFICE_WORDS))
