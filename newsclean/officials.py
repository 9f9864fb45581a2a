"""People in an article: names found from capitalised words, offices from the tables in
``people_data``, and one entry per person however often and however spelled.

``find_people(body)`` returns a :class:`People` index that ``quotes.py`` uses to resolve
speakers ("Blinken" → "Antony Blinken", "she" → the last person named, "the senator" →
the senator named before) and that gives the officials of the story.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import people_data as D
from .model import Official

UP = "A-ZÀ-ÖØ-Þ"
LOW = "a-zß-öø-ÿ"


def _alternation(phrases, *, escape=True) -> str:
    """Longest first, so "prime minister" wins over "minister"; spaces match any run."""
    items = sorted(set(phrases), key=len, reverse=True)
    return "|".join((re.escape(p) if escape else p).replace(r"\ ", r"\s+") for p in items)


# One name token: "Hayashi", "O'Brien", "McConnell", "Jean-Yves", an initial "W.".
NAME_TOKEN = (
    rf"(?:(?:Mc|Mac|O['’]|D['’])?[{UP}][{LOW}]{{1,24}}(?:-[{UP}]?[{LOW}]{{1,24}})?"
    rf"|[{UP}]\.(?=\s)|[{UP}][{LOW}]?[{UP}][{LOW}]{{1,20}})"
)
_PARTICLES = _alternation(D.NAME_PARTICLES)
NAME = rf"{NAME_TOKEN}(?:\s(?:(?:{_PARTICLES})[\s-]){{0,2}}{NAME_TOKEN}){{0,3}}"

_OFFICE = _alternation(D.OFFICES)
# An office word or phrase; the words around it (portfolio, modifiers, "of Defense", the
# affiliation, the name) are read by ``_read_office`` with set look-ups, which keeps this
# the only large pattern.
OFFICE_RE = re.compile(rf"(?<![\w.-])(?i:{_OFFICE})(?![\w-])")

_COUNTRY_OF: dict[str, str] = {}
for _country, _names in D.COUNTRIES.items():
    _COUNTRY_OF[_country] = _country
    for _n in _names:
        _COUNTRY_OF[_n] = _country
for _state in D.US_STATES:
    _COUNTRY_OF.setdefault(_state, _state)
_PUBLIC = frozenset(b.lower() for b in D.PUBLIC_BODIES)
_PARTIES = frozenset(D.PARTIES)
_MODIFIERS = frozenset(D.OFFICE_MODIFIERS)
_PORTFOLIOS = frozenset(D.PORTFOLIOS)
_PORTFOLIO_WORDS = frozenset(w for p in D.PORTFOLIOS for w in p.split() if w not in ("the", "and"))
_MAX_PORTFOLIO_WORDS = max(len(p.split()) for p in D.PORTFOLIOS)

_WORD_BEFORE = re.compile(r"([\w.’'-]+)\s+$")
# What may stand before an office: "Japanese", "U.S.", "Japan's", "Texas", "Republican
# Senate", "State Department", "the country's": one to three capitalised words.
_AFFIL_BEFORE = re.compile(
    rf"(?:(?<=\s)|^)(?P<affil>(?:[{UP}][\w.’'&-]{{0,24}}\s+){{1,3}}|[Tt]he\s+[{LOW}]{{2,12}}['’]s\s+)$"
)
_CAPWORD = rf"[{UP}](?:[\w’'-]|\.(?=\w)){{0,20}}"
_NAME_AFTER = re.compile(
    rf"\s+(?P<name>{NAME})(?:,\s+(?P<party>[DRI])-(?P<state>[{UP}][A-Za-z.]{{1,6}})"
    rf"|\s+of\s+(?:the\s+)?(?P<of>{_CAPWORD}(?:\s{_CAPWORD}){{0,2}}))?"
)
_NAME_AFTER_COMMA = re.compile(
    rf"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?P<affil>[\w’'.-]{{1,30}}(?:\s[\w’'.-]{{1,30}}){{0,4}}?))?"
    rf",\s+(?P<name>{NAME})(?=,)"
)
_NAME_BEFORE = re.compile(
    rf"(?<![\w.’'-])(?P<name>{NAME}),\s+(?:\d{{1,3}},\s+)?(?:(?:a|an|the)\s+)?$"
)
_APPOSITION_END = re.compile(
    rf"(?:\s+(?:of|from|for|in|to|at)\s+(?:the\s+)?(?P<affil>{_CAPWORD}"
    rf"(?:\s(?:of\s|and\s|for\s|on\s)?{_CAPWORD}){{0,4}}))?"
    rf"(?=\s*[,.;:)—–]|\s+(?:who|said|says|told|was|is|has)\b|(?P<more>\s+and\s+[{UP}]))"
)
_OF_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+")
_WORDS_AHEAD = re.compile(r"[\w’'-]+")
# Runs of capitalised words: the candidates for plain names.
CAP_RUN_RE = re.compile(rf"(?<![\w.’'-]){NAME_TOKEN}(?:\s(?:(?:{_PARTICLES})[\s-])?{NAME_TOKEN}){{0,5}}")
HONORIFIC_RE = re.compile(
    rf"(?<![\w.])(?:{_alternation(D.HONORIFICS)})\s+(?P<name>{NAME})"
)

_NOT_NAME = D.NOT_NAME_WORDS | frozenset(
    w.capitalize() + suffix for o in list(D.OFFICES) + list(D.PORTFOLIOS) for w in o.split()
    if len(w) > 2 and w not in ("the", "and", "of", "for") for suffix in ("", "s"))
_NON_PERSON = D.NON_PERSON_WORDS
_FIRST_NAMES_THAT_ARE_PLACES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Kenya",
                                          "Victoria", "Florence", "Austin", "Lincoln"})
_PLACE_WORDS = frozenset(w for w in _COUNTRY_OF if " " not in w) - _FIRST_NAMES_THAT_ARE_PLACES
_ABBREVIATIONS = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor",
                  "gen.": "General", "lt.": "Lieutenant", "col.": "Colonel", "adm.": "Admiral",
                  "maj.": "Major", "brig.": "Brigadier", "amb.": "Ambassador",
                  "supt.": "Superintendent", "atty.": "Attorney"}
_STATE_ABBR = {a: s for s, abbrs in D.US_STATES.items() for a in abbrs}
_NON_PERSON_TIME = frozenset(w for w in D.NON_PERSON_WORDS if w in {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December"})


@dataclass
class Person:
    name: str                  # the fullest spelling seen
    first: int                 # offset of the first mention
    title: str | None = None
    affiliation: str | None = None
    kind: str | None = None    # the office's entry in people_data.OFFICES
    mentions: int = 0
    public: bool = False       # the affiliation is a country, a US state or a public body

    @property
    def is_official(self) -> bool:
        if not self.title or not self.kind or self.kind == "no":
            return False
        if self.affiliation and _COMPANY_WORDS.intersection(self.affiliation.split()):
            return False            # a church minister, a company president
        if self.kind == "gov":
            return True
        if self.kind == "ambig":
            return self.public or self.affiliation is None
        return self.public


@dataclass
class Mention:
    start: int
    end: int
    person: Person


@dataclass
class People:
    persons: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)   # sorted by start
    by_name: dict[str, Person] = field(default_factory=dict)
    by_surname: dict[str, list[Person]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)         # mention starts, for bisect

    def resolve(self, name: str, at: int | None = None) -> Person | None:
        """The person a written name refers to: full name, surname or first+last."""
        name = _strip_possessive(name.strip())
        hit = self.by_name.get(name)
        if hit:
            return hit
        tokens = name.split()
        if not tokens:
            return None
        candidates = self.by_surname.get(tokens[-1], [])
        if len(tokens) > 1:
            candidates = [p for p in candidates if p.name.split()[0] == tokens[0]] or []
        if not candidates:
            return None
        if len(candidates) == 1 or at is None:
            return candidates[0]
        before = [p for p in candidates if p.first <= at]
        return max(before, key=lambda p: p.first) if before else candidates[0]

    def last_person_before(self, pos: int, skip: tuple[tuple[int, int], ...] = ()) -> Person | None:
        """The person mentioned last before ``pos``, leaving out mentions inside ``skip``."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end <= pos and not any(s <= m.start < e for s, e in skip):
                return m.person
            i -= 1
        return None

    def last_holder_before(self, office: str, pos: int) -> Person | None:
        """The person named last before ``pos`` whose office has the word(s) ``office``."""
        office = office.lower()
        best = None
        for m in self.mentions:
            if m.start >= pos:
                break
            p = m.person
            if p.title and office in p.title.lower():
                best = p
        return best

    def officials(self, exclude: list[str] | tuple[str, ...] = ()) -> list[Official]:
        skip = {n.lower() for n in exclude}
        return [
            Official(name=p.name, title=p.title, affiliation=p.affiliation, mentions=p.mentions)
            for p in sorted(self.persons, key=lambda p: p.first)
            if p.is_official and p.name.lower() not in skip
        ]


def _strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _clean_name(raw: str) -> str:
    """Trim words that cannot be part of a name off both ends ("Thursday", "Minister");
    nothing is left of an organisation's name ("Peace Prize") or of a run of four
    capitalised words (a headline, not a name)."""
    tokens = _strip_possessive(raw).split()
    while tokens and (tokens[-1] in _NOT_NAME or tokens[-1] in _NON_PERSON
                      or tokens[-1] in _PLACE_WORDS or tokens[-1].lower() in D.NAME_PARTICLES):
        if tokens[-1] in _NON_PERSON and tokens[-1] not in _NON_PERSON_TIME:
            return ""
        tokens.pop()
    while tokens and (tokens[0] in _NOT_NAME or tokens[0] in _NON_PERSON or tokens[0] in _PLACE_WORDS):
        tokens.pop(0)
    if sum(1 for t in tokens if not t.endswith(".") and t.lower() not in D.NAME_PARTICLES) > 3:
        return ""
    return " ".join(tokens)


def _name_segments(run: str, base: int):
    """Plain names in a run of capitalised words: two or more name-like words, not
    followed in the same run by an organisation word ("Reciprocal Access Agreement")."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", run)]
    seg: list[tuple[int, str]] = []
    out = []
    for i, (off, w) in enumerate(words + [(len(run), "")]):
        bare = _strip_possessive(w)
        good = bool(w) and bare not in _NOT_NAME and bare not in _NON_PERSON and bare not in _PLACE_WORDS
        if good:
            seg.append((off, bare))
            if bare != w:  # a possessive ends the name
                good = False
                w = ""
        if not good:
            org_follows = bool(w) and bare in _NON_PERSON
            real = [t for _, t in seg if t.lower() not in D.NAME_PARTICLES]
            if len(real) >= 2 and not org_follows and not all(t.endswith(".") for t in real):
                start = seg[0][0]
                end = seg[-1][0] + len(seg[-1][1])
                out.append((base + start, base + end, run[start:end]))
            seg = []
    return out


def _display_title(title: str) -> str:
    """"Sen." → "Senator"; otherwise the words as written, first letter capitalised."""
    words = [_ABBREVIATIONS.get(w.lower(), w) for w in title.split()]
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
        part = _POSSESSIVE.sub("", " ".join(part.split()))
        if part.lower().startswith("the "):
            public = True          # "the country's top diplomat"
            continue
        for country in _countries_in(part):
            return country, True
        if _is_public_body(part):
            found, public = found or part, True
        elif found is None:
            found = part
    if state:
        st = _STATE_ABBR.get(state) or _COUNTRY_OF.get(state)
        if st:
            return st, True
    if party:
        return D.PARTY_LETTERS.get(party), True
    return found, public


_AFFIL_ADJECTIVES = frozenset({"Supreme", "Federal", "National", "International", "Royal",
                               "Public", "Regional", "Local", "Global", "Central", "European"})
_COMPANY_WORDS = frozenset("""Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC Company Corporation Group
Holdings Bank Capital Partners Airlines Motors Technologies Media University College""".split())
_POSSESSIVE = re.compile(r"['’]s\b")


def _countries_in(text: str):
    words = text.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            country = _COUNTRY_OF.get(" ".join(words[i:i + n]))
            if country:
                yield country


def _is_public_body(text: str) -> bool:
    low = text.lower()
    if low in _PUBLIC or low in {p.lower() for p in _PARTIES}:
        return True
    words = low.split()
    return any(" ".join(words[i:]) in _PUBLIC for i in range(1, len(words))) or any(
        w in _PUBLIC_WORDS for w in words)


_PUBLIC_WORDS = frozenset(w.lower() for w in D.PARTIES) | D.PUBLIC_WORDS | frozenset(
    b.lower() for b in D.PUBLIC_BODIES if " " not in b and b.lower() not in
    {"state", "city", "county", "federal", "house", "committee"})


def _affil_words(body: str, ts: int) -> tuple[int, str | None, bool]:
    """The capitalised words right before an office that say whose office it is, and
    whether an unreadable word stands there ("Local 2455 President": some body we cannot
    tell is public)."""
    m = _AFFIL_BEFORE.search(body, max(0, ts - 80), ts)
    if not m:
        w = _WORD_BEFORE.search(body, max(0, ts - 30), ts)
        blocked = bool(w) and (w.group(1)[:1].isdigit() or (
            w.group(1)[:1].isupper() and _POSSESSIVE.sub("", w.group(1)) not in _NOT_NAME))
        return ts, None, blocked
    text = m.group("affil")
    if text[:3].lower() == "the":
        return m.start("affil"), text.strip(), False
    words = text.split()
    keep = 0
    for w in reversed(words):
        bare = _POSSESSIVE.sub("", w)
        if bare in _COUNTRY_OF or bare in _PARTIES or bare.lower() in _PUBLIC or bare in _AFFIL_ADJECTIVES or (
                bare not in _NOT_NAME and bare not in _NON_PERSON_TIME and bare[:1].isupper()):
            keep += 1
            if bare != w:        # "Japan's" starts the affiliation
                break
        else:
            break
    if not keep:
        return ts, None, False
    kept = words[-keep:]
    start = body.rfind(kept[0], 0, ts)
    return start, " ".join(kept).rstrip(","), False


def _extend_title(body: str, ts: int, te: int) -> tuple[int, int]:
    """Grow an office over its portfolio and modifiers: "Minister" → "Deputy Foreign
    Minister", "Secretary" → "Secretary of Homeland Security"."""
    for _ in range(3):
        w = _WORD_BEFORE.search(body, max(0, ts - 30), ts)
        if not w:
            break
        word = w.group(1).lower()
        if word in _MODIFIERS or word in _PORTFOLIO_WORDS or word.rstrip("-") in _MODIFIERS:
            ts = w.start(1)
        else:
            break
    of = _OF_PORTFOLIO.match(body, te)
    if of:
        words = [(x.group(), x.end()) for x in _WORDS_AHEAD.finditer(body, of.end(), of.end() + 80)]
        words = words[:_MAX_PORTFOLIO_WORDS]
        for k in range(len(words), 0, -1):
            if " ".join(w for w, _ in words[:k]).lower() in _PORTFOLIOS:
                te = words[k - 1][1]
                break
    return ts, te


_REFERENCE_FOLLOWERS = frozenset("""said says told added has had was is will would who also
and in on at did does could should wrote tweeted announced declined spoke met later then
himself herself insisted argued noted replied warned""".split())
_NEXT_WORD = re.compile(r"\s*([\w’'-]*)")


@dataclass
class _Facts:
    title: str
    kind: str
    affil: str | None
    public: bool


def _read_office(body: str, m: re.Match):
    """What an office phrase in the text tells: (name start, name end, name, facts), or
    ("ref", start, end, office word) for "the senator said", or None."""
    kind = D.OFFICES.get(" ".join(m.group().lower().split()))
    if not kind:
        return None
    ts, te = _extend_title(body, m.start(), m.end())
    astart, affil_text, blocked = _affil_words(body, ts)
    if blocked and kind == "ambig":
        kind = "ctx"
    title = _display_title(body[ts:te])
    after = _NAME_AFTER.match(body, te)
    if after:
        name = _clean_name(after.group("name"))
        if name and not _STARTS_LOWER_SENTENCE.match(body, te):
            affil, public = _affiliation(affil_text, after.group("of"), party=after.group("party"),
                                         state=after.group("state"))
            if after.group("of") and affil == after.group("of") and not _COMPANY_WORDS & set(affil.split()):
                public = True    # "President Adaeze Okafor of Lunaria": a place, as a rule
            ns = after.start("name") + after.group("name").find(name.split()[0])
            return ns, ns + len(name), name, _Facts(title, kind, affil, public)
    comma = _NAME_AFTER_COMMA.match(body, te)
    if comma and (affil_text or body[max(0, ts - 4):ts].lower() in ("the ", " an ") or body[max(0, ts - 2):ts].lower() in ("a ",)):
        name = _clean_name(comma.group("name"))
        if name:
            affil, public = _affiliation(affil_text, comma.group("affil"))
            ns = comma.start("name")
            return ns, ns + len(name), name, _Facts(title, kind, affil, public)
    end = _APPOSITION_END.match(body, te)
    if end and end.group("more") is not None and kind != "gov":
        end = None                      # "president and CEO of ...": a company's, likely
    if end:
        before = _NAME_BEFORE.search(body, max(0, astart - 120), astart)
        if before:
            name = _clean_name(before.group("name"))
            if name:
                affil, public = _affiliation(affil_text, end.group("affil"))
                if kind == "ambig" and affil is None:
                    kind = "ctx"        # "Goli Ameri, president and CEO": of what?
                ns = before.start("name")
                return ns, ns + len(name), name, _Facts(title, kind, affil, public)
    if body[max(0, ts - 4):ts].lower() == "the ":
        nxt = _NEXT_WORD.match(body, te).group(1)
        if not nxt or nxt in _REFERENCE_FOLLOWERS:
            return ("ref", ts - 4, te, m.group().split()[-1].lower())
    return None


_STARTS_LOWER_SENTENCE = re.compile(r"\s*[.!?]")


class _Builder:
    """Merges the spellings of one person as names are added, fullest spelling first."""

    def __init__(self, body: str) -> None:
        self.body = body
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
            for p in ppl.by_surname.get(tokens[-1], []):
                ptoks = p.name.split()
                if len(ptoks) == 1 or ptoks[0] == tokens[0]:
                    if len(tokens) > len(ptoks):
                        p.name = name
                    ppl.by_name[name] = p
                    return p
        p = Person(name=name, first=at)
        ppl.persons.append(p)
        ppl.by_name[name] = p
        ppl.by_surname.setdefault(tokens[-1], []).append(p)
        return p


def find_people(body: str) -> People:
    """Every person named in ``body``, with the offices and mentions found for each."""
    b = _Builder(body)
    found: list[tuple[int, int, str, _Facts | None]] = []
    refs: list[tuple[int, int, str]] = []
    for m in OFFICE_RE.finditer(body):
        got = _read_office(body, m)
        if got is None:
            continue
        if got[0] == "ref":
            refs.append(got[1:])
        else:
            found.append(got)
    for m in HONORIFIC_RE.finditer(body):
        name = _clean_name(m.group("name"))
        if name:
            ns = m.start("name")
            found.append((ns, ns + len(name), name, None))
    for m in CAP_RUN_RE.finditer(body):
        for s, e, name in _name_segments(m.group(), m.start()):
            found.append((s, e, name, None))

    # Full names first so that surnames and titled single names resolve to them.
    found.sort(key=lambda f: (len(f[2].split()) == 1, f[0]))
    spans: list[tuple[int, int, Person]] = []
    for s, e, name, facts in found:
        p = b.person(name, s)
        p.first = min(p.first, s)
        if facts is not None:
            _note_office(p, facts)
        spans.append((s, e, p))
    kept = _without_overlaps(spans)

    # Single surnames ("Blinken said"), then office references ("the senator").
    starts = [s for s, _, _ in kept]
    ends = [e for _, e, _ in kept]
    extra: list[tuple[int, int, Person]] = []
    people = b.people
    for m in _SINGLE_WORD_RE.finditer(body):
        w = m.group()
        if w in people.by_surname or w in people.by_name:
            s = m.start()
            i = bisect_right(starts, s) - 1
            if i >= 0 and ends[i] > s:
                continue
            p = people.resolve(w, s)
            if p:
                extra.append((s, m.end(), p))
    kept = sorted(kept + extra, key=lambda t: t[0])
    people.mentions = [Mention(s, e, p) for s, e, p in kept]
    people.starts = [mm.start for mm in people.mentions]
    more = []
    for s, e, office in refs:
        p = people.last_holder_before(office, s)
        if p:
            more.append(Mention(s, e, p))
    if more:
        people.mentions = sorted(people.mentions + more, key=lambda x: x.start)
        people.starts = [mm.start for mm in people.mentions]
    for mm in people.mentions:
        mm.person.mentions += 1
    people.persons = [p for p in people.persons if p.mentions]
    return people


def _without_overlaps(spans: list[tuple[int, int, "Person"]]) -> list[tuple[int, int, "Person"]]:
    """Keep the longest of overlapping mentions (a titled name over its bare surname)."""
    spans = sorted(spans, key=lambda t: (t[0], t[0] - t[1]))
    out: list[tuple[int, int, Person]] = []
    end = -1
    for s, e, p in spans:
        if s >= end:
            out.append((s, e, p))
            end = e
    return out


_SINGLE_WORD_RE = re.compile(rf"(?<![\w.’'-])(?:Mc|Mac|O['’])?[{UP}][{LOW}]{{1,24}}(?:-[{UP}]?[{LOW}]{{1,24}})?(?![\w-])")


def _office_head(title: str) -> str | None:
    """The office word of a reference: "the foreign minister" → "minister"."""
    words = title.lower().split()
    return words[-1] if words else None


_KIND_RANK = {"gov": 3, "ambig": 2, "ctx": 1, None: 0}


def _note_office(p: Person, f: _Facts) -> None:
    """Keep the first office found, unless a later one says more: a public office over a
    vague one, a surer kind of office, or the same office with its affiliation."""
    new = Person(p.name, 0, f.title, f.affil, f.kind, public=f.public)
    if (not p.title or (new.is_official and not p.is_official)
            or (new.is_official == p.is_official and _KIND_RANK[f.kind] > _KIND_RANK[p.kind])):
        p.title, p.kind, p.affiliation, p.public = f.title, f.kind, f.affil, f.public
    elif p.affiliation is None and f.affil and p.title.lower() == f.title.lower():
        p.affiliation, p.public = f.affil, f.public
