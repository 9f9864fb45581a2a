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
from .bylines import credit_names, is_date_line, parse_byline
from .data import HIGHLIGHTS_LABELS, NOT_CATEGORIES, NOT_LABEL_WORDS, SCRIPT_LANGUAGES, SHARE_DEBRIS
from .titles import (
    FEED_FOOTER_PARAGRAPHS,
    breadcrumb_labels,
    category_labels,
    feed_title,
    is_label_like,
    is_section_label,
    is_title_case,
    label_trail,
    split_title,
    title_after_caption,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which a one-file run need not load
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Literal

    # What the header does with a line of a kind: takes it out of the body, leaves it in the
    # body and reads on, or leaves it there and ends the header.
    Does = Literal["take", "leave", "end"]


# How far below a line its next text is looked for: a few ad-slot and widget lines may
# stand between a headline and the story.
NEXT_TEXT_SCAN = 6
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
# A Markdown heading of the first two levels: "# Council approves the budget".
_MARKDOWN_HEADING = patterns.compile(r"#{1,2}\s{1,8}(?P<title>[^#].{0,300}?)(?:\s{1,8}#{1,6})?")
_SHARE_DEBRIS = patterns.compile(SHARE_DEBRIS, re.I)
_HIGHLIGHTS = patterns.compile(r"(?:" + "|".join(HIGHLIGHTS_LABELS) + r")\b\W{0,3}", re.I)
_LINK = patterns.compile(r"\S{0,300}(?:://|www\.)\S{0,2000}")
# How a line ends that is a finished sentence, or a lead-in to what follows.
_FINISHED = (".", "!", "?", "…", ":", "\"", "”", "’", "'", ")")

# A standfirst or kicker set above the headline (see _above_headline): the headline under
# it is HEADLINE_UNDER_MIN_WORDS to HEADLINE_UNDER_MAX_WORDS words, a standfirst at least
# STANDFIRST_ABOVE_MIN_WORDS, a kicker that the story repeats at least KICKER_MIN_WORDS.
HEADLINE_UNDER_MIN_WORDS, HEADLINE_UNDER_MAX_WORDS = 4, 20
STANDFIRST_ABOVE_MIN_WORDS = 15
KICKER_MIN_WORDS = 5
STORY_MIN_WORDS = 12  # the paragraph under such a headline is the story's first
SHARE_LINE_MAX_WORDS = 30
LEAD_IN_MAX_WORDS = 9  # "According to the agency:"; a longer Title Cased line ending with a colon is a headline


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


def extract_header(paragraphs: list[str], declared: Header | None = None, *, guess_headline: bool = True) -> TextHeader:
    """Take labels, headline, byline and date lines from the top of ``paragraphs``.

    The fields ``declared`` holds (from front matter or page metadata) are kept; a line
    that repeats the declared headline is still taken out of the body. Without
    ``guess_headline`` (the lines of a page or fragment, whose markup says which is the
    headline) no line is read as the headline unless it repeats the declared one."""
    declared = declared or Header()
    header = Header(authors=list(declared.authors), published=declared.published, dek=declared.dek,
                    language=declared.language)
    if declared.headline:
        header.headline = fix_paragraph(declared.headline)
    else:
        header.headline = _feed_title(paragraphs)
    add_categories(header, declared.categories)
    reading = HeaderReading(header, HeaderParagraphs(paragraphs), _fold(header.headline) if header.headline else None)
    reading.guess_headline = guess_headline
    taken = _take_header_lines(reading)
    add_categories(header, reading.labels)
    taken_at = {line.at for line in taken}
    body = [p for i, p in enumerate(paragraphs) if i not in taken_at]
    return TextHeader(header, body, [line.removal for line in taken])


def _feed_title(paragraphs: list[str]) -> str | None:
    """The title a feed item's footer names (``The post … appeared first on …``): the
    item's own title, trusted as a declared one."""
    for raw in reversed(paragraphs[-FEED_FOOTER_PARAGRAPHS:]):
        title = feed_title(raw)
        if title:
            return fix_paragraph(title)
    return None


# The records below are slotted classes written out rather than dataclasses: the four
# dataclasses took about 3 ms to create at import, which every one-file run would pay.

class HeaderReading:
    """What the lines read so far have told about the header; the line kinds' uses
    are its methods."""

    __slots__ = ("guess_headline", "header", "in_header", "in_section", "known_headline", "labels", "paragraphs")

    def __init__(self, header: Header, paragraphs: HeaderParagraphs, known_headline: str | None) -> None:
        self.header = header
        self.paragraphs = paragraphs
        self.known_headline = known_headline  # the declared headline (folded) until a line repeats it
        self.in_header = True  # False once a line of the story is met: below it only a few kinds are looked for
        self.labels: list[str] = []  # section labels, added after every other category
        self.guess_headline = True  # whether a line may be read as the headline
        self.in_section = False  # under a "Related" or "Story highlights" heading: its link titles follow

    def may_guess(self) -> bool:
        """Whether the headline is still to be found in the lines."""
        return self.header.headline is None and self.guess_headline

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

    def hold_labels(self, line: HeaderLine, labels: list[str]) -> None:
        self.labels.extend(labels)

    def set_headline_and_dek(self, line: HeaderLine, found: tuple[str, str | None]) -> None:
        self.header.headline, dek = found
        self.header.dek = self.header.dek or dek

    def hold_standfirst(self, line: HeaderLine, found: str | bool) -> None:
        if isinstance(found, str):
            self.header.dek = self.header.dek or found


class HeaderParagraphs:
    """The article's paragraphs as the header reads them: what it asks of a paragraph
    (its text with the inline artifacts cut, whether that text is an artifact, its words
    folded) is worked out once, when first asked, where each line used to work it out
    again for the paragraphs after it."""

    __slots__ = ("_cut", "_folded", "_holds_text", "raw")

    def __init__(self, raw: list[str]) -> None:
        self.raw = raw
        self._cut: dict[int, str] = {}
        self._holds_text: dict[int, bool] = {}
        self._folded: dict[int, str] = {}

    def cut(self, i: int) -> str:
        """Paragraph ``i`` with its inline artifacts cut, stripped."""
        text = self._cut.get(i)
        if text is None:
            text = self._cut[i] = cut_inline(self.raw[i]).text.strip()
        return text

    def holds_text(self, i: int) -> bool:
        """Whether paragraph ``i`` holds text other than an artifact."""
        found = self._holds_text.get(i)
        if found is None:
            text = self.cut(i)
            found = self._holds_text[i] = bool(text) and match_paragraph_rule(text) is None
        return found

    def next_at(self, at: int, reach: int = 3) -> tuple[int, str] | None:
        """The index and text of the first of the ``reach`` paragraphs after ``at`` that
        holds text other than an artifact."""
        for i in range(at + 1, min(at + 1 + reach, len(self.raw))):
            if self.holds_text(i):
                return i, self.cut(i)
        return None

    def folded_words(self, i: int) -> str:
        """The words of paragraph ``i`` outside links, folded as :func:`_fold` does."""
        text = self._folded.get(i)
        if text is None:
            text = self._folded[i] = _fold(_LINK.sub(" ", self.raw[i]))
        return text


class HeaderLine:
    """One of the first paragraphs, its inline artifacts cut, as the line kinds read it.
    What several kinds ask of a line is worked out once, when first asked."""

    __slots__ = ("_headline_like", "_next", "_next_read", "at", "paragraphs", "text")

    def __init__(self, text: str, at: int, paragraphs: HeaderParagraphs) -> None:
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
            found = self.paragraphs.next_at(self.at, NEXT_TEXT_SCAN)
            self._next, self._next_read = (None if found is None else found[1]), True
        return self._next

    def next_two(self) -> tuple[str, str] | None:
        """The next two paragraphs that hold text other than an artifact (each within
        three paragraphs of the one before), or None."""
        first = self.paragraphs.next_at(self.at)
        if first is None:
            return None
        second = self.paragraphs.next_at(first[0])
        return None if second is None else (first[1], second[1])


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
    paragraphs = reading.paragraphs
    for at in range(min(HEADER_SCAN, len(paragraphs.raw))):
        text = paragraphs.cut(at)
        if not text:
            continue
        line = HeaderLine(text, at, paragraphs)
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
    if reading.paragraphs.holds_text(line.at):
        reading.in_section = False
        return None
    hit = match_paragraph_rule(text)
    reading.in_section = hit is not None and hit.opens_section
    return True


def _markdown_heading(reading: HeaderReading, line: HeaderLine) -> tuple[str, list[str]] | None:
    if not reading.may_guess() or not line.text.startswith("#"):
        return None
    m = _MARKDOWN_HEADING.fullmatch(line.text)
    return split_title(fix_paragraph(m.group("title"))) if m else None


def _share_debris(reading: HeaderReading, line: HeaderLine) -> bool | None:
    text = line.text
    return True if word_count(text) <= SHARE_LINE_MAX_WORDS and _SHARE_DEBRIS.search(text) else None


def _doubled_caption(reading: HeaderReading, line: HeaderLine) -> bool | None:
    """A caption or a name printed twice over ("Jane Roe Jane Roe"): image debris."""
    words = line.text.split()
    half = len(words) // 2
    return True if 2 <= half <= 12 and len(words) % 2 == 0 and words[:half] == words[half:] else None


def _highlights(reading: HeaderReading, line: HeaderLine) -> bool | None:
    return True if reading.header.headline is None and _HIGHLIGHTS.match(line.text) else None


def _caption_and_title(reading: HeaderReading, line: HeaderLine) -> tuple[str, str | None] | None:
    # the line as written: the cleaner's inline rules may have cut the caption off already
    raw = reading.paragraphs.raw[line.at]
    if not reading.may_guess() or "|" not in raw:
        return None
    found = title_after_caption(raw.strip())
    if found is None or not could_be_headline(found[0]):
        return None
    return fix_paragraph(found[0]), found[1]


def _label_trail(reading: HeaderReading, line: HeaderLine) -> list[str] | None:
    if reading.header.headline is not None or line.next_text() is None:
        return None
    return label_trail(line.text)


def _above_headline(reading: HeaderReading, line: HeaderLine) -> str | bool | None:
    """A kicker or standfirst set above the headline: the line under it reads as a
    headline, the story starts under that, and this line is either repeated in the story
    (a kicker or standfirst pulled from it) or a long unfinished sentence longer than the
    headline (a standfirst). Gives the standfirst, or True for a kicker."""
    if not reading.may_guess():
        return None
    below = line.next_two()
    if below is None:
        return None
    headline, story = below
    if not _reads_as_headline_under(headline) or word_count(story) < STORY_MIN_WORDS:
        return None
    text = line.text
    words = word_count(text)
    if words >= STANDFIRST_ABOVE_MIN_WORDS and words > word_count(headline) and not text.endswith(_FINISHED):
        return True if _fold(text).startswith(_fold(headline)) else text
    if words >= KICKER_MIN_WORDS and line.could_be_headline() and _repeated_in_story(text, reading.paragraphs,
                                                                                    line.at):
        return text if words >= DEK_MIN_WORDS and not is_title_case(text) else True
    return None


def _reads_as_headline_under(text: str) -> bool:
    """A line that may be the headline under a kicker: a few words, not a finished
    sentence, not a label, byline or date."""
    words = word_count(text)
    if not HEADLINE_UNDER_MIN_WORDS <= words <= HEADLINE_UNDER_MAX_WORDS or not could_be_headline(text):
        return False
    if text.endswith(".") and not is_title_case(text):
        return False
    return not (is_label_like(text) or parse_byline(text) is not None or is_date_line(text))


def _repeated_in_story(text: str, paragraphs: HeaderParagraphs, at: int) -> bool:
    """Whether ``text`` stands inside a longer paragraph further down, in its words (not
    in a link's address, which often spells out the headline)."""
    folded = _fold(text)
    raw = paragraphs.raw
    return any(len(raw[i]) > len(text) and folded in paragraphs.folded_words(i) for i in range(at + 2, len(raw)))


def _label_under_headline(reading: HeaderReading, line: HeaderLine) -> bool | None:
    return True if reading.header.headline is not None and is_section_label(line.text) else None


def _lead_in(reading: HeaderReading, line: HeaderLine) -> bool | None:
    text = line.text
    lead_in = reading.header.headline is None and text.endswith(":") and word_count(text) < LEAD_IN_MAX_WORDS
    return True if lead_in else None


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
    if not reading.may_guess() or not line.could_be_headline() or line.next_text() is None:
        return None
    return split_title(fix_paragraph(line.text.rstrip(":")))


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
    LineKind("markdown_heading", _markdown_heading, "take", "a Markdown heading: # Council approves the budget",
             use=HeaderReading.set_headline, rule="headline"),
    LineKind("artifact", _artifact, "leave", "an artifact above the headline: the cleaner takes it"),
    LineKind("share_debris", _share_debris, "take", "share buttons and counters: 56.9k SHARES SHARE ON FACEBOOK",
             rule="share"),
    LineKind("doubled_caption", _doubled_caption, "leave", "a caption or name printed twice: image debris"),
    LineKind("highlights", _highlights, "end",
             "a box of summary bullets (Story highlights …): its lines are not the headline"),
    LineKind("caption_and_title", _caption_and_title, "take",
             "a photo caption and credit run on into the headline (and standfirst): … | Jane Roe/AFP Headline",
             use=HeaderReading.set_headline_and_dek, rule="headline"),
    LineKind("label_under_headline", _label_under_headline, "take", "a section label under the headline",
             use=HeaderReading.hold_label, rule="section_label"),
    LineKind("lead_in", _lead_in, "leave", "a lead-in such as 'According to the agency:' above the title"),
    LineKind("lone_line", _lone_line, "end", "a short line with no text after it is the story, not its title"),
    LineKind("label_trail", _label_trail, "take", "section labels set apart by bars above the headline: World | Asia",
             use=HeaderReading.hold_labels, rule="section_label"),
    LineKind("above_headline", _above_headline, "leave",
             "a kicker or standfirst set above the headline (repeated in the story, or a long unfinished sentence)",
             use=HeaderReading.hold_standfirst),
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
    if text.endswith(":") and not (len(words) >= LEAD_IN_MAX_WORDS and is_title_case(text)):
        return False  # a lead-in ("According to X:"); a long Title Cased line keeps a stray colon
    if len(words) <= 3 and words[0].lower().strip(":") in NOT_LABEL_WORDS:
        return False  # widget text ("Share Facebook")
    if is_title_case(text):
        return True
    if _SENTENCE_BREAK.search(text):
        return False  # two sentences: prose
    bare = text.rstrip("”\"’')] ")
    return not (bare.endswith((".", "…", "...")) and word_count(text) > 8)


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


def credit_authors(credit_lines: list[str]) -> list[str]:
    """The reporters the credit lines the cleaner took out name ("(Reporting by …)", "…
    contributed to this report", a byline at the foot): ``Cleaned.credit_lines``."""
    names: list[str] = []
    for line in credit_lines:
        names += [n for n in credit_names(line) if n not in names]
    return names


SCRIPT_SAMPLE_CHARS = 2000  # how much of the body the script is read from
SCRIPT_SHARE = 0.3  # the share of its letters a script must hold to tell the language


def script_language(body: str) -> str | None:
    """The language a text's script tells, when only one language writes that script
    (SCRIPT_LANGUAGES: Hangul, kana, Greek, Hebrew, Thai, …): ``ko``, ``ja``, …; else None."""
    sample = body[:SCRIPT_SAMPLE_CHARS]
    if sample.isascii() or not _may_hold_a_script(sample) or not _ANY_SCRIPT.search(sample):
        return None
    letters = len(_LETTER.findall(sample))
    for script, language in _SCRIPTS:
        if len(script.findall(sample)) >= SCRIPT_SHARE * letters:
            return language
    return None


_LETTER = patterns.compile(r"[^\W\d_]")
_SCRIPTS = tuple((patterns.compile(f"[{first}-{last}]"), language) for first, last, language in SCRIPT_LANGUAGES)
_ANY_SCRIPT = patterns.compile("[" + "".join(f"{first}-{last}" for first, last, _ in SCRIPT_LANGUAGES) + "]")
# The first bytes of the UTF-8 forms of the scripts' characters: a text whose UTF-8 holds
# none of them holds none of those characters, and _ANY_SCRIPT (a class of 16,000
# characters: about 0.6 ms to compile) need not be compiled for it. Most texts beyond
# ASCII hold only curly quotes, dashes and accented letters, whose first bytes differ.
# (The characters of a range all take as many bytes, so their first bytes run from the
# first's to the last's.)
_SCRIPT_FIRST_BYTES = bytes(sorted({b for first, last, _ in SCRIPT_LANGUAGES
                                    for b in range(first.encode()[0], last.encode()[0] + 1)}))
_NOT_SCRIPT_FIRST_BYTES = bytes(b for b in range(256) if b not in _SCRIPT_FIRST_BYTES)


def _may_hold_a_script(text: str) -> bool:
    """False when ``text`` holds no character of SCRIPT_LANGUAGES (True does not tell)."""
    return bool(text.encode("utf-8", "surrogatepass").translate(None, _NOT_SCRIPT_FIRST_BYTES))


def footer_categories(label_lines: list[str]) -> list[str]:
    """Labels from the "Filed under: …" / "Posted in …" lines the cleaner took out
    further down the article (``Cleaned.label_lines``)."""
    labels: list[str] = []
    for line in label_lines:
        labels.extend(category_labels(line) or [])
    return labels
