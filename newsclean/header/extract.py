"""The text header: headline, section labels, byline and date from the first lines of an
article, and its standfirst.

Each of the first lines is of one kind in LINE_KINDS (a breadcrumb, a byline, the
headline, a section label, the first line of the story, …), the first whose test holds;
what the header takes from the text is recorded like any other removal."""
from __future__ import annotations

import re

from .. import patterns
from ..clean.cleaner import cut_inline, fix_paragraph, is_link_title, match_paragraph_rule, word_count
from ..clean.rules import SECTION_RULES
from ..model import Header, Removal
from .bylines import parse_byline
from .data import NOT_CATEGORIES, NOT_LABEL_WORDS
from .titles import (
    breadcrumb_labels,
    category_labels,
    is_label_like,
    is_section_label,
    is_title_case,
    split_title,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which a one-file run need not load
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Literal

    # What the header does with a line of a kind: takes it out of the body, leaves it in the
    # body and reads on, or leaves it there and ends the header.
    Does = Literal["take", "leave", "end"]


# How far down the text the header (labels, headline, byline, date) may reach.
HEADER_SCAN = 10
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 250
DEK_MIN_WORDS, DEK_MAX_WORDS = 8, 32

_NOT_DEK = patterns.compile(
    r"[“”\"]|\b(?:said|says|told|announced|according to|reported"
    r"|(?:on |last |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|yesterday|today|tonight)\b",
    re.I)
_SENTENCE_BREAK = patterns.compile(r"[a-z0-9)”\"][.!?…]+\s+[A-Z“\"]")
_SENTENCE_STOP = patterns.compile(r"[.!?](?:\s|$)")


class TextHeader:
    """What the first lines of a text give: the header (the declared fields kept, the
    rest found in the lines), the body below it, and the lines taken out."""

    __slots__ = ("body", "header", "removed")

    def __init__(self, header: Header, body: list[str], removed: list[Removal]) -> None:
        self.header = header
        self.body = body
        self.removed = removed


def add_categories(header: Header, labels: list[str]) -> None:
    """Add section labels to ``header.categories``, each once (case aside), leaving out
    the words that are never a section ("Home")."""
    for label in labels:
        label = label.strip(" :|»›>")
        folded = label.lower()
        if label and folded not in {c.lower() for c in header.categories} and folded not in NOT_CATEGORIES:
            header.categories.append(label)


def extract_header(paragraphs: list[str], declared: Header | None = None) -> TextHeader:
    """Take labels, headline, byline and date lines from the top of ``paragraphs``.

    The fields ``declared`` holds (from front matter or page metadata) are kept; a line
    that repeats the declared headline is still taken out of the body."""
    declared = declared or Header()
    header = Header(authors=list(declared.authors), published=declared.published, dek=declared.dek)
    if declared.headline:
        header.headline, title_sections = split_title(fix_paragraph(declared.headline), page_title=True)
        add_categories(header, title_sections)
    add_categories(header, declared.categories)
    reading = HeaderReading(header, paragraphs, _fold(header.headline) if header.headline else None)
    taken = _take_header_lines(reading)
    add_categories(header, reading.labels)
    taken_at = {line.at for line in taken}
    body = [p for i, p in enumerate(paragraphs) if i not in taken_at]
    return TextHeader(header, body, [line.removal for line in taken])


# The records below are slotted classes written out rather than dataclasses: the four
# dataclasses took about 3 ms to create at import, which every one-file run would pay.

class HeaderReading:
    """What the lines read so far have told about the header; the line kinds' uses
    are its methods."""

    __slots__ = ("header", "in_header", "in_section", "known_headline", "labels", "paragraphs")

    def __init__(self, header: Header, paragraphs: list[str], known_headline: str | None) -> None:
        self.header = header
        self.paragraphs = paragraphs
        self.known_headline = known_headline  # the declared headline (folded) until a line repeats it
        self.in_header = True  # False once a line of the story is met: below it only a few kinds are looked for
        self.labels: list[str] = []  # section labels, added after every other category
        self.in_section = False  # under a "Related" or "Story highlights" heading: its link titles follow

    def add_categories(self, line: HeaderLine, labels: list[str]) -> None:
        add_categories(self.header, labels)

    def add_byline(self, line: HeaderLine, byline: tuple[list[str], str | None]) -> None:
        names, date = byline
        self.header.authors.extend(n for n in names if n not in self.header.authors)
        self.header.published = self.header.published or date

    def add_repeat_sections(self, line: HeaderLine, sections: list[str]) -> None:
        add_categories(self.header, sections)
        self.known_headline = None  # taken out once

    def hold_label(self, line: HeaderLine, found: object) -> None:
        self.labels.append(line.text)

    def set_headline(self, line: HeaderLine, title: tuple[str, list[str]]) -> None:
        self.header.headline, sections = title
        add_categories(self.header, sections)


class HeaderLine:
    """One of the first paragraphs, its inline artifacts cut, as the line kinds read it.
    What several kinds ask of a line is worked out once, when first asked."""

    __slots__ = ("_headline_like", "_next", "_next_read", "at", "paragraphs", "text")

    def __init__(self, text: str, at: int, paragraphs: list[str]) -> None:
        self.text = text
        self.at = at  # the paragraph's index
        self.paragraphs = paragraphs
        self._headline_like: bool | None = None
        self._next: str | None = None
        self._next_read = False

    def could_be_headline(self) -> bool:
        if self._headline_like is None:
            self._headline_like = could_be_headline(self.text)
        return self._headline_like

    def next_text(self) -> str | None:
        """The first of the next ``NEXT_TEXT_SCAN`` paragraphs that holds text other than an artifact."""
        if not self._next_read:
            self._next, self._next_read = _next_text(self.paragraphs, self.at), True
        return self._next


class LineKind:
    """A kind of line at the top of an article.

    ``test`` gives what the line holds (labels, names and date, a title split), or None
    when the line is not of this kind; ``use`` puts that into the header; ``does`` says
    whether the line is taken out of the body (recorded as a removal under ``rule``),
    left in it, or left in it as the end of the header. ``below_header`` kinds are looked
    for under the first line of the story too."""

    __slots__ = ("below_header", "does", "name", "reason", "rule", "test", "use")

    def __init__(self, name: str, test: Callable[[HeaderReading, HeaderLine], Any], does: Does, reason: str, *,
                 use: Callable[[HeaderReading, HeaderLine, Any], None] | None = None, rule: str = "",
                 below_header: bool = False) -> None:
        self.name = name
        self.test = test
        self.does = does
        self.reason = reason
        self.use = use
        self.rule = rule
        self.below_header = below_header

    def __repr__(self) -> str:
        return f"LineKind({self.name!r}, does={self.does!r}, rule={self.rule!r})"


class TakenLine:
    """A line the header takes out of the body: the paragraph's index, and its removal."""

    __slots__ = ("at", "removal")

    def __init__(self, at: int, removal: Removal) -> None:
        self.at = at
        self.removal = removal


def _take_header_lines(reading: HeaderReading) -> list[TakenLine]:
    """Read each of the first lines as the first kind of LINE_KINDS whose test holds."""
    taken = []
    for at, raw in enumerate(reading.paragraphs[:HEADER_SCAN]):
        text = cut_inline(raw).text.strip()
        if not text:
            continue
        line = HeaderLine(text, at, reading.paragraphs)
        for kind in LINE_KINDS if reading.in_header else _BELOW_HEADER_KINDS:
            found = kind.test(reading, line)
            if found is None:
                continue
            if kind.use is not None:
                kind.use(reading, line, found)
            if kind.does == "take":
                taken.append(TakenLine(at, Removal(kind.rule, text)))
            elif kind.does == "end":
                reading.in_header = False
            break
    return taken


# The tests of LINE_KINDS. A test gives None when the line is not of its kind.


def _breadcrumb(reading: HeaderReading, line: HeaderLine) -> list[str] | None:
    return breadcrumb_labels(line.text) or None


def _category_line(reading: HeaderReading, line: HeaderLine) -> list[str] | None:
    return category_labels(line.text)


def _byline(reading: HeaderReading, line: HeaderLine) -> tuple[list[str], str | None] | None:
    return parse_byline(line.text)


def _repeated_headline(reading: HeaderReading, line: HeaderLine) -> list[str] | None:
    return _headline_repeat(line.text, reading.known_headline) if reading.known_headline else None


def _artifact(reading: HeaderReading, line: HeaderLine) -> bool | None:
    text = line.text
    if match_paragraph_rule(text, SECTION_RULES) is not None:
        reading.in_section = True
        return True
    if reading.in_section and is_link_title(text):
        return True  # a link title or a point under the heading, which the cleaner takes with it
    hit = match_paragraph_rule(text)
    reading.in_section = hit is not None and hit.opens_section
    return True if hit is not None else None


def _label_under_headline(reading: HeaderReading, line: HeaderLine) -> bool | None:
    return True if reading.header.headline is not None and is_section_label(line.text) else None


def _lead_in(reading: HeaderReading, line: HeaderLine) -> bool | None:
    text = line.text
    return True if reading.header.headline is None and text.endswith(":") and word_count(text) <= 8 else None


def _lone_line(reading: HeaderReading, line: HeaderLine) -> bool | None:
    lone = reading.header.headline is None and line.could_be_headline() and line.next_text() is None
    return True if lone else None


def _label_above_headline(reading: HeaderReading, line: HeaderLine) -> bool | None:
    if reading.header.headline is not None or not line.could_be_headline():
        return None
    following = line.next_text()
    if following is None:
        return None
    text = line.text
    return True if is_section_label(text) or (is_label_like(text) and could_be_headline(following)) else None


def _headline(reading: HeaderReading, line: HeaderLine) -> tuple[str, list[str]] | None:
    if reading.header.headline is not None or not line.could_be_headline() or line.next_text() is None:
        return None
    return split_title(fix_paragraph(line.text))


def _any_line(reading: HeaderReading, line: HeaderLine) -> bool:
    return True


# The kinds of line at the top of an article, in the order they are tried: the first
# whose test holds decides what becomes of the line.
LINE_KINDS: tuple[LineKind, ...] = (
    LineKind("breadcrumb", _breadcrumb, "take", "a trail of section links: Home » Politics » Europe",
             use=HeaderReading.add_categories, rule="breadcrumb", below_header=True),
    LineKind("category_line", _category_line, "take", "Category: Politics, Europe (also lower down)",
             use=HeaderReading.add_categories, rule="category_line", below_header=True),
    LineKind("byline", _byline, "take", "By Marta Kowal | March 14, 2024, or a date stamp (also lower down)",
             use=HeaderReading.add_byline, rule="byline", below_header=True),
    LineKind("repeated_headline", _repeated_headline, "take",
             "the headline the page or front matter declared, shown again (maybe with its suffixes)",
             use=HeaderReading.add_repeat_sections, rule="headline"),
    LineKind("artifact", _artifact, "leave", "an artifact above the headline: the cleaner takes it"),
    LineKind("label_under_headline", _label_under_headline, "take", "a section label under the headline",
             use=HeaderReading.hold_label, rule="section_label"),
    LineKind("lead_in", _lead_in, "leave", "a lead-in such as 'According to the agency:' above the title"),
    LineKind("lone_line", _lone_line, "end", "a short line with no text after it is the story, not its title"),
    LineKind("label_above_headline", _label_above_headline, "take",
             "a section label, or a short capitalised line above a headline",
             use=HeaderReading.hold_label, rule="section_label"),
    LineKind("headline", _headline, "take", "a short line, not a finished sentence of prose, with text after it",
             use=HeaderReading.set_headline, rule="headline"),
    LineKind("story", _any_line, "end", "any other line: the story has begun"),
)
_BELOW_HEADER_KINDS = tuple(kind for kind in LINE_KINDS if kind.below_header)


def could_be_headline(text: str) -> bool:
    """Short, one line, and not a finished sentence of prose (unless Title Cased)."""
    if len(text) > HEADLINE_MAX_CHARS or word_count(text) > HEADLINE_MAX_WORDS:
        return False
    words = text.split()
    if text.endswith(":") or (len(words) <= 3 and words[0].lower().strip(":") in NOT_LABEL_WORDS):
        return False  # a lead-in ("According to X:") or widget text ("Share Facebook")
    if is_title_case(text):
        return True
    if _SENTENCE_BREAK.search(text):
        return False  # two sentences: prose
    bare = text.rstrip("”\"’')] ")
    return not (bare.endswith((".", "…", "...")) and word_count(text) > 8)


# How far below a line its next text is looked for: a few ad-slot and widget lines may
# stand between a headline and the story.
NEXT_TEXT_SCAN = 6


def _next_text(paragraphs: list[str], at: int) -> str | None:
    for raw in paragraphs[at + 1:at + 1 + NEXT_TEXT_SCAN]:
        text = cut_inline(raw).text.strip()
        if text and match_paragraph_rule(text) is None:
            return text
    return None


_WORDS = patterns.compile(r"\w+")


def _fold(text: str) -> str:
    """The words of ``text``, lower-cased, one space apart: what two renderings of a
    headline have in common."""
    return " ".join(_WORDS.findall(text.lower()))


def _headline_repeat(text: str, folded_headline: str) -> list[str] | None:
    """The section labels split off ``text`` when it, or its title part, repeats the
    known headline (``folded_headline``, as :func:`_fold` gives it); else None."""
    if _fold(text) == folded_headline:
        return split_title(text)[1]
    head, sections = split_title(text)
    return sections if _fold(head) == folded_headline else None


def find_dek(body: list[str]) -> str | None:
    """The standfirst: a lone summary sentence opening the body, without attribution."""
    if len(body) < 3:
        return None
    first = body[0]
    words = word_count(first)
    if not DEK_MIN_WORDS <= words <= DEK_MAX_WORDS or not first.endswith((".", "!", "?")):
        return None
    if ":" in first[:40] or first[:1].islower():
        return None  # a labelled line ("Tested by: …") or a fragment
    if len(_SENTENCE_STOP.findall(first)) > 1:
        return None
    if _NOT_DEK.search(first):
        return None  # quotes, attribution or a news peg: the lead, not a standfirst
    return first


def footer_categories(label_lines: list[str]) -> list[str]:
    """Labels from the "Filed under: …" / "Posted in …" lines the cleaner took out
    further down the article (``Cleaned.label_lines``)."""
    labels: list[str] = []
    for line in label_lines:
        labels.extend(category_labels(line) or [])
    return labels
