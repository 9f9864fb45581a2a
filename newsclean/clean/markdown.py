"""Markdown read as Markdown: its markup turned into the plain text a reader sees.

A Markdown article (a static site's post, a converter's output) marks headings with
``#``, emphasis with ``*`` and ``_``, links as ``[text](url)`` and list items with a
dash. :func:`looks_like_markdown` tells such a text from plain text by the markup it
holds; :func:`markdown_to_text` turns one paragraph of it into plain text: a heading
into its words (it stays a paragraph of its own), emphasis into the words emphasised,
a link into its text, an image into nothing, a list item or a quoted line into its text.
The URLs and images taken out are returned as removals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import patterns
from ..model import Removal

__all__ = ["MarkdownText", "looks_like_markdown", "markdown_blocks", "markdown_to_text"]

# What marks a text as Markdown, looked for line by line.
_LINK = patterns.compile(r"!?\[[^\[\]\n]{1,300}\]\((?:https?://|/|#|mailto:|\.)[^()\s]{0,500}\)")
_STRONG = patterns.compile(r"(?<![\w*])\*\*(?=\S)[^*\n]{1,300}(?<=\S)\*\*(?![\w*])|"
                           r"(?<!\w)__(?=\S)[^_\n]{1,300}(?<=\S)__(?!\w)")
MIN_BULLETS = 2  # one dash at a line's start is plain text's too ("- 5 degrees")

# Markup inside a paragraph.
_HEADING = patterns.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_BULLET = patterns.compile(r"[-*+][ \t]+(?=\S)")
_QUOTE = patterns.compile(r"(?:>[ \t]?)+")
_IMAGE = patterns.compile(r"!\[([^\[\]\n]{0,300})\]\(([^()\s]{0,500})(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
_INLINE_LINK = patterns.compile(r"\[([^\[\]\n]{1,300})\]\(([^()\s]{0,500})(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
_REFERENCE_LINK = patterns.compile(r"\[([^\[\]\n]{1,300})\]\[[^\[\]\n]{0,100}\]")
_REFERENCE_DEFINITION = patterns.compile(r"\[[^\[\]\n]{1,100}\]:[ \t]+\S{1,500}(?:[ \t]+\"[^\"\n]{0,200}\")?")
_AUTOLINK = patterns.compile(r"<((?:https?://|mailto:)[^<>\s]{1,500})>")
_EMPHASIS = patterns.compile(
    r"(?<![\w*\\])(\*{1,3})(?=\S)([^*\n]{1,300}?)(?<=\S)\1(?![\w*])|"
    r"(?<![\w\\])(_{1,3})(?=\S)([^_\n]{1,300}?)(?<=\S)\3(?!\w)")
_CODE = patterns.compile(r"`([^`\n]{1,300})`")
_FENCE = patterns.compile(r"(?:```|~~~)[\w-]{0,20}")
_ESCAPE = patterns.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")


# A line that starts a paragraph of its own: a heading, a list item, a quote, a table
# row, a code fence; a heading is a paragraph by itself.
_BLOCK_START = patterns.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t]|>|\||```|~~~)")
_HEADING_START = patterns.compile(r"[ \t]{0,3}#{1,6}[ \t]")


def markdown_blocks(block: str) -> list[str]:
    """The paragraphs of a block of Markdown lines (no blank line among them): lines run
    on into one paragraph, as Markdown joins them, but for the lines that start one."""
    paragraphs: list[str] = []
    current: list[str] = []
    heading = False  # whether the paragraph being built is a heading, which ends with its line
    for line in block.split("\n"):
        if not line.strip():
            continue
        if _BLOCK_START.match(line) or heading:
            if current:
                paragraphs.append(" ".join(current))
            current = []
        current.append(line.strip())
        heading = _HEADING_START.match(line) is not None
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` is written in Markdown: it has a heading line, a link or an image
    in Markdown's syntax, strong emphasis, or a list of dashed items. (Each pattern is
    looked for only where a substring it needs is there: most text holds none.)"""
    return bool(_has_heading_line(text)
                or ("](" in text and _LINK.search(text))
                or (("**" in text or "__" in text) and _STRONG.search(text))
                or sum(_lines_starting(text, mark) for mark in ("- ", "* ", "+ ")) >= MIN_BULLETS)


def _lines_starting(text: str, mark: str) -> int:
    """How many lines start with ``mark`` (counted in C: a pattern anchored at each line
    would be tried at every character)."""
    return text.count("\n" + mark) + text.startswith(mark)


def _has_heading_line(text: str) -> bool:
    """Whether a line is a heading: "#" at its start, then a space (a hashtag has none)."""
    at = 0 if text.startswith("#") else text.find("\n#")
    while at >= 0:
        if _HEADING_START.match(text, at + (text[at] == "\n")):
            return True
        at = text.find("\n#", at + 1)
    return False


@dataclass(slots=True)
class MarkdownText:
    """A paragraph as plain text, and the URLs and images its markup held."""

    text: str
    removed: list[Removal] = field(default_factory=list)


def markdown_to_text(paragraph: str) -> MarkdownText:
    """One paragraph of Markdown as the plain text a reader sees."""
    out = MarkdownText(paragraph)
    if _REFERENCE_DEFINITION.fullmatch(paragraph) or _FENCE.fullmatch(paragraph):
        out.removed.append(Removal("markdown", paragraph))
        out.text = ""
        return out
    text = paragraph
    if m := _HEADING.fullmatch(text):
        text = m.group(1)
    else:
        text = _strip_opening(_QUOTE, text)
        text = _strip_opening(_BULLET, text)

    def image(m: re.Match[str]) -> str:
        out.removed.append(Removal("markdown_image", m.group(0)))
        return ""

    def link(m: re.Match[str]) -> str:
        if m.group(2):
            out.removed.append(Removal("markdown_link", m.group(2)))
        return m.group(1)

    if "[" in text:
        text = _IMAGE.sub(image, text)
        text = _INLINE_LINK.sub(link, text)
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _unemphasise(text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    out.text = text.strip()
    return out


def _strip_opening(marker: re.Pattern[str], text: str) -> str:
    """``text`` without the ``marker`` it opens with, if it opens with one."""
    m = marker.match(text)
    return text[m.end():] if m else text


def _unemphasise(text: str) -> str:
    """Emphasis markers off, nested ones too (``***a**b*``)."""
    for _ in range(3):
        plain = _EMPHASIS.sub(lambda m: m.group(2) if m.group(1) else m.group(4), text)
        if plain == text:
            break
        text = plain
    return text
