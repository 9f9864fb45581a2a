"""Who said each quote.

``attribute_quotes(body, people)`` pairs the body's quote marks into quotes
(``quote_marks``), reads the speech cues of the sentences around each quote with every
quote's words masked out (``cues``), and takes the cue nearest the quote: in its own
sentence, else in its paragraph. A cue's speaker is resolved through the article's
:class:`People`: "Blinken" → "Antony Blinken", "she" → the last person who spoke or was
named, "the senator" → the senator named before. A quote without a cue may still get a
speaker: the person who introduced it ("Okafor closed with a warning:") or who spoke the
paragraph before.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import islice

from .. import patterns
from ..model import Quote
from ..patterns import UPPER
from . import data as D
from .cues import Cue, ScanText, cues_in
from .index import Mention, People, Person
from .names import capitals_names_in_title_case, clean_name, gender_of
from .quote_marks import Span, find_quote_spans, mask, paragraph_bounds, quote_marks_of

# Sentence ends: terminal punctuation, closing marks, space, then a capital or an opener.
# (it opens with one character of a class, not a repeat: the scan then skips ahead to them)
_SENTENCE_END = patterns.compile(r"[.!?…][.!?…]{0,7}(?P<closers>[”\"’)\]»]{0,4})\s{1,8}(?=[“\"‘(\[«]?[A-Z0-9])")
_PREPOSITION_BEFORE = patterns.compile(r"\b(?:of|in|for|from|at|on|with|to|by|that|near|about|during)\s+$")
# "departments in Lebanon and Newcastle told": the last place of a list after a preposition.
_PLACE_LIST_BEFORE = patterns.compile(rf"\b(?:in|at|from|near)\s+{UPPER}\w+\s+and\s+$")
_THE_BEFORE = patterns.compile(r"\b[Tt]he\s+$")
# What stands before a place's or a thing's name, never before a person's.
_PLACE_BEFORE = patterns.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Tt]he|[Aa]n?)\s+$")
_WORD_OUTSIDE = patterns.compile(r"[^\W_][^\s\x00]*")
_WORD = patterns.compile(r"[^\W_][^\W_]*(?:['’][^\W_]+)?")
_CAPITALISED = patterns.compile(rf"{UPPER}|[0-9]")
_URL_BITS = patterns.compile(r"://|www\.|\.(?:com|org|net|jpg|png)\b")
_LONG_WORD = patterns.compile(r"[^\W\d_][^\W\d_]{2,}")
# A short word with its punctuation: "Oh,", "it's", "I'm", "no."
_SHORT_WORD = patterns.compile(r"[(\[“‘'\"]?[^\W\d_]{1,2}(?:['’][^\W\d_]{1,2})?[.,!?;:…)\]”’'\"]{0,3}")
_speech_words = patterns.compile(r"\b(?:I|I['’]\w+|we|we['’]\w+|you|you['’]\w+|our|my|me|us|your)\b", re.I)
_SPEECH_END = patterns.compile(r"[.,!?…;:]$")
# A paragraph of quotes may hold this many words outside them and still be quotes only.
_FEW_WORDS_OUTSIDE = 6
# A label in capitals that opens a digest's item ("HISTORY LESSON -- ", "ON THE TRAIL: ").
_LABEL_IN_CAPITALS = patterns.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)+ ?(?:--|—|–|:)")
# How many paragraphs back a quote-only paragraph looks for the voice it continues.
_CONTINUE_PARAGRAPHS = 4
_PRONOUN_WORD = patterns.compile(rf"\b(?:{'|'.join(D.PERSON_PRONOUNS)})\b", re.I)
_APPOSITION_WORDS = patterns.compile(r",\s+([^,;.\n\x00]{1,60})")


def _kin_gender(body: str, mentions: list[Mention]) -> str | None:
    """The gender a word of kin next to a mention gives: the word before it ("her husband
    Brendan Cox", "Brown's wife, Sarah Brown") or one of the apposition after it ("Cox,
    the mother of two,")."""
    for m in mentions:
        before = body[max(0, m.start - 24):m.start].split()
        if before:
            g = D.KIN_WORDS.get(before[-1].rstrip(",").lower())
            if g:
                return g
        after = _APPOSITION_WORDS.match(body, m.end)
        if after:
            for w in after.group(1).split()[:5]:
                g = D.KIN_WORDS.get(w.lower())
                if g:
                    return g
    return None


_SENTENCE_STOP = patterns.compile(r"[.!?](?=[”\"’]?\s)|\n")
_GENDER_REACH = 300


def _second_sentence_end(body: str, pos: int) -> int:
    """Where the sentence after the one holding ``pos`` ends (within a short reach, and
    never past the paragraph)."""
    limit = min(len(body), pos + _GENDER_REACH)
    for stops, m in enumerate(_SENTENCE_STOP.finditer(body, pos, limit), 1):
        if m.group() == "\n":
            return m.start()
        if stops == 2:
            return m.end()
    return limit


# The capitalised words of an office of a body before "of" or "for" and the name a cue
# read after it: "The UN High Commissioner for Human Rights said".
_OFFICE_OF_A_BODY = patterns.compile(
    r"(?:^|(?<=[.!?:;\n]\s)|(?<=\n)|\b[Tt]he\s+)(?P<office>(?:[A-Z][\w.'’-]*\s+){1,5})(?:of|for)\s+(?:the\s+)?$")


def _office_of_a_body(body: str, start: int, written: str) -> str | None:
    """The office of a body that speaks as the institution, opening its sentence or after
    "the" ("The UN High Commissioner for Human Rights said", "the Secretary-General of
    the United Nations said" when no holder is named): the whole name, or None."""
    m = _OFFICE_OF_A_BODY.search(body, max(0, start - 80), start)
    if m is None:
        return None
    words = m.group("office").split()
    if words[0] in ("The", "the"):
        words = words[1:]
    if not words or not any(w.lower() in D.OFFICES or w.lower() in D.ORGANISATION_NOUNS or w in D.NON_PERSON_WORDS
               for w in words):
        return None
    return " ".join(words + body[m.end("office"):start].split() + written.split())


def _an_organisation_in_apposition(between: str) -> bool:
    """Whether the apposition between a name and its verb says the name is a body's: "a
    group that registers voters", "an advocacy organisation", "the club's owner" aside
    (the noun among its first few words, before any "of" or "that")."""
    if not between.startswith(","):
        return False
    words = between.strip(" ,").split()
    if not words or words[0].lower() not in ("a", "an"):
        return False
    for w in words[1:5]:
        w = w.lower().strip(",")
        if w in D.ORGANISATION_APPOSITION_NOUNS:
            return True
        if w in ("of", "that", "which", "who", "for", "with"):
            return False
    return False


def _names_a_body(words: list[str]) -> bool:
    """Whether the capitalised words after "the" name a body that speaks ("the Pentagon",
    "the Justice Department"), not an office ("the Police Commissioner"), a person's
    description ("the DFLer") or a lone adjective ("the Southern states")."""
    if not words:
        return False
    last = words[-1].lower()
    if last in D.ROLE_NOUNS or last in D.OFFICES or last.endswith("er"):
        return False
    return not (len(words) == 1 and ((words[0] in D.NOT_IN_NAME and words[0] not in D.NON_PERSON_WORDS)
                                     or words[0] in D.DIRECTION_WORDS or words[0] in D.COUNTRY_OF))


def _name_gender(name: str) -> str | None:
    """The gender a first name is given to, as a rule (data.GIVEN_NAMES_F and _M)."""
    first = next((w for w in name.split() if not w.endswith(".")), "")
    if first in D.GIVEN_NAMES_F:
        return "f"
    if first in D.GIVEN_NAMES_M:
        return "m"
    return None


def attribute_quotes(body: str, people: People) -> list[Quote]:
    """The quotes of ``body`` in text order, each with its speaker (a person of
    ``people``, or a name as written), the speaker's title and the cue, where found."""
    marks = quote_marks_of(body)
    if marks is None:
        return []                       # no quote mark of any kind
    written = body
    body = people.read if people.source is body and people.read is not None else \
        capitals_names_in_title_case(body)      # "GLENN THRUSH asks:", as find_people read it
    bounds = paragraph_bounds(body)
    spans = find_quote_spans(body, bounds, marks)
    if not spans:
        return []
    at = _Attributor(body, bounds, spans, people)
    quotes: list[Quote] = []
    for sp in sorted(spans, key=lambda s: s.start):
        voice = _voice_of(sp, at)
        if voice is None:
            continue
        speaker = voice.speaker
        quotes.append(Quote(text=written[sp.start:sp.end], speaker=speaker, speaker_title=voice.title,
                            cue=voice.cue, speaker_kind=voice.kind if speaker else None,
                            paragraph=sp.para, start=sp.start, end=sp.end))
        at.heard(sp, voice)
    return quotes


# How far into its sentence a sentence's subject may start (a long title and name,
# or an opening phrase of up to 12 words and its comma, fit well within it).
SUBJECT_REACH = 400
# How many salience questions may wait on one another: "he said" is resolved through the
# salience of the sentences before it, whose own "he said" asks the sentences before them,
# and so on back. Real text settles within a few levels; a long run of pronoun cues that
# damage or a hostile input strings together would go back sentence by sentence until
# Python's recursion limit. Past this depth nobody is salient (the pronoun is left open).
MAX_SALIENCE_DEPTH = 40


class _Attribution:
    """A cue read: its body offsets, its paragraph, the verb, and the speaker: a person,
    or the name as written when no person was found. ``subordinate``: the speaker opens a
    clause of its own ("when Drown told her"), which credits no quote before it."""

    __slots__ = ("end", "kind", "para", "speaker", "start", "subordinate", "text", "verb")

    def __init__(self, start: int, end: int, para: int, verb: str, speaker: Person | None, text: str | None,
                 kind: str = "person", subordinate: bool = False) -> None:
        self.subordinate = subordinate
        self.kind = kind
        self.start = start
        self.end = end
        self.para = para
        self.verb = verb
        self.speaker = speaker
        self.text = text


class _Voice:
    """Who speaks a quote: a person, or a name as written, and the cue; ``kind`` is
    "organisation" for a body that speaks ("the State Department said"), else "person"."""

    __slots__ = ("cue", "kind", "name", "person")

    def __init__(self, person: Person | None = None, name: str | None = None, cue: str | None = None,
                 kind: str = "person") -> None:
        self.person = person
        self.name = name
        self.cue = cue
        self.kind = kind

    @property
    def speaker(self) -> str | None:
        return self.person.name if self.person is not None else self.name

    @property
    def title(self) -> str | None:
        return self.person.title if self.person is not None else None


# --- paragraphs and sentences --------------------------------------------------------------
class _Paragraph:
    """One paragraph, its quotes masked, its sentences, and the attributions read so far
    (sentence by sentence, only when asked for)."""

    __slots__ = ("nearby", "read", "start", "starts", "text")

    def __init__(self, body: str, ps: int, pe: int, spans: list[Span]) -> None:
        self.start = ps
        self.text = ScanText(mask(body, ps, pe, spans) if spans else body[ps:pe], ps)
        self.starts = _sentence_starts(body, ps, pe, self.text.masked)
        self.read: dict[int, list[_Attribution]] = {}
        self.nearby: dict[int | None, _Nearby] = {}     # by sentence; None: the paragraph

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding body offset ``pos``."""
        return bisect_right(self.starts, pos - self.start) - 1

    def sentence_bounds(self, k: int) -> tuple[int, int]:
        """Where sentence ``k`` starts and ends, in the paragraph."""
        starts = self.starts
        return starts[k], (starts[k + 1] if k + 1 < len(starts) else len(self.text.masked))


def _sentence_starts(body: str, ps: int, pe: int, masked: str) -> list[int]:
    """Offsets in the paragraph ``body[ps:pe]`` where sentences start; a full stop inside
    a quote only ends a sentence when the quote closes right after it."""
    starts = [0]
    for m in _SENTENCE_END.finditer(body, ps, pe):
        k = m.start()
        if masked[k - ps] == "\x00" and not m.group("closers").strip(")]"):
            continue            # inside a quote that goes on
        before = body[k - 8 if k - 8 > ps else ps:k].rsplit(None, 1)     # (the last word is enough)
        word = before[-1].lstrip("(“\"") if before else ""
        if word in D.SENTENCE_ABBREVIATIONS or (len(word) == 1 and word.isupper()) or (
                "." in word and len(word) <= 4):
            continue            # "Sen. Ruth", "George W. Bush", "the U.S. Senate"
        starts.append(m.end() - ps)
    return starts


# --- reading cues into attributions ----------------------------------------------------------
class _Attributor:
    """Finds who speaks: attributions are read per sentence, and only in the sentences
    that hold quotes or that a pronoun has to look back into. The order of reading
    matters: a person read as a cue's speaker is known as one (``known_person``) from
    then on."""

    def __init__(self, body: str, bounds: list[tuple[int, int]], spans: list[Span], people: People) -> None:
        self.body = body
        self.bounds = bounds
        self.spans = spans
        self.people = people
        self.quote_starts = [s.start for s in spans]
        self.by_para: dict[int, list[Span]] = {}
        for sp in spans:
            for pi in range(sp.para, sp.last_para + 1):
                self.by_para.setdefault(pi, []).append(sp)
        self.para_starts = [ps for ps, _ in bounds]
        self.paras: dict[int, _Paragraph] = {}
        self.subjects: set[Person] = set()          # people seen as speech subjects
        self.genders: dict[Person, str | None] = {}
        self.mentions_of: dict[Person, list[Mention]] | None = None
        self.places: dict[Person, bool] = {}
        self.sentence_roles: dict[tuple[int, int], dict[Person, str]] = {}
        self.voices: dict[int, tuple[int, _Voice]] = {}   # paragraph → where its last voiced quote ends, the voice
        self.salience_depth = 0                            # salience questions waiting on one another

    def heard(self, sp: Span, voice: _Voice) -> None:
        """Note who spoke the quote ``sp``: the voice a quote-only paragraph after it continues."""
        if voice.speaker is not None or voice.cue is not None:
            self.voices[sp.last_para] = (sp.end, voice)

    def para(self, pi: int) -> _Paragraph:
        p = self.paras.get(pi)
        if p is None:
            ps, pe = self.bounds[pi]
            p = self.paras[pi] = _Paragraph(self.body, ps, pe, self.by_para.get(pi, []))
        return p

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and self.spans[i].end > pos

    def in_sentence(self, pi: int, k: int) -> list[_Attribution]:
        """The attributions of sentence ``k`` of paragraph ``pi``, in text order. The list
        is filled as it is read, so a pronoun in it can look back at the ones before."""
        p = self.paras.get(pi) or self.para(pi)
        got = p.read.get(k)
        if got is not None:
            return got
        got = p.read[k] = []
        lo, hi = p.sentence_bounds(k)
        for cue in cues_in(p.text, lo, hi):
            a = self._read(cue, pi)
            if a is not None:
                got.append(a)
        return got

    def in_paragraph(self, pi: int) -> list[_Attribution]:
        p = self.para(pi)
        read = p.read
        found = []
        for k in range(len(p.starts)):
            got = read.get(k)
            found += self.in_sentence(pi, k) if got is None else got
        return found

    def nearby(self, pi: int, k: int | None = None) -> _Nearby:
        """The attributions of sentence ``k`` of paragraph ``pi`` (of the whole paragraph
        when ``k`` is None), once they are all read."""
        p = self.para(pi)
        got = p.nearby.get(k)
        if got is None:
            got = p.nearby[k] = _Nearby(self.in_paragraph(pi) if k is None else self.in_sentence(pi, k))
        return got

    def _read(self, cue: Cue, pi: int) -> _Attribution | None:
        """The attribution a cue makes, or None when it makes none (its speaker is no
        subject: "his spokesman said", "Finch of the northern province called")."""
        if cue.coordinated:
            return self._coordinated(cue, pi)
        pronoun = cue.pronoun_said
        if cue.name and not pronoun:
            return self._by_name(cue, cue.name, pi)
        if pronoun:
            return self._attribution(cue, pi, self.antecedent(cue.start, pi, D.PRONOUNS.get(pronoun)))
        if cue.plural:
            return self._attribution(cue, pi, None)     # "they said": no one person
        if cue.description:
            return self._by_description(cue, cue.description, pi)
        return self._attribution(cue, pi, None)

    def _coordinated(self, cue: Cue, pi: int) -> _Attribution | None:
        """A verb after "and" or a comma: the voice of the sentence's verb before it ("the
        NBA announced the move, saying"), else the sentence's subject ("X escaped the club
        and posted"); no attribution when neither is found."""
        para = self.para(pi)
        earlier = [a for a in para.read.get(para.sentence_of(cue.start), []) if a.end <= cue.start
                   and not a.subordinate]     # ", adding" goes with the main clause's verb
        if earlier:
            a = earlier[-1]
            return _Attribution(cue.start, cue.end, pi, cue.verb, a.speaker, a.text, a.kind)
        person = self.sentence_subject(cue.start, pi, pronouns=True)
        return self._attribution(cue, pi, person) if person is not None else None

    def _attribution(self, cue: Cue, pi: int, person: Person | None, written: str | None = None,
                     kind: str = "person") -> _Attribution:
        if person is not None:
            self.subjects.add(person)
        subordinate = cue.start < cue.verb_at and self.opens_a_clause(cue.start)
        return _Attribution(cue.start, cue.end, pi, cue.verb, person, written, kind, subordinate)

    def _by_name(self, cue: Cue, written: str, pi: int) -> _Attribution:
        """A known person's name wins over the word lists ("Park said", "Hope said"); a
        name no person has is kept as written. A place after a preposition is no subject
        ("Police in London said", "… in Greenbelt, Maryland, … said": the subject is
        before it); a name after "the" is a body or a thing that speaks ("the Pentagon
        has disclosed", "The Voice said"): an organisation."""
        name = clean_name(written)
        head = self.body[max(0, cue.start - 12):cue.start]
        if _PREPOSITION_BEFORE.search(head) or _PLACE_LIST_BEFORE.search(head):
            return self._after_a_preposition(cue, written, pi)
        if _an_organisation_in_apposition(cue.apposition):
            return self._attribution(cue, pi, None, " ".join(w for w in written.split() if w not in ("The", "the")),
                                     "organisation")     # "Before You Vote, a group that …, said"
        words = written.split()
        if _THE_BEFORE.search(head) or words[0] in ("The", "the"):
            person = self.people.office_mention_at(cue.start) or self._name_in_apposition(cue.apposition)
            body_name = [w for w in words if w not in ("The", "the")]
            if person is not None or (name and not written.endswith(name)) or not _names_a_body(body_name):
                return self._attribution(cue, pi, person)    # "the Foreign Minister Sergei Lavrov"
            return self._attribution(cue, pi, None, " ".join(body_name), "organisation")
        person = self.candidate_at(name if name else written.strip(), cue.start, pi)
        if person is not None and self.is_a_place(person):
            return self._attribution(cue, pi, None)     # "Tel Aviv said": a place, no one person
        if person is None and not name:
            person = self.people.office_mention_at(cue.start)   # "The Police Commissioner has said"
        if person is None:
            # "In Beijing, a spokesperson for the ministry, Zhao Minghui, said": the
            # speaker is the name the apposition ends with
            person = self._name_in_apposition(cue.apposition)
        return self._by_name_read(cue, name, person, pi)

    def _by_name_read(self, cue: Cue, name: str, person: Person | None, pi: int) -> _Attribution:
        """The attribution of a name read as ``name`` that found ``person`` (or none): a
        word of the language is nobody, a country, a body or a club is an organisation."""
        if person is None and name and (" " not in name and self.is_a_word(name)):
            return self._attribution(cue, pi, None)   # "Fascism says": a word, not a name
        if person is None and name and (name in D.COUNTRY_OF or name.split()[-1] in D.NON_PERSON_WORDS):
            return self._attribution(cue, pi, None, name, "organisation")   # "Washington had concluded"
        if name and " " not in name and self.speaks_as_a_body(person, cue.end):
            return self._attribution(cue, pi, None, name, "organisation")   # "Tottenham said in a statement"
        return self._attribution(cue, pi, person, None if person or not name else name)

    def _after_a_preposition(self, cue: Cue, written: str, pi: int) -> _Attribution:
        """A name after a preposition is no subject ("Police in London said"): the name in
        the apposition, else the sentence's subject, else the office of a body the name
        ends ("The UN High Commissioner for Human Rights said"), which speaks as one."""
        person = self._name_in_apposition(cue.apposition) or self.sentence_subject(cue.start, pi)
        office = None if person is not None else _office_of_a_body(self.body, cue.start, written)
        if office is not None:
            return self._attribution(cue, pi, None, office, "organisation")
        return self._attribution(cue, pi, person)

    def speaks_as_a_body(self, person: Person | None, end: int) -> bool:
        """Whether a one-word name speaks as a body ("Tottenham said in a statement"): the
        verb is followed by a statement's words (data.STATEMENT_FOLLOWERS) and nothing shows
        a person (no office, no honorific, no gender the text or a given name tells, no
        full name)."""
        after = self.body[end:end + 24].lstrip(" ,")
        if not after.startswith(D.STATEMENT_FOLLOWERS):
            return False
        if person is None:
            return True
        return " " not in person.name and not person.title and self.gender(person) is None

    def opens_a_clause(self, pos: int) -> bool:
        """Whether the word before ``pos`` opens a clause of its own ("… when Drown told her")."""
        head = self.body[max(0, pos - 12):pos]
        if not head[-1:].isspace():
            return False
        words = head.split()
        return bool(words) and words[-1].lower() in D.SUBORDINATORS

    def candidate_at(self, name: str, pos: int, pi: int) -> Person | None:
        """The person ``name`` refers to at ``pos``: of relatives who share a surname
        ("Brown"), the most salient there."""
        found = self.people.candidates(name)
        if len(found) > 1:
            best = self.most_salient_of(found, pos, pi)
            if best is not None:
                return best
        return self.people.resolve(name, pos)

    def is_a_word(self, token: str) -> bool:
        """Whether the text writes ``token`` in lower case too ("fascism", "risk"): a word
        of the language rather than a name."""
        word = token.lower()
        body = self.body
        i = body.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not body[i - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
                return True
            i = body.find(word, end)
        return False

    def sentence_subject(self, pos: int, pi: int, pronouns: bool = False) -> Person | None:
        """The subject of the sentence holding ``pos``, named before it: "Lucas Paganini,
        a scientist in Greenbelt, Maryland, said", "Smith denounced the deal and said";
        with ``pronouns``, also whom a "he" or "she" opening the sentence stands for."""
        para = self.para(pi)
        lo, _ = para.sentence_bounds(para.sentence_of(pos))
        for m in self.people.mentions_in(para.start + lo, pos, starting_by=para.start + lo + SUBJECT_REACH):
            if not self.inside_quote(m.start) and self.opens_subject(para, lo, m):
                return m.person
        if pronouns:
            first = para.text.masked[lo:lo + 4].split(" ", 1)[0].lower()
            if first in D.PRONOUNS:
                return self.antecedent(para.start + lo, pi, D.PRONOUNS[first])
        return None

    def _by_description(self, cue: Cue, description: str, pi: int) -> _Attribution | None:
        """"The senator said": the senator named last before; "the veteran winger said":
        whoever the story is about at that point; "a spokeswoman said": no one named;
        "the State Department said": an organisation."""
        if _PREPOSITION_BEFORE.search(self.body, max(0, cue.start - 6), cue.start):
            return None             # "Finch of the northern province called": not the subject
        desc = description.split()
        named = self._name_ending(desc)
        if named is not None:       # "her longtime partner Stedman Graham told"
            return self._attribution(cue, pi, named)
        first = desc[0].lower()
        if first in ("his", "her", "its", "their"):
            return None             # "his spokesman said" is rare; "her office said"
        person = None
        if first == "the":
            last = desc[-1].lower()
            person = self.people.last_holder_before(last, cue.start) or self.people.office_mention_at(cue.start)
            if person is None and all(w[:1].isupper() for w in desc[1:]):
                return self._attribution(cue, pi, None, " ".join(desc[1:]), "organisation")
            role = last.rsplit("-", 1)[-1]
            if person is None and (role in D.ROLE_NOUNS or role in D.OFFICES):
                person = self.antecedent(cue.start, pi, gender_of(role))   # "the actor-turned-candidate said"
        return self._attribution(cue, pi, person)

    def _name_ending(self, desc: list[str]) -> Person | None:
        """The known person whose name ends a description ("her partner Stedman Graham",
        "the purchases Mr. Trump"): its last capitalised words."""
        i = len(desc)
        while i > 1 and desc[i - 1][:1].isupper():
            i -= 1
        if i == len(desc):
            return None
        name = clean_name(" ".join(desc[i:]))
        return self.people.resolve(name) if name else None

    def _name_in_apposition(self, between: str) -> Person | None:
        """The person named by a comma-separated part between a speaker that is no
        person ("Beijing", "the ministry", "the Holocaust") and the verb: the last such
        part ("…, Zhao Minghui, said"), else the first ("…, Mr. Obama, whose … , said")."""
        if "," not in between:
            return None
        parts = [p.strip() for p in between.split(",")]
        for part in [*reversed(parts), *parts]:
            name = clean_name(part)
            if name and part.endswith(name) and len(part.split()) <= len(name.split()) + 1:
                person = self.people.resolve(name)
                if person is not None:
                    return person
        return None

    # --- who a pronoun or a cue-less quote stands for ----------------------------------------
    # --- salience: who a pronoun, a role or a surname stands for ------------------------------
    def sentences_back(self, pos: int, pi: int) -> Iterator[tuple[int, int, float]]:
        """The sentences from the one holding ``pos`` back over the paragraphs before it,
        each as (paragraph, sentence, fade): how much a mention there still counts."""
        count = 0
        for back in range(D.SALIENCE_PARAGRAPHS):
            p = pi - back
            if p < 0:
                return
            para = self.para(p)
            last_k = para.sentence_of(pos) if back == 0 else len(para.starts) - 1
            for k in range(last_k, -1, -1):
                fade = D.SALIENCE_SENTENCE_FADE ** count * D.SALIENCE_PARAGRAPH_FADE ** back
                if fade < D.SALIENCE_FLOOR:
                    return
                yield p, k, fade
                count += 1
                if count >= D.SALIENCE_SENTENCES:
                    return

    def salience(self, pos: int, pi: int) -> dict[Person, float]:
        """How salient each person is at ``pos``: every sentence back from it adds, for each
        person in it, the weight of their part there (the speaker of a speech verb, the
        sentence's subject, any other mention outside quotes), faded by the distance.
        People first met last come first (they win a tie)."""
        scores: dict[Person, float] = {}
        if self.salience_depth >= MAX_SALIENCE_DEPTH:
            return scores
        weights = D.SALIENCE_WEIGHTS
        self.salience_depth += 1
        try:
            for p, k, fade in self.sentences_back(pos, pi):
                for person, role in self.roles_in(p, k, pos).items():
                    scores[person] = scores.get(person, 0.0) + weights[role] * fade
        finally:
            self.salience_depth -= 1
        return scores

    def roles_in(self, p: int, k: int, pos: int) -> dict[Person, str]:
        """The part each person plays in sentence ``k`` of paragraph ``p`` before ``pos``:
        "speaker", "subject" or "other" (kept for a sentence that ends before ``pos``)."""
        para = self.para(p)
        lo, hi = para.sentence_bounds(k)
        whole = para.start + hi <= pos
        if whole and (p, k) in self.sentence_roles:
            return self.sentence_roles[p, k]
        roles: dict[Person, str] = {}
        for a in self.in_sentence(p, k):
            if a.end <= pos and a.speaker is not None:
                roles[a.speaker] = "speaker"
        for m in self.people.mentions_in(para.start + lo, min(para.start + hi, pos)):
            if self.inside_quote(m.start) or roles.get(m.person) == "speaker":
                continue
            roles[m.person] = "subject" if roles.get(m.person) == "subject" or \
                self.opens_subject(para, lo, m) else "other"
        if whole:
            self.sentence_roles[p, k] = roles
        return roles

    def opens_subject(self, para: _Paragraph, lo: int, m: Mention) -> bool:
        """Whether the mention ``m`` is its sentence's subject: only capitalised words or
        office words before it ("Committee chairwoman Sen. Priya Raman defended…", not
        "The attack on Cox…"), or an opening phrase and its comma ("In Parliament, Cox
        had…"); never a possessive ("Brown's wife")."""
        if self.body.startswith(("'s", "’s"), m.end):
            return False
        if m.start - para.start - lo > SUBJECT_REACH:  # far into its sentence: never what the sentence opens with
            return False
        lead = para.text.masked[lo:m.start - para.start]
        words = (w for w in (w.strip("\x00“”\"‘’'([") for w in lead.split()) if w)
        # (read lazily: the first lower-case word of a long lead settles it)
        if all(w[:1].isupper() or w.lower() in D.OFFICE_WORDS or w.lower().startswith("then-") for w in words):
            return True
        phrase = lead.rstrip()
        if not phrase.endswith(",") or "," in phrase[:-1]:
            return False
        return sum(1 for w in lead.split() if w.strip("\x00“”\"‘’'([")) <= 12

    def antecedent(self, pos: int, pi: int, gender: str | None = None) -> Person | None:
        """Who "he" or "she" (or "the coach") at ``pos`` stands for: the most salient person
        there who may be of ``gender``; one known to be of it over one not known to be.
        A person named only inside a quote is never one."""
        best, best_score = None, 0.0
        # the most salient first (the first met, among equals): gender is only worked out
        # for those who could still win
        for person, score in sorted(self.salience(pos, pi).items(), key=lambda kv: -kv[1]):
            if score <= best_score:
                break
            if self.is_a_place(person):
                continue
            if gender is not None:
                known = self.gender(person)
                if known is not None and known != gender:
                    continue
                if known is None:
                    score *= 0.5
            if score > best_score:
                best, best_score = person, score
        if best is not None:
            return best
        return self.people.last_person_before(pos, self.inside_quote, gender=gender)

    def most_salient_of(self, candidates: list[Person], pos: int, pi: int) -> Person | None:
        """Of several people one name may refer to ("Brown"), the most salient at ``pos``."""
        scores = self.salience(pos, pi)
        ranked = [(scores.get(p, 0.0), p) for p in candidates]
        best = max(ranked, key=lambda t: t[0])
        return best[1] if best[0] > 0 else None

    def gender(self, person: Person) -> str | None:
        """"m" or "f" as the text tells it: an honorific or an office (``person.gender``),
        a word of kin next to the name ("her husband Brendan Cox", "Cox, the mother of
        two"), the pronouns of the sentences where they alone are named; else, as a last
        resort, their first name."""
        if person.gender is not None:
            return person.gender
        if person in self.genders:
            return self.genders[person]
        mentions = self.mentions_outside_quotes(person)
        found = _kin_gender(self.body, mentions) or self._pronoun_gender(mentions) or _name_gender(person.name)
        self.genders[person] = found
        return found

    def mentions_outside_quotes(self, person: Person) -> list[Mention]:
        """The mentions of ``person`` outside quotes, in text order."""
        if self.mentions_of is None:
            self.mentions_of = {}
            for m in self.people.mentions:
                self.mentions_of.setdefault(m.person, []).append(m)
        return [m for m in self.mentions_of.get(person, ()) if not self.inside_quote(m.start)]

    def is_a_place(self, person: Person) -> bool:
        """Whether a "person" of the index is a place or a thing: no office, no honorific,
        and every mention of it outside quotes comes after "in", "at", "from", "near",
        "the" or "a" ("from Wesley Chapel to her office", "at the Indianapolis Motor
        Speedway", "a Go-Kart Track"), or its last word names a place ("… Speedway")."""
        if person.title or person.gender:
            return False
        found = self.places.get(person)
        if found is None:
            mentions = self.mentions_outside_quotes(person)
            found = person.name.split()[-1] in D.PLACE_NOUNS or (bool(mentions) and all(
                _PLACE_BEFORE.search(self.body, max(0, m.start - 8), m.start) for m in mentions))
            self.places[person] = found
        return found

    def _pronoun_gender(self, mentions: list[Mention]) -> str | None:
        """The gender of the pronouns outside quotes in the rest of the sentence of each
        mention and the sentence after it, where nobody else is named outside quotes;
        None if they disagree or there are none."""
        seen: set[str] = set()
        body = self.body
        for m in mentions:
            end = _second_sentence_end(body, m.end)
            if any(o.person is not m.person and not self.inside_quote(o.start)
                   for o in self.people.mentions_in(m.end, end)):
                continue
            seen.update(D.PERSON_PRONOUNS[w.group().lower()] for w in _PRONOUN_WORD.finditer(body, m.end, end)
                        if not self.inside_quote(w.start()))
        return seen.pop() if len(seen) == 1 else None

    def quote_only(self, pi: int) -> bool:
        """Whether paragraph ``pi`` is nothing but quotes, save a few words ("Suppress this
        ad slot." left by a scraper, "And:")."""
        masked = self.para(pi).text.masked
        if _LABEL_IN_CAPITALS.match(masked):
            return False        # "HISTORY LESSON -- “…”": a new item of a digest, not the voice going on
        words = _WORD_OUTSIDE.finditer(masked)
        return next(islice(words, _FEW_WORDS_OUTSIDE, None), None) is None

    def speaks_anew(self, pi: int) -> bool:
        """Whether paragraph ``pi`` may bring in a voice of its own: a speech verb outside
        its quotes (even one whose speaker cannot be read: "said his lawyer, …"), or
        someone named outside them."""
        para = self.para(pi)
        if para.text.verbs():
            return True
        mentions = self.people.mentions_in(para.start, para.start + len(para.text.masked))
        return any(not self.inside_quote(m.start) for m in mentions)

    def continuing_voice(self, pi: int) -> _Voice | None:
        """Who goes on speaking in paragraph ``pi``: looking back paragraph by paragraph
        (past headings and link lines), whom a paragraph ending in a colon introduces,
        else who spoke last there (a quote's voice, or the speaker of a speech verb
        without a quote: "Gingrich told reporters he is no longer a supporter."), else
        the last subject of a paragraph that names someone."""
        for q in range(pi - 1, max(-1, pi - 1 - _CONTINUE_PARAGRAPHS), -1):
            intro = self.introduction(q)
            if intro is not None:
                return intro
            last = self._last_voice_in(q)
            if last is not None:
                return last if last.speaker is not None else None
            ps, pe = self.bounds[q]
            if not _SPEECH_END.search(self.body[ps:pe].rstrip("”\"’ ")):
                continue                # a heading or a link line between
            subject = self._last_subject_in(q)
            if subject is not None:
                return _Voice(subject) if self.known_person(subject) else None
        return None

    def _last_voice_in(self, q: int) -> _Voice | None:
        """The voice of paragraph ``q``'s last quote or of its last speech verb, whichever
        comes later."""
        heard = self.voices.get(q)
        said = next((a for a in reversed(self.in_paragraph(q)) if not (self.inside_quote(a.start))), None)
        if said is not None and (heard is None or said.end > heard[0]):
            return _Voice(said.speaker, said.text, None, said.kind)
        if heard is not None:
            return _Voice(heard[1].person, heard[1].name, None, heard[1].kind)
        return None

    def _last_subject_in(self, q: int) -> Person | None:
        """The subject of the last sentence of paragraph ``q`` that has one."""
        para = self.para(q)
        for k in range(len(para.starts) - 1, -1, -1):
            lo, hi = para.sentence_bounds(k)
            for m in self.people.mentions_in(para.start + lo, para.start + hi):
                if not self.inside_quote(m.start) and self.opens_subject(para, lo, m) and not self.is_a_place(m.person):
                    return m.person
        return None

    def introduction(self, pi: int) -> _Voice | None:
        """Who a paragraph ending in a colon introduces: its last named speaker, else the
        last known person named in it."""
        ps, pe = self.bounds[pi]
        if not self.body[ps:pe].rstrip().endswith(":"):
            return None
        for a in reversed(self.in_paragraph(pi)):
            if a.speaker is not None or a.text:
                return _Voice(a.speaker, a.text, a.verb)
        person = self.people.last_person_before(pe, self.inside_quote)
        if person is not None and self.named_in(person, ps, pe) and self.known_person(person):
            return _Voice(person)
        return None

    def known_person(self, person: Person) -> bool:
        """Sure enough to be a person to take as a speaker without a cue: named with an
        office, named more than once, or the subject of a speech verb."""
        return bool(person.title) or person.mentions > 1 or person in self.subjects

    def named_in(self, person: Person, start: int, end: int) -> bool:
        """Whether ``person`` is named between ``start`` and ``end``, outside quotes."""
        return self.people.named_in(person, start, end, skip=self.inside_quote)


# --- one quote --------------------------------------------------------------------------------
def _voice_of(sp: Span, at: _Attributor) -> _Voice | None:
    """Who speaks the quote ``sp`` (a voice with no one in it when nobody is found), or
    None when it is no quote of speech: a scare quote, a title, a link, a phrase."""
    text = at.body[sp.start:sp.end]
    words = _word_count(text)
    if words == 0 or (" " not in text and _URL_BITS.search(text)):
        return None
    attribution, in_sentence = _best_attribution(sp, at)
    if words <= 2 and not _clearly_attributed(sp, at.body, attribution, in_sentence):
        return None                     # a scare quote, a label or a JSON key, not a statement
    if not (in_sentence and _gap(sp, attribution) <= 3) and _looks_like_a_title(text):
        return None                     # a headline or a work's title, not speech
    if attribution is not None:
        voice = _Voice(attribution.speaker, attribution.text, attribution.verb, attribution.kind)
    elif words >= 3 and not _after_a_naming_noun(at.body, sp.start):
        voice = _voice_without_cue(sp, at)
    else:
        voice = _Voice()
    if voice.speaker is None and voice.cue is None and not _sounds_like_speech(text):
        return None                     # "uncovering waste, fraud and mismanagement": a phrase
    return voice


def _after_a_naming_noun(body: str, start: int) -> bool:
    """Whether the quote opening at ``start`` follows a noun that names it ("the campaign
    “Starts with one.”"): a name or a title, not what the person named before said."""
    words = body[max(0, start - 24):start - 1].split()
    return bool(words) and words[-1].lower() in D.NAMING_NOUNS


def _voice_without_cue(sp: Span, at: _Attributor) -> _Voice:
    """A quote with no cue near it: the person named before it, when they introduce it
    ("X had a message:") or are known as a person; else, in a paragraph it opens or that
    is nothing but quotes, the voice that goes on from the paragraphs before (the news
    convention: a quote-only paragraph is the last speaker's)."""
    body = at.body
    ps = at.bounds[sp.para][0]
    person = at.people.last_person_before(sp.start, at.inside_quote)
    introduced = body[max(0, sp.start - 4):sp.start - 1].rstrip().endswith(":")
    if person is not None and at.named_in(person, ps, sp.start) and (introduced or at.known_person(person)):
        return _Voice(person)
    if sp.para > 0 and (sp.start == ps + 1 or at.quote_only(sp.para)) and not at.speaks_anew(sp.para):
        voice = at.continuing_voice(sp.para)
        if voice is not None:
            return voice
    return _Voice()


def _word_count(text: str) -> int:
    """Words in a quote, counted exactly only where it matters (up to three): "Oh," and
    "it's" are words; a slug like "george-w-bush" is one word, and a dash or "&" none."""
    if len(text) > 60:
        return 3
    count = 0
    for w in text.split():
        if w.isalnum() or _LONG_WORD.search(w) or _SHORT_WORD.fullmatch(w):
            count += 1
            if count == 3:
                break
    return count


def _sounds_like_speech(text: str) -> bool:
    """A quote with neither speaker nor cue is kept when it reads like something said: a
    sentence of its own, a first- or second-person word, or eight words or more."""
    return bool(_SPEECH_END.search(text) or len(text.split()) >= 8 or _speech_words.search(text))


def _looks_like_a_title(text: str) -> bool:
    """“The Art of the Deal”, “Achieving Prosperity Together”: every long word capitalised."""
    if len(text) > 300 or text[0].islower():
        return False
    seen = False
    for w in _WORD.finditer(text):
        start, end = w.span()
        if end - start > 3:
            first = text[start]         # a letter or a digit; in ASCII, capitalised unless lower case
            if first.islower() if first.isascii() else not _CAPITALISED.match(first):
                return False            # most quotes: by the second or third word
            seen = True
    return seen


def _clearly_attributed(sp: Span, body: str, a: _Attribution | None, in_sentence: bool) -> bool:
    """A one- or two-word quote counts only with a named speaker and a cue close by in
    its own sentence ("Dobrev called the proposal “reckless”")."""
    if a is None or not in_sentence or (a.speaker is None and not a.text) \
            or not _LONG_WORD.search(body, sp.start, sp.end):
        return False
    if body[sp.end + 1:sp.end + 2] == ":":
        return False
    return _gap(sp, a) <= 120


def _gap(sp: Span, a: _Attribution | None) -> int:
    if a is None:
        return 1 << 30
    return sp.start - a.end if a.end <= sp.start else a.start - sp.end


# --- the attribution nearest a quote -------------------------------------------------------
def nearest_by_reading(sp: Span, items: list[_Attribution],
                       after_counts_double: bool = False) -> tuple[int, _Attribution] | None:
    """What :meth:`_Nearby.nearest` answers, found by reading every attribution in turn."""
    best = None
    for a in items:
        if (a.start < sp.end and a.end > sp.start) or (a.subordinate and a.start >= sp.end):
            continue
        if a.end <= sp.start:
            gap = sp.start - a.end
        else:
            gap = (a.start - sp.end) * 2 + 1 if after_counts_double else a.start - sp.end
        if best is None or gap < best[0]:
            best = (gap, a)
    return best


class _Nearby:
    """Attributions in text order, to find the one nearest a quote. A long list is sorted
    by where they end and where they start, so that a sentence of hundreds of quotes each
    with its "she said" is not read through once per quote."""

    __slots__ = ("by_end", "by_start", "ends", "items", "starts")

    _FEW = 8        # read through a list this short

    def __init__(self, items: list[_Attribution]) -> None:
        self.items = items
        if len(items) > self._FEW:
            # sorted() is stable: attributions that end (or start) alike stay in text order
            self.by_end = sorted(range(len(items)), key=lambda i: items[i].end)
            self.ends = [items[i].end for i in self.by_end]
            self.by_start = sorted(range(len(items)), key=lambda i: items[i].start)
            self.starts = [items[i].start for i in self.by_start]

    def nearest(self, sp: Span, after_counts_double: bool = False) -> tuple[int, _Attribution] | None:
        """The gap to the nearest attribution that does not overlap the quote (the first
        in text order at that gap), and that attribution. The gap is the distance from the
        attribution's end to the quote; from the quote's end to one after it, that
        distance, or twice it plus one with ``after_counts_double``."""
        if len(self.items) <= self._FEW:
            return nearest_by_reading(sp, self.items, after_counts_double)
        before = after = None          # (gap, index in text order)
        j = bisect_right(self.ends, sp.start) - 1      # the latest end at or before the quote
        if j >= 0:
            first = bisect_left(self.ends, self.ends[j])
            before = (sp.start - self.ends[j], self.by_end[first])
        j = bisect_left(self.starts, sp.end)            # the earliest start at or after its end
        while j < len(self.starts) and self.items[self.by_start[j]].subordinate:
            j += 1                                      # "… when Drown told her": not the quote's
        if j < len(self.starts):
            gap = self.starts[j] - sp.end
            after = (gap * 2 + 1 if after_counts_double else gap, self.by_start[j])
        best = min(c for c in (before, after) if c is not None) if before or after else None
        return (best[0], self.items[best[1]]) if best else None


def _best_attribution(sp: Span, at: _Attributor) -> tuple[_Attribution | None, bool]:
    """What :func:`_best_attribution_by_reading` answers; for a quote within one sentence
    (most quotes), read straight from its paragraph's lists."""
    if sp.para == sp.last_para:
        found = _best_in_one_sentence(sp, at, at.para(sp.para))
        if found is not None:
            return found
    return _best_attribution_by_reading(sp, at)


def _best_in_one_sentence(sp: Span, at: _Attributor, p: _Paragraph) -> tuple[_Attribution | None, bool] | None:
    """What :func:`_best_attribution_by_reading` answers for a quote within one sentence
    of paragraph ``p``; None for a quote over more sentences."""
    whole = p.nearby.get(None)
    if whole is not None and not whole.items:
        return None, False              # a paragraph read through, with no attribution
    starts, offset = p.starts, p.start
    k = bisect_right(starts, sp.end - offset) - 1
    if bisect_right(starts, sp.start - offset) - 1 != k:
        return None
    if p.read.get(k) is None:
        at.in_sentence(sp.para, k)
    if p.read[k]:
        near = (p.nearby.get(k) or at.nearby(sp.para, k)).nearest(sp)
        if near is not None:
            return near[1], True
    near = (whole or at.nearby(sp.para)).nearest(sp, after_counts_double=True)
    return (near[1] if near is not None else None), False


def _best_attribution_by_reading(sp: Span, at: _Attributor) -> tuple[_Attribution | None, bool]:
    """The attribution in the quote's sentences nearest to it; else the nearest one in its
    paragraphs (a quote split around "she said" gets the same voice), one before the quote
    preferred. And whether it is in the quote's sentences."""
    close = at.para(sp.last_para)
    best: _Attribution | None = None
    best_gap = None
    k_close = close.sentence_of(sp.end)
    k_open = close.sentence_of(sp.start) if sp.para == sp.last_para else None
    if k_open == k_close:               # most quotes: within one sentence
        near = at.nearby(sp.para, k_close).nearest(sp)
        if near is not None:
            return near[1], True
    else:
        # In text order: at equal gaps the earlier sentence wins (and the order of reading
        # decides who has been seen speaking when a later quote asks).
        sentences = {(sp.last_para, k_close)}
        if k_open is not None:
            sentences.update((sp.para, k) for k in range(k_open, k_close))
        else:
            sentences.add((sp.para, at.para(sp.para).sentence_of(sp.start)))
        for pi, k in sorted(sentences):
            near = at.nearby(pi, k).nearest(sp)
            if near is not None and (best_gap is None or near[0] < best_gap):
                best_gap, best = near
        if best is not None:
            return best, True
    for pi in sorted({sp.para, sp.last_para}):
        near = at.nearby(pi).nearest(sp, after_counts_double=True)
        if near is not None and (best_gap is None or near[0] < best_gap):
            best_gap, best = near
    return best, False
