"""The HTML stage's entry points: find the article in a saved page (or take all of a
fragment) and turn it into text blocks, one per paragraph, sub-heading, list item or
block quote, with the header fields the page declares.

A page is read in named steps, each in its own module: it is parsed (:mod:`.dom`), its
metadata read (:mod:`.meta`), its boilerplate cut (:mod:`.boilerplate`), the container
of the story chosen (:mod:`.content`) and cleared of nested teasers and the <h1>, and
the story's blocks emitted in document order, short link-dominated blocks left out
(:mod:`.blocks`). A fragment (a feed item, an export body) is all story: only its
dropped tags and boilerplate go.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Header, Removal
from .blocks import blocks, fragment_blocks
from .boilerplate import drop_boilerplate, drop_hidden, drop_nested_articles, drop_tags, drop_titles
from .content import choose_content
from .dom import marked_elements, parse, source_elements
from .meta import read_metadata
from .tables import DROP_TAGS, PAGE_DROP_TAGS

# The JSON-LD articleBody replaces an extraction holding less than this share of it.
DECLARED_BODY_MIN_CHARS, DECLARED_BODY_SHARE = 500, 0.3


@dataclass
class HtmlDocument:
    """What the HTML stage finds: the story's blocks, the header fields the page declares
    (none for a fragment) and the page parts cut."""

    paragraphs: list[str] = field(default_factory=list)
    header: Header | None = None  # None for a fragment
    removed: list[Removal] = field(default_factory=list)  # the page parts cut, by kind


def fragment_to_blocks(markup: str) -> HtmlDocument:
    """Text blocks of an HTML fragment (a feed item, an export body), in document order."""
    try:
        root = parse(markup)
    except InputError:
        return HtmlDocument()
    drop_tags(root, DROP_TAGS)
    removed = drop_boilerplate(root, marked_elements(root))
    found = fragment_blocks(root)
    removed += [Removal("html_link_title", title) for title in found.link_titles]
    return HtmlDocument(paragraphs=found.paragraphs, removed=removed)


def page_to_document(markup: str) -> HtmlDocument:
    """Metadata and story blocks of a full saved page."""
    root = parse(markup)
    marked = marked_elements(root)
    found = source_elements(root)
    meta = read_metadata(root, marked, found)
    doc = HtmlDocument(header=meta.header)
    body = root.find("body")
    if body is None:
        body = root
    drop_tags(body, DROP_TAGS + PAGE_DROP_TAGS)
    drop_hidden(body)
    doc.removed = drop_boilerplate(body, marked)
    nodes = choose_content(body)
    for node in nodes:
        doc.removed += drop_nested_articles(node)
        doc.removed += drop_titles(node)
    doc.paragraphs = [p for node in nodes for p in blocks(node, filter_links=True)]
    if meta.article_body and _declared_body_is_fuller(doc.paragraphs, meta.article_body):
        doc.paragraphs = [p.strip() for p in meta.article_body.split("\n") if p.strip()]
        doc.removed.append(Removal("html_declared_body",
                                   "the page's JSON-LD articleBody replaced a near-empty extraction"))
    return doc


def _declared_body_is_fuller(paragraphs: list[str], declared: str) -> bool:
    """A page that renders its story with scripts shows little of it; the JSON-LD
    ``articleBody`` it declares is then the better text."""
    found = sum(len(p) for p in paragraphs)
    return len(declared) >= DECLARED_BODY_MIN_CHARS and found < len(declared) * DECLARED_BODY_SHARE
