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
from ..header.bylines import is_date_line, parse_byline
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
    BYLINE_CLASSES,
    DATE_CLASSES,
    DATE_META,
    DEK_CLASSES,
    DEK_TAGS,
    HEADLINE_META,
    HOME_CRUMBS,
    JOB_WORDS,
    MARKER_WORDS,
    META_KEY_ATTRIBUTES,
    NOT_NAMES,
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
_BY = patterns.compile(r"^\s*(?:[A-Za-z]{1,20}\s+){0,2}?(?:by|von|par|por)\s*:?\s+", re.I)
# "Jane Roe. Example Network": a full stop after a word of two letters or more ends the name.
_ORG_AFTER_NAME = patterns.compile(r"(?<=\w\w)\.\s+")
# The spaces before a separator are taken only from where their run starts (the same
# matches; a run of spaces with no separator after it is then not scanned again from
# each of its positions, which took the square of its length).
_NAME_SPLIT = patterns.compile(r"(?:(?<!\s)\s*)?(?:,|&|\band\b|\|)\s*")
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
    header.authors = _authors(root, ld, metas, markers)
    header.published = _published(found["time"], ld, metas, markers)
    header.dek = _dek(markers, header.headline)
    if header.published is None or not header.categories:
        shown = _header_lines(found["h1"], _ShownHeader(header.categories, header.authors, header.published))
        header.categories, header.authors, header.published = shown.categories, shown.authors, shown.published
    body = ld.get("articleBody")
    article_body = body if isinstance(body, str) and body.strip() else None
    return PageMeta(header, article_body=article_body, site_name=site_name)


def fragment_metadata(root: Element) -> Header:
    """What a fragment (a feed item, an export's body) says of itself: its headline, when
    it opens with a heading before any other text. Its other lines are never guessed to
    be the headline: a feed item's description opens with its summary, not its title."""
    header = Header()
    for el in root.iter(*FRAGMENT_OPENING_TAGS):
        text = _text(el)
        if not text:
            continue
        if el.tag in FRAGMENT_HEADING_TAGS and len(text) <= MAX_FRAGMENT_HEADING_CHARS:
            header.headline = text
        break
    return header


# --- sources -------------------------------------------------------------------------

def _json_ld_article(scripts: list) -> dict:
    """The first schema.org article object in the page's JSON-LD, else {}; the page's
    BreadcrumbList, wherever it is, rides along under ``_breadcrumb``."""
    article: dict | None = None
    fallback: dict = {}
    breadcrumb = None
    for script in scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        for obj in _ld_objects(data):
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
                raw.setdefault(key.strip().lower(), content)
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
    declared = _strings(ld.get("headline") or ld.get("name"))
    headline = _strip_site(declared[0], site, split=False) if declared else None
    if not headline:
        for key in HEADLINE_META:
            if metas.get(key):
                headline = _strip_site(metas[key], site)
                break
    title = _strip_site(title, site) if title is not None else None
    h1 = _page_h1(h1s, title)
    if headline:
        if h1 and _fold(h1) != _fold(headline) and _truncated_of(headline, h1):
            return h1
        return headline
    return h1 or title or None


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
    return split_title(title)[0] if split else title


def _title_sections(title: str | None, site: str | None) -> list[str]:
    if title is None:
        return []
    if site and title.lower().endswith(site.lower()):
        title = title[: -len(site)].rstrip(" |-–—:·")
    return split_title(title)[1]


def _page_h1(h1s: list[Element], title: str | None) -> str | None:
    """The <h1> that is the headline: the one the title repeats, else the first that
    reads like one (a logo in an <h1> is one or two words and not in the title's head)."""
    first = None
    folded_title = _fold(title) if title else None
    for h1 in h1s:
        text = _text(h1)
        if not 2 <= len(text) <= 300:
            continue
        if folded_title is not None and (folded := _fold(text)) and folded in folded_title:
            return text
        if first is None and len(text.split()) > 3:
            first = text
    return first


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


def _authors(root: Element, ld: dict, metas: dict[str, str], marked: list[Marked]) -> list[str]:
    names: list[str] = []
    author = ld.get("author") or ld.get("creator")
    if author:
        names = _strings(_people_only(author))
    if not names:
        for key in AUTHOR_META:
            if metas.get(key):
                names = [metas[key]]
                break
    if not names:
        names = [_text(a) for a in _links_with_rel(root, "author")[:5]]
    if not names:
        for el in _byline_elements(root, marked):
            text = _spaced_text(el)
            if 0 < len(text) <= 120:
                names = [text]
                break
    return _person_names(names)


def _byline_elements(root: Element, marked: list[Marked]) -> Iterator[Element]:
    """Elements named for a byline, then ``itemprop="author"`` ones (searched for only
    when the named ones give no byline)."""
    yield from having_class_words(marked, BYLINE_CLASSES)
    yield from _having_itemprop(root, "author")


def _people_only(author):
    """JSON-LD authors without the organisations (a site credited as its own author)."""
    if isinstance(author, list):
        return [a for a in author[:20] if not (isinstance(a, dict) and a.get("@type") == "Organization")]
    if isinstance(author, dict) and author.get("@type") == "Organization":
        return None
    return author


def _person_names(raw: list[str]) -> list[str]:
    """Names out of author strings: ``Analysis by JANE ROE, Staff Writer`` → ``Jane Roe``."""
    out: list[str] = []
    for value in raw:
        if _URLISH.search(value):
            continue
        value = _BY.sub("", value)
        for name in _NAME_SPLIT.split(value):
            name = _ORG_AFTER_NAME.split(name.strip(" .;:"), maxsplit=1)[0].strip(" .;:")
            if not _is_person_name(name):
                continue
            out.append(name.title() if name.isupper() else name)
    return _dedupe(out)


def _is_person_name(name: str) -> bool:
    words = name.lower().split()
    if not name or name.lower() in NOT_NAMES or len(name) > 60 or not 1 <= len(words) <= 5:
        return False
    if name.startswith("@") or not any(c.isalpha() for c in name) or parse_date(name):
        return False
    return not any(w.strip(".,") in JOB_WORDS for w in words)


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


@dataclass(slots=True)
class _ShownHeader:
    """The header fields a page shows as lines around its headline."""

    categories: list[str]
    authors: list[str]
    published: str | None


def _header_lines(h1s: list[Element], known: _ShownHeader) -> _ShownHeader:
    """Older pages declare nothing: read the breadcrumb, byline and date lines shown
    around the headline, as the text extractor reads them at the top of an article,
    for the fields ``known`` lacks."""
    h1 = h1s[0] if h1s else None
    if h1 is None or h1.getparent() is None:
        return known
    around = h1.getparent()
    if len(text_of(around)) > HEADER_AREA_CHARS:
        return known
    shown = _ShownHeader(known.categories, known.authors, known.published)
    lines = blocks(around)
    headline = _fold(_text(h1))
    at = next((i for i, line in enumerate(lines) if _fold(line) == headline), 0)
    for line in lines[max(0, at - HEADER_LINES): at + HEADER_LINES + 1]:
        if len(line) > 120:
            continue
        if not shown.categories and BREADCRUMB_LINE.fullmatch(line):
            crumbs = [c.strip() for c in BREADCRUMB_SEPARATOR.split(line)[1:] if c.strip()]
            shown.categories = list(reversed(crumbs))
            continue
        found = parse_byline(line)
        if found is not None:
            names, date = found
            shown.published = shown.published or date
            if not shown.authors:
                shown.authors = _person_names(names)
    return shown


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
