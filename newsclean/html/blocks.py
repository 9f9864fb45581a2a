"""The text of a tree as blocks in document order, one per paragraph, sub-heading, list
item or block quote: every block-level element ends one, and so do two <br> in a row
or one after a finished sentence."""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .. import patterns
from .dom import Element, collapsed
from .tables import BLOCK_TAGS

# Text that ends a sentence (or a label line) before a <br>.
_SENTENCE_END = patterns.compile(r"[.!?:;…\"”’)\]]\s*$")
# A block whose text is all link text, at most this long and not a finished sentence, is
# a link to another page set between paragraphs ("Timeline of the shooting"), or a label
# linking to its section.
LINK_TITLE_MAX_CHARS = 200
LINK_TITLE_SHARE = 0.95


def blocks(root: Element, filter_links: bool = False) -> list[str]:
    """The text of ``root`` as blocks in document order: every block-level element ends
    one. With ``filter_links``, a short block that is mostly link text (a menu, a list of
    story links) is left out."""
    writer = _BlockWriter(filter_links)
    _write(root, writer)
    return writer.blocks


@dataclass
class FragmentBlocks:
    """The blocks of a fragment, and the link titles left out of them."""

    paragraphs: list[str] = field(default_factory=list)
    link_titles: list[str] = field(default_factory=list)


def fragment_blocks(root: Element) -> FragmentBlocks:
    """The blocks of a fragment (all of it is story), but for the blocks that are a link
    and nothing else, and no finished sentence: links to other stories set between the
    paragraphs, which a page's filter for link-heavy blocks would leave out too."""
    writer = _BlockWriter(filter_links=False, link_titles=True)
    _write(root, writer)
    return FragmentBlocks(writer.blocks, writer.link_titles)


def _write(root: Element, writer: _BlockWriter) -> None:
    pieces = writer.pieces  # a block boundary with no text pending needs no call
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag in BLOCK_TAGS:
                if pieces:
                    writer.end_block()
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
            if el is not root:
                tail = el.tail
                if tail:
                    writer.add(tail)
    writer.end_block()


class _BlockWriter:
    """Collects text pieces into blocks, counting the characters that sit inside links."""

    def __init__(self, filter_links: bool, link_titles: bool = False):
        self.filter_links = filter_links
        self.take_link_titles = link_titles
        self.link_titles: list[str] = []
        self.blocks: list[str] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.links_open = 0
        self.after_break = False

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
        elif text and not (self.filter_links and _mostly_links(text, self.link_chars)):
            self.blocks.append(text)
        self.link_chars = 0


def _is_link_title(text: str, link_chars: int) -> bool:
    """A short block that is a link and nothing else, and no finished sentence."""
    return (len(text) <= LINK_TITLE_MAX_CHARS and link_chars >= len(text) * LINK_TITLE_SHARE
            and not _SENTENCE_END.search(text))


def _mostly_links(text: str, link_chars: int) -> bool:
    """A block whose text sits mostly inside links: a menu or a list of story links."""
    n = len(text)
    if not link_chars:
        return False
    share = link_chars / n
    return share > 0.8 or (share > 0.5 and n < 200)
