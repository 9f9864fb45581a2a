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
from bisect import bisect_left, bisect_right

from .. import patterns
from ..model import Article, Quote
from ..patterns import UPPER, alternation, lazy_pattern
from . import data as D
from .index import People, Person, find_people, fits
from .names import SPEAKER_NAME, clean_name

_PLAIN_MARKS = '“”"«»„'
_MARKS = patterns.compile(f"[{_PLAIN_MARKS}]")
# With doubled single marks too; the plain class scans much faster, so this one is only
# used when the body holds one of them.
_marks_and_doubled = lazy_pattern("’’|''|‘‘|``|“|”|\"|«|»|„")
_DOUBLED = ("’’", "''", "‘‘", "``")
_OPEN_MARKS = frozenset({"“", "«", "„", "‘‘", "``"})
_OPENERS = "“«„‘`"
_OPEN_CONTEXT = " \t\n([{—–-/:;,'‘"
_OPEN_BEFORE = frozenset(_OPEN_CONTEXT + _OPENERS)     # what may stand before an opening mark
_MAX_QUOTE = 6000

_VERB = alternation(D.SPEECH_VERBS)
# "He said" opening a sentence looks like a name to the speaker pattern.
_PRONOUN_AS_NAME = {p: p for p in D.PRONOUNS}
_ADVERB = alternation(D.SPEECH_ADVERBS)
# Who speaks: a name (with an apposition: "Maria Estrada, Chile's interior minister,"),
# a pronoun, or a description ("the senator", "a spokeswoman for the ministry").
# Atomic groups and possessive repeats keep the engine from retrying every shorter name
# and every shorter apposition when no speech verb follows.
_NAMED = (
    rf"(?P<name>(?>{SPEAKER_NAME}))(?:\s+\([^()\x00\n]{{1,40}}\))?(?:\s+(?:of|from)\s+(?:the\s+)?[\w.’'-]{{2,20}}+(?:\s[\w.’'-]{{2,20}}+){{0,2}}?)?"
    rf"(?:(?:,\s+[^,;\x00“”\"\n]{{1,120}}+){{1,3}},)?"
)
# (the look-behinds sit after the first letter: see NAME_TOKEN in officials.py)
_B = r"(?<![\w'-].)(?<!’.)"


def _words_either_case(words) -> str:
    """"he" → "[Hh](?<!…)e": either case of the first letter, look-behind after it."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{_B}{re.escape(w[1:])}" if w[1:] else f"{w.upper()}{_B}"
                    for w in sorted(words, key=len, reverse=True))


_PRONOUN = (rf"(?P<pron>{_words_either_case(D.PRONOUNS)})"
            rf"|(?P<plural>{_words_either_case(D.PLURAL_PRONOUNS)})")
_DESCRIBED = (
    rf"(?P<desc>(?:[Tt]{_B}he(?:ir)?|[Aa]{_B}n?|[Hh]{_B}is|[Hh]{_B}er|[Ii]{_B}ts)"
    r"\s+(?:[\w.’'-]{1,30}+\s+){0,3}?[\w’'-]{2,30}+)"
)
# What a speaker opens with: a capital, or the first letter of a pronoun or of a
# description's first word (a look-ahead for them turns most words away at once).
_SPEAKER_OPENINGS = "".join(sorted({w[0] for w in (*D.PRONOUNS, *D.PLURAL_PRONOUNS, "the", "a", "his", "her", "its")}))
# It starts with the character before the speaker, so that the scan can skip to spaces
# and punctuation (a pattern starting with a look-behind is tried at every position).
SPEAKER_VERB_RE = patterns.compile(
    rf"[\s(\[“”\"—–-](?=[{_SPEAKER_OPENINGS}]|{UPPER})(?:{_NAMED},?|{_PRONOUN}|{_DESCRIBED})\s+(?:(?:{_ADVERB})\s+){{0,2}}(?P<verb>{_VERB})(?![\w'-])(?!’)"
)
_VERB_FIRST = alternation(D.VERB_FIRST_VERBS)
# "…,” said Blinken": the verb right after a quote or a comma (the pattern takes that
# character, so that the scan can skip ahead to it); "according to Blinken".
_AFTER_VERB_FIRST = (
    rf"\s{{1,8}}(?:{_NAMED}|(?P<pron>he|she)(?![\w'-])(?!’)"
    rf"|(?P<desc>(?:the|an?)\s+(?:[\w.’'-]{{1,30}}\s+){{0,3}}?[\w’'-]{{2,30}})(?=[,.;]))"
)
# The verb and the speaker after it are two patterns, the second shared by both ways of
# putting the verb first (one large pattern fewer to compile at import).
VERB_FIRST_RE = patterns.compile(rf"[”\"»’',\x00]\s?(?P<verb>{_VERB_FIRST})")
_according = lazy_pattern(r"[Aa]ccording\s+to|[Ii]n\s+accordance\s+with")
SPEAKER_AFTER_VERB_RE = patterns.compile(_AFTER_VERB_FIRST)


_SPEAKER_GROUPS = ("name", "pron", "plural", "desc", "verb")


class _VerbThenSpeaker:
    """A verb and the speaker after it, read as one match: the verb's own match (taken
    with the character before it for "said X") and the speaker's."""

    __slots__ = ("begin", "lead", "speaker", "string", "verb_at", "verb_end")

    def __init__(self, verb: re.Match, speaker: re.Match, lead: bool) -> None:
        self.lead = lead        # the verb match starts with the character before the verb
        self.verb_at = verb.start("verb") if lead else verb.start()
        self.begin = verb.start()
        self.verb_end = verb.end()
        self.speaker = speaker
        self.string = speaker.string    # the text read (the verb's scan may differ in masks)

    def groupdict(self) -> dict:
        d = self.speaker.groupdict()
        d["verb"] = self.string[self.verb_at:self.verb_end]
        return d

    def group(self, g):
        return self.string[self.verb_at:self.verb_end] if g == "verb" else self.speaker.group(g)

    def start(self, g=0) -> int:
        if g == 0:
            return self.begin
        return self.verb_at if g == "verb" else self.speaker.start(g)

    def end(self, g=0) -> int:
        if g == "verb":
            return self.verb_end
        return self.speaker.end(g)


def _verbs_then_speakers(pattern: re.Pattern, text: str, lo: int, hi: int, lead: bool, scan: str | None = None):
    """Each verb ``pattern`` finds (in ``scan``, a copy of ``text`` of the same length
    that it finds the same verbs in, when given) with the speaker after it."""
    for v in pattern.finditer(text if scan is None else scan, lo, hi):
        who = SPEAKER_AFTER_VERB_RE.match(text, v.end(), hi)
        if who:
            yield _VerbThenSpeaker(v, who, lead)

# Any speech verb, found quickly (the pattern starts with the character before it).
_CLOSERS = "”\"»’'\x00"


def _is_object_not_speaker(m: re.Match) -> bool:
    """", said China “will never…”": after a plain comma (no closing quote before it),
    "said X" is an inserted attribution only when X is followed by a comma or a stop
    ("The treaty, said Hayashi, is…"); otherwise X is what was said about."""
    text, i = m.string, m.start()
    if text[i] != "," or (i > 0 and text[i - 1] in _CLOSERS):
        return False
    rest = text[m.end():m.end() + 3].lstrip()
    return not rest or rest[0] not in ",.;:)—–"


# Every character ``\s`` stands for, written out: the scan skips ahead to a class of
# plain characters faster than to one with a category in it.
WHITE_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_VERB_AT = patterns.compile(rf"[{WHITE_SPACE},;:—–(-](?:{_VERB})(?![\w'-])(?!’)")
_SPEAKER_REACH = 400


def _verb_span(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the first speech verb between ``lo`` and ``hi`` starts (with the character
    before it) and where the last one ends; None without one. A speaker match ends at a
    verb preceded by a space, so none ends past the last verb: the text after it need
    not be scanned for speakers (the end's own character is no word character)."""
    first = last = None
    for m in _VERB_AT.finditer(text, lo, hi):
        if first is None:
            first = m.start()
        last = m.end()
    return None if first is None else (first, last)

# Sentence ends: terminal punctuation, closing marks, space, then a capital or an opener.
# (it opens with one character of a class, not a repeat: the scan then skips ahead to them)
_SENTENCE_END = patterns.compile(r"[.!?…][.!?…]{0,7}(?P<closers>[”\"’)\]»]{0,4})\s{1,8}(?=[“\"‘(\[«]?[A-Z0-9])")
_PREPOSITION_BEFORE = patterns.compile(r"\b(?:of|in|for|from|at|on|with|to|by|that)\s+$")
_WORD = patterns.compile(r"[^\W_][^\W_]*(?:['’][^\W_]+)?")
_CAPITALISED = patterns.compile(rf"{UPPER}|[0-9]")


# Plain classes with slots: a dataclass costs about a millisecond to define at import.
class _Span:
    __slots__ = ("end", "last_para", "para", "start")

    def __init__(self, start: int, end: int, para: int, last_para: int) -> None:
        self.start = start              # offsets of the quote text in the body, marks excluded
        self.end = end
        self.para = para                # paragraph where the quote opens
        self.last_para = last_para      # paragraph where it closes (the same for most quotes)


class _Attribution:
    __slots__ = ("end", "para", "speaker", "start", "text", "verb")

    def __init__(self, start: int, end: int, para: int, verb: str, speaker: Person | None,
                 text: str | None) -> None:
        self.start = start              # offsets in the body
        self.end = end
        self.para = para
        self.verb = verb
        self.speaker = speaker
        self.text = text                # the speaker's name as written when no person was found


def extract_quotes_and_officials(article: Article) -> None:
    """Fill ``article.quotes`` and ``article.officials`` from ``article.body``."""
    body = article.body
    if not body:
        return
    people = find_people(body)
    article.officials = people.officials(exclude=article.authors)
    marks = _marks_for(body)
    if marks[0] is _MARKS and not any(ch in body for ch in _PLAIN_MARKS):
        return                          # no quote mark of any kind
    bounds = paragraph_bounds(body)
    spans = find_quote_spans(body, bounds, marks)
    if spans:
        article.quotes = attribute_quotes(body, bounds, spans, people)


_PARAGRAPH_BREAK = patterns.compile("\n\n")


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """Where each paragraph starts and ends (paragraphs are split at "\n\n", as
    ``body.split`` does; the scan makes no copies of them)."""
    out = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(body)))
    return out


def find_quote_spans(body: str, bounds: list[tuple[int, int]],
                     marks: tuple[re.Pattern, bool] | None = None) -> list[_Span]:
    """Pair quote marks: curly and guillemet pairs (and ‘‘…’’, ``…''), straight quotes
    by context, single marks (‘…’, '…') where the body uses them to open quotes, and a
    quote left open at a paragraph's end that the next paragraph re-opens. ``marks`` is
    what ``_marks_for(body)`` gives, when known."""
    spans: list[_Span] = []
    para_starts = [ps for ps, _ in bounds]
    open_at: int | None = None          # where the text of the open quote starts
    open_para = 0
    kind = ""                           # the open quote's marks: "curly", '"', "‘" or "'"
    pi = -1
    ps = pe = 0
    marks, with_singles = marks or _marks_for(body)
    singles = _SINGLE_MARKS if with_singles else ()
    for i, end in _mark_spans(body, marks):
        mark = body[i:end]
        if i >= pe:                     # a new paragraph
            new_pi = bisect_right(para_starts, i) - 1
            ps, pe = bounds[new_pi]
            if open_at is not None:
                if new_pi == pi + 1 and i == ps and _reopens(mark, kind):
                    pi = new_pi          # the re-opening mark of a quote running on
                    continue
                if kind not in _SINGLE:  # a single mark left open is an apostrophe
                    _add_span(spans, body, open_at, bounds[pi][1], open_para, pi)
                open_at = None
            pi = new_pi
        # A mark can open a quote after a space, a bracket or a dash (or at the
        # paragraph's start) and before a non-space; it can close one after a non-space.
        # (Both are worked out only where the mark's kind asks.)
        if mark in singles:
            if open_at is None:
                nxt = body[end] if end < pe else " "
                if mark in _SINGLE and nxt.isalpha() and (i == ps or body[i - 1] in _OPEN_BEFORE):
                    open_at, open_para, kind = end, pi, mark
            elif kind == _SINGLE_PAIR.get(mark) and i > ps and not body[i - 1].isspace() \
                    and _closes_single(body, end, pe):
                _add_span(spans, body, open_at, i, open_para, pi)
                open_at = None
        elif singles and open_at is not None and kind in _SINGLE:
            continue                    # ‘He said “no”.’: a quote inside the quote
        elif mark == '"':
            if open_at is None:
                if (i == ps or body[i - 1] in _OPEN_BEFORE) and end < pe and not body[end].isspace():
                    open_at, open_para, kind = end, pi, '"'
            elif kind == '"' and i > ps and not body[i - 1].isspace():
                _add_span(spans, body, open_at, i, open_para, pi)
                open_at = None
        elif mark in _OPEN_MARKS:
            open_at, open_para, kind = end, pi, "curly"
        elif open_at is not None:       # a closing mark
            if i > ps and not body[i - 1].isspace():
                _add_span(spans, body, open_at, i, open_para, pi)
                open_at = None
        elif mark == "”" and (i == ps or body[i - 1] in _OPEN_BEFORE) and end < pe and not body[end].isspace():
            open_at, open_para, kind = end, pi, "curly"   # ”…” typed for “…”
    if open_at is not None and kind not in _SINGLE:
        _add_span(spans, body, open_at, bounds[pi][1], open_para, pi)
    return spans


_SINGLE = ("‘", "'")                    # single marks that open a quote
_SINGLE_MARKS = frozenset("‘’'")
_SINGLE_PAIR = {"’": "‘", "'": "'"}     # closing mark → the opening one it closes
# A single quote opens where a word starts after a space or a bracket; the body uses them
# as quote marks when one is seen.
# (the look-behind sits after the mark, so that the scan can skip ahead to marks)
_curly_opening = lazy_pattern(r"‘(?<![^\s(\[—–:]‘)(?=[^\W\d_])")
_straight_opening = lazy_pattern(r"'(?<![^\s(\[—–:]')(?=[^\W\d_])")
# A closing single mark is never followed by a letter or a digit ("it’s"): those
# apostrophes are left out of the scan. (Every alternative opens with a plain character,
# so that the scan can skip ahead to them.)
_marks_and_curly_single = lazy_pattern("’’|''|‘‘|``|“|”|\"|«|»|„|‘|’(?![^\\W_])")
_marks_and_straight_single = lazy_pattern("’’|''|‘‘|``|“|”|\"|«|»|„|'(?![^\\W_])|'(?<![^\\W_]')")
_marks_and_single = lazy_pattern("’’|''|‘‘|``|“|”|\"|«|»|„|‘|’(?![^\\W_])|'(?![^\\W_])|'(?<![^\\W_]')")


def _marks_for(body: str) -> tuple[re.Pattern, bool]:
    """The quote marks to scan for: single marks only of the kinds the body opens quotes
    with (the plain scan is much faster than one that stops at every apostrophe)."""
    curly, straight = _opening_single_marks(body)
    if curly or straight:
        return (_marks_and_single() if curly and straight else (
            _marks_and_curly_single() if curly else _marks_and_straight_single())), True
    # (a search for one character is much faster than for two: most bodies lack one)
    doubled = any(d[0] in body and d in body for d in _DOUBLED)
    return (_marks_and_doubled() if doubled else _MARKS), False


def _mark_spans(body: str, marks: re.Pattern):
    """Where each mark that ``marks`` finds starts and ends, in text order. The plain
    marks are found one character at a time with ``str.find``, which skips ahead much
    faster than the pattern's scan."""
    if marks is not _MARKS:
        return [m.span() for m in marks.finditer(body)]
    found = []
    for ch in _PLAIN_MARKS:
        i = body.find(ch)
        while i >= 0:
            found.append(i)
            i = body.find(ch, i + 1)
    found.sort()
    return [(i, i + 1) for i in found]


def _opening_single_marks(body: str) -> tuple[bool, bool]:
    """Whether a curly and a straight single mark open a quote somewhere in the body."""
    curly = "‘" in body and _curly_opening().search(body) is not None
    # Straight single marks are apostrophes or quotes inside quotes where double marks
    # are used.
    straight = '"' not in body and "“" not in body and (" '" in body or "\n'" in body) and \
        _straight_opening().search(body) is not None
    return curly, straight


def _reopens(mark: str, kind: str) -> bool:
    if kind in _SINGLE:
        return mark == kind
    return mark in _OPEN_MARKS or mark == '"'


def _closes_single(body: str, after: int, pe: int) -> bool:
    """Whether a single mark before ``after`` closes a quote: nothing alphanumeric
    follows it, and it is not the apostrophe of a plural ("the workers’ union")."""
    if after < pe and body[after].isalnum():
        return False
    if body[after - 2:after - 1] == "s" and body[after - 3:after - 2].isalpha() and body[after:after + 1] == " ":
        word = body[after + 1:after + 12].split(" ", 1)[0]
        return not word[:1].islower() or word.rstrip(",.;:") in D.AFTER_CLOSING_WORDS
    return True


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
        s, e = sp.start, sp.end
        if s < ps:
            s = ps
        if e > pe:
            e = pe
        if s >= e:
            continue
        pieces.append(body[pos:s])
        pieces.append("\x00" * (e - s))
        pos = e
    pieces.append(body[pos:pe])
    return "".join(pieces)


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


def _word_count(text: str) -> int:
    """Words in a quote, counted exactly only where it matters (up to three); a slug
    like "george-w-bush" is one word."""
    if len(text) > 60:
        return 3
    count = 0
    for w in text.split():
        if w.isalnum() or _LONG_WORD.search(w):
            count += 1
            if count == 3:
                break
    return count


_speech_words = lazy_pattern(r"\b(?:I|I['’]\w+|we|we['’]\w+|you|you['’]\w+|our|my|me|us|your)\b", re.I)
_SPEECH_END = patterns.compile(r"[.,!?…;:]$")


def _sounds_like_speech(text: str) -> bool:
    """A quote with neither speaker nor cue is kept when it reads like something said: a
    sentence of its own, a first- or second-person word, or eight words or more."""
    return bool(_SPEECH_END.search(text) or len(text.split()) >= 8 or _speech_words().search(text))


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


_GLUED_COMMA = patterns.compile(r",(?=[^\W\d_])")


class _Paragraph:
    """One paragraph, its quotes masked, its sentences, and the attributions read so far
    (sentence by sentence, only when asked for)."""

    __slots__ = ("_padded", "_verb_first_scan", "end", "masked", "nearby", "read", "start", "starts")

    def __init__(self, body: str, ps: int, pe: int, spans: list[_Span]) -> None:
        self.start, self.end = ps, pe
        self.masked = _mask(body, ps, pe, spans) if spans else body[ps:pe]
        self._padded: str | None = None
        self._verb_first_scan: str | None = None
        self.starts = _sentence_starts(body, ps, pe, self.masked)
        self.read: dict[int, list[_Attribution]] = {}
        self.nearby: dict[int | None, _Nearby] = {}     # by sentence; None: the paragraph

    def padded(self) -> str:
        """The masked text with a space in front, for the speaker pattern (made when a
        sentence of the paragraph first has a speech verb)."""
        if self._padded is None:
            # "” ,she mentioned" in spun copy: a comma glued to the next word reads as a
            # space for the speaker pattern (which does not start at commas, for speed)
            masked = self.masked
            self._padded = " " + (_GLUED_COMMA.sub(" ", masked) if _GLUED_COMMA.search(masked) else masked)
        return self._padded

    def verb_first_scan(self) -> str:
        """The text that VERB_FIRST_RE scans: the masked text with (nearly) every NUL
        that a NUL follows made \x01. A NUL followed by a NUL opens no match of the
        pattern (which may open with a NUL: a verb right after a quote), so it finds the
        same verbs, but skips a quote's words much faster. (Made when a sentence of the
        paragraph first has a speech verb.)"""
        if self._verb_first_scan is None:
            masked = self.masked
            self._verb_first_scan = masked.replace("\x00\x00", "\x01\x00").replace("\x00\x01", "\x01\x01") \
                if "\x00" in masked else masked
        return self._verb_first_scan

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding body offset ``pos``."""
        return bisect_right(self.starts, pos - self.start) - 1

    def sentence_range(self, k: int) -> tuple[int, int]:
        lo = self.starts[k]
        hi = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.masked)
        return self.start + lo, self.start + hi


class _Attributor:
    """Finds who speaks: attributions are read per sentence, and only in the sentences
    that hold quotes or that a pronoun has to look back into."""

    def __init__(self, body: str, bounds, spans: list[_Span], people: People) -> None:
        self.body = body
        self.bounds = bounds
        self.spans = spans
        self.people = people
        self.quote_starts = [s.start for s in spans]
        self.by_para: dict[int, list[_Span]] = {}
        for sp in spans:
            if sp.para == sp.last_para:
                self.by_para.setdefault(sp.para, []).append(sp)
            else:
                for pi in range(sp.para, sp.last_para + 1):
                    self.by_para.setdefault(pi, []).append(sp)
        self.paras: dict[int, _Paragraph] = {}
        self.subjects: set[int] = set()          # ids of people seen as speech subjects

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
        masked, starts = p.masked, p.starts
        lo, hi = starts[k], (starts[k + 1] if k + 1 < len(starts) else len(masked))
        verbs = _verb_span(masked, lo - 1 if lo else 0, hi)
        according = masked.find("ccord", lo, hi) >= 0
        if not verbs and not according:
            return got
        matches = []
        if verbs:
            # A speaker ends at its verb and is never longer than _SPEAKER_REACH: the
            # costly pattern only runs from there to the last verb's end. It takes the
            # character before the speaker, so it scans the text with a space in front.
            start = max(lo, verbs[0] - _SPEAKER_REACH)
            base = p.start - 1
            matches = [(m, base) for m in SPEAKER_VERB_RE.finditer(p.padded(), start, verbs[1] + 1)]
            matches += [(m, p.start) for m in _verbs_then_speakers(VERB_FIRST_RE, masked, max(0, lo - 2), hi, True,
                                                                   p.verb_first_scan())]
        if according:
            matches += [(m, p.start) for m in _verbs_then_speakers(_according(), masked, lo, hi, False)]
        if len(matches) > 1:
            matches.sort(key=lambda t: t[0].start("verb") + t[1])
        for m, base in matches:
            a = self._read(m, base, pi)
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

    def _read(self, m: re.Match, base: int, pi: int) -> _Attribution | None:
        """``base`` is the body offset of the scanned text's first character."""
        gd = m.groupdict()
        verb = " ".join(m.group("verb").split())
        if isinstance(m, _VerbThenSpeaker):
            first = m.verb_at                   # the speaker follows the verb
        else:                                   # one speaker group, before the verb
            first = next(m.start(g) for g in _SPEAKER_GROUPS if gd.get(g))
        start, end = base + first, base + m.end()
        person: Person | None = None
        written: str | None = None
        if isinstance(m, _VerbThenSpeaker) and m.lead and _is_object_not_speaker(m):
            return None
        pronoun = gd.get("pron") or _PRONOUN_AS_NAME.get((gd.get("name") or "").lower())
        if gd.get("name") and not pronoun:
            name = clean_name(gd["name"])
            # a known person's name wins over the word lists ("Park said", "Hope said")
            person = self.people.resolve(name if name else gd["name"].strip(), start)
            if person is None and not name:
                person = self.people.office_mention_at(start)   # "The Police Commissioner has said"
            if person is None:
                # "In Beijing, a spokesperson for the ministry, Zhao Minghui, said": the
                # speaker is the name the apposition ends with
                person = self._name_in_apposition(m)
            if person is None and not name:
                # an organisation or a place ("the State Department said"): no person
                return _Attribution(start, end, pi, verb, None, None)
            written = None if person else name
        elif pronoun:
            person = self.antecedent(start, pi, D.PRONOUNS.get(pronoun.lower()))
        elif gd.get("plural") or (gd.get("name") or "").lower() in D.PLURAL_PRONOUNS:
            return _Attribution(start, end, pi, verb, None, None)   # "they said": no one person
        elif gd.get("desc"):
            if _PREPOSITION_BEFORE.search(self.body, max(0, start - 6), start):
                return None             # "Finch of the northern province called": not the subject
            desc = gd["desc"].split()
            if desc[0].lower() in ("his", "her", "its", "their"):
                return None             # "his spokesman said" is rare; "her office said"
            person = None
            if desc[0].lower() == "the":
                person = self.people.last_holder_before(desc[-1].lower(), start) or self.people.office_mention_at(start)
            if desc[0].lower() == "the" and len(desc) == 2 and desc[-1][:1].isupper() and person is None:
                return None             # "the Pentagon said" is fine, "the Blinken" is not
        if person is not None:
            self.subjects.add(id(person))
        return _Attribution(start, end, pi, verb, person, written)

    def _name_in_apposition(self, m: re.Match) -> Person | None:
        """The person named by the last comma-separated part between a speaker that is
        no person ("Beijing", "the ministry") and the verb."""
        between = m.string[m.end("name"):m.start("verb")]
        if "," not in between:
            return None
        for part in reversed(between.split(",")):
            name = clean_name(part.strip())
            if name and name == part.strip():
                person = self.people.resolve(name)
                if person is not None:
                    return person
        return None

    def subject_before(self, pos: int, pi: int, gender: str | None = None) -> tuple[int, Person] | None:
        """The last person who spoke (or was said to speak) before ``pos``, looking back
        over this paragraph and the two before it."""
        for p in range(pi, max(-1, pi - 3), -1):
            para = self.para(p)
            last_k = para.sentence_of(pos) if p == pi else len(para.starts) - 1
            for k in range(last_k, -1, -1):
                for a in reversed(self.in_sentence(p, k)):
                    if a.end <= pos and a.speaker is not None and fits(a.speaker, gender):
                        return p, a.speaker
        return None

    def antecedent(self, pos: int, pi: int, gender: str | None = None) -> Person | None:
        """Who "he" or "she" is: the last person who spoke in this paragraph; else the
        first person named in it as a sentence's subject; else the last person named in
        it; else the last person who spoke in the two paragraphs before; else the last
        person named. People known to be of the other gender are passed over."""
        found = self.subject_before(pos, pi, gender)
        if found is not None and found[0] == pi:
            return found[1]
        first = self.first_named(pi, pos, gender)
        if first is not None:
            return first        # the paragraph's own subject, over an earlier speaker
        named = self.people.last_person_before(pos, self.inside_quote, names_only=True, gender=gender)
        if named is not None and self.named_in(named, self.bounds[pi][0], pos):
            return named
        if found is not None:
            return found[1]
        return self.people.last_person_before(pos, self.inside_quote, gender=gender)

    def introduction(self, pi: int) -> tuple[Person | None, str | None, str | None] | None:
        """Who a paragraph ending in a colon introduces: its last named speaker, else the
        last known person named in it."""
        ps, pe = self.bounds[pi]
        if not self.body[ps:pe].rstrip().endswith(":"):
            return None
        for a in reversed(self.in_paragraph(pi)):
            if a.speaker is not None or a.text:
                return a.speaker, a.text, a.verb
        person = self.people.last_person_before(pe, self.inside_quote)
        if person is not None and self.named_in(person, ps, pe) and self.known_person(person):
            return person, None, None
        return None

    def known_person(self, person: Person) -> bool:
        """Sure enough to be a person to take as a speaker without a cue: named with an
        office, named more than once, or the subject of a speech verb."""
        return bool(person.title) or person.mentions > 1 or id(person) in self.subjects

    def first_named(self, pi: int, end: int, gender: str | None = None) -> Person | None:
        """The first person named as the subject of a sentence of paragraph ``pi`` before
        ``end`` (only capitalised words or office words before the name in its sentence:
        "Committee chairwoman Sen. Priya Raman defended…", not "The attack on Cox…")."""
        para = self.para(pi)

        def opens_a_subject(start: int) -> bool:
            sentence_start = para.start + para.starts[para.sentence_of(start)]
            lead = self.body[sentence_start:start].split()
            return all(w[:1].isupper() or w.lower() in D.OFFICE_WORDS or w.lower().startswith("then-") for w in lead)

        return self.people.first_named(para.start, end, gender, skip=self.inside_quote, subject=opens_a_subject)

    def named_in(self, person: Person, start: int, end: int) -> bool:
        """Whether ``person`` is named between ``start`` and ``end``, outside quotes."""
        return self.people.named_in(person, start, end, skip=self.inside_quote)


def attribute_quotes(body: str, bounds, spans: list[_Span], people: People) -> list[Quote]:
    at = _Attributor(body, bounds, spans, people)
    quotes: list[Quote] = []
    last_speaker: tuple[int, Person | None, str | None] | None = None
    for sp in sorted(spans, key=lambda s: s.start):
        got = _quote_for(sp, body, at, last_speaker)
        if got is None:
            continue
        q, person = got
        quotes.append(q)
        if q.speaker:
            last_speaker = (sp.last_para, person, q.speaker)
    return quotes


def _quote_for(sp: _Span, body: str, at: _Attributor, last_speaker) -> tuple[Quote, Person | None] | None:
    text = body[sp.start:sp.end]
    words = _word_count(text)
    if words == 0 or (" " not in text and _URL_BITS.search(text)):
        return None
    attribution, in_sentence = _best_attribution(sp, at)
    person: Person | None = None
    name: str | None = None
    cue: str | None = None
    if attribution is not None:
        person, name, cue = attribution.speaker, attribution.text, attribution.verb
    if words <= 2 and not _clearly_attributed(sp, body, attribution, in_sentence):
        return None                     # a scare quote, a label or a JSON key, not a statement
    if not (in_sentence and _gap(sp, attribution) <= 3) and _looks_like_a_title(text):
        return None                     # a headline or a work's title, not speech
    if attribution is None and words >= 3:
        ps = at.bounds[sp.para][0]
        person = at.people.last_person_before(sp.start, at.inside_quote)
        introduced = body[max(0, sp.start - 4):sp.start - 1].rstrip().endswith(":")
        if person is not None and not (at.named_in(person, ps, sp.start)
                                       and (introduced or at.known_person(person))):
            person = None       # cue-less: a known person, or one who introduces it ("X had a message:")
        opens_paragraph = sp.start == ps + 1
        if person is None and opens_paragraph and sp.para > 0:
            intro = at.introduction(sp.para - 1)
            if intro is not None:       # "Okafor closed with a warning:" then the quote
                person, name, cue = intro
        if person is None and name is None and last_speaker is not None and opens_paragraph \
                and sp.para - last_speaker[0] == 1:
            _, person, name = last_speaker  # a paragraph that is one more quote from the same voice
    speaker = person.name if person is not None else name
    if speaker is None and cue is None and not _sounds_like_speech(text):
        return None                     # "uncovering waste, fraud and mismanagement": a phrase
    q = Quote(text=text, speaker=speaker, speaker_title=person.title if person is not None else None,
              cue=cue, paragraph=sp.para, start=sp.start, end=sp.end)
    return q, person


_URL_BITS = patterns.compile(r"://|www\.|\.(?:com|org|net|jpg|png)\b")
_LONG_WORD = patterns.compile(r"[^\W\d_][^\W\d_]{2,}")


def _clearly_attributed(sp: _Span, body: str, a: _Attribution | None, in_sentence: bool) -> bool:
    """A one- or two-word quote counts only with a named speaker and a cue close by in
    its own sentence ("Dobrev called the proposal “reckless”")."""
    if a is None or not in_sentence or (a.speaker is None and not a.text) \
            or not _LONG_WORD.search(body, sp.start, sp.end):
        return False
    if body[sp.end + 1:sp.end + 2] == ":":
        return False
    return _gap(sp, a) <= 120


def _gap(sp: _Span, a: _Attribution | None) -> int:
    if a is None:
        return 1 << 30
    return sp.start - a.end if a.end <= sp.start else a.start - sp.end


def nearest_by_reading(sp: _Span, items: list[_Attribution],
                       after_counts_double: bool = False) -> tuple[int, _Attribution] | None:
    """What :meth:`_Nearby.nearest` answers, found by reading every attribution in turn."""
    best = None
    for a in items:
        if a.start < sp.end and a.end > sp.start:
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

    def nearest(self, sp: _Span, after_counts_double: bool = False) -> tuple[int, _Attribution] | None:
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
        if j < len(self.starts):
            gap = self.starts[j] - sp.end
            after = (gap * 2 + 1 if after_counts_double else gap, self.by_start[j])
        best = min(c for c in (before, after) if c is not None) if before or after else None
        return (best[0], self.items[best[1]]) if best else None


def _best_in_paragraph(sp: _Span, at: _Attributor, p: _Paragraph) -> tuple[_Attribution | None, bool] | None:
    """What :func:`_best_attribution` answers for a quote within one sentence of
    paragraph ``p`` (None for a quote over more sentences), read straight from the
    paragraph's lists."""
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


def _best_attribution(sp: _Span, at: _Attributor) -> tuple[_Attribution | None, bool]:
    """The attribution in the quote's sentence nearest to it; else the nearest one in its
    paragraph (a quote split around "she said" gets the same voice), one before the quote
    preferred."""
    close = at.paras.get(sp.last_para) or at.para(sp.last_para)
    if sp.para == sp.last_para:
        found = _best_in_paragraph(sp, at, close)
        if found is not None:
            return found
    best: _Attribution | None = None
    best_gap = None
    k_close = close.sentence_of(sp.end)
    k_open = close.sentence_of(sp.start) if sp.para == sp.last_para else None
    if k_open == k_close:               # most quotes: within one sentence
        near = at.nearby(sp.para, k_close).nearest(sp)
        if near is not None:
            return near[1], True
    else:
        # (in the set's order, as ever: at equal gaps the sentence read first wins, and
        # the order of reading decides who has been seen speaking when a later quote asks)
        sentences = {(sp.last_para, k_close)}
        if k_open is not None:
            sentences.update((sp.para, k) for k in range(k_open, k_close))
        else:
            sentences.add((sp.para, at.para(sp.para).sentence_of(sp.start)))
        for pi, k in sentences:
            near = at.nearby(pi, k).nearest(sp)
            if near is not None and (best_gap is None or near[0] < best_gap):
                best_gap, best = near
        if best is not None:
            return best, True
    paras = {sp.para, sp.last_para}
    for pi in paras:
        near = at.nearby(pi).nearest(sp, after_counts_double=True)
        if near is not None and (best_gap is None or near[0] < best_gap):
            best_gap, best = near
    return best, False
