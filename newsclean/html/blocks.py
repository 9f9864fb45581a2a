"""The text of a tree as blocks in document order, one per paragraph, sub-heading, list
item or block quote: every block-level element ends one, and so do two <br> in a row
or one after a finished sentence."""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .. import patterns
from ..model import Removal
from .dom import Element, collapsed
from .tables import BLOCK_TAGS, BOILERPLATE_LINES, COUNTED_LINES, SUBHEADING_TAGS

# A section under a sub-heading written as a link holds this much text to be the story's,
# not a teaser's title and blurb.
SECTION_MIN_CHARS = 250
# A sentence: a letter, words, and a full stop (or ! or ?) at its end, a closing quote
# aside; in a script written without spaces, ten characters or more and its full stop.
_LINKED_SENTENCE = patterns.compile(r"(?:[^\W\d_][^.!?]{0,200}?\s\S+\s\S+\s\S+.*[.!?]|.{10,}[。！？])[\"”’)」』]?$")
# Text that ends a sentence (or a label line) before a <br>.
_SENTENCE_END = patterns.compile(r"[.!?:;…\"”’)\]]\s*$")
# A block whose text is all link text, at most this long and not a finished sentence, is
# a link to another page set between paragraphs ("Timeline of the shooting"), or a label
# linking to its section.
LINK_TITLE_MAX_CHARS = 200
LINK_TITLE_SHARE = 0.95


@dataclass(slots=True)
class StoryBlocks:
    """The blocks of a story, and the lines of boilerplate left out of them, by kind."""

    paragraphs: list[str]
    removed: list[Removal]


def story_blocks(root: Element) -> StoryBlocks:
    """The blocks of the story in ``root``: as :func:`blocks` with ``filter_links``, and
    the lines of page furniture it left out recorded as ``html_<kind>``."""
    writer = _walk(root, _BlockWriter(filter_links=True))
    return StoryBlocks(writer.blocks, writer.lines_out)


def blocks(root: Element, filter_links: bool = False) -> list[str]:
    """The text of ``root`` as blocks in document order: every block-level element ends
    one. With ``filter_links``, a short block that is mostly link text (a menu, a list of
    story links) or a line of page furniture ("Share this", "Lesen Sie auch") is left out."""
    return _walk(root, _BlockWriter(filter_links)).blocks


@dataclass
class FragmentBlocks:
    """The blocks of a fragment, and the link titles left out of them."""

    paragraphs: list[str] = field(default_factory=list)
    link_titles: list[str] = field(default_factory=list)


def fragment_blocks(root: Element) -> FragmentBlocks:
    """The blocks of a fragment (all of it is story), but for the blocks that are a link
    and nothing else, and no finished sentence: links to other stories set between the
    paragraphs, which a page's filter for link-heavy blocks would leave out too."""
    writer = _walk(root, _BlockWriter(filter_links=False, link_titles=True))
    return FragmentBlocks(writer.blocks, writer.link_titles)


def _walk(root: Element, writer: _BlockWriter) -> _BlockWriter:
    """Feed the text of ``root`` to ``writer``, block by block."""
    pieces = writer.pieces  # a block boundary with no text pending needs no call
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag in BLOCK_TAGS:
                if pieces:
                    writer.end_block()
                if tag in SUBHEADING_TAGS:
                    writer.heading = not writer.items_open  # (a heading in a list item titles an entry)
                elif tag == "li":
                    writer.items_open += 1
            elif tag == "br":
                writer.line_break()
            if tag == "a":
                writer.links_open += 1
            if isinstance(tag, str):
                text = el.text
                if text:
                    writer.add(text)
        else:
            if tag == "a":
                writer.links_open -= 1
            if tag in BLOCK_TAGS and pieces:
                writer.end_block()
            if tag in SUBHEADING_TAGS:
                writer.heading = False
            elif tag == "li":
                writer.items_open -= 1
            if el is not root:
                tail = el.tail
                if tail:
                    writer.add(tail)
    writer.end_block()
    writer.close_section()
    return writer


class _BlockWriter:
    """Collects text pieces into blocks, counting the characters that sit inside links."""

    def __init__(self, filter_links: bool, link_titles: bool = False):
        self.filter_links = filter_links
        self.take_link_titles = link_titles  # set the blocks that are one link aside (a fragment's)
        self.link_titles: list[str] = []
        self.blocks: list[str] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.links_open = 0
        self.after_break = False
        self.lines_out: list[Removal] = []  # lines of page furniture left out
        self.items_open = 0  # list items the walk is in
        self.heading = False  # the pending text is a sub-heading's
        # a sub-heading written as a link, and the blocks under it so far: kept when
        # they make a section of the story, a teaser (its title and blurb) otherwise
        self.held: list[str] | None = None

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append(text)
            if self.links_open:
                self.link_chars += len(text.strip())
            if not text.isspace():
                self.after_break = False

    def line_break(self) -> None:
        """A <br>: two in a row, or one after a finished sentence, end the block; one
        inside a sentence is a hard wrap (feeds and wpautop make them) and joins."""
        if self.after_break or _SENTENCE_END.search("".join(self.pieces[-3:])):
            self.end_block()
        else:
            self.pieces.append(" ")
        self.after_break = True

    def end_block(self) -> None:
        text = collapsed("".join(self.pieces))
        self.pieces.clear()
        if text and self.take_link_titles and _is_link_title(text, self.link_chars):
            self.link_titles.append(text)
        elif text:
            self._emit(text)
        self.link_chars = 0

    def _emit(self, text: str) -> None:
        """A block kept, or left out as links or as a line of boilerplate. A sub-heading
        written as a link (a table of contents makes them, and so does a teaser's title)
        opens a held section."""
        links = self.filter_links and (_mostly_links(text, self.link_chars) or self._furniture(text))
        if self.heading:
            self.close_section()
            if links:
                self.held = [text]
                return
        if links:
            return
        if self.held is not None:
            self.held.append(text)
        else:
            self.blocks.append(text)

    def _furniture(self, text: str) -> bool:
        """A line of page furniture, noted as left out."""
        kind = boilerplate_line_kind(text)
        if kind is not None:
            self.lines_out.append(Removal(f"html_{kind}", text))
        return kind is not None

    def close_section(self) -> None:
        """The section under a link sub-heading ends: its heading is kept when the
        section holds prose enough to be a part of the story, and is a teaser's title
        (left out, as links are) when not; the blocks under it stay either way."""
        held, self.held = self.held, None
        if held is not None:
            self.blocks += held if sum(map(len, held[1:])) >= SECTION_MIN_CHARS else held[1:]


# Lines longer than this are never a line of boilerplate.
BOILERPLATE_LINE_CHARS = 60
_NOT_WORD = patterns.compile(r"[\W_]+")
_NUMBER = patterns.compile(r"\d+")


def _line_key(text: str) -> str:
    """A line as BOILERPLATE_LINES are looked up: lower case, its words only, each
    number a 0."""
    return " ".join(_NOT_WORD.sub(" ", _NUMBER.sub("0", text.lower())).split())


# Each phrase of BOILERPLATE_LINES, as a line is looked up, with its kind.
_LINE_KINDS = {_line_key(phrase.replace("#", "0")): kind
               for kind, phrases, _reason in BOILERPLATE_LINES for phrase in phrases.split("|")}


def boilerplate_line_kind(text: str) -> str | None:
    """The kind of page furniture a block names when it says no more than a heading or
    label of it in one of the major languages ("Lesen Sie auch:", "À lire aussi",
    "関連記事", "Comments (12)", "Tempo de leitura: 2 minutos"), else None."""
    if len(text) > BOILERPLATE_LINE_CHARS:
        return None
    key = _line_key(text)
    kind = _LINE_KINDS.get(key)
    if kind is None and key.endswith(" 0"):  # a count after it ("Comments (12)")
        kind = _LINE_KINDS.get(key[:-2])
        return kind if kind in COUNTED_LINES else None
    return kind


def _is_link_title(text: str, link_chars: int) -> bool:
    """A short block that is a link and nothing else, and no finished sentence."""
    return (len(text) <= LINK_TITLE_MAX_CHARS and link_chars >= len(text) * LINK_TITLE_SHARE
            and not _SENTENCE_END.search(text))


def _mostly_links(text: str, link_chars: int) -> bool:
    """A block whose text sits mostly inside links: a menu or a list of story links. A
    short block half in links is one too, unless it is a sentence of the story that
    links its end ("… was re-opened <a>earlier this year</a>.")."""
    n = len(text)
    if not link_chars:
        return False
    share = link_chars / n
    return share > 0.8 or (share > 0.5 and n < 200 and not _LINKED_SENTENCE.match(text))
