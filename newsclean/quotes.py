"""Direct quotes and who said them; officials named in the story.

The quote finder pairs quote marks paragraph by paragraph (a paragraph that opens a
quote and does not close it, followed by one that opens again, is one quote running on:
the news convention for long quotes). Attribution is read from the words around each
quote with the quote's own words masked out, so a name inside a quote is never taken
for its speaker. Speakers are resolved through the article's people index
(``officials.find_people``): "Blinken" → "Antony Blinken", "she" → the last person who
spoke or was named, "the senator" → the senator named before.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import people_data as D
from .model import Article, Quote
from .officials import LOW, NAME, UP, People, Person, _alternation, _clean_name, find_people

_MARKS = re.compile('[“”"«»„]')
_OPENERS = "“«„"
_CLOSERS = "”»"
_OPEN_CONTEXT = " \t\n([{—–-/:;,'‘"
_MAX_QUOTE = 6000

_VERB = _alternation(D.SPEECH_VERBS)
_ADVERB = _alternation(D.SPEECH_ADVERBS)
# Who speaks: a name (with an apposition: "Maria Estrada, Chile's interior minister,"),
# a pronoun, or a description ("the senator", "a spokeswoman for the ministry").
_NAMED = (
    rf"(?P<name>{NAME})(?:\s+(?:of|from)\s+(?:the\s+)?[\w’'-]{{2,20}}(?:\s[\w’'-]{{2,20}}){{0,2}}?)?"
    rf"(?:(?:,\s+[^,;\x00“”\"\n]{{1,120}}?){{1,2}},)?"
)
_PRONOUN = r"(?P<pron>[Hh]e|[Ss]he)"
_DESCRIBED = r"(?P<desc>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w.’'-]{1,30}\s+){0,3}?[\w’'-]{2,30})"
SPEAKER_VERB_RE = re.compile(
    rf"(?<![\w’'-])(?:{_NAMED},?|{_PRONOUN}|{_DESCRIBED})\s+(?:(?:{_ADVERB})\s+){{0,2}}(?P<verb>{_VERB})(?![\w’'-])"
)
_VERB_FIRST = _alternation((
    "said", "says", "added", "adds", "asked", "wrote", "writes", "continued", "explained",
    "noted", "recalled", "replied", "insisted", "argued", "warned", "tweeted", "declared",
    "stated", "responded", "countered", "concluded", "answered",
))
VERB_SPEAKER_RE = re.compile(
    rf"(?<=[”\"»,\x00]\s)(?P<verb>{_VERB_FIRST})\s+"
    rf"(?:{_NAMED}|(?P<pron>he|she)(?![\w’'-])|(?P<desc>(?:the|an?)\s+(?:[\w.’'-]{{1,30}}\s+){{0,3}}?[\w’'-]{{2,30}})(?=[,.;]))"
)
ACCORDING_RE = re.compile(
    rf"(?P<verb>[Aa]ccording\s+to)\s+(?:{_NAMED}|(?P<desc>(?:the|an?)\s+(?:[\w.’'-]{{1,30}}\s+){{0,3}}?[\w’'-]{{2,30}})(?=[,.;]))"
)
_ATTRIBUTION_RES = (SPEAKER_VERB_RE, VERB_SPEAKER_RE, ACCORDING_RE)

# Sentence ends: terminal punctuation, closing marks, space, then a capital or an opener.
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’)\]»]*\s+(?=[“\"‘(\[«]?[A-Z0-9])")
_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|Maj|Sgt|Capt|St|Jr|Sr|Inc|Corp|Co|No|vs|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Prof|Rev|Gov|Amb|Supt|Atty)|\b[A-Z]|\b[A-Z]\.[A-Z])$"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|for|from|at|on|with|to|by|that)\s+$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CAPITALISED = re.compile(rf"[{UP}0-9]")


@dataclass
class _Span:
    start: int          # offsets of the quote text in the body, marks excluded
    end: int
    para: int           # paragraph where the quote opens
    last_para: int      # paragraph where it closes (the same for most quotes)


@dataclass
class _Attribution:
    start: int          # offsets in the body
    end: int
    para: int
    verb: str
    speaker: Person | None
    text: str | None    # the speaker's name as written when no person was found


def extract_quotes_and_officials(article: Article) -> None:
    """Fill ``article.quotes`` and ``article.officials`` from ``article.body``."""
    body = article.body
    if not body:
        return
    people = find_people(body)
    article.officials = people.officials(exclude=article.authors)
    if not _MARKS.search(body):
        return
    bounds = paragraph_bounds(body)
    spans = find_quote_spans(body, bounds)
    if spans:
        article.quotes = attribute_quotes(body, bounds, spans, people)


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for para in body.split("\n\n"):
        out.append((pos, pos + len(para)))
        pos += len(para) + 2
    return out


def find_quote_spans(body: str, bounds: list[tuple[int, int]]) -> list[_Span]:
    """Pair quote marks: curly and guillemet pairs, straight quotes by context, and a
    quote left open at a paragraph's end that the next paragraph re-opens."""
    spans: list[_Span] = []
    carry: tuple[int, int] | None = None          # (text start, paragraph) of an open quote
    for pi, (ps, pe) in enumerate(bounds):
        open_at: int | None = None
        open_para = pi
        straight = False
        first_mark_skipped = False
        if carry is not None:
            lead = body[ps:ps + 1]
            if lead and lead in _OPENERS + '"':
                open_at, open_para = carry
                straight = lead == '"'
            else:
                _add_span(spans, body, carry[0], bounds[pi - 1][1], carry[1], pi - 1)
            carry = None
        for m in _MARKS.finditer(body, ps, pe):
            i = m.start()
            ch = m.group()
            if open_at is not None and open_para != pi and not first_mark_skipped and i == ps:
                first_mark_skipped = True       # the re-opening mark of a running quote
                continue
            prev = body[i - 1] if i > ps else " "
            nxt = body[i + 1] if i + 1 < pe else " "
            can_open = (prev in _OPEN_CONTEXT or prev in _OPENERS) and not nxt.isspace()
            can_close = not prev.isspace()
            if ch == '"':
                if open_at is None:
                    if can_open:
                        open_at, open_para, straight = i + 1, pi, True
                elif straight and can_close:
                    _add_span(spans, body, open_at, i, open_para, pi)
                    open_at = None
            elif ch in _OPENERS:
                open_at, open_para, straight = i + 1, pi, False
            else:  # a closing mark
                if open_at is not None and can_close:
                    _add_span(spans, body, open_at, i, open_para, pi)
                    open_at = None
                elif open_at is None and can_open and ch == "”":
                    open_at, open_para, straight = i + 1, pi, False   # ”…” typed for “…”
        if open_at is not None:
            carry = (open_at, open_para)
    if carry is not None:
        _add_span(spans, body, carry[0], bounds[-1][1], carry[1], len(bounds) - 1)
    return spans


def _add_span(spans: list[_Span], body: str, start: int, end: int, para: int, last_para: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start < end and end - start <= _MAX_QUOTE:
        spans.append(_Span(start, end, para, last_para))


def _mask(body: str, ps: int, pe: int, spans: list[_Span]) -> str:
    """The paragraph with every quote's words replaced by NULs (same length)."""
    pieces = []
    pos = ps
    for sp in spans:
        s, e = max(sp.start, ps), min(sp.end, pe)
        if s >= e:
            continue
        pieces.append(body[pos:s])
        pieces.append("\x00" * (e - s))
        pos = e
    pieces.append(body[pos:pe])
    return "".join(pieces)


def _sentence_starts(text: str, masked: str) -> list[int]:
    """Offsets where sentences start; a full stop inside a quote only ends a sentence
    when the quote closes right after it."""
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        k = m.start()
        if masked[k] == "\x00" and not any(c in m.group() for c in "”\"»"):
            continue            # inside a quote that goes on
        if _ABBREVIATION_BEFORE.search(text, max(0, k - 6), k):
            continue
        starts.append(m.end())
    return starts


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _looks_like_a_title(text: str) -> bool:
    """“The Art of the Deal”, “Achieving Prosperity Together”: every long word capitalised."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return bool(words) and all(_CAPITALISED.match(w) for w in words)


class _Attributor:
    """Finds who speaks in the paragraphs that hold quotes."""

    def __init__(self, body: str, bounds, spans: list[_Span], people: People) -> None:
        self.body = body
        self.bounds = bounds
        self.spans = spans
        self.people = people
        self.quote_ranges = tuple((s.start, s.end) for s in spans)
        self.quote_starts = [s.start for s in spans]
        self.last_subject: tuple[int, Person] | None = None   # (paragraph, person)
        self.subjects: set[int] = set()                        # ids of people who spoke

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and self.spans[i].end > pos

    def attributions(self, pi: int, masked: str) -> list[_Attribution]:
        ps = self.bounds[pi][0]
        matches = sorted((m for rx in _ATTRIBUTION_RES for m in rx.finditer(masked)),
                         key=lambda m: m.start())
        found = [self._read(m, ps, pi) for m in matches]
        return [a for a in found if a is not None]

    def _read(self, m: re.Match, ps: int, pi: int) -> _Attribution | None:
        gd = m.groupdict()
        verb = " ".join(m.group("verb").split())
        start, end = ps + m.start(), ps + m.end()
        person: Person | None = None
        written: str | None = None
        if gd.get("name"):
            name = _clean_name(gd["name"])
            if not name:
                # an organisation or a place ("the State Department said"): no person
                return _Attribution(start, end, pi, verb, None, None)
            person = self.people.resolve(name, ps + m.start("name"))
            written = None if person else name
        elif gd.get("pron"):
            person = self.antecedent(ps + m.start("pron"), pi)
        elif gd.get("desc"):
            if _PREPOSITION_BEFORE.search(self.body, max(0, start - 6), start):
                return None             # "Finch of the northern province called": not the subject
            desc = gd["desc"].split()
            if desc[0].lower() in ("his", "her", "its", "their"):
                return None             # "his spokesman said" is rare; "her office said"
            person = self.people.last_holder_before(desc[-1].lower(), start) if desc[0].lower() == "the" else None
            if desc[0].lower() == "the" and len(desc) == 2 and desc[-1][:1].isupper() and person is None:
                return None             # "the Pentagon said" is fine, "the Blinken" is not
        if person is not None:
            self.last_subject = (pi, person)
            self.subjects.add(id(person))
        return _Attribution(start, end, pi, verb, person, written)

    def antecedent(self, pos: int, pi: int) -> Person | None:
        """Who "he" or "she" is: the last person who spoke (or was said to speak) in this
        or the two paragraphs before, else the last person named."""
        if self.last_subject is not None and pi - self.last_subject[0] <= 2:
            subject = self.last_subject[1]
            named = self.people.last_person_before(pos, self.quote_ranges)
            ps = self.bounds[pi][0]
            # A person named earlier in the same paragraph is the likelier one.
            if named is not None and named is not subject and self._named_in(named, ps, pos):
                return named
            return subject
        return self.people.last_person_before(pos, self.quote_ranges)

    def known_person(self, person: Person) -> bool:
        """Sure enough to be a person to take as a speaker without a cue: named with an
        office, named more than once, or the subject of a speech verb."""
        return bool(person.title) or person.mentions > 1 or id(person) in self.subjects

    def _named_in(self, person: Person, start: int, end: int) -> bool:
        for mm in self.people.mentions:
            if mm.start >= end:
                break
            if mm.start >= start and mm.person is person and not self.inside_quote(mm.start):
                return True
        return False


def attribute_quotes(body: str, bounds, spans: list[_Span], people: People) -> list[Quote]:
    at = _Attributor(body, bounds, spans, people)
    by_para: dict[int, list[_Span]] = {}
    for sp in spans:
        for pi in range(sp.para, sp.last_para + 1):
            by_para.setdefault(pi, []).append(sp)
    info: dict[int, tuple[list[_Attribution], list[int], str]] = {}
    quotes: list[Quote] = []
    last_speaker: tuple[int, Person | None, str | None] | None = None
    last_attrib_para = -10
    for pi, (ps, pe) in enumerate(bounds):
        if pi not in by_para and pi - last_attrib_para > 2:
            continue
        masked = _mask(body, ps, pe, by_para.get(pi, []))
        attrs = at.attributions(pi, masked)
        if attrs:
            last_attrib_para = pi
        if pi not in by_para:
            continue
        info[pi] = (attrs, _sentence_starts(body[ps:pe], masked), masked)
        for sp in by_para[pi]:
            if sp.last_para != pi:
                continue                # read when its closing paragraph comes
            got = _quote_for(sp, body, bounds, info, at, last_speaker)
            if got is None:
                continue
            q, person = got
            quotes.append(q)
            if q.speaker:
                last_speaker = (pi, person, q.speaker)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _quote_for(sp: _Span, body: str, bounds, info, at: _Attributor,
               last_speaker) -> tuple[Quote, Person | None] | None:
    text = body[sp.start:sp.end]
    words = _word_count(text)
    if words == 0:
        return None
    attribution, in_sentence = _best_attribution(sp, bounds, info)
    person: Person | None = None
    name: str | None = None
    cue: str | None = None
    if attribution is not None:
        person, name, cue = attribution.speaker, attribution.text, attribution.verb
    if words <= 2 and not _clearly_attributed(sp, body, attribution, in_sentence):
        return None                     # a scare quote, a label or a JSON key, not a statement
    if _looks_like_a_title(text) and not (in_sentence and _gap(sp, attribution) <= 3):
        return None                     # a headline or a work's title, not speech
    if _URL_LIKE.search(text):
        return None
    if attribution is None and words >= 3:
        ps = bounds[sp.para][0]
        person = at.people.last_person_before(sp.start, at.quote_ranges)
        if person is not None and not (at._named_in(person, ps, sp.start) and at.known_person(person)):
            person = None
        if person is None and last_speaker is not None and sp.start == bounds[sp.para][0] + 1 \
                and sp.para - last_speaker[0] == 1:
            _, person, name = last_speaker  # a paragraph that is one more quote from the same voice
    speaker = person.name if person is not None else name
    q = Quote(text=text, speaker=speaker, speaker_title=person.title if person is not None else None,
              cue=cue, paragraph=sp.para, start=sp.start, end=sp.end)
    return q, person


_URL_LIKE = re.compile(r"^\S*(?:://|www\.|\.(?:com|org|net|jpg|png)\b)\S*$")
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")


def _clearly_attributed(sp: _Span, body: str, a: _Attribution | None, in_sentence: bool) -> bool:
    """A one- or two-word quote counts only with a cue close by in its own sentence."""
    if a is None or not in_sentence or not _LONG_WORD.search(body, sp.start, sp.end):
        return False
    if body[sp.end + 1:sp.end + 2] == ":":
        return False
    return _gap(sp, a) <= 120


def _gap(sp: _Span, a: _Attribution | None) -> int:
    if a is None:
        return 1 << 30
    return sp.start - a.end if a.end <= sp.start else a.start - sp.end


def _best_attribution(sp: _Span, bounds, info) -> tuple[_Attribution | None, bool]:
    """The attribution in the quote's sentence nearest to it; else the nearest one in its
    paragraph (a quote split around "she said" gets the same voice)."""
    best: _Attribution | None = None
    best_gap = None
    for pi, anchor in ((sp.last_para, sp.end), (sp.para, sp.start)):
        attrs, starts, _ = info[pi]
        if not attrs:
            continue
        ps = bounds[pi][0]
        k = bisect_right(starts, anchor - ps) - 1
        s_lo = ps + starts[k]
        s_hi = ps + starts[k + 1] if k + 1 < len(starts) else bounds[pi][1]
        if pi == sp.para and pi == sp.last_para:
            k2 = bisect_right(starts, sp.start - ps) - 1
            s_lo = ps + starts[k2]
        for a in attrs:
            if a.end <= s_lo or a.start >= s_hi:
                continue
            gap = sp.start - a.end if a.end <= sp.start else a.start - sp.end
            if gap < 0:
                continue
            if best_gap is None or gap < best_gap:
                best, best_gap = a, gap
        if best is not None:
            return best, True
    attrs = info[sp.last_para][0] if sp.last_para == sp.para else info[sp.last_para][0] + info[sp.para][0]
    for a in attrs:
        if a.start < sp.end and a.end > sp.start:
            continue
        gap = sp.start - a.end if a.end <= sp.start else (a.start - sp.end) * 2 + 1
        if best_gap is None or gap < best_gap:
            best, best_gap = a, gap
    return best, False
