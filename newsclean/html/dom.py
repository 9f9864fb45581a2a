"""The tree layer of the HTML stage, below both the story and the metadata: the page
parsed with guards against hostile markup, the text of an element and of its links,
the words of class and id values and the elements they mark.

A page is parsed once with lxml: no network, no entity expansion, no scripts.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

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
_CONTROL_CHARS = patterns.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_XML_DECL = patterns.compile(r"\A\s{0,100}<\?xml[^>]{0,200}\?>")


def _html_parser(encoding: str | None) -> etree.HTMLParser:
    """The parser for str input, or with ``encoding`` the one for bytes in it."""
    # The plain etree parser: lxml.html's element classes cost a Python call per node.
    # No table of id attributes: nothing looks elements up by id, and filling it costs.
    return etree.HTMLParser(recover=True, no_network=True, huge_tree=False, remove_comments=True, remove_pis=True,
                            default_doctype=False, collect_ids=False, encoding=encoding)


_STR_PARSER = _html_parser(None)
_UTF8_PARSER = _html_parser("utf-8")


@dataclass(slots=True)
class _Parsed:
    root: Element
    too_deep: bool  # libxml2 stopped at its depth limit and dropped the rest


def parse(markup: str) -> Element:
    """The lxml root of a page; InputError when the markup cannot be parsed at all."""
    if len(markup) > MAX_CHARS:
        raise InputError(f"HTML page of {len(markup)} characters is over the limit of {MAX_CHARS}")
    markup = _XML_DECL.sub("", markup, count=1)  # lxml refuses str input that declares an encoding
    if not markup or markup.isspace():  # (as "not markup.strip()", without copying the page)
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
    """The tree of ``markup``. lxml is handed UTF-8 bytes where the text allows, which
    libxml2 reads faster than the UTF-16 or UCS-4 lxml passes it for a str holding
    non-ASCII characters; the tree is the same. The str itself when it is ASCII (lxml
    passes it as UTF-8 already), holds lone surrogates, or opens with an XML
    declaration (which lxml refuses in a str only, so the answer must come from the str)."""
    data = _utf8_where_possible(markup)
    parser = _UTF8_PARSER if isinstance(data, bytes) else _STR_PARSER
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"unreadable HTML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    if root is None:
        raise InputError("unreadable HTML")
    return _Parsed(root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log))


def _utf8_where_possible(markup: str) -> str | bytes:
    if markup.isascii() or markup.startswith("<?xml"):
        return markup
    try:
        return markup.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return markup


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
    """``el`` is ``root`` or under it (a getparent() loop: an ancestor iterator costs
    more to set up)."""
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


def is_detached(el: Element, root: Element) -> bool:
    """``el`` is no longer under ``root``: it, or a part holding it, was cut."""
    return el is not root and not is_within(el.getparent(), root)


def text_of(el: Element) -> str:
    """All the text inside an element, as XPath ``string()`` gives it (serialised in C,
    which costs less per call than an XPath)."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def text_len(el: Element) -> int:
    return len(text_of(el))


_LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)


def link_chars(el: Element) -> int:
    """Characters of text inside links under an element (one XPath, in C)."""
    return sum(map(len, _LINK_TEXT(el)))


def link_density(el: Element, text_len: int | None = None) -> float:
    """The share of an element's text (``text_len`` characters, when known) inside links."""
    n = text_len if text_len is not None else len(text_of(el))
    if not n:
        return 0.0
    links = link_chars(el)
    return min(1.0, links / n)


def prose_len(el: Element) -> int:
    """Characters of text outside links."""
    return len(text_of(el)) - link_chars(el)


def source_elements(root: Element) -> dict[str, list[Element]]:
    """The page's ``SOURCE_TAGS`` elements by tag, each list in document order."""
    found: dict[str, list[Element]] = {tag: [] for tag in SOURCE_TAGS}
    for el in root.iter(*SOURCE_TAGS):
        found[el.tag].append(el)
    return found


# --- text pieces ---------------------------------------------------------------------

def collapsed(text: str) -> str:
    """``" ".join(text.split())``, without the split where the only blanks inside are
    single spaces (every other blank is unprintable)."""
    text = text.strip()
    if text.isprintable() and "  " not in text:
        return text
    if "\xa0" in text:  # no-break spaces, the commonest other blank
        spaced = text.replace("\xa0", " ")
        if spaced.isprintable() and "  " not in spaced:
            return spaced
    return " ".join(text.split())


# The text nodes under an element, as plain strings (no element objects made).
_TEXT_NODES = etree.XPath("descendant::text()", smart_strings=False)


def spaced_pieces(el: Element) -> str:
    """``" ".join(" ".join(el.itertext()).split())``: the text pieces (texts and tails)
    spaced apart, spaces collapsed. Read from the text nodes, in C, when a blank meets
    each boundary between two nodes: then spacing the nodes (or the pieces, runs of
    nodes) apart changes nothing. Otherwise from itertext(), which makes an object per
    element."""
    nodes = _TEXT_NODES(el)
    if all(before[-1:].isspace() or after[:1].isspace() for before, after in pairwise(nodes)):
        return collapsed("".join(nodes))
    return collapsed(" ".join(el.itertext()))


def leading_text(el: Element, limit: int, size: int | None = None) -> str:
    """The first ``limit`` characters of an element's text, spaces collapsed, its pieces
    spaced apart. ``size``: the length of its whole text when known; when that is short,
    all the pieces are read at once."""
    if size is not None and size <= limit * 2:
        return spaced_pieces(el)[:limit]
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > limit * 2:
            break
    return " ".join(" ".join(pieces).split())[:limit]


# --- class and id words --------------------------------------------------------------

# Words of a class/id value: runs of letters and digits; camelCase humps as well.
_WORD_RUN = patterns.compile(r"[a-z0-9]{1,100}")
_TOKEN = patterns.compile(r"[A-Z]?[a-z]{1,40}|[A-Z]{1,40}(?![a-z])|\d{1,10}")
_PREFIXED = patterns.compile(r"(?<![a-z0-9])(" + "|".join(BOILERPLATE_PREFIXES) + r")(?=[a-z0-9])")


def tokens(value: str) -> frozenset[str]:
    """``"related-posts articleBody"`` → ``{"related", "posts", "articlebody", "article", "body"}``:
    the parts between separators, lower-cased, and for camelCase also each hump."""
    low = value[:500].lower()
    words = frozenset(_WORD_RUN.findall(low))
    if low != value[:500]:
        words |= frozenset(" ".join(_TOKEN.findall(value[:500])).lower().split())
    prefixed = _PREFIXED.findall(low)
    return words.union(prefixed) if prefixed else words


# class/id string → its words; pages (and sites) repeat the same few hundred strings.
_WORDS_CACHE: dict[str, frozenset[str]] = {}
_WORDS_CACHE_MAX = 100_000


def class_words(attrs: str) -> frozenset[str]:
    """The words of a class/id string, as :func:`tokens` gives them (cached)."""
    words = _WORDS_CACHE.get(attrs)
    if words is None:
        attrs = str(attrs)  # a plain copy: lxml's attribute strings keep their whole tree alive
        words = tokens(attrs)
        if len(_WORDS_CACHE) < _WORDS_CACHE_MAX:
            _WORDS_CACHE[attrs] = words
    return words


def element_words(el: Element) -> frozenset[str]:
    """The words of an element's class and id."""
    return class_words((el.get("class") or "") + " " + (el.get("id") or ""))


# class/id string → the MARKED_WORDS words among its words, or None when it has none.
MARKED_CACHE: dict[str, frozenset[str] | None] = {}
# A word that opens with one of these six letters may start with a boilerplate prefix.
_PREFIX_HEADS = frozenset(p[:6] for p in BOILERPLATE_PREFIXES)
_HEAD = operator.itemgetter(slice(6))


def marked_words(attrs: str) -> frozenset[str] | None:
    """The words of a class/id string that some stage looks for (``tokens(attrs) &
    MARKED_WORDS``), or None when there are none; cached in ``MARKED_CACHE``, which
    callers may read first. Most strings a page holds are read here once and never
    again, so this computes only what the marked words need: the prefix pattern runs
    only when a word opens like a prefix."""
    attrs = str(attrs)  # a plain copy: lxml's attribute strings keep their whole tree alive
    value = attrs[:500]
    low = value.lower()
    words = _WORD_RUN.findall(low)
    if low != value:
        words += " ".join(_TOKEN.findall(value)).lower().split()
    found = MARKED_WORDS.intersection(words)
    if not _PREFIX_HEADS.isdisjoint(map(_HEAD, words)):
        found = found.union(_PREFIXED.findall(low))
    result = found or None
    if len(MARKED_CACHE) < _WORDS_CACHE_MAX:
        MARKED_CACHE[attrs] = result
    return result


# Every class and id value of a page, in document order (each knows its element).
# (As ".//@class | .//@id", but libxml2 then visits text nodes too.)
_ATTRIBUTE_VALUES = etree.XPath("descendant-or-self::*/@class | descendant-or-self::*/@id")


@dataclass(slots=True)
class Marked:
    """An element whose class or id holds words some stage looks for, and those words."""

    el: Element
    words: frozenset[str]


def marked_elements(root: Element) -> list[Marked]:
    """Every element whose class or id holds a word of a dek, byline, breadcrumb, date or
    boilerplate marker (``MARKED_WORDS``), with those words, in document order.

    XPath hands over the attribute strings alone; an element is only looked at when
    its words match, which few do."""
    out: list[Marked] = []
    last = None
    for value in _ATTRIBUTE_VALUES(root):
        # the cache read inline: this runs for every class and id
        words = MARKED_CACHE[value] if value in MARKED_CACHE else marked_words(value)
        if words is None:
            continue
        el = value.getparent()
        if el is last:
            out[-1].words |= words
        else:
            out.append(Marked(el, words))
            last = el
    return out


def having_class_words(marked: list[Marked], words: frozenset[str]) -> list[Element]:
    """The marked elements with one of ``words``, in document order."""
    return [m.el for m in marked if not m.words.isdisjoint(words)]
