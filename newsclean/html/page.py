"""HTML stage: find the article in a saved page (or take all of a fragment) and turn it
into text blocks, one per paragraph, sub-heading, list item or block quote.

A page is parsed once with lxml (no network, no entity expansion, no scripts). Its
metadata is read first (:mod:`newsclean.htmlmeta`). Then boilerplate goes: by tag
(``DROP_TAGS``), hidden elements, and elements whose class or id names a kind of
boilerplate (``BOILERPLATE_WORDS``, each kind with its reason; "weak" kinds such as
``sidebar`` spare an element that holds much of the page's prose). The container of
the story is chosen readability-style (paragraph length and commas, link density,
class words), widened to sibling branches built alike when the story is split over
several, and cleared of nested teaser articles and of the <h1> (the headline is a
field). Its blocks are emitted in document order; short link-dominated blocks go.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field

from .. import patterns
from ..errors import InputError
from .meta import MARKER_WORDS as META_MARKER_WORDS
from .meta import LazyXPath as _LazyXPath
from .meta import text_of

# --- tables ------------------------------------------------------------------------

# Elements whose content is never article text.
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
             "button", "select", "textarea", "input", "nav", "aside", "footer", "figure", "figcaption",
             "picture", "video", "audio", "map", "head", "title", "dialog", "menu", "label", "option")
# Page-level chrome: dropped on full pages (a fragment has no page header).
PAGE_DROP_TAGS = ("header",)
# Elements that end a paragraph.
BLOCK_TAGS = frozenset(("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                        "section", "article", "main", "table", "tr", "td", "th", "pre", "dd", "dt", "dl",
                        "hr", "address", "center", "body", "html", "form", "fieldset", "details", "summary",
                        "caption", "tbody", "thead", "tfoot", "header", "footer", "nav", "aside", "figure"))
# Where a paragraph of story text lives (scored for choosing the container).
PARAGRAPH_TAGS = ("p", "pre", "blockquote", "h2", "h3", "li", "td")

# Class/id words that mark boilerplate, with the reason each is there. A word matches a
# whole token of the class or id, split at '-', '_', spaces and camelCase humps. Groups
# marked "weak" also name layout wrappers that can hold the story ("l-sidebar-fixed
# l-article-body"): an element of theirs that holds much of the page's prose stays.
BOILERPLATE_WORDS: tuple[tuple[str, str, str, bool], ...] = (
    # (rule name, class/id words, reason, weak)
    ("share", "share sharing sharebar social socials sociallinks addtoany sharedaddy", "share bars and social buttons",
     False),
    ("related", "related relatedposts recirc recirculation morestories readmore youmayalsolike outbrain taboola "
     "zergnet trending popular mostpopular mostread recommended recommendations yarpp",
     "related-story boxes and recirculation", False),
    ("newsletter", "newsletter subscribe subscription signup optin mailchimp", "newsletter and subscription forms",
     False),
    ("comments", "comment comments disqus respond discussion", "reader comments", False),
    ("cookie_banner", "cookie cookies consent gdpr cmp onetrust", "cookie and consent banners", False),
    ("author_box", "bio authorbio authorbox aboutauthor contributor", "author boxes", False),
    ("caption", "caption captions credit credits photocredit imagecredit wpcaption", "captions and photo credits",
     False),
    ("tags", "tags tagged taglist keywords", "tag lists", False),
    ("embedded_post", "tweet twitter instagram embed oembed iframe", "embedded social posts and their widgets",
     False),
    ("dateline", "articlelocation", "wire markup that tags the dateline's place apart from the story", False),
    ("footer", "footer copyright", "page footers", False),
    ("popup", "modal popup overlay paywall meter regwall", "pop-ups and paywall prompts", True),
    ("sidebar", "sidebar rail widget widgets", "sidebars and widgets", True),
    ("ad_slot", "ad ads advert advertisement adslot adunit adwrapper dfp gpt sponsor sponsored promo promotion "
     "banner native", "ad slots and promos", True),
    ("navigation", "breadcrumb breadcrumbs crumbs nav navbar navigation menu masthead topbar toolbar skip skiplink",
     "navigation and page chrome", True),
    ("hidden", "print hidden srOnly visuallyhidden screenreader topics", "print-only and hidden helpers", True),
)
# Class/id words that mark the story container.
CONTENT_WORDS = frozenset("article articlebody body content entry entrycontent main post postcontent story "
                          "storybody text prose richtext articletext blog".split())
_BOILERPLATE = {w.lower(): name for name, words, _reason, _weak in BOILERPLATE_WORDS for w in words.split()}
# Every class/id word looked for in a pass over the whole page (one pass finds them all):
# boilerplate and metadata markers. Story words are read only of candidate containers.
MARKED_WORDS = frozenset(_BOILERPLATE) | META_MARKER_WORDS
_KIND_ORDER = {name: i for i, (name, _words, _reason, _weak) in enumerate(BOILERPLATE_WORDS)}
_WEAK_KINDS = frozenset(name for name, _words, _reason, weak in BOILERPLATE_WORDS if weak)
# How much of a removed element's text is kept in the record of removals.
REMOVED_TEXT_CHARS = 200
# Words of a class/id value: runs of letters and digits; camelCase humps as well.
_WORD_RUN = patterns.compile(r"[a-z0-9]{1,100}")
_TOKEN = patterns.compile(r"[A-Z]?[a-z]{1,40}|[A-Z]{1,40}(?![a-z])|\d{1,10}")

# A block must be this long to count as a paragraph of story text when scoring.
MIN_SCORED_CHARS = 25
# An element named like weak boilerplate that holds this share of the page's prose is the story.
KEEP_SHARE = 0.35
# Sibling containers at least this share of the best score are part of the story too.
SIBLING_SHARE = 0.2
# A container's own text run this long makes it a candidate.
HOLDER_TEXT_CHARS = 40
# A paragraph this long, with few links, is story-like prose.
PROSE_CHARS = 80
# Climb from the chosen container to its parent when that adds this much prose.
CLIMB_GAIN, CLIMB_MIN_CHARS = 1.5, 150
# The JSON-LD articleBody replaces an extraction holding less than this share of it.
DECLARED_BODY_MIN_CHARS, DECLARED_BODY_SHARE = 500, 0.3
# Input limits: beyond these a page is refused rather than parsed.
MAX_CHARS = 20_000_000


@dataclass
class HtmlDocument:
    paragraphs: list[str] = field(default_factory=list)
    headline: str | None = None
    categories: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dek: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, text) of page parts cut


# --- parsing -----------------------------------------------------------------------

# Every class and id value of a page, in document order (each knows its element).
# (As ".//@class | .//@id", but libxml2 then visits text nodes too.)
ATTRIBUTE_VALUES = _LazyXPath("descendant-or-self::*/@class | descendant-or-self::*/@id")
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
_PARSERS: dict = {}


def _parser(encoding: str | None = None):
    """The parser for str input, or with ``encoding`` the one for bytes in it."""
    parser = _PARSERS.get(encoding)
    if parser is None:
        from lxml import etree

        # The plain etree parser: lxml.html's element classes cost a Python call per node.
        # No table of id attributes: nothing looks elements up by id, and filling it costs.
        parser = _PARSERS[encoding] = etree.HTMLParser(
            recover=True, no_network=True, huge_tree=False, remove_comments=True, remove_pis=True,
            default_doctype=False, collect_ids=False, encoding=encoding)
    return parser


def parse(markup: str):
    """The lxml root of a page; InputError when the markup cannot be parsed at all."""
    if len(markup) > MAX_CHARS:
        raise InputError(f"HTML page of {len(markup)} characters is over the limit of {MAX_CHARS}")
    markup = _XML_DECL.sub("", markup, count=1)  # lxml refuses str input that declares an encoding
    if not markup or markup.isspace():  # (as "not markup.strip()", without copying the page)
        raise InputError("empty HTML document")
    if len(markup) > ATTRIBUTE_SCAN_FROM and markup.count("=") > ATTRIBUTE_SCAN_FROM:
        markup = _LONG_TAG.sub(_trim_attributes, markup)
    root, parser = _parse_once(markup)
    if _too_deep(parser):
        # libxml2 stops at 256 levels and drops the rest; flatten the containers (their
        # tags carry no text) and parse again, so the text of a pathological page survives.
        root, parser = _parse_once(_CONTAINER_TAG.sub("\n", markup))
    return root


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


def _parse_once(markup: str):
    """(the root, the parser that read it)."""
    from lxml import etree

    data, parser = _parser_input(markup)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"unreadable HTML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    if root is None:
        raise InputError("unreadable HTML")
    return root, parser


def _parser_input(markup: str):
    """(what to hand lxml, its parser): UTF-8 bytes where the text allows, which libxml2
    reads faster than the UTF-16 or UCS-4 lxml passes it for a str holding non-ASCII
    characters; the tree is the same. The str itself when it is ASCII (lxml passes it as
    UTF-8 already), holds lone surrogates, or opens with an XML declaration (which lxml
    refuses in a str only, so the answer must come from the str)."""
    if not markup.isascii() and not markup.startswith("<?xml"):
        try:
            return markup.encode("utf-8"), _parser("utf-8")
        except UnicodeEncodeError:
            pass
    return markup, _parser()


def _too_deep(parser) -> bool:
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


# --- entry points ------------------------------------------------------------------

def fragment_to_blocks(markup: str) -> HtmlDocument:
    """Text blocks of an HTML fragment (a feed item, an export body), in document order."""
    try:
        root = parse(markup)
    except InputError:
        return HtmlDocument()
    doc = HtmlDocument()
    _drop_tags(root, DROP_TAGS)
    _drop_boilerplate(root, doc.removed)
    doc.paragraphs = blocks(root)
    return doc


def page_to_document(markup: str) -> HtmlDocument:
    """Metadata and story blocks of a full saved page."""
    from .meta import marked_elements, read_metadata, source_elements

    root = parse(markup)
    doc = HtmlDocument()
    marked = marked_elements(root)
    found = source_elements(root)
    meta = read_metadata(root, marked, found)
    doc.headline, doc.categories, doc.authors = meta.headline, meta.categories, meta.authors
    doc.published, doc.dek = meta.published, meta.dek
    body = root.find("body")
    if body is None:
        body = root
    _drop_tags(body, DROP_TAGS + PAGE_DROP_TAGS, [form for form in found["form"] if _is_within(form, body)])
    _drop_hidden(body)
    _drop_boilerplate(body, doc.removed, marked)
    nodes = choose_content(body)
    for node in nodes:
        _drop_nested_articles(node, doc.removed)
        _drop_titles(node, doc.removed)
    doc.paragraphs = [p for node in nodes for p in blocks(node, filter_links=True)]
    if meta.article_body and _declared_body_is_fuller(doc.paragraphs, meta.article_body):
        doc.paragraphs = [p.strip() for p in meta.article_body.split("\n") if p.strip()]
        doc.removed.append(("html_declared_body", "the page's JSON-LD articleBody replaced a near-empty extraction"))
    return doc


def _declared_body_is_fuller(paragraphs: list[str], declared: str) -> bool:
    """A page that renders its story with scripts shows little of it; the JSON-LD
    ``articleBody`` it declares is then the better text."""
    found = sum(len(p) for p in paragraphs)
    return len(declared) >= DECLARED_BODY_MIN_CHARS and found < len(declared) * DECLARED_BODY_SHARE


# --- boilerplate -------------------------------------------------------------------

def _drop_tags(root, tags: tuple[str, ...], forms: list | None = None) -> None:
    """Cut the ``tags`` elements and the small forms (``forms``: those of ``root``, when
    the caller has them already)."""
    from lxml import etree

    if forms is None:
        forms = list(root.iter("form"))
    for form in [f for f in forms if _text_len(f) < 1000]:  # ASP.NET pages wrap everything in a form
        _remove(form)
    etree.strip_elements(root, *tags, with_tail=False)


def _remove(el) -> None:
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


def _append_tail(parent, prev, tail: str) -> None:
    if prev is not None:
        prev.tail = _CONTROL_CHARS.sub("", prev.tail or "") + tail
    else:
        parent.text = _CONTROL_CHARS.sub("", parent.text or "") + tail


# The attributes that can hide an element (an attribute union is cheaper than an element test).
_HIDING_ATTRIBUTES = _LazyXPath(
    "descendant-or-self::*/@hidden | descendant-or-self::*/@aria-hidden | descendant-or-self::*/@style")
_DISPLAY_NONE = patterns.compile(r"display\s*:\s*none", re.I)


def _drop_hidden(root) -> None:
    hidden = []
    for value in _HIDING_ATTRIBUTES(root):
        name = value.attrname
        if name == "hidden" or (name == "aria-hidden" and value == "true") or (
                name == "style" and "none" in value and _DISPLAY_NONE.search(value)):
            el = value.getparent()
            if el.tag not in ("body", "html") and (not hidden or hidden[-1] is not el):
                hidden.append(el)
    for el in hidden:
        _remove(el)


# Compound class words that start with one of these are that kind ("relatedpoststitle").
BOILERPLATE_PREFIXES = ("related", "social", "newsletter", "sidebar", "advert", "breadcrumb", "cookie", "subscribe",
                        "outbrain", "taboola", "sharebar", "sharing")


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
    found = found or None
    if len(MARKED_CACHE) < _WORDS_CACHE_MAX:
        MARKED_CACHE[attrs] = found
    return found


def boilerplate_reason(el) -> str | None:
    """The boilerplate kind an element's class or id names it as, or None."""
    return _kind_of(class_words((el.get("class") or "") + " " + (el.get("id") or "")))[0]


def _drop_boilerplate(root, removed: list[tuple[str, str]], marked: list | None = None) -> None:
    """Cut elements whose class or id marks them as boilerplate (``marked``: the page's
    :func:`~newsclean.htmlmeta.marked_elements`, found again when not given)."""
    from .meta import marked_elements

    kinds = [(el, *(_KINDS_CACHE.get(words) or _kind_of(words)))
             for el, words in (marked if marked is not None else marked_elements(root))]
    # prose left on the page, kept up to date as parts go: read only by weak kinds
    left = _ProseLeft(root) if any(weak for _el, _kind, weak in kinds) else None
    for el, kind, weak in kinds:
        if kind is None:
            continue
        parent = el.getparent()
        if parent is None or el.tag in ("body", "html", "main") or not _is_within(parent, root):
            continue  # the last: inside a part already cut
        text = text_of(el)
        if not text or text.isspace():
            _remove(el)  # an empty slot: nothing to weigh or record
            continue
        if weak:
            prose = len(text) - link_chars(el)
            total = left.chars()
            if total > 0 and prose >= _story_share(el) * total:
                continue  # a wrapper of the story that happens to carry such a word
            left.cut_prose(prose)
        elif left is not None:
            left.cut(el, len(text))
        removed.append((f"html_{kind}", _removed_text(el, text)))
        _remove(el)


class _ProseLeft:
    """Characters of text outside links left under a root as parts of it are cut: the
    whole counted once, then less each cut part's, worked out when next read (a cut
    part keeps its text and links)."""

    def __init__(self, root):
        self.left = _prose_len(root)
        self.pending: list[tuple[object, int]] = []  # (cut element, length of its text)

    def cut(self, el, text_len: int) -> None:
        self.pending.append((el, text_len))

    def cut_prose(self, prose: int) -> None:
        self.left -= prose

    def chars(self) -> int:
        for el, text_len in self.pending:
            self.left -= text_len - link_chars(el)
        self.pending.clear()
        return self.left


def _removed_text(el, text: str) -> str:
    """What the record of removals keeps of a cut element whose whole text is ``text``:
    an element without children has one piece of text, its own."""
    if not len(el):
        return _collapsed(text)[:REMOVED_TEXT_CHARS]
    return _leading_text(el, REMOVED_TEXT_CHARS, len(text))


_KINDS_CACHE: dict[frozenset[str], tuple[str | None, bool]] = {}


def _kind_of(words: frozenset[str]) -> tuple[str | None, bool]:
    """(the kind named first in the table, whether any of its kinds is weak): first in
    table order, so ``cookie-banner`` is a cookie banner, not an ad."""
    found = _KINDS_CACHE.get(words)
    if found is None:
        kinds = {_BOILERPLATE[w] for w in words if w in _BOILERPLATE}
        found = (min(kinds, key=_KIND_ORDER.__getitem__), bool(kinds & _WEAK_KINDS)) if kinds else (None, False)
        if len(_KINDS_CACHE) < _WORDS_CACHE_MAX:
            _KINDS_CACHE[words] = found
    return found


def _leading_text(el, limit: int, size: int | None = None) -> str:
    """The first ``limit`` characters of an element's text, spaces collapsed, its pieces
    spaced apart. ``size``: the length of its whole text when known; when that is short,
    all the pieces are read at once."""
    if size is not None and size <= limit * 2:
        return _spaced_pieces(el)[:limit]
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > limit * 2:
            break
    return " ".join(" ".join(pieces).split())[:limit]


# The text nodes under an element, as plain strings (no element objects made).
_TEXT_NODES = _LazyXPath("descendant::text()", smart_strings=False)


def _spaced_pieces(el) -> str:
    """``" ".join(" ".join(el.itertext()).split())``: the text pieces (texts and tails)
    spaced apart, spaces collapsed. Read from the text nodes, in C, when a blank meets
    each boundary between two nodes: then spacing the nodes (or the pieces, runs of
    nodes) apart changes nothing. Otherwise from itertext(), which makes an object per
    element."""
    nodes = _TEXT_NODES(el)
    if all(before[-1:].isspace() or after[:1].isspace() for before, after in zip(nodes, nodes[1:])):
        return _collapsed("".join(nodes))
    return _collapsed(" ".join(el.itertext()))


def _story_share(el) -> float:
    """How much of the page's prose a boilerplate-looking element must hold to be kept
    as the story; less when it is also named like a story (``l-sidebar article-body``)."""
    words = class_words((el.get("class") or "") + " " + (el.get("id") or ""))
    return KEEP_SHARE / 2 if not words.isdisjoint(CONTENT_WORDS) else KEEP_SHARE


def _prose_len(el, at_least: float = 0.0) -> int:
    """Characters of text outside links (0 early when the whole text is under ``at_least``)."""
    n = len(text_of(el))
    if n < at_least:
        return 0
    return n - link_chars(el)


def _is_within(el, root) -> bool:
    """``el`` is ``root`` or under it (a getparent() loop: an ancestor iterator costs
    more to set up)."""
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


def _is_detached(el, root) -> bool:
    return el is not root and not _is_within(el.getparent(), root)


def _text_len(el) -> int:
    return len(text_of(el))


_LINK_TEXT = None


def link_chars(el) -> int:
    """Characters of text inside links under an element (one XPath, in C)."""
    global _LINK_TEXT
    if _LINK_TEXT is None:
        from lxml import etree

        _LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)
    return sum(map(len, _LINK_TEXT(el)))


# --- choosing the story container ----------------------------------------------------

_COMMAS = (",", "，", "、")


def _commas(text: str) -> int:
    return sum(map(text.count, _COMMAS))


# Containers that may hold prose as bare text, lines split by <br>, without <p>.
TEXT_HOLDER_TAGS = ("div", "section", "article", "td", "main", "font")


def choose_content(body) -> list:
    """The element(s) holding the story, best first in document order."""
    scores: dict = {}
    own_prose: dict = {}  # element → characters of story-like paragraphs straight inside it
    for el in body.iter(*PARAGRAPH_TAGS):
        text = text_of(el)
        n = len(text.strip())
        if n < MIN_SCORED_CHARS:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        if el.tag in ("li", "td") and n < 100:
            continue
        if n >= PROSE_CHARS and el.tag == "p" and link_density(el, n) < 0.3:
            own_prose[parent] = own_prose.get(parent, 0) + n
        points = 1 + _commas(text) + min(n // 100, 3)
        scores[parent] = scores.get(parent, 0.0) + points
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + points / 2
    for el in _text_holders(body):
        # text straight inside a container (lines split by <br>) is a paragraph of it
        text = " ".join(t for t in _own_text(el) if t.strip())
        n = len(text)
        if n < MIN_SCORED_CHARS * 2:
            continue
        points = 1 + _commas(text) + min(n // 100, 3)
        scores[el] = scores.get(el, 0.0) + points
        if n >= PROSE_CHARS:
            own_prose[el] = own_prose.get(el, 0) + n
        parent = el.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + points / 2
    if not scores:
        return [body]
    prose = _prose_by_branch(own_prose, body)
    ranked = _Ranking(scores)
    top, best = ranked.top()
    wider = _widen(top, body, prose)
    if wider is not top:
        return [wider]
    parent = top.getparent()
    if parent is None:
        return [top]
    chosen = []
    for sib in parent:
        if sib is top or (isinstance(sib.tag, str) and _sibling_belongs(sib, ranked.get(sib), best)):
            chosen.append(sib)
    return chosen


class _Ranking:
    """Final scores of candidate containers: the paragraph score less its link share,
    plus the class-word weight. The link share needs the container's whole text, so it
    is worked out only for containers that could still be best: one's final score is
    never above its paragraph score plus its weight."""

    def __init__(self, scores: dict):
        self.scores = scores
        self.weights = {el: _class_weight(el) for el in scores}
        self.final: dict = {}

    def get(self, el) -> float:
        if el not in self.scores:
            return 0.0
        final = self.final.get(el)
        if final is None:
            final = self.final[el] = self.scores[el] * (1 - link_density(el)) + self.weights[el]
        return final

    def top(self):
        """(the first candidate, in document order of scoring, with the highest final score, that score)."""
        scores, weights = self.scores, self.weights
        best = None
        for el in sorted(scores, key=lambda el: scores[el] + weights[el], reverse=True):
            if best is not None and scores[el] + weights[el] < best:
                break  # no candidate from here on can reach the best
            final = self.get(el)
            if best is None or final > best:
                best = final
        top = next(el for el in scores if self.final.get(el) == best)
        return top, best


def _prose_by_branch(own_prose: dict, body) -> dict:
    """Characters of story-like prose in each element and its descendants, up to
    ``body``: each element's own count added to it and to each of its ancestors."""
    prose: dict = {}
    for el, n in own_prose.items():
        prose[el] = prose.get(el, 0) + n
        if el is body:
            continue
        anc = el.getparent()
        while anc is not None:
            prose[anc] = prose.get(anc, 0) + n
            if anc is body:
                break
            anc = anc.getparent()
    return prose


def _text_holders(body) -> list:
    """Containers with a long run of their own text: first text or a line after a <br>."""
    # (each run's length is tested before the call: most runs are short or missing)
    holders = []
    for el in body.iter(*TEXT_HOLDER_TAGS):
        text = el.text
        if text and len(text) > HOLDER_TEXT_CHARS and _long_run(text):
            holders.append(el)
    seen = set(holders)
    for child in body.iter("br", "b", "i", "em", "strong", "a", "span", "img"):
        tail = child.tail
        if tail and len(tail) > HOLDER_TEXT_CHARS and _long_run(tail):
            parent = child.getparent()
            if parent is not None and parent.tag in TEXT_HOLDER_TAGS and parent not in seen:
                seen.add(parent)
                holders.append(parent)
    return holders


def _long_run(text: str | None) -> bool:
    return text is not None and len(text) > HOLDER_TEXT_CHARS and len(text.strip()) > HOLDER_TEXT_CHARS


def _own_text(el) -> list[str]:
    return [el.text or ""] + [child.tail or "" for child in el]


def _drop_nested_articles(node, removed: list[tuple[str, str]]) -> None:
    """An <article> inside the story is a teaser for another one (themes nest their
    "you may also like" posts): it goes unless it holds most of the story."""
    inner = [el for el in node.iter("article")
             if el is not node and next(el.iterancestors("article"), None) is not None]
    if not inner:
        return
    total = _prose_len(node)
    for el in inner:
        if el.getparent() is not None and not _is_detached(el, node) and _prose_len(el) < total / 2:
            text = _leading_text(el, REMOVED_TEXT_CHARS)
            if text:
                removed.append(("html_related", text))
            _remove(el)


def _drop_titles(node, removed: list[tuple[str, str]]) -> None:
    """The page's <h1> is the headline (a field), not body text, whatever its wording."""
    for h1 in list(node.iter("h1")):
        text = _spaced_pieces(h1)
        if text:
            removed.append(("html_headline", text[:REMOVED_TEXT_CHARS]))
        _remove(h1)


def _widen(node, body, prose: dict):
    """The story spread over several containers: climb to an ancestor below ``body``
    whose other children look like the branch the node is on (same tag, a class word in
    common) and add much story-like prose, while little comes from elsewhere."""
    child = node
    anc = node.getparent()
    while anc is not None and anc is not body:
        mine = prose.get(node, 0)
        alike = 0
        for sib in anc:
            chars = prose.get(sib, 0)
            if chars and sib is not child and _alike(sib, child):  # (only a branch with prose adds any)
                alike += chars
        other = prose.get(anc, 0) - mine - alike
        if alike >= mine * (CLIMB_GAIN - 1) and alike >= CLIMB_MIN_CHARS and other <= alike / 2:
            node = anc
        child = anc
        anc = anc.getparent()
    return node


def _alike(a, b) -> bool:
    if a.tag != b.tag:
        return False
    words_a = class_words((a.get("class") or "") + " " + (a.get("id") or ""))
    words_b = class_words((b.get("class") or "") + " " + (b.get("id") or ""))
    return not words_a.isdisjoint(words_b) or not (words_a or words_b)


def _sibling_belongs(sib, score: float, best: float) -> bool:
    if score >= max(10.0, best * SIBLING_SHARE):
        return True
    if sib.tag == "p":
        text = text_of(sib)
        n = len(text)
        density = link_density(sib, n)
        if n > 80 and density < 0.25:
            return True
        if 0 < n <= 80 and density == 0 and re.search(r"\.( |$)", text):
            return True
    return False


def _class_weight(el) -> float:
    attrs = (el.get("class") or "") + " " + (el.get("id") or "")
    if not attrs.strip():
        return 0.0
    words = class_words(attrs)
    weight = 0.0
    if words & CONTENT_WORDS:
        weight += 25
    if any(w in _BOILERPLATE for w in words):
        weight -= 25
    return weight


def link_density(el, text_len: int | None = None) -> float:
    n = text_len if text_len is not None else len(text_of(el))
    if not n:
        return 0.0
    links = link_chars(el)
    return min(1.0, links / n)


# --- emitting blocks ------------------------------------------------------------------


def blocks(root, filter_links: bool = False) -> list[str]:
    """The text of ``root`` as blocks in document order: every block-level element ends
    one. With ``filter_links``, a short block that is mostly link text (a menu, a list of
    story links) is left out."""
    from lxml import etree

    writer = _BlockWriter(filter_links)
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
    return writer.blocks


class _BlockWriter:
    """Collects text pieces into blocks, counting the characters that sit inside links."""

    def __init__(self, filter_links: bool):
        self.filter_links = filter_links
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
        text = _collapsed("".join(self.pieces))
        self.pieces.clear()
        if text and not (self.filter_links and _mostly_links(text, self.link_chars)):
            self.blocks.append(text)
        self.link_chars = 0


def _collapsed(text: str) -> str:
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


# Text that ends a sentence (or a label line) before a <br>.
_SENTENCE_END = patterns.compile(r"[.!?:;…\"”’)\]]\s*$")


def _mostly_links(text: str, link_chars: int) -> bool:
    n = len(text)
    if not link_chars:
        return False
    share = link_chars / n
    return share > 0.8 or (share > 0.5 and n < 200)
