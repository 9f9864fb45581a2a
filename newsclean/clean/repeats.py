"""Text that is in the article twice: what goes, and what only looks repeated.

Three kinds of repeat are debris:

* a paragraph that repeats an earlier one word for word (a scraper that caught the story
  twice, an ad placeholder in every slot), or the headline (:class:`Dedupe`, and
  :class:`LetterCountDedupe`, the one cleaning uses);
* a *related-story card*: a story title, a short label, the same title again (an
  image's alt text, the section's kicker and the link, flattened) (:func:`related_cards`);
* a *pull quote*: a short paragraph whose words stand, in order, inside a longer one
  (:func:`pull_quotes`).

Only a sentence of prose said twice is a repeat: a line that is no sentence recurs in
content that is made of such lines (a meal plan's "Eat every 2-3 hours" each day, the
same dish on two days, a sub-heading). And never a list item ("• Sgt. Ana Ruiz, 24"),
a field line of a fact box ("Position: Court of Appeals"), a short sentence ("Yes."),
or a line whose case differs (an upper-case heading names what a list item lists).
"""
from __future__ import annotations

from bisect import bisect_right

from .. import patterns
from .rules import word_count

__all__ = [
    "DUPLICATE_MIN_WORDS",
    "Dedupe",
    "HeadlineMatch",
    "LetterCountDedupe",
    "dedupe_key",
    "is_doubled_line",
    "is_list_or_field",
    "letter_counts",
    "pull_quotes",
    "related_cards",
]

_NON_WORD = patterns.compile(r"\W+")
DUPLICATE_MIN_WORDS = 6  # a shorter sentence may well repeat ("Yes.", "He said no.")
_SENTENCE_END = patterns.compile(r"[.!?…][\"”’)\]]*$")
# A list item (a bullet, a dash or a number opening it) or a field line of a fact box
# ("Born: 1963", "Position: Court of Appeals for the Eighth Circuit"): content however often it recurs.
_LIST_ITEM = patterns.compile(r"[•·▪◦‣►▶●○■□*+\-–—]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s")
_FIELD_LINE = patterns.compile(r"[A-Z][\w’'/&-]{0,30}(?: [\w’'/&-]{1,30}){0,3}:\s")
FIELD_LINE_MAX_WORDS = 20


def dedupe_key(paragraph: str) -> str:
    """The paragraph's words, one space apart, in their case: punctuation and spacing do
    not make a repeated paragraph new, but case does (a heading in capitals and the list
    item it names are two lines)."""
    return _NON_WORD.sub(" ", paragraph).strip(" ")


def is_list_or_field(paragraph: str) -> bool:
    """A list item or a fact box's field line: never dropped as a repeat."""
    if _LIST_ITEM.match(paragraph):
        return True
    return _FIELD_LINE.match(paragraph) is not None and word_count(paragraph) <= FIELD_LINE_MAX_WORDS


def _droppable(paragraph: str) -> bool:
    """A repeat of this paragraph is debris: a sentence of prose, neither a list item nor a field line."""
    return (_SENTENCE_END.search(paragraph) is not None and word_count(paragraph) >= DUPLICATE_MIN_WORDS
            and not is_list_or_field(paragraph))


class Dedupe:
    """The paragraphs kept so far, by :func:`dedupe_key`."""

    __slots__ = ("_keys",)

    def __init__(self) -> None:
        self._keys: set[str] = set()

    def is_repeat(self, paragraph: str) -> bool:
        """Whether a kept paragraph has the same words (then ``paragraph`` goes), else keep it."""
        key = dedupe_key(paragraph)
        if key in self._keys:
            return _droppable(paragraph)
        self._keys.add(key)
        return False


class LetterCountDedupe:
    """:class:`Dedupe`, building a paragraph's key only when needed: the one cleaning uses.

    A key costs a regular-expression pass over the paragraph. Paragraphs with the same
    key hold the same number of each letter (the key keeps every letter), so a
    paragraph's key is built only once a later one has the same counts of e and t.
    What it buys: ``benchmarks/library.py --baseline`` (main) x0.89 with :class:`Dedupe`,
    x0.96 with this one (keys are about 7% of ``process()``)."""

    __slots__ = ("_keyed_counts", "_keys", "_unkeyed")

    def __init__(self) -> None:
        self._unkeyed: dict[tuple[int, int], list[str]] = {}  # letter counts -> paragraphs not keyed yet
        self._keyed_counts: set[tuple[int, int]] = set()
        self._keys: set[str] = set()

    def is_repeat(self, paragraph: str) -> bool:
        """Whether a kept paragraph has the same words (then ``paragraph`` goes), else keep it."""
        counts = letter_counts(paragraph)
        unkeyed = self._unkeyed.pop(counts, None)
        if unkeyed is None and counts not in self._keyed_counts:
            self._unkeyed[counts] = [paragraph]
            return False
        self._keyed_counts.add(counts)
        self._keys.update(map(dedupe_key, unkeyed or ()))
        key = dedupe_key(paragraph)
        if key in self._keys:
            return _droppable(paragraph)
        self._keys.add(key)
        return False


def letter_counts(paragraph: str) -> tuple[int, int]:
    """How many e's and t's, either case: equal for paragraphs with the same dedupe key."""
    return paragraph.count("e") + paragraph.count("E"), paragraph.count("t") + paragraph.count("T")


# A site's name after the headline: "Pier to close – Harbour Daily".
_SITE_SUFFIX = patterns.compile(r"\s(?:[-–—|:·]|::)\s[^-–—|:·]{1,60}$")


class HeadlineMatch:
    """Whether a paragraph is the headline again, or the headline without a site name
    after it (its words, as :func:`dedupe_key` reads them): a key is built only for a
    paragraph with the letter counts of one of them."""

    __slots__ = ("_forms", "_longest")

    def __init__(self, headline: str | None) -> None:
        forms = [headline, _SITE_SUFFIX.sub("", headline)] if headline else []
        self._forms = {letter_counts(form): dedupe_key(form) for form in forms if form}
        # the longest a repeat can be: the headline, with room for spacing and punctuation
        self._longest = 2 * len(headline) + 8 if headline else -1

    def __call__(self, paragraph: str) -> bool:
        if len(paragraph) > self._longest:  # nearly every paragraph: longer than any headline
            return False
        key = self._forms.get(letter_counts(paragraph))
        return key is not None and dedupe_key(paragraph) == key


DOUBLED_LINE_MIN_WORDS = 4


def is_doubled_line(paragraph: str) -> bool:
    """A line that, said again right after itself, is a scraper's double whether or not
    it is a sentence (a heading caught twice); short replies ("No. No.") and list items
    may well repeat."""
    return word_count(paragraph) >= DOUBLED_LINE_MIN_WORDS and not is_list_or_field(paragraph)


# --- related-story cards -----------------------------------------------------------

CARD_TITLE_MAX_WORDS = 25
CARD_LABEL_MAX_WORDS = 5


def _is_card_label(line: str) -> bool:
    """A section kicker: a few words, in capitals, not a sentence ("THE TWO-WAY")."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and line.upper() == line and word_count(line) <= CARD_LABEL_MAX_WORDS and line[-1] != "."


def related_cards(paragraphs: list[str]) -> list[int]:
    """The indexes of the paragraphs that make related-story cards: a title, a label in
    capitals, the same title again. (A story never says the same line around a kicker.)"""
    taken: list[int] = []
    i, end = 0, len(paragraphs) - 2
    while i < end:
        if paragraphs[i] == paragraphs[i + 2] and _is_card_label(paragraphs[i + 1]) and \
                word_count(paragraphs[i]) <= CARD_TITLE_MAX_WORDS:
            taken += (i, i + 1, i + 2)
            i += 3
        else:
            i += 1
    return taken


# --- pull quotes ---------------------------------------------------------------------

PULL_QUOTE_MIN_WORDS = 6
PULL_QUOTE_UNFINISHED_MIN_WORDS = 10  # shorter, and not a finished sentence: a sub-heading
PULL_QUOTE_MAX_WORDS = 40
PULL_QUOTE_MIN_CHARS = 30
PULL_QUOTE_MAX_CHARS = 300  # a pull quote is a line or two
PULL_QUOTE_REACH = 12  # paragraphs either side: a pull quote is set near the paragraph it quotes
# Past this many paragraphs the text is no article to look for pull quotes in (each
# candidate is looked for in the whole text once).
PULL_QUOTE_MAX_PARAGRAPHS = 400
_EDGE = " \"'“”‘’«».,;:!?…-–—()[]*"
_ENDINGS = ".!?…\"”’)]"  # the last character of a finished sentence (the pattern's, looked at alone)


def _is_title_case(paragraph: str) -> bool:
    """Most words capitalised: a sub-heading, which a sentence may well contain."""
    words = paragraph.split()
    return sum(w[:1].isupper() for w in words) * 3 > len(words) * 2


def _could_be_pull_quote(paragraph: str, words: int) -> bool:
    """Six to forty words, a finished sentence unless ten words or more (a sub-heading is
    short and unfinished); no list item, field line or Title Cased heading."""
    if not PULL_QUOTE_MIN_WORDS <= words <= PULL_QUOTE_MAX_WORDS:
        return False
    if words < PULL_QUOTE_UNFINISHED_MIN_WORDS and _SENTENCE_END.search(paragraph) is None:
        return False
    return not (is_list_or_field(paragraph) or _is_title_case(paragraph))


def pull_quotes(paragraphs: list[str]) -> list[int]:
    """The indexes of pull quotes: paragraphs that could be one (:func:`_could_be_pull_quote`)
    found, edge punctuation and the case of their first letter aside, inside a longer
    paragraph of prose (a finished sentence) of the same article.

    Each candidate is looked for once, as it is written (``str.count`` in C; lower-casing
    the text first cost as much as all the searches), in the paragraphs near it: the
    cost of the step grows with an article's length, not with its square."""
    if len(paragraphs) > PULL_QUOTE_MAX_PARAGRAPHS:
        return []
    joined = "\n".join(paragraphs)
    starts, at = [], 0
    for p in paragraphs:
        starts.append(at)
        at += len(p) + 1
    found: list[int] = []
    for i, paragraph in enumerate(paragraphs):
        if len(paragraph) > PULL_QUOTE_MAX_CHARS:
            continue
        spaces = paragraph.count(" ")  # the words, give or take, as cheap as can be
        if spaces + 1 < PULL_QUOTE_MIN_WORDS or (
                spaces + 1 < PULL_QUOTE_UNFINISHED_MIN_WORDS and paragraph[-1:] not in _ENDINGS):
            continue
        core = paragraph.strip(_EDGE)[1:]  # its first letter may be a capital only here
        if len(core) < PULL_QUOTE_MIN_CHARS:
            continue
        lo, hi = starts[max(0, i - PULL_QUOTE_REACH)], starts[min(len(starts) - 1, i + PULL_QUOTE_REACH)]
        hi += PULL_QUOTE_MAX_CHARS * 8
        if joined.count(core, lo, hi) >= 2:  # most are found once: their own
            if _could_be_pull_quote(paragraph, len(paragraph.split())) and \
                    _found_in_a_longer_paragraph(core, i, joined, starts, paragraphs):
                found.append(i)
        elif _is_named_pull_quote(i, joined, (lo, hi), starts, paragraphs):
            found.append(i)
    return found


# A pull quote may name whom the sentence it repeats calls "he" or "it": "Etsy needs more
# makers" set beside "… It needs more makers". The name is one to three capitalised words
# opening the pull quote, the pronoun the word before the repeated rest in the body.
_NAMED_OPENING = patterns.compile(r"[\"“‘']?(?:[A-Z][\w.&'’-]{0,30} ){1,3}(?=[a-z])")
_PRONOUN_BEFORE = patterns.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey) \Z")


def _is_named_pull_quote(own: int, joined: str, window: tuple[int, int], starts: list[int],
                         paragraphs: list[str]) -> bool:
    """Whether paragraph ``own`` is a pull quote that puts a name where the sentence it
    repeats, in a longer paragraph within ``window``, has a pronoun."""
    paragraph = paragraphs[own]
    name = _NAMED_OPENING.match(paragraph)
    if name is None:
        return False
    rest = paragraph[name.end():].rstrip(_EDGE)
    if len(rest) < PULL_QUOTE_MIN_CHARS or joined.count(rest, *window) < 2:
        return False
    if not _could_be_pull_quote(paragraph, len(paragraph.split())):
        return False
    at = joined.find(rest, *window)
    while at >= 0:
        j = bisect_right(starts, at) - 1
        longer = paragraphs[j]
        if j != own and len(longer) > len(paragraph) and _SENTENCE_END.search(longer) is not None and \
                _PRONOUN_BEFORE.search(joined, max(starts[j], at - 6), at) is not None:
            return True
        at = joined.find(rest, at + 1, window[1])
    return False


def _found_in_a_longer_paragraph(core: str, own: int, joined: str, starts: list[int], paragraphs: list[str]) -> bool:
    """Whether ``core`` (a paragraph's text but its first letter) stands in a longer
    paragraph of prose, after the same letter in either case."""
    first = paragraphs[own].strip(_EDGE)[:1].lower()
    at = joined.find(core)
    while at >= 0:  # (the first letter and the paragraph around each place it stands)
        j = bisect_right(starts, at) - 1
        longer = paragraphs[j]
        if j != own and len(longer) > len(paragraphs[own]) and joined[at - 1:at].lower() == first and \
                _SENTENCE_END.search(longer) is not None:
            return True
        at = joined.find(core, at + 1)
    return False
