"""The tree layer of the HTML stage, below both the story and the metadata: the page
parsed with guards against hostile markup, the text of an element and of its links,
the words of class and id values and the elements they mark.

A page is parsed once with lxml: no network, no entity expansion, no scripts.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from lxml import etree

from .. import patterns
from ..errors import InputError
from .tables import BOILERPLATE_PREFIXES, MARKED_WORDS, SOURCE_TAGS

# lxml ships no type information: its elements are Any here.
Element = Any

# --- parsing -------------------------------------------------------------------------

# Input limits: beyond these a page is refused rather than parsed.
MAX_CHARS = 20_000_000
# Tags flattened when a page is nested too deep to parse: all but those that end a
# paragraph or hold no text (script, style …), whose content must stay out.
_CONTAINER_TAG = patterns.compile(r"</?(?!(?:p|br|h[1-6]|script|style|noscript|template|textarea|title|head|svg|iframe"
                                  r"|object|nav|footer|aside)\b)[A-Za-z][\w:-]{0,40}\b[^<>]{0,2000}>")
# libxml2 checks each attribute of a tag against the tag's others, so a tag with tens of
# thousands of them takes minutes to parse. Such a tag (only a long tag can be one) keeps
# its first MAX_ATTRIBUTES distinct attributes. Tags are looked at only on a page with
# more "=" than ATTRIBUTE_SCAN_FROM: the look costs a few percent of a page's time,
# and fewer attributes than that parse in well under a second however they are placed.
MAX_ATTRIBUTES = 500
ATTRIBUTE_SCAN_FROM = 10_000
_LONG_TAG = patterns.compile(r"<([A-Za-z][\w:-]{0,40})(\s[^<>]{8000,})>")
# The look-behind lets a try start only at the first character of a run of white space:
# without it, a long run that no name follows costs the square of its length.
_ATTRIBUTE = patterns.compile(r"""(?<!\s)\s+([^\s=<>"'/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?""")
# What lxml refuses to set as text (XML 1.0 allows neither): control characters, lone
# surrogates and the non-characters U+FFFE and U+FFFF, which libxml2's HTML parser keeps.
_CONTROL_CHARS = patterns.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_XML_DECL = patterns.compile(r"\A\s{0,100}<\?xml[^>]{0,200}\?>")


# The plain etree parser (the stage needs none of lxml.html's element classes), without
# a table of id attributes: nothing looks elements up by id.
_PARSER = etree.HTMLParser(recover=True, no_network=True, huge_tree=False, remove_comments=True, remove_pis=True,
                           default_doctype=False, collect_ids=False)


@dataclass(slots=True)
class _Parsed:
    root: Element
    too_deep: bool  # libxml2 stopped at its depth limit and dropped the rest


def parse(markup: str) -> Element:
    """The lxml root of a page; InputError when the markup cannot be parsed at all."""
    if len(markup) > MAX_CHARS:
        raise InputError(f"HTML page of {len(markup)} characters is over the limit of {MAX_CHARS}")
    markup = _XML_DECL.sub("", markup, count=1)  # lxml refuses str input that declares an encoding
    if not markup or markup.isspace():
        raise InputError("empty HTML document")
    if len(markup) > ATTRIBUTE_SCAN_FROM and markup.count("=") > ATTRIBUTE_SCAN_FROM:
        markup = _LONG_TAG.sub(_trim_attributes, markup)
    parsed = _parse_once(markup)
    if parsed.too_deep:
        # libxml2 stops at 256 levels and drops the rest; flatten the containers (their
        # tags carry no text) and parse again, so the text of a pathological page survives.
        parsed = _parse_once(_CONTAINER_TAG.sub("\n", markup))
    return parsed.root


def _trim_attributes(tag: re.Match[str]) -> str:
    """A long tag as it was when it has few attributes, else with its first
    MAX_ATTRIBUTES distinct ones (libxml2 keeps the first of repeated names too)."""
    name, rest = tag.groups()
    if rest.count("=") <= MAX_ATTRIBUTES:
        return tag.group(0)
    kept: dict[str, str] = {}
    for attribute in _ATTRIBUTE.finditer(rest):
        kept.setdefault(attribute.group(1).lower(), attribute.group(0))
        if len(kept) == MAX_ATTRIBUTES:
            break
    return f"<{name}{''.join(kept.values())}>"


def _parse_once(markup: str) -> _Parsed:
    try:
        root = etree.fromstring(markup, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"unreadable HTML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    if root is None:
        raise InputError("unreadable HTML")
    return _Parsed(root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _PARSER.error_log))


# --- the tree ------------------------------------------------------------------------

def remove(el: Element) -> None:
    """Remove an element but keep the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        try:
            _append_tail(parent, prev, tail)
        except ValueError:  # libxml2 keeps some control characters that lxml refuses to set back
            _append_tail(parent, prev, _CONTROL_CHARS.sub("", tail))
    parent.remove(el)


def _append_tail(parent: Element, prev: Element, tail: str) -> None:
    if prev is not None:
        prev.tail = _CONTROL_CHARS.sub("", prev.tail or "") + tail
    else:
        parent.text = _CONTROL_CHARS.sub("", parent.text or "") + tail


def is_within(el: Element, root: Element) -> bool:
    """``el`` is ``root`` or under it."""
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


def is_detached(el: Element, root: Element) -> bool:
    """``el`` is no longer under ``root``: it, or a part holding it, was cut."""
    return el is not root and not is_within(el.getparent(), root)


def text_of(el: Element) -> str:
    """All the text inside an element, as XPath ``string()`` gives it."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def text_len(el: Element) -> int:
    return len(text_of(el))


_LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)


def link_chars(el: Element) -> int:
    """Characters of an element's text inside links: all of it for a link or a part of
    one. (The plain version of :class:`TextSizes`, which the stage uses: one XPath per
    element costs the square of the depth of nested links.)"""
    if el.tag == "a" or next(el.iterancestors("a"), None) is not None:
        return len(text_of(el))
    return sum(map(len, _LINK_TEXT(el)))


def link_density(el: Element, text_chars: int | None = None) -> float:
    """The share of an element's text (``text_chars`` characters, when known) inside links."""
    n = text_chars if text_chars is not None else len(text_of(el))
    if not n:
        return 0.0
    links = link_chars(el)
    return min(1.0, links / n)


def prose_len(el: Element) -> int:
    """Characters of text outside links."""
    return len(text_of(el)) - link_chars(el)


# A paragraph this long, with less than this share of its text in links, is story-like prose.
PROSE_CHARS, PROSE_LINK_SHARE = 80, 0.3


class TextSizes:
    """Characters of text in every element of a tree, of them those inside links, and
    those in paragraphs of story-like prose (a <p> of PROSE_CHARS or more, few of them
    in links), counted in one walk of the tree: what :func:`text_of` and
    :func:`link_chars` give each element, without their cost of reading a subtree again
    for every element above it (31 ms per KB of nested unclosed <div> and <a>, against
    a linear walk).

    The sizes follow the tree as parts are cut with :meth:`cut`."""

    __slots__ = ("chars", "links", "story")

    def __init__(self, root: Element):
        self.chars: dict[Element, int] = {}
        self.links: dict[Element, int] = {}
        self.story: dict[Element, int] = {}
        chars, links, story = self.chars, self.links, self.story
        # each element after all those inside it: its text, and its children's with their tails
        for el in reversed(list(root.iter())):
            text = el.text
            n = len(text) if text else 0
            n_links = n_story = 0
            if len(el):  # (most elements are leaves: no iterator made for them)
                for child in el:
                    tail = child.tail
                    n += chars[child] + (len(tail) if tail else 0)
                    n_links += links[child]
                    n_story += story[child]
            tag = el.tag
            if tag == "a":
                n_links = n  # (and every part of a link is link text: below)
            elif tag == "p" and n >= PROSE_CHARS and n_links < PROSE_LINK_SHARE * n:
                n_story = n
            chars[el] = n
            links[el] = n_links
            story[el] = n_story
        in_links: set[Element] = set()
        for link in root.iter("a"):
            if link not in in_links:  # (a link inside a link was done with the outer one)
                for part in link.iterdescendants():
                    links[part] = chars[part]
                    in_links.add(part)

    def prose(self, el: Element) -> int:
        """Characters of text outside links."""
        return self.chars.get(el, 0) - self.links.get(el, 0)

    def link_density(self, el: Element) -> float:
        """The share of an element's text inside links."""
        n = self.chars.get(el, 0)
        return min(1.0, self.links.get(el, 0) / n) if n else 0.0

    def cut(self, el: Element) -> None:
        """Cut an element out of the tree as :func:`remove` does, and its text out of the
        sizes of the elements above it: its tail stays (moved) unless it is blank."""
        n, links, story = self.chars.get(el, 0), self.links.get(el, 0), self.story.get(el, 0)
        tail = el.tail
        blank_tail = len(tail) if tail and not tail.strip() else 0
        if n or blank_tail:
            chars, link_sizes, story_sizes = self.chars, self.links, self.story
            ancestors = list(el.iterancestors())
            # the tail is link text of every element above it when a link holds it
            tail_links = blank_tail if any(anc.tag == "a" for anc in ancestors) else 0
            for anc in ancestors:
                if anc not in chars:
                    break
                chars[anc] -= n + blank_tail
                link_sizes[anc] -= links + tail_links
                story_sizes[anc] -= story
        remove(el)


def source_elements(root: Element) -> dict[str, list[Element]]:
    """The page's ``SOURCE_TAGS`` elements by tag, each list in document order."""
    found: dict[str, list[Element]] = {tag: [] for tag in SOURCE_TAGS}
    for el in root.iter(*SOURCE_TAGS):
        found[el.tag].append(el)
    return found


# --- text pieces ---------------------------------------------------------------------

def collapsed(text: str) -> str:
    """The words of ``text`` with one space between each."""
    return " ".join(text.split())


def spaced_pieces(el: Element) -> str:
    """The text pieces of an element (texts and tails) spaced apart, spaces collapsed:
    ``<b>Jane</b><i>Roe</i>`` → ``Jane Roe``."""
    return collapsed(" ".join(el.itertext()))


def leading_text(el: Element, limit: int) -> str:
    """The first ``limit`` characters of :func:`spaced_pieces`, read from no more pieces
    than give twice that many characters."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > limit * 2:
            break
    return collapsed(" ".join(pieces))[:limit]


# --- class and id words --------------------------------------------------------------

# Words of a class/id value: runs of letters and digits; camelCase humps as well.
_WORD_RUN = patterns.compile(r"[a-z0-9]{1,100}")
_TOKEN = patterns.compile(r"[A-Z]?[a-z]{1,40}|[A-Z]{1,40}(?![a-z])|\d{1,10}")
_PREFIXED = patterns.compile(r"(?<![a-z0-9])(" + "|".join(BOILERPLATE_PREFIXES) + r")(?=[a-z0-9])")
# Only the head of a long class/id value is read.
CLASS_VALUE_CHARS = 500


def class_words(value: str) -> frozenset[str]:
    """``"related-posts articleBody"`` → ``{"related", "posts", "articlebody", "article", "body"}``:
    the parts between separators, lower-cased, and for camelCase also each hump; a
    compound that opens with a boilerplate prefix also gives the prefix
    (``"relatedpoststitle"`` → ``"related"``)."""
    head = value[:CLASS_VALUE_CHARS]
    low = head.lower()
    words = frozenset(_WORD_RUN.findall(low))
    if low != head:
        words |= frozenset(" ".join(_TOKEN.findall(head)).lower().split())
    prefixed = _PREFIXED.findall(low)
    return words.union(prefixed) if prefixed else words


def element_words(el: Element) -> frozenset[str]:
    """The words of an element's class and id."""
    return class_words((el.get("class") or "") + " " + (el.get("id") or ""))


def marked_words(value: str) -> frozenset[str] | None:
    """The words of a class/id value that some part of the stage looks for
    (``MARKED_WORDS``), or None when it has none."""
    return (class_words(value) & MARKED_WORDS) or None


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """``memo[key]`` is ``function(key)``, remembered for the next time the key comes,
    up to ``max_size`` keys. (Speed only: a memo gives what its function gives.)"""

    def __init__(self, function: Callable[[K], V], max_size: int = 100_000):
        super().__init__()
        self.function = function
        self.max_size = max_size

    def __missing__(self, key: K) -> V:
        key = self.own_key(key)
        value = self.function(key)
        if len(self) < self.max_size:
            self[key] = value
        return value

    @staticmethod
    def own_key(key: K) -> K:
        """The key as the memo keeps it."""
        return key


class AttributeMemo(Memo[str, V]):
    """A :class:`Memo` of class/id values that keeps plain copies of them: a value read
    from lxml keeps its whole tree alive."""

    @staticmethod
    def own_key(key: str) -> str:
        return str(key)


# Speed, beside marked_words: a page repeats its class and id values (and a site's pages
# one another's), and marked_elements reads every value of a page. Remembering each
# value's marked words makes the HTML stage 14% faster on the Zyte pages
# (benchmarks/zyte_html.py --baseline, median of 9 runs: 0.86 of the time without).
MARKED_WORDS_OF: AttributeMemo[frozenset[str] | None] = AttributeMemo(marked_words)




@dataclass(slots=True)
class Marked:
    """An element whose class or id holds words some stage looks for, and those words."""

    el: Element
    words: frozenset[str]


def marked_elements(root: Element) -> list[Marked]:
    """Every element whose class or id holds a word of a dek, byline, breadcrumb, date or
    boilerplate marker (``MARKED_WORDS``), with those words, in document order."""
    out: list[Marked] = []
    # (a loop over the elements: the XPath union of every @class and @id took half as
    # long again, sorting the attributes into document order)
    for el in root.iter(etree.Element):
        value = el.get("class")
        words = None if value is None else MARKED_WORDS_OF[value]
        value = el.get("id")
        if value is not None:
            more = MARKED_WORDS_OF[value]
            if more is not None:
                words = more if words is None else words | more
        if words is not None:
            out.append(Marked(el, words))
    return out


def having_class_words(marked: list[Marked], words: frozenset[str]) -> list[Element]:
    """The marked elements with one of ``words``, in document order."""
    return [m.el for m in marked if not m.words.isdisjoint(words)]
