"""Speech cues: a speech verb and the speaker it names, read from a paragraph whose quotes
are masked out (so a name inside a quote is never taken for a speaker).

A speaker comes before the verb ("Maria Estrada, Chile's interior minister, said", "she
told reporters", "the senator added") or after it ("…,” said Blinken", "according to
the ministry"). :func:`cues_in` gives the :class:`Cue` of a sentence; who the speaker is
(a known person, a pronoun's antecedent) is for ``attribution`` to say.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from .. import patterns
from ..patterns import UPPER, alternation
from . import data as D
from .names import SPEAKER_NAME, clean_name

_ADVERB = alternation(D.SPEECH_ADVERBS)
_ADVERB_SET = frozenset(D.SPEECH_ADVERBS)
# Who speaks: a name (with an apposition: "Maria Estrada, Chile's interior minister,"),
# a pronoun, or a description ("the senator", "a spokeswoman for the ministry").
# Atomic groups and possessive repeats keep the engine from retrying every shorter name
# and every shorter apposition when no speech verb follows.
_NAMED = (
    rf"(?P<name>(?>{SPEAKER_NAME}))(?:\s+\([^()\x00\n]{{1,40}}\))?"
    rf"(?:\s+(?:of|from)\s+(?:the\s+)?[\w.’'-]{{2,20}}+(?:\s[\w.’'-]{{2,20}}+){{0,2}}?)?"
    rf"(?:(?:,\s+[^,;\x00“”\"\n]{{1,120}}+){{1,3}},)?"
)
# A word boundary before a word's second letter (the look-behinds sit after the first
# letter, as in names.NAME_TOKEN).
_B = r"(?<![\w'-].)(?<!’.)"


def _words_either_case(words) -> str:
    """"he" → "[Hh](?<!…)e": either case of the first letter, look-behind after it."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{_B}{re.escape(w[1:])}" if w[1:] else f"{w.upper()}{_B}"
                    for w in sorted(words, key=len, reverse=True))


def _pronoun() -> str:
    """A pronoun that speaks, or a group that speaks ("officials"): the groups are matched
    in either case as one trie (the pattern opens with the character before the speaker,
    so no look-behind is needed for them)."""
    return (rf"(?P<pron>{_words_either_case(D.PRONOUNS)})"
            rf"|(?P<plural>{_words_either_case(D.PLURAL_PRONOUNS)}"
            rf"|{alternation([*D.PLURAL_SOURCES, *(w.capitalize() for w in D.PLURAL_SOURCES)])}(?![\w'-]))")


_DESCRIBED = (
    rf"(?P<desc>(?:[Tt]{_B}he(?:ir)?|[Aa]{_B}n?|[Hh]{_B}is|[Hh]{_B}er|[Ii]{_B}ts)"
    r"\s+(?:(?!(?:and|or|but|who|which|that)\s)[\w.’'-]{1,30}+\s+){0,3}?"
    r"(?!(?:and|or|but|who|which|that)(?![\w'-]))[\w’'-]{2,30}+)"
)
# What a speaker opens with: a capital, or the first letter of a pronoun or of a
# description's first word (a look-ahead for them turns most words away at once).
_SPEAKER_OPENINGS = "".join(sorted({w[0] for w in (*D.PRONOUNS, *D.PLURAL_PRONOUNS, *D.PLURAL_SOURCES, "the", "a",
                                                  "his", "her", "its")}))


def _speaker_then(verb: str) -> str:
    """A speaker, then the verb ``verb`` matches. It starts with the character before the
    speaker, so that the scan can skip to spaces and punctuation (a pattern starting with
    a look-behind is tried at every position)."""
    return (rf"[\s(\[“”\"—–-](?=[{_SPEAKER_OPENINGS}]|{UPPER})(?:{_NAMED},?|{_pronoun()}|{_DESCRIBED})"
            rf"\s+(?:(?:{_ADVERB})\s+){{0,2}}(?P<verb>{verb})(?![\w'-])(?!’)")


# A speaker, then a speech verb: the plain pattern, with the table of verbs in it (its
# text built only if it is used).
SPEAKER_VERB_RE = patterns.compile_built(lambda: _speaker_then(alternation(D.SPEECH_VERBS)))
# The same over a copy of the text where the space before each speech verb is VERB_MARK
# (ScanText.marked): a verb is then one that stands after the mark, and the pattern
# spells out only the verbs of several words (its own longest, as the table's are), not
# the 270 of the table (about 2.5 ms less to compile on a one-file run). The mark is white
# space to ``\s`` as a space is, and nothing else in the pattern reads a space.
VERB_MARK = "\x1f"
_MARKED_SPEAKER_VERB_RE = patterns.compile_built(
    lambda: _speaker_then(rf"(?<={VERB_MARK})(?:{alternation([v for v in D.SPEECH_VERBS if ' ' in v])}|[a-z]+)"))
# "…,” said Blinken": the verb right after a quote or a comma (the pattern takes that
# character, so that the scan can skip ahead to it); "according to Blinken". The verb and
# the speaker after it are two patterns, the second shared by both ways of putting the
# verb first.
VERB_FIRST_RE = patterns.compile_built(lambda: rf"[”\"»’',\x00]\s?(?P<verb>{alternation(D.VERB_FIRST_VERBS)})")
# What VERB_FIRST_RE finds that a speaker may follow (white space after the verb), found
# as a word of lower-case letters looked up in VERB_FIRST_WORDS: the word is the verb
# when, and only when, it is one of them (the verbs are such words, and a longer one
# that a shorter one opens would be the word itself). A pattern of 5 characters classes
# in place of one of the 170 verbs: 1.5 ms less to compile on a one-file run.
_WORD_FIRST_RE = patterns.compile(r"[”\"»’',\x00]\s?(?P<verb>[a-z]+)(?=\s)")
VERB_FIRST_WORDS = frozenset(D.VERB_FIRST_VERBS)
_according = patterns.compile(r"[Aa]ccording\s+to|[Ii]n\s+accordance\s+with")
# A name as a credit or an apposition writes it, cheaper to compile than names.NAME (the
# name found is cleaned and resolved after): capitalised words, initials, particles.
_PLAIN_NAME = (rf"{UPPER}[\w.’'-]{{0,30}}"
               rf"(?:\s(?:(?:van|von|de|del|da|di|le|la|bin|al)\s)?{UPPER}[\w.’'-]{{0,30}}){{1,4}}")
SPEAKER_AFTER_VERB_RE = patterns.compile(
    rf"\s{{1,8}}(?:{_NAMED}|(?P<pron>he|she)(?![\w'-])(?!’)"
    rf"|(?P<desc>(?:the|an?|his|her|their|its)\s+(?:[\w.’'-]{{1,30}}\s+){{0,3}}?[\w’'-]{{2,30}})"
    rf"(?:,\s{{1,8}}(?P<appname>{_PLAIN_NAME})(?=\s{{0,8}}[,.;:]|\s{{0,8}}$))?(?=[,.;]))"
)
# "X escaped the club and posted …:", "X denounced the deal, saying": a verb whose speaker
# is its sentence's subject.
# What stands before a verb whose speaker is its sentence's subject: "and" or a comma,
# and the adverbs a verb may take ("and then said", ", also noting"), at the end of the
# text before the verb.
_COORDINATION_BEFORE = patterns.compile(rf"(?:\band|,)\s+(?:(?:{_ADVERB})\s+){{0,2}}$")
# "“We came for the music.” ― Lena Ortiz, 24": a vox-pop line, the speaker after a dash.
_DASH_CREDIT = patterns.compile(
    rf"[”\"»\x00]\s{{0,3}}(?P<verb>[―—–]|--)\s{{0,3}}(?P<name>{_PLAIN_NAME})(?=\s{{0,3}}(?:[,(]|$))"
)
# "…,” said US Attorney for the District of Maryland Rod J. Rosenstein when …": a title
# of capitalised words (and "of", "for", "the") before the name that comes after the verb.
_TITLED_NAME_AFTER_VERB = patterns.compile(
    rf"\s{{1,8}}(?:(?:[A-Z][\w.’'-]{{0,30}}|of|for|the|to|and)\s+){{1,10}}?"
    rf"(?!(?:{'|'.join(D.SENTENCE_ABBREVIATIONS)})\.)(?P<name>{_PLAIN_NAME})"
    rf"(?=\s{{0,8}}[,.;:)]|\s+(?:when|who|at|in|on|after|before|during|as|from)\b)"
)
# What may close a quote right before a verb that comes first (NUL: the quote's words).
_CLOSERS = "”\"»’'\x00"

# Any speech verb (or its "-ing" form: ", saying"), with the character before it.
_VERB_AT = patterns.compile_built(
    lambda: rf"[\s,;:—–(-](?:{alternation(D.SPEECH_VERBS + D.SPEECH_PARTICIPLES)})(?![\w'-])(?!’)")
# The most characters a speaker and its verb take before the verb ends.
SPEAKER_REACH = 400
# "” ,she mentioned" in spun copy: a comma glued to the next word.
_GLUED_COMMA = patterns.compile(r",(?=[^\W\d_])")


class Cue:
    """A speech verb and the speaker it names, as written: a name, a pronoun ("she"), a
    plural ("they", "we") or a description ("the senator", "a spokeswoman"); ``start`` and
    ``end`` are body offsets of the speaker and verb together, ``verb_at`` of the verb;
    ``apposition`` the words between a name and its verb ("…, a spokesman for the
    ministry, Zhao Minghui,"); ``coordinated``: the verb has no speaker of its own but
    follows "and" or a comma ("escaped and posted", ", saying"), so its sentence's
    subject speaks."""

    __slots__ = ("apposition", "coordinated", "description", "end", "name", "plural", "pronoun", "start", "verb",
                 "verb_at")

    def __init__(self, start: int, end: int, verb_at: int, verb: str, name: str | None = None,
                 pronoun: str | None = None, plural: str | None = None, description: str | None = None,
                 apposition: str = "", coordinated: bool = False) -> None:
        self.coordinated = coordinated      # "… denounced the deal and said": the sentence's subject speaks
        self.start = start
        self.end = end
        self.verb_at = verb_at
        self.verb = verb
        self.name = name
        self.pronoun = pronoun
        self.plural = plural
        self.description = description
        self.apposition = apposition

    @property
    def pronoun_said(self) -> str | None:
        """The pronoun that speaks, lower-cased: the pronoun read, or a name that is one
        ("He said" opening a sentence reads as a name)."""
        if self.pronoun:
            return self.pronoun.lower()
        if self.name and self.name.lower() in D.PRONOUNS:
            return self.name.lower()
        return None


class ScanText:
    """One paragraph as the cue patterns read it: its quotes' words masked out (NULs, the
    same length), starting at body offset ``offset``; and, made when first asked for, its
    speech verbs, the copy SPEAKER_VERB_RE scans and that copy with the verbs marked."""

    __slots__ = ("_marked", "_padded", "_verbs", "masked", "offset")

    def __init__(self, masked: str, offset: int) -> None:
        self.masked = masked
        self.offset = offset
        self._padded: str | None = None
        self._verbs: list[tuple[int, int]] | None = None
        self._marked: str | None = None

    def padded(self) -> str:
        """The masked text with a space in front, and a comma glued to the next word read
        as a space ("” ,she mentioned"): SPEAKER_VERB_RE opens with the character before
        the speaker, and not with a comma."""
        if self._padded is None:
            masked = self.masked
            self._padded = " " + (_GLUED_COMMA.sub(" ", masked) if _GLUED_COMMA.search(masked) else masked)
        return self._padded

    def verbs(self) -> list[tuple[int, int]]:
        """The span of each match of _VERB_AT in the masked text (a verb with the
        character before it), in order: read once for the paragraph, where each sentence
        used to be read on its own (no verb runs over a sentence's end)."""
        if self._verbs is None:
            self._verbs = [m.span() for m in _VERB_AT.finditer(self.masked)]
        return self._verbs

    def marked(self) -> str | None:
        """The padded text with the space before each speech verb (of SPEECH_VERBS, not an
        "-ing" form) made VERB_MARK, as _MARKED_SPEAKER_VERB_RE reads it; None when the
        text holds the mark already or other white space before such a verb (then the
        plain pattern is used)."""
        if self._marked is None:
            self._marked = _marked(self.padded(), self.masked, self.verbs()) or ""
        return self._marked or None


# The verbs of several words that hold another verb after their first word ("quoted as
# saying" holds "as saying"), and the index of the word it starts at.
_SPEECH_VERB_SET = frozenset(D.SPEECH_VERBS)
_VERBS_WITHIN: dict[str, list[int]] = {}
for _verb in D.SPEECH_VERBS + D.SPEECH_PARTICIPLES:
    _words = _verb.split()
    for _k in range(1, len(_words)):
        if any(" ".join(_words[_k:_j]) in _SPEECH_VERB_SET for _j in range(_k + 1, len(_words) + 1)):
            _VERBS_WITHIN.setdefault(_verb, []).append(_k)


def _marked(padded: str, masked: str, verbs: list[tuple[int, int]]) -> str | None:
    """``padded`` with VERB_MARK for the space before each speech verb that white space
    precedes (the verbs ``verbs`` gives, and the verbs within them); None when that white
    space is not a space, or the text holds VERB_MARK."""
    if VERB_MARK in padded:
        return None
    marks = []
    for start, end in verbs:
        verb = masked[start + 1:end]
        words = verb.split()
        phrase = " ".join(words) if len(words) > 1 else verb
        if phrase in _SPEECH_VERB_SET:
            marks.append(start + 1)     # in the padded text
        for k in _VERBS_WITHIN.get(phrase, ()):
            at = start + 1
            for w in words[:k]:
                at = masked.index(w, at) + len(w)
            while masked[at].isspace():
                at += 1
            marks.append(at)            # the padded text's offset of the white space before the word
    if not marks:
        return padded
    pieces = []
    pos = 0
    for at in marks:
        if not padded[at].isspace():
            continue                    # a comma or a dash before it: no speaker stands there
        if padded[at] != " ":
            return None
        pieces.append(padded[pos:at])
        pieces.append(VERB_MARK)
        pos = at + 1
    pieces.append(padded[pos:])
    return "".join(pieces)


def cues_in(text: ScanText, lo: int, hi: int) -> list[Cue]:
    """The cues of the sentence text.masked[lo:hi], in the order of their verbs."""
    masked = text.masked
    verbs = verb_span(text, lo - 1 if lo else 0, hi)
    # "according to" and "in accordance with" both hold "ccord": without it, the pattern
    # need not be run
    according = masked.find("ccord", lo, hi) >= 0
    dashed = _has_dash(masked, lo, hi)
    if not verbs and not according and not (dashed and _DASH_CREDIT.search(masked, lo, hi)):
        return []
    found: list[Cue] = []
    if verbs:
        # A speaker ends at its verb and is never longer than SPEAKER_REACH: the costly
        # pattern only runs from there to the last verb's end.
        start = max(lo, verbs[0] - SPEAKER_REACH)
        padded = text.padded()
        maybe_passive = _be_within(masked, start, verbs[1])  # asked once: it was asked per match, a scan each
        found = [_speaker_first(m, text.offset - 1, padded) for m in speakers_then_verbs(text, start, verbs[1] + 1)
                 if not (maybe_passive and _is_passive(m, padded))]
        found = [_past_a_subordinator(c) if c.description else c for c in found]
        found += _verbs_then_speakers(_WORD_FIRST_RE, text, max(0, lo - 2), hi, lead=True, words=VERB_FIRST_WORDS)
        # "and" or a comma stands at most a few characters before the verb it coordinates
        found += _coordinated(text, verbs[0], verbs[1], {c.verb_at for c in found})
    if according:
        found += _verbs_then_speakers(_according, text, lo, hi, lead=False)
    if dashed and masked.find("\x00", lo, hi) >= 0:
        found += _dash_credits(text, lo, hi)
    if len(found) > 1:
        found.sort(key=lambda c: c.verb_at)
    return found


def _has_dash(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a dash that may credit a quote ("―", "—", "–" or "--")."""
    return (text.find("—", lo, hi) >= 0 or text.find("–", lo, hi) >= 0 or text.find("―", lo, hi) >= 0
            or text.find("--", lo, hi) >= 0)


def speakers_then_verbs(text: ScanText, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of SPEAKER_VERB_RE in ``text.padded()[start:end]``, read by
    _MARKED_SPEAKER_VERB_RE in the marked copy where there is one (the same spans and
    groups; a group's text is to be read from the padded text)."""
    marked = text.marked()
    if marked is None:
        return SPEAKER_VERB_RE.finditer(text.padded(), start, end)
    return _MARKED_SPEAKER_VERB_RE.finditer(marked, start, end)


def verb_span(text: ScanText, lo: int, hi: int) -> tuple[int, int] | None:
    """What :func:`verb_span_by_scan` tells of ``text.masked``, read from the verbs of the
    whole paragraph."""
    verbs = text.verbs()
    if not verbs:
        return None
    i = bisect_left(verbs, (lo, -1))
    j = bisect_right(verbs, (hi, hi)) - 1
    while j >= i and verbs[j][1] > hi:
        j -= 1
    return (verbs[i][0], verbs[j][1]) if i <= j else None


def verb_span_by_scan(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the first speech verb between ``lo`` and ``hi`` starts (with the character
    before it) and where the last one ends; None without one. A speaker match ends at a
    verb preceded by a space, so none ends past the last verb: the text after it need
    not be scanned for speakers (the end's own character is no word character)."""
    first = last = -1
    for m in _VERB_AT.finditer(text, lo, hi):
        if first < 0:
            first = m.start()
        last = m.end()
    return None if first < 0 else (first, last)


def _be_within(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a form of "be" that may make a verb passive (most
    sentences with a speech verb hold none: the passive test need not run)."""
    return text.find("is ", lo, hi) >= 0 or text.find("was ", lo, hi) >= 0 or text.find("were ", lo, hi) >= 0 \
        or text.find("are ", lo, hi) >= 0


def _is_passive(m: re.Match[str], string: str) -> bool:
    """Whether a speaker-then-verb match reads as a passive (see _passive_at)."""
    verb_at, verb_end = m.span("verb")
    return _passive_at(string, verb_at, " ".join(string[verb_at:verb_end].split()))


def _passive_at(string: str, verb_at: int, verb: str) -> bool:
    """Whether the verb at ``verb_at`` is a passive ("He was accused of …", "and was told
    to wait"): a form of "be" among the adverbs right before it, the verb then a
    participle whose subject is spoken to or of (the "-ing" forms and "quoted" aside)."""
    if verb in D.SPEAKS_IN_PASSIVE or verb.endswith("ing"):
        return False
    before = string[max(0, verb_at - 40):verb_at]
    if "is " not in before and "was " not in before and "were " not in before and "are " not in before:
        return False                    # most verbs: no form of "be" before them at all
    # the adverbs right before the verb ("was later"), not an apposition ("Ames, who was …,")
    for word in reversed(before.split()):
        if word in D.PASSIVE_AUXILIARIES:
            return True
        if word not in _ADVERB_SET:
            return False
    return False


def _past_a_subordinator(cue: Cue) -> Cue:
    """A description that runs into a clause of its own ("the White House when Sondland
    told") names the speaker after the word that opens it: "Sondland told"."""
    description = cue.description or ""
    words = description.split()
    k = next((i for i in range(1, len(words) - 1) if words[i] in D.SUBORDINATORS), 0)
    if not k:
        return cue                      # most descriptions: "the senator", "a spokeswoman"
    opener = re.search(rf"\s{re.escape(words[k])}\s+", description)
    if opener is None:
        return cue
    who = " ".join(words[k + 1:])
    at = cue.start + opener.end()
    if who.lower() in D.PRONOUNS:
        return Cue(at, cue.end, cue.verb_at, cue.verb, pronoun=who)
    if who[0].isupper():
        return Cue(at, cue.end, cue.verb_at, cue.verb, name=who)
    return Cue(at, cue.end, cue.verb_at, cue.verb, description=who)


def _speaker_first(m: re.Match[str], base: int, string: str) -> Cue:
    """The cue of a SPEAKER_VERB_RE match in ``string`` (or of the marked pattern in its
    marked copy); ``base`` is the body offset of the scanned text's first character."""
    name_at, name_end = m.span("name")
    pron_at, pron_end = m.span("pron")
    plural_at, plural_end = m.span("plural")
    desc_at, desc_end = m.span("desc")
    verb_at, verb_end = m.span("verb")
    # the speaker's group that matched (a group matches one character or more)
    first = name_at if name_at >= 0 else pron_at if pron_at >= 0 else plural_at if plural_at >= 0 else \
        desc_at if desc_at >= 0 else verb_at
    return Cue(base + first, base + m.end(), base + verb_at, " ".join(string[verb_at:verb_end].split()),
               string[name_at:name_end] if name_at >= 0 else None,
               string[pron_at:pron_end] if pron_at >= 0 else None,
               string[plural_at:plural_end] if plural_at >= 0 else None,
               string[desc_at:desc_end] if desc_at >= 0 else None,
               string[name_end:verb_at] if name_at >= 0 else "")


def _verbs_then_speakers(pattern: re.Pattern[str], text: ScanText, lo: int, hi: int, lead: bool,
                         words: frozenset[str] | None = None) -> Iterator[Cue]:
    """A cue for each verb ``pattern`` finds with the speaker after it (when ``words`` is
    given, each whose group "verb" is one of them). ``lead``: the pattern takes the
    character before the verb (VERB_FIRST_RE)."""
    masked = text.masked
    for v in pattern.finditer(masked, lo, hi):
        if words is not None and v.group("verb") not in words:
            continue
        who = SPEAKER_AFTER_VERB_RE.match(masked, v.end(), hi)
        if who is not None and who.group("name") and (
                not clean_name(who.group("name")) or who.group("name").split()[-1] in D.SENTENCE_ABBREVIATIONS):
            who = None                  # "said Illinois Sen. Mark Kirk": a place, then the title
        if who is None and lead and masked[v.start()] != ",":
            who = _TITLED_NAME_AFTER_VERB.match(masked, v.end(), hi)
            if who is not None:
                verb_at = v.start("verb")
                yield Cue(text.offset + verb_at, text.offset + who.end(), text.offset + verb_at,
                          " ".join(masked[verb_at:v.end()].split()), who.group("name"))
            continue
        if who is None or (lead and _is_object_not_speaker(masked, v.start(), who.end())):
            continue
        verb_at = v.start("verb") if lead else v.start()
        # "…,” said his lawyer, Robert N. Klieger.": the name of the apposition speaks
        name, desc = (who.group("appname"), None) if who.group("appname") else (who.group("name"), who.group("desc"))
        yield Cue(text.offset + verb_at, text.offset + who.end(), text.offset + verb_at,
                  " ".join(masked[verb_at:v.end()].split()), name, who.group("pron"), None, desc)


def _dash_credits(text: ScanText, lo: int, hi: int) -> Iterator[Cue]:
    """A cue for each quote credited after a dash ("“…” ― Lena Ortiz, 24, a nurse")."""
    for m in _DASH_CREDIT.finditer(text.masked, lo, hi):
        yield Cue(text.offset + m.start("name"), text.offset + m.end("name"), text.offset + m.start("verb"),
                  m.group("verb"), m.group("name"))


def _coordinated(text: ScanText, lo: int, hi: int, taken: set[int]) -> Iterator[Cue]:
    """A cue for each verb after "and" or a comma that no other cue has read (the verbs
    of _VERB_AT between ``lo`` and ``hi``, match boundaries both)."""
    masked = text.masked
    verbs = text.verbs()
    for k in range(bisect_left(verbs, (lo, -1)), len(verbs)):
        start, end = verbs[k]
        if end > hi:
            break
        verb_at = start + 1
        if text.offset + verb_at in taken:
            continue
        before = _COORDINATION_BEFORE.search(masked, max(0, verb_at - 40), verb_at)
        if before is not None and not _passive_at(masked, verb_at, " ".join(masked[verb_at:end].split())):
            yield Cue(text.offset + before.start(), text.offset + end, text.offset + verb_at,
                      " ".join(masked[verb_at:end].split()), coordinated=True)


def _is_object_not_speaker(text: str, i: int, end: int) -> bool:
    """", said China “will never…”": after a plain comma (no closing quote before it),
    "said X" is an inserted attribution only when X is followed by a comma or a stop
    ("The treaty, said Hayashi, is…"); otherwise X is what was said about. ``i`` is where
    the verb's match starts (the character before the verb), ``end`` where X ends."""
    if text[i] != "," or (i > 0 and text[i - 1] in _CLOSERS):
        return False
    rest = text[end:end + 3].lstrip()
    return not rest or rest[0] not in ",.;:)—–"
