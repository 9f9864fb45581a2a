"""Page metadata: what a saved page declares about its article.

Each field is read from its sources in order of trust, the first one that gives a value
wins: JSON-LD (schema.org NewsArticle and kin) first, then OpenGraph and ``article:*``
meta, ``twitter:*`` meta, plain ``<meta name=…>``, and last what the visible page shows
(``<time datetime>``, ``<h1>``, ``<title>`` with its site suffix stripped, breadcrumbs
and category links).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from .. import patterns
from ..clean.fixes import unescape_entities
from ..header.bylines import is_date_line, parse_byline, person_names
from ..header.dates import parse_date
from ..header.titles import BREADCRUMB_LINE, BREADCRUMB_SEPARATOR, split_title
from ..model import Header
from .blocks import blocks
from .dom import Element, Marked, having_class_words, text_of
from .tables import (
    ARTICLE_OBJECT_TYPES,
    AUTHOR_META,
    BLOCKS_IN_DEK,
    BREADCRUMB_CLASSES,
    BYLINE_CHROME_WORDS,
    BYLINE_CLASSES,
    DATE_CLASSES,
    DATE_META,
    DEK_CLASSES,
    DEK_TAGS,
    HEADLINE_META,
    HOME_CRUMBS,
    MARKER_WORDS,
    META_KEY_ATTRIBUTES,
    NEVER_CUT_TAGS,
    SECTION_META,
    SITE_SEPARATORS,
)

DEK_MIN_WORDS = 6
# The elements whose text opens a fragment, and those of them that make it its headline.
FRAGMENT_OPENING_TAGS = ("h1", "h2", "h3", "p", "li", "blockquote", "pre", "td", "dd", "div")
FRAGMENT_HEADING_TAGS = ("h1", "h2", "h3")
MAX_FRAGMENT_HEADING_CHARS = 300
# "Video: …", "Tested by: …": a labelled line, not a standfirst.
_NOT_A_DEK = patterns.compile(r"[\w ]{1,20}:\s")
# Longest JSON-LD block read; bigger ones are skipped rather than parsed.
MAX_JSONLD_CHARS = 2_000_000
MAX_DEK_WORDS = 60
# Lines read either side of the headline for a breadcrumb, byline or date, and the
# largest headline container whose lines are read at all.
HEADER_LINES, HEADER_AREA_CHARS = 4, 8_000
# Pieces of a byline before and between its names: "By", "Written by", "Text:", "and", commas.
_BYLINE_LEAD = patterns.compile(
    r"\s*(?P<by>(?:[^\W\d_]{1,20}\s){0,2}(?:by|von|par|por|door|di|av|af)\s?:?)\s*"
    r"|\s*[^\W\d_]{1,20}(?:\s[^\W\d_]{1,20})?\s?:\s*|\s*(?:and|und|et|y|e|и|with|[,&|·•])?\s*", re.I)
# An <h1> is the story's headline when it holds at least H1_MIN_WORDS words of which at
# least the share H1_SHARED_WORDS stand in the declared headline or the <title>.
H1_MIN_WORDS, H1_SHARED_WORDS = 3, 0.5
# The longest text of an element read as a byline (a longer one is a bio or a box).
MAX_BYLINE_CHARS = 200
# A language tag's primary subtag of two letters: "en", "en-GB", "pt_BR", "DE".
_LANGUAGE_CODE = patterns.compile(r"\s*([a-zA-Z]{2})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
# A page's address: its host's name without "www." and the top-level domain.
_HOST = patterns.compile(r"^(?:https?:)?//(?:www\.|m\.|amp\.)?(?P<name>[\w-]{2,63})\.", re.I)
# "Headline - example-news.com": a domain after a separator is the site, hyphens or not
# (its spaces, as those of _NAME_SPLIT, read from where their run starts).
_DOMAIN_SUFFIX = patterns.compile(r"(?<!\s)\s+[-–—|·:]\s+(?:www\.)?[\w-]{1,60}(?:\.[a-z]{2,10}){1,3}\s*$", re.I)
_URLISH = patterns.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)\b", re.I)


@dataclass(slots=True)
class PageMeta:
    """The header fields a page declares, and what else the stage reads from its metadata."""

    header: Header
    article_body: str | None = None
    site_name: str | None = None


def read_metadata(root: Element, marked: list[Marked], found: dict[str, list[Element]]) -> PageMeta:
    """Everything the page declares about its article, best source first. ``marked``:
    the page's :func:`~newsclean.html.dom.marked_elements`, ``found``: its
    :func:`~newsclean.html.dom.source_elements`."""
    ld = _json_ld_article(found["script"])
    metas = _meta_tags(found["meta"])
    markers = [Marked(m.el, m.words & MARKER_WORDS) for m in marked if not m.words.isdisjoint(MARKER_WORDS)]
    title_el = next((el for el in found["title"] if el is not root), None)  # as root.find(".//title")
    title = _text(title_el) if title_el is not None else None
    site_name = metas.get("og:site_name") or metas.get("application-name")
    header = Header()
    header.headline = _headline(found["h1"], ld, metas, site_name, title)
    header.categories = _categories(root, ld, metas, markers, header.headline, title)
    h1 = _headline_h1(found["h1"], header.headline)
    shown = _ShownLines(h1)
    header.authors = _authors(root, ld, metas, marked, shown, _not_names(ld, metas, site_name))
    header.published = _published(found["time"], ld, metas, markers) or shown.published()
    header.dek = _dek(markers, header.headline)
    header.categories = header.categories or shown.breadcrumb()
    header.language = _language(root, ld, metas)
    body = ld.get("articleBody")
    article_body = body if isinstance(body, str) and body.strip() else None
    return PageMeta(header, article_body=article_body, site_name=site_name)


def _language(root: Element, ld: dict, metas: dict[str, str]) -> str | None:
    """The language the page declares, as ISO 639-1: ``<html lang>``, the
    content-language meta, JSON-LD ``inLanguage``, ``og:locale`` (``en-GB`` → ``en``)."""
    html = root if root.tag == "html" else root.find(".//html")
    values = [html.get("lang") or html.get("xml:lang") if html is not None else None,
              metas.get("content-language"), *_strings(ld.get("inLanguage"))[:1], metas.get("og:locale")]
    for value in values:
        code = _LANGUAGE_CODE.match(value or "")
        if code:
            return code.group(1).lower()
    return None


def fragment_metadata(root: Element) -> Header:
    """What a fragment (a feed item, an export's body) says of itself: its headline, when
    it opens with a heading before any other text. Its other lines are never guessed to
    be the headline: a feed item's description opens with its summary, not its title."""
    header = Header()
    for el in root.iter(*FRAGMENT_OPENING_TAGS):
        if el.tag not in FRAGMENT_HEADING_TAGS:
            if holds_text(el):
                break  # the fragment opens with other text: no headline
            continue
        text = _text(el)
        if text:
            if len(text) <= MAX_FRAGMENT_HEADING_CHARS:
                header.headline = text
            break
    return header


def holds_text(el: Element) -> bool:
    """Whether :func:`_text` of ``el`` is not empty, without decoding and collapsing all
    of it (the first opening element of a fragment is often a <div> holding all of it):
    a first character other than space that does not open an entity stays. Held to
    ``bool(_text(el))`` by a test."""
    head = text_of(el).lstrip()
    return bool(head) and (head[0] != "&" or bool(_clean(head)))


# --- sources -------------------------------------------------------------------------

def _json_ld_article(scripts: list) -> dict:
    """The first schema.org article object in the page's JSON-LD, else {}; the page's
    BreadcrumbList, wherever it is, rides along under ``_breadcrumb``, and the objects
    the documents name by ``@id`` under ``_ids`` (an author given as a reference)."""
    article: dict | None = None
    fallback: dict = {}
    breadcrumb = None
    ids: dict[str, dict] = {}
    for script in scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(raw.strip().rstrip(";"), strict=False)  # (raw line breaks inside strings)
        except (ValueError, RecursionError):
            continue
        for obj in _ld_objects(data):
            if isinstance(obj.get("@id"), str):
                ids.setdefault(obj["@id"], obj)
            types = obj.get("@type")
            types = {t for t in types if isinstance(t, str)} if isinstance(types, list) else (
                {types} if isinstance(types, str) else set())
            if article is None and not types.isdisjoint(ARTICLE_OBJECT_TYPES):
                article = obj
            elif "WebPage" in types and not fallback and obj.get("headline"):
                fallback = obj
            elif "BreadcrumbList" in types and breadcrumb is None:
                breadcrumb = obj
        if article is not None and breadcrumb is not None:
            break  # nothing later can change either
    found = dict(article if article is not None else fallback)
    if breadcrumb is not None:
        found["_breadcrumb"] = breadcrumb
    found["_ids"] = ids
    return found


def _ld_objects(data, depth: int = 0):
    """Every JSON object in a JSON-LD document: top level, lists and ``@graph``."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:200]:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _ld_objects(graph, depth + 1)
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict):
            yield from _ld_objects(main, depth + 1)


def _meta_tags(elements: list[Element]) -> dict[str, str]:
    """``<meta property|name|itemprop=key content=value>``: the value of each key (lower-cased),
    the first one a page gives, cleaned."""
    raw: dict[str, str] = {}
    for el in elements:
        content = el.get("content")
        if content is None or not content.strip():
            continue
        for attr in META_KEY_ATTRIBUTES:
            key = el.get(attr)
            if key:
                for name in key.lower().split():  # itemprop="datePublished dateCreated" names two
                    raw.setdefault(name, content)
    return {key: _clean(value) for key, value in raw.items()}


def _text(el: Element) -> str:
    """The text of an element, entities decoded, spaces collapsed."""
    return _clean(text_of(el))


def _clean(text: str) -> str:
    return " ".join(unescape_entities(text).split())


def _strings(value: object) -> list[str]:
    """The strings of a JSON-LD value: itself, those of a list, the name of an object."""
    if value is None:
        return []
    if isinstance(value, list):
        return [s for v in value[:20] for s in _strings(v)]
    if isinstance(value, dict):
        return _strings(value.get("name") or value.get("@value"))
    return [_clean(str(value))] if str(value).strip() else []


# --- fields --------------------------------------------------------------------------

def _headline(h1s: list[Element], ld: dict, metas: dict[str, str], site: str | None, title: str | None) -> str | None:
    """The headline as the page shows it: its <h1> that reads as the story's headline
    (see :func:`_page_h1`), else the declared one (JSON-LD, OpenGraph and other meta),
    else the <title> without its site's name."""
    declared = _strings(ld.get("headline") or ld.get("name"))
    headline = _strip_site(declared[0], site, split=False) if declared else None
    references = declared[:1]
    if not headline:
        for key in HEADLINE_META:
            if metas.get(key):
                headline = _strip_site(metas[key], site)
                references.append(metas[key])
                break
    title = _strip_site(title, site) if title is not None else None
    references += [title] if title else []
    h1 = _page_h1(h1s, references, site)
    return h1 or headline or title or None


def _truncated_of(short: str, full: str) -> bool:
    """``Storm closes ports across…`` is a cut-down ``Storm closes ports across the north``."""
    s, f = _fold(short), _fold(full)
    return len(f) > len(s) and f.startswith(s[: max(10, len(s) - 5)])


def _strip_site(title: str, site: str | None, split: bool = True) -> str:
    """``Headline | Section | Site`` → ``Headline``; with ``split=False`` only the site's
    own name (or domain) comes off: a declared headline may hold a colon or a dash."""
    title = _DOMAIN_SUFFIX.sub("", _clean(title))
    if site:
        for sep in SITE_SEPARATORS:
            suffix = sep + site
            if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
                title = title[: -len(suffix)]
                break
    return split_title(title, page_title=True)[0] if split else title


def _headline_h1(h1s: list[Element], headline: str | None) -> Element | None:
    """The <h1> that shows the headline, else the first <h1>."""
    if headline:
        folded = _fold(headline)
        for h1 in h1s:
            if _fold(_text(h1)) == folded:
                return h1
    return h1s[0] if h1s else None


def _title_sections(title: str | None, site: str | None) -> list[str]:
    if title is None:
        return []
    if site and title.lower().endswith(site.lower()):
        title = title[: -len(site)].rstrip(" |-–—:·")
    return split_title(title)[1]


def _page_h1(h1s: list[Element], references: list[str], site: str | None) -> str | None:
    """The <h1> that shows the story's headline: the one that repeats the largest share
    (at least H1_SHARED_WORDS) of its words from the declared headline or the <title>
    (``references``; the first of equals), else the first that reads like a headline when
    none of them was declared. A logo, the site's name, a tab or
    section label in an <h1> ("Reviews", "Opinion") is a word or three and repeats too
    little of them."""
    texts = [t for t in (_text(h1) for h1 in h1s) if 2 <= len(t) <= 300 and not (site and _fold(t) == _fold(site))]
    folded_refs = [set(_fold(r).split()) for r in references]
    best, best_share = None, H1_SHARED_WORDS
    for text in texts:
        words = _fold(text).split()
        share = max((_share(words, ref) for ref in folded_refs), default=0.0)
        if len(words) >= H1_MIN_WORDS and share >= best_share and (best is None or share > best_share):
            best, best_share = text, share
    if references:
        return best
    return next((t for t in texts if len(t.split()) >= H1_MIN_WORDS + 1), None)


def _share(words: list[str], reference: set[str]) -> float:
    """The share of ``words`` that ``reference`` holds."""
    return sum(w in reference for w in words) / len(words) if words else 0.0


def _categories(root: Element, ld: dict, metas: dict[str, str], marked: list[Marked], headline: str | None,
                title: str | None) -> list[str]:
    labels: list[str] = []
    labels += _strings(ld.get("articleSection"))
    for key in SECTION_META:
        if metas.get(key):
            labels += [s.strip() for s in metas[key].split(",")][:3]
            break
    labels += _breadcrumb(ld, marked, headline)
    if not labels:  # category links are the weakest sign; looked for only when nothing else is said
        labels += [_text(a) for a in _links_with_rel(root, "category")[:5]]
    labels += _title_sections(title, metas.get("og:site_name"))
    labels = [lab.title() if lab.islower() else lab for lab in labels]  # "politics" as the page keys it
    return _dedupe([lab for lab in labels if 0 < len(lab) <= 60 and not _URLISH.search(lab)])


# Links that carry a rel, elements that carry an itemprop: the values are tested in Python.
_LINKS_WITH_REL = etree.XPath("descendant::a[@rel]")
_ITEMPROPS = etree.XPath("descendant::*/@itemprop")


def _links_with_rel(root: Element, word: str) -> list[Element]:
    """``<a>`` elements whose ``rel`` holds ``word``, as ``contains(concat(" ", @rel, " "), " word ")``."""
    token = f" {word} "
    return [a for a in _LINKS_WITH_REL(root) if token in f" {a.get('rel')} "]


def _having_itemprop(root: Element, value: str) -> list[Element]:
    return [prop.getparent() for prop in _ITEMPROPS(root) if prop == value]


def _breadcrumb(ld: dict, marked: list[Marked], headline: str | None) -> list[str]:
    """Breadcrumb trail, most specific first, without 'Home' and the page itself."""
    crumbs: list[str] = []
    bc = ld.get("_breadcrumb") if isinstance(ld.get("_breadcrumb"), dict) else None
    if bc is None:
        bc = ld.get("breadcrumb") if isinstance(ld.get("breadcrumb"), dict) else None
    if bc is not None and isinstance(bc.get("itemListElement"), list):
        items = sorted((i for i in bc["itemListElement"] if isinstance(i, dict)), key=_position)
        for item in items:
            crumbs += _strings(item.get("name") or item.get("item"))[:1]
    else:
        for el in having_class_words(marked, BREADCRUMB_CLASSES)[:1]:
            crumbs = [_text(a) for a in el.iter("a", "span", "li") if _text(a) and not len(a)]
    crumbs = [c for c in crumbs if c.lower() not in HOME_CRUMBS and len(c) <= 40]
    if crumbs and (len(crumbs[-1].split()) > 5 or (headline and _fold(crumbs[-1]) == _fold(headline))):
        crumbs = crumbs[:-1]  # the last crumb is the article's own title
    return list(reversed(crumbs))


def _position(item: dict) -> int:
    """A breadcrumb item's declared place in the trail (0 when it declares none)."""
    position = item.get("position")
    return position if isinstance(position, int) else 0


def _authors(root: Element, ld: dict, metas: dict[str, str], marked: list[Marked], shown: _ShownLines,
             not_names: frozenset[str]) -> list[str]:
    """The people the page credits: its visible byline's (the element named for it
    nearest the headline, outside related boxes, comments and author bios, else a "By"
    line shown around the headline), else those its metadata declares (JSON-LD, meta
    tags, ``rel=author`` links), the site's and publisher's names left out."""
    chrome = _chrome_elements(marked, shown.h1)
    names = _shown_byline(root, marked, shown.h1, chrome, not_names) or shown.authors(not_names, chrome)
    if names:
        return names
    for values in _declared_authors(root, ld, metas):
        names = person_names(values, not_names)
        if names:
            return names
    return []


def _declared_authors(root: Element, ld: dict, metas: dict[str, str]) -> Iterator[list[str]]:
    """Author values as the metadata declares them, best source first (read lazily)."""
    for key in ("author", "creator"):
        yield _strings(_people_only(_resolved(ld.get(key), ld.get("_ids") or {})))
    for key in AUTHOR_META:
        if metas.get(key):
            yield [metas[key]]
    yield [_text(a) for a in _links_with_rel(root, "author")[:5]]


def _shown_byline(root: Element, marked: list[Marked], h1: Element | None, chrome: set[Element],
                  not_names: frozenset[str]) -> list[str]:
    """The names of the byline the page shows: the first element named for a byline (or
    an ``itemprop=author`` one) nearest after the headline, else nearest before it, that
    names a person."""
    candidates = [el for el in _byline_elements(root, marked)
                  if not any(ancestor in chrome for ancestor in el.iterancestors())]
    for el in _nearest_first(root, candidates, h1):
        if 0 < len(_spaced_text(el)) <= MAX_BYLINE_CHARS:
            names = _byline_names(el, not_names)
            if names:
                return names
    return []


def _byline_names(el: Element, not_names: frozenset[str]) -> list[str]:
    """The people a byline element names, read piece by piece (its texts, as its child
    elements part them): after a lead ("By", "Written by", "Text:"), the first piece must
    name someone (else the element credits an outlet, a date or a link), and names
    follow one another across joining pieces ("and", ","), up to anything else. A name
    of one word counts only after a "By"."""
    names: list[str] = []
    joined = by = False  # whether the piece read last was a joining word, a "By"
    for piece in _pieces(el):
        lead = _BYLINE_LEAD.fullmatch(piece)
        if lead is not None:
            joined, by = True, by or lead.group("by") is not None
            continue
        if names and not joined:
            break
        found = [n for n in person_names([piece], not_names) if by or " " in n]
        if not found:
            break
        names += [n for n in found if n not in names]
        joined = False
    return names


def _pieces(el: Element) -> list[str]:
    """The texts of an element as its child elements part them, spaces collapsed; a
    letter or two set apart by markup alone is glued back to its word ("Molly Woo<i>d</i>")."""
    pieces: list[str] = []
    glue = False
    for text in el.itertext():
        short = text[:1].islower() and len(text.strip()) <= 2
        if pieces and glue and short and not text[:1].isspace():
            pieces[-1] += text.strip()
        elif text.strip():
            pieces.append(" ".join(text.split()))
        glue = bool(text) and not text[-1:].isspace()
    return pieces


def _nearest_first(root: Element, elements: list[Element], anchor: Element | None) -> list[Element]:
    """What :func:`nearest_first_plain` gives, each element placed by its path from
    ``root`` (its index among its siblings at each level: document order) rather than by
    numbering every element of the page."""
    if anchor is None or len(elements) < 2:
        return elements
    at = _document_place(root, anchor)
    places = [_document_place(root, el) for el in elements]
    after = [el for el, place in zip(elements, places, strict=True) if place > at]
    before = [el for el, place in zip(elements, places, strict=True) if place < at]
    return after + before[::-1]


def nearest_first_plain(root: Element, elements: list[Element], anchor: Element | None) -> list[Element]:
    """``elements`` (in document order) from the nearest after ``anchor`` on, then those
    before it from the nearest back."""
    if anchor is None or len(elements) < 2:
        return elements
    position = {el: i for i, el in enumerate(root.iter())}
    at = position.get(anchor, -1)
    after = [el for el in elements if position.get(el, -1) > at]
    before = [el for el in elements if position.get(el, -1) < at]
    return after + before[::-1]


def _document_place(root: Element, el: Element) -> tuple[int, ...]:
    """A key that sorts the elements of ``root``'s tree in document order, ``root`` first;
    an element outside that tree sorts before all of them (as position -1 does)."""
    path = []
    while el is not root:
        parent = el.getparent()
        if parent is None:
            return (-1,)
        path.append(parent.index(el))
        el = parent
    return (0, *reversed(path))


def _chrome_elements(marked: list[Marked], h1: Element | None) -> set[Element]:
    """Related boxes, comments, author bios, sidebars and footers: a byline inside one is
    another story's, a commenter's or a bio's. An element so named that holds the
    headline (``<body class="one-sidebar">``) is a layout wrapper, not one of them."""
    chrome = {m.el for m in marked if not m.words.isdisjoint(BYLINE_CHROME_WORDS) and m.el.tag not in NEVER_CUT_TAGS}
    if h1 is not None:
        chrome -= set(h1.iterancestors())
    return chrome


def _byline_elements(root: Element, marked: list[Marked]) -> list[Element]:
    """Elements named for a byline and ``itemprop="author"`` ones, in document order."""
    named = having_class_words(marked, BYLINE_CLASSES)
    props = _having_itemprop(root, "author")
    if not props:
        return named
    seen = set(named)
    return named + [el for el in props if el not in seen]


def _resolved(value, ids: dict):
    """A JSON-LD value with its ``{"@id": …}`` references replaced by the objects the
    document gives under those ids (a person described once in the ``@graph``)."""
    if isinstance(value, list):
        return [_resolved(v, ids) for v in value[:20]]
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in ids:
        return ids[value["@id"]]
    return value


def _people_only(author):
    """JSON-LD authors without the organisations (a site credited as its own author)."""
    if isinstance(author, list):
        return [a for a in author[:20] if not (isinstance(a, dict) and a.get("@type") == "Organization")]
    if isinstance(author, dict) and author.get("@type") == "Organization":
        return None
    return author


def _not_names(ld: dict, metas: dict[str, str], site_name: str | None) -> frozenset[str]:
    """The names that credit the site, not a person: its name, its publisher's, its
    domain (folded, and squashed without spaces)."""
    names = [site_name or "", metas.get("application-name") or "", metas.get("twitter:site") or ""]
    names += _strings(_resolved(ld.get("publisher"), ld.get("_ids") or {}))
    url = metas.get("og:url") or ""
    host = _HOST.search(url)
    if host:
        names.append(host.group("name"))
    folded = {" ".join(n.lower().lstrip("@").split()) for n in names if n}
    return frozenset(folded | {f.replace(" ", "") for f in folded}) - {""}


def _spaced_text(el: Element) -> str:
    """Text of an element with a space between its pieces (``<b>Jane</b><i>Org</i>``)."""
    return _clean(" ".join(el.itertext()))


def _published(times: list[Element], ld: dict, metas: dict[str, str], marked: list[Marked]) -> str | None:
    for value in _strings(ld.get("datePublished") or ld.get("dateCreated")):
        if parse_date(value):
            return parse_date(value)
    for key in DATE_META:
        if metas.get(key) and parse_date(metas[key]):
            return parse_date(metas[key])
    for el in times:
        value = el.get("datetime") or _text(el)
        if parse_date(value):
            return parse_date(value)
    for el in having_class_words(marked, DATE_CLASSES):  # <span class="post-date">March 12, 2022</span>
        text = _text(el)
        if len(text) <= 80 and parse_date(text):
            return parse_date(text)
    return None


def _dek(marked: list[Marked], headline: str | None) -> str | None:
    """The standfirst shown under the headline: an element named for it that holds one
    run of text (no blocks, few links) of summary length."""
    for el in having_class_words(marked, DEK_CLASSES):
        if el.tag not in DEK_TAGS or _has_blocks(el):
            continue
        text = _text(el)
        if not DEK_MIN_WORDS <= len(text.split()) <= MAX_DEK_WORDS or (headline and _fold(text) == _fold(headline)):
            continue
        if sum(len(_text(a)) for a in el.iter("a")) > len(text) / 4 or _NOT_A_DEK.match(text) or is_date_line(text):
            continue
        return text
    return None


def _has_blocks(el: Element) -> bool:
    return next(el.iterdescendants(*BLOCKS_IN_DEK), None) is not None


class _ShownLines:
    """The lines a page shows around its headline (breadcrumb, byline, date), read when
    first asked: the blocks of the largest element around the <h1> that holds at most
    HEADER_AREA_CHARS of text, HEADER_LINES either side of the headline's line."""

    __slots__ = ("_lines", "h1")

    def __init__(self, h1: Element | None) -> None:
        self.h1 = h1
        self._lines: list[str] | None = None

    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = _lines_around(self.h1) if self.h1 is not None else []
        return self._lines

    def breadcrumb(self) -> list[str]:
        for line in self.lines():
            if BREADCRUMB_LINE.fullmatch(line):
                return list(reversed([c.strip() for c in BREADCRUMB_SEPARATOR.split(line)[1:] if c.strip()]))
        return []

    def bylines(self) -> Iterator[tuple[str, tuple[list[str], str | None]]]:
        for line in self.lines():
            found = parse_byline(line)
            if found is not None:
                yield line, found

    def authors(self, not_names: frozenset[str], chrome: set[Element]) -> list[str]:
        """The people of the first "By" line around the headline that stands outside
        related boxes, comments and bios (``chrome``)."""
        for line, (names, _date) in self.bylines():
            people = person_names(names, not_names)
            if people and not any(line in _spaced_text(el) for el in chrome):
                return people
        return []

    def published(self) -> str | None:
        return next((date for _line, (_names, date) in self.bylines() if date), None)


def _lines_around(h1: Element) -> list[str]:
    around = h1.getparent()
    if around is None:
        return []
    if len(text_of(around)) > HEADER_AREA_CHARS:  # the <h1> stands in the story's container: its neighbours
        near = [*reversed(list(h1.itersiblings(preceding=True))[:HEADER_LINES]), h1,
                *list(h1.itersiblings())[:HEADER_LINES]]
        return [line for el in near if len(text_of(el)) <= HEADER_AREA_CHARS // 8
                for line in blocks(el) if len(line) <= 120]
    while (parent := around.getparent()) is not None and len(text_of(parent)) <= HEADER_AREA_CHARS:
        around = parent
    lines = blocks(around)
    headline = _fold(_text(h1))
    at = next((i for i, line in enumerate(lines) if _fold(line) == headline), 0)
    return [line for line in lines[max(0, at - HEADER_LINES): at + HEADER_LINES + 1] if len(line) <= 120]


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


_WORD = patterns.compile(r"\w+")


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))
