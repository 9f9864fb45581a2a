"""The people of an article: one entry per person however often and however spelled,
with the office found for each and every mention of them in the body.

``find_people(body)`` returns a :class:`People` index. Its queries resolve a speaker
("Blinken" → "Antony Blinken", "she" → the last woman named, "the senator" → the senator
named before) and ``People.officials`` gives the officials of the story.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator

from .. import patterns
from ..model import Official
from . import data as D
from .names import (
    Named,
    capital_words,
    capitals_names_in_title_case,
    ends_with_words,
    honorific_names,
    next_word,
    strip_possessive,
    surname,
    surname_keys,
)
from .offices import Facts, OfficeReading, is_official, listed_holders, offices_in, read_office


class Person:
    __slots__ = ("affiliation", "first", "gender", "kind", "mentions", "name", "public", "title")

    def __init__(self, name: str, first: int) -> None:
        self.name = name                        # the fullest spelling seen
        self.first = first                      # offset of the first mention
        self.title: str | None = None
        self.affiliation: str | None = None
        self.kind: str | None = None            # the office's entry in data.OFFICES
        self.mentions = 0
        self.public = False     # the affiliation is a country, a US state or a public body
        self.gender: str | None = None          # "m" or "f" when an honorific or an office says so

    @property
    def is_official(self) -> bool:
        return is_official(self.title, self.kind, self.affiliation, self.public)

    def note_office(self, f: Facts) -> None:
        """Keep the first office found, unless a later one says more: a public office over
        a vague one, a surer kind of office, or the same office with its affiliation."""
        new_is_official = f.is_official
        if (not self.title or (new_is_official and not self.is_official)
                or (new_is_official == self.is_official
                    and D.OFFICE_KIND_RANK[f.kind] > D.OFFICE_KIND_RANK[self.kind])):
            self.title, self.kind, self.affiliation, self.public = f.title, f.kind, f.affiliation, f.public
        elif self.affiliation is None and f.affiliation and self.title.lower() == f.title.lower():
            self.affiliation, self.public = f.affiliation, f.public


def fits(person: Person, gender: str | None) -> bool:
    """Whether ``person`` can be the one a pronoun of ``gender`` stands for."""
    return gender is None or person.gender is None or person.gender == gender


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
    """The persons of a body and their mentions, in text order, with the queries that
    resolve a speaker."""

    __slots__ = ("_starts", "by_first", "by_name", "by_surname", "mentions", "persons", "read", "source")

    def __init__(self) -> None:
        # the body the people were found in, and the same as read (``read``: names in
        # capitals before a transcript's colon in title case, offsets kept)
        self.source: str | None = None
        self.read: str | None = None
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []               # sorted by start
        self.by_name: dict[str, Person] = {}
        self.by_surname: dict[str, list[Person]] = {}
        self.by_first: dict[str, list[Person]] = {}     # first word of a longer name
        self._starts: list[int] = []                    # mention starts, for bisect

    def officials(self, exclude: list[str] | tuple[str, ...] = ()) -> list[Official]:
        """The persons holding a public office, in order of first mention, leaving out
        the names in ``exclude`` (the article's authors), case aside."""
        skip = {n.lower() for n in exclude}
        return [
            Official(name=p.name, title=p.title, affiliation=p.affiliation, mentions=p.mentions)
            for p in sorted(self.persons, key=lambda p: p.first)
            if p.is_official and p.name.lower() not in skip
        ]

    def resolve(self, name: str, at: int | None = None) -> Person | None:
        """The person a written name refers to: full name, surname or first+last; of
        several, the one first named last before ``at``."""
        name = strip_possessive(name.strip())
        hit = self.by_name.get(name)
        if hit:
            return hit
        tokens = name.split()
        if not tokens:
            return None
        candidates = self.by_surname.get(surname(tokens), [])
        if len(tokens) > 1:
            # "Hector Garza" for "Patrol Agent Hector Garza": the first name may come later;
            # "Rezende Lima" for "Otávio Rezende Lima": the end of a longer name
            firsts = set(tokens[:-1])
            last = surname(tokens)
            candidates = [p for p in candidates if ends_with_words(p.name, tokens) or (
                p.name.split()[0] in firsts and surname(p.name.split()) == last)]
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
        i = bisect_right(self._starts, pos) - 1
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
        i = bisect_right(self._starts, pos) - 1
        while i >= 0 and self._starts[i] == pos:
            if self.mentions[i].by_office:
                return self.mentions[i].person
            i -= 1
        return None

    def last_holder_before(self, office: str, pos: int) -> Person | None:
        """The person named last before ``pos`` whose office has the word(s) ``office``."""
        office = office.lower()
        i = bisect_right(self._starts, pos - 1) - 1
        stop = max(-1, i - LOOKBACK_MENTIONS)
        while i > stop:
            p = self.mentions[i].person
            if p.title and office in p.title.lower():
                return p
            i -= 1
        return None

    def named_in(self, person: Person, start: int, end: int, skip: Callable[[int], bool] | None = None) -> bool:
        """Whether ``person`` is named between ``start`` and ``end``, leaving out mentions
        whose start ``skip`` is true of (those inside quotes)."""
        mentions = self.mentions
        i = bisect_right(self._starts, start - 1)
        while i < len(mentions) and mentions[i].start < end:
            m = mentions[i]
            if m.person is person and not (skip and skip(m.start)):
                return True
            i += 1
        return False

    def first_named(self, start: int, end: int, gender: str | None = None, skip: Callable[[int], bool] | None = None,
                    subject: Callable[[int], bool] | None = None) -> Person | None:
        """The person of the first mention within ``start`` and ``end`` that fits
        ``gender``, leaving out mentions whose start ``skip`` is true of and those whose
        start ``subject`` is false of (a sentence's subject, for the caller)."""
        mentions = self.mentions
        i = bisect_right(self._starts, start - 1)
        while i < len(mentions) and mentions[i].start < end:
            m = mentions[i]
            i += 1
            if m.end > end or (skip and skip(m.start)) or not fits(m.person, gender):
                continue
            if subject is None or subject(m.start):
                return m.person
        return None

    def mentions_in(self, start: int, end: int, starting_by: int | None = None) -> list[Mention]:
        """The mentions that start at or after ``start`` (and by ``starting_by``, when
        given) and end by ``end``, in text order."""
        mentions = self.mentions
        i = bisect_right(self._starts, start - 1)
        found = []
        last_start = end if starting_by is None else min(end, starting_by + 1)
        while i < len(mentions) and mentions[i].start < last_start:
            if mentions[i].end <= end:
                found.append(mentions[i])
            i += 1
        return found

    def candidates(self, name: str) -> list[Person]:
        """Every person a written name may refer to: one for a full name, several for a
        surname that relatives share ("Brown" of "Gordon Brown" and "Sarah Brown")."""
        name = strip_possessive(name.strip())
        hit = self.by_name.get(name)
        if hit:
            return [hit]
        tokens = name.split()
        if len(tokens) != 1:
            found = self.resolve(name)
            return [found] if found else []
        return list(self.by_surname.get(surname(tokens), [])) or list(self.by_first.get(name, []))

    def _set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self._starts = [m.start for m in mentions]

    def _mention_after(self, pos: int) -> Mention | None:
        """The first mention that starts after ``pos``."""
        i = bisect_right(self._starts, pos)
        return self.mentions[i] if i < len(self.mentions) else None

    def _mentions_back_from(self, pos: int) -> Iterator[Mention]:
        """The mentions that start at or before ``pos``, last first."""
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            yield self.mentions[i]
            i -= 1


class _Sighting:
    """A name read in the body, with the office read with it, if any."""

    __slots__ = ("end", "gender", "name", "office", "start")

    def __init__(self, start: int, end: int, name: str, gender: str | None, office: Facts | None) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.gender = gender
        self.office = office


def find_people(body: str) -> People:
    """Every person named in ``body``, with the offices and mentions found for each."""
    source, body = body, capitals_names_in_title_case(body)     # "GLENN THRUSH asks:"
    readings = [r for s, e in offices_in(body) if (r := read_office(body, s, e)) is not None]
    readings += listed_holders(body)        # "Sens. A, B and C": each a senator
    capitals = capital_words(body)
    _drop_verbs_before_surnames(body, capitals.names, [r.name for r in readings if r.name])
    people = _index_names(readings, honorific_names(body, capitals) + capitals.names)
    people.source, people.read = source, body
    _add_surname_mentions(people, capitals.words)
    _add_office_references(people, body, [r for r in readings if r.name is None])
    if "counterpart" in body:
        _counterparts(body, people)
    for m in people.mentions:
        m.person.mentions += 1
    people.persons = [p for p in people.persons if p.mentions]
    return people


def _drop_verbs_before_surnames(body: str, names: list[Named], with_office: list[str]) -> None:
    """An order after a colon is no name: in "the directive he gave: Hire Wright." the
    name is "Wright", the surname of the full name read elsewhere ("Jay Wright"). A name
    of two words right after a colon whose first word is no given name of the tables,
    when another name of the text ends with the same surname, keeps only its surname."""
    for n in names:
        words = n.name.split()
        if len(words) != 2 or not body.endswith((": ", ":\n"), 0, n.start):
            continue
        first, last = words
        if first in D.GIVEN_NAMES_F or first in D.GIVEN_NAMES_M or not any(
                name.endswith(" " + last) and not name.startswith(first + " ")
                for name in [*with_office, *(m.name for m in names if m is not n)]):
            continue
        n.start += len(first) + 1
        n.name = last


def _index_names(readings: list[OfficeReading], names: list[Named]) -> People:
    """The persons of the names read with an office and of the other names, and one
    mention where mentions overlap."""
    sightings = [_Sighting(r.start, r.end, r.name, r.facts.gender, r.facts) for r in readings if r.name is not None]
    sightings += [_Sighting(n.start, n.end, n.name, n.gender, None) for n in names]
    # Full names first so that surnames and titled single names resolve to them.
    sightings.sort(key=lambda s: (len(s.name.split()) == 1, s.office is None, s.start))
    builder = _Builder()
    spans: list[tuple[int, int, Person, bool]] = []
    for s in sightings:
        p = builder.person(s.name, s.start)
        if s.start < p.first:
            p.first = s.start
        if s.office is not None:
            p.note_office(s.office)
        if p.gender is None:
            p.gender = s.gender
        spans.append((s.start, s.end, p, s.office is not None))
    builder.people._set_mentions([Mention(s, e, p) for s, e, p in _without_overlaps(spans)])
    return builder.people


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
            last = surname(tokens)
            for p in ppl.by_surname.get(last, []):
                ptoks = p.name.split()
                if len(ptoks) > 1 and tokens[-len(ptoks):] == ptoks:
                    return p            # "London Sadiq Khan": a word before the name
                if len(ptoks) > len(tokens) and ends_with_words(p.name, tokens):
                    return p            # "Rezende Lima" of "Otávio Rezende Lima"
                if surname(ptoks) != last:
                    continue            # found by an inner word of a longer name
                if len(ptoks) == 1 or ptoks[0] == tokens[0]:
                    if len(tokens) > len(ptoks):
                        p.name = name
                    ppl.by_name[name] = p
                    return p
        p = Person(name=name, first=at)
        ppl.persons.append(p)
        ppl.by_name[name] = p
        for key in surname_keys(tokens):
            ppl.by_surname.setdefault(key, []).append(p)
        if len(tokens) > 1:
            ppl.by_first.setdefault(tokens[0], []).append(p)
        return p


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


def _add_surname_mentions(people: People, words: list[tuple[int, str]]) -> None:
    """A mention for each word of a run of capitals that names a known person alone
    ("Blinken said") and lies in no mention yet."""
    starts = [m.start for m in people.mentions]
    ends = [m.end for m in people.mentions]
    extra: list[Mention] = []
    known = people.by_surname.keys() | people.by_name.keys()
    for s, w in words:
        if w not in known:
            continue
        i = bisect_right(starts, s) - 1
        if i >= 0 and ends[i] > s:
            continue
        p = people.resolve(w, s)
        if p:
            extra.append(Mention(s, s + len(w), p))
    people._set_mentions(sorted(people.mentions + extra, key=lambda m: m.start))


def _add_office_references(people: People, body: str, references: list[OfficeReading]) -> None:
    """A mention for each reference to an office ("the senator said") whose holder is
    known: the holder of that office named last before it, else the person named next
    in a lede (who then takes the office)."""
    more = []
    for ref in references:
        p = people.last_holder_before(ref.word, ref.start)
        if p is None:
            p = _named_next(body, people, ref.end)
            if p is not None:
                p.note_office(ref.facts)
        if p is not None:
            more.append(Mention(ref.start, ref.end, p, by_office=True))
    if more:
        people._set_mentions(sorted(people.mentions + more, key=lambda m: m.start))


_LEDE_REACH = 600


def _named_next(body: str, people: People, pos: int) -> Person | None:
    """A lede that names the office before the person: "The Police Commissioner has
    promised … " then "Sir Gareth Hale said …" opening the next sentence or paragraph.
    The person named next, if nobody else is named in between, no office is known for
    them, and the name opens its sentence: they hold the office."""
    if body.find("\n\n", 0, pos) >= 0:
        return None                 # only in the story's first paragraph
    m = people._mention_after(pos)
    if m is None or m.start - pos > _LEDE_REACH or m.person.title:
        return None
    if _opens_sentence(body, m.start) or _subject_after_a_phrase(body, m.start, m.end):
        return m.person
    return None


def _subject_after_a_phrase(body: str, start: int, end: int) -> bool:
    """"In a letter to MPs, Alastair Brigham wrote": the name after an opening phrase and
    its comma, followed by its verb."""
    if body[start - 2:start] != ", ":
        return False
    word = next_word(body, end)
    return word in D.REFERENCE_FOLLOWERS or word in D.ONE_WORD_SPEECH_VERBS


def _opens_sentence(body: str, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence, an honorific aside ("Sir …")."""
    head = body[max(0, start - 24):start].rstrip(" ")
    words = head.rsplit(None, 1)
    if words and words[-1] in D.HONORIFIC_SET:
        head = head[:len(head) - len(words[-1])].rstrip(" ")
    return (start <= 24 and not head) or head.endswith(("\n", ".", "!", "?", "”", "’", '"'))


# "his Iranian counterpart, ": the word before it may say whose office the counterpart holds.
_counterpart_re = patterns.compile(r"(?:(?P<demonym>[\w’'.-]{2,30}) )?counterparts?,? (?=\S)")


def _counterparts(body: str, people: People) -> None:
    """"Foreign Minister Turki … met his Iranian counterpart, Mohsen Daneshvar": the
    counterpart holds the same office for his own country."""
    for m in _counterpart_re.finditer(body):
        after = people._mention_after(m.end() - 1)
        if after is None or after.start != m.end():
            continue
        other = after.person
        sentence_start = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start()), m.start() - 300)
        for before in people._mentions_back_from(m.start()):
            if before.start <= sentence_start:
                break
            holder = before.person
            if holder is not other and holder.title and holder.kind and holder.is_official:
                if not other.title:
                    affil = D.COUNTRY_OF.get(m.group("demonym") or "")
                    other.note_office(Facts(holder.title, holder.kind, affil, affil is not None or holder.public))
                break
