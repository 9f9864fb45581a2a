"""The HTML stage's entry points: find the article in a saved page (or take all of a
fragment) and turn it into text blocks, one per paragraph, sub-heading, list item,
table cell or block quote, with the header fields the page declares.

A page is read in named steps, each in its own module: it is parsed and its text sizes
counted (:mod:`.dom`), its metadata read (:mod:`.meta`), its headlines found
(:mod:`.headlines`: where its stories start, and the own story's); the containers that
hold the story are found before any is cut by a class word (:mod:`.content`'s
``story_path``: a class word weighs against a container, never vetoes the one holding
the story), the boilerplate cut (:mod:`.boilerplate`), the container of the story chosen
(:mod:`.content`) and cleared of nested teasers, lists of teasers (:mod:`.teasers`) and
the headline, and the story's blocks emitted in document order, link-dominated blocks
and lines of page furniture left out (:mod:`.blocks`). When the chosen container holds
little, the next best candidates are tried, then the page's paragraphs of prose, and
the result warns of it (``HtmlDocument.warnings``). A fragment (a feed item, an export
body) is all story: only its dropped tags and boilerplate go.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Header, Removal
from .blocks import StoryBlocks, blocks, fragment_blocks, story_blocks
from .boilerplate import (
    boilerplate_named,
    drop_boilerplate,
    drop_hidden,
    drop_hidden_parts,
    drop_nested_articles,
    drop_tags,
    drop_titles,
    may_cut_prose,
)
from .content import Choice, choose_content, story_path
from .dom import Element, Marked, TextSizes, is_within, marked_elements, parse, source_elements
from .headlines import Headlines, find_headlines, keep_headlines
from .meta import fragment_metadata, read_metadata
from .tables import DROP_TAGS, PAGE_DROP_TAGS
from .teasers import drop_teaser_lists

# The JSON-LD articleBody replaces an extraction holding less than this share of it.
DECLARED_BODY_MIN_CHARS, DECLARED_BODY_SHARE = 500, 0.3
# A container holding less prose than this is too little to be worth sparing from boilerplate.
STORY_MIN_CHARS = 200
# A story of fewer characters than this is thin: the next candidates are tried, then the
# page's paragraphs of prose (PROSE_CHARS or longer), and a thin result is warned of.
THIN_CHARS, RUNNERS_UP, PROSE_CHARS = 200, 3, 80
# A story elsewhere than the chosen container has fewer links than this share of its text.
ELSEWHERE_LINK_DENSITY = 0.2
THIN_WARNING = "little article text found on the page"
NEXT_CANDIDATE_WARNING = "the best container held little text: the story was taken from the next best"
WHOLE_PAGE_WARNING = "no container held a story: the page's paragraphs of prose were taken"


@dataclass
class HtmlDocument:
    """What the HTML stage finds: the story's blocks, the header fields the page declares
    (none for a fragment) and the page parts cut."""

    paragraphs: list[str] = field(default_factory=list)
    header: Header | None = None  # a fragment's holds only the heading it opens with
    removed: list[Removal] = field(default_factory=list)  # the page parts cut, by kind
    warnings: list[str] = field(default_factory=list)  # what the reader of the result should know


def fragment_to_blocks(markup: str) -> HtmlDocument:
    """Text blocks of an HTML fragment (a feed item, an export body), in document order."""
    try:
        root = parse(markup)
    except InputError:
        return HtmlDocument()
    header = fragment_metadata(root)
    drop_tags(root, DROP_TAGS)
    removed = drop_hidden_parts(root)
    marked = marked_elements(root)
    # (the text sizes weigh the marked parts only: a third of the corpus fragments have none)
    if marked:
        removed += drop_boilerplate(root, marked, TextSizes(root))
    found = fragment_blocks(root)
    removed += [Removal("html_link_title", title) for title in found.link_titles]
    return HtmlDocument(paragraphs=found.paragraphs, header=header, removed=removed)


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
    keep_headlines(body)
    drop_tags(body, DROP_TAGS + PAGE_DROP_TAGS)
    drop_hidden(body)
    sizes = TextSizes(body)
    headlines = find_headlines(body, meta.header.headline)
    story_named = _story_wrappers(body, sizes, marked, headlines)
    doc.removed = drop_boilerplate(body, marked, sizes, story_named)
    choice = choose_content(body, sizes, story_named, headlines)
    story = _story_blocks(choice.nodes, sizes, headlines.own, _story_elsewhere(choice, sizes))
    doc.paragraphs, doc.removed = story.paragraphs, doc.removed + story.removed
    if _thin(doc.paragraphs):
        fallback = _fall_back(body, choice, sizes)
        if fallback is not None:
            doc.paragraphs, doc.removed = fallback.story.paragraphs, doc.removed + fallback.story.removed
            doc.warnings.append(fallback.warning)
    if meta.article_body and _declared_body_is_fuller(doc.paragraphs, meta.article_body):
        doc.paragraphs = [p.strip() for p in meta.article_body.split("\n") if p.strip()]
        doc.removed.append(Removal("html_declared_body",
                                   "the page's JSON-LD articleBody replaced a near-empty extraction"))
    if _thin(doc.paragraphs):
        doc.warnings.append(THIN_WARNING)
    return doc


def _story_blocks(nodes: list[Element], sizes: TextSizes, own_headline: Element | None,
                  story_elsewhere: bool = False) -> StoryBlocks:
    """The blocks of the story's containers, cleared of nested teasers, lists of
    teasers (even one filling them when the page has a story elsewhere) and the
    headline, with what was cut."""
    removed: list[Removal] = []
    for node in nodes:
        removed += drop_nested_articles(node, sizes)
        elsewhere = story_elsewhere or any(other is not node and _holds_story(other, sizes) for other in nodes)
        removed += drop_teaser_lists(node, sizes, elsewhere)
        removed += drop_titles(node, sizes, own_headline)
    paragraphs: list[str] = []
    for node in nodes:
        story = story_blocks(node)
        paragraphs += story.paragraphs
        removed += story.removed
    return StoryBlocks(paragraphs, removed)


def _story_elsewhere(choice: Choice, sizes: TextSizes) -> bool:
    """A candidate outside the chosen elements holds a story: if the chosen are a grid
    of teasers, the story is there."""
    return any(_holds_story(el, sizes) for el in choice.runners_up(RUNNERS_UP))


def _holds_story(el: Element, sizes: TextSizes) -> bool:
    """A story's worth of story-like prose, with few links."""
    return sizes.story.get(el, 0) >= STORY_MIN_CHARS and sizes.link_density(el) < ELSEWHERE_LINK_DENSITY


def _thin(paragraphs: list[str]) -> bool:
    """Too little text to be a story."""
    return sum(map(len, paragraphs)) < THIN_CHARS


@dataclass(slots=True)
class Fallback:
    """The story taken when the chosen container held little, and the warning that says
    where it was taken from."""

    story: StoryBlocks
    warning: str


def _fall_back(body: Element, choice: Choice, sizes: TextSizes) -> Fallback | None:
    """The chosen container holds little: the next best candidates in turn, then the
    page's paragraphs of prose, whichever first gives a story's worth of text (as the
    extractors that do best fall back); None when neither does."""
    for node in choice.runners_up(RUNNERS_UP):
        story = _story_blocks([node], sizes, None, story_elsewhere=True)  # (a list of teasers is no story here)
        if not _thin(story.paragraphs):
            return Fallback(story, NEXT_CANDIDATE_WARNING)
    prose = [p for p in blocks(body, filter_links=True) if len(p) >= PROSE_CHARS]
    return None if _thin(prose) else Fallback(StoryBlocks(prose, []), WHOLE_PAGE_WARNING)


def _story_wrappers(body: Element, sizes: TextSizes, marked: list[Marked], headlines: Headlines) -> frozenset[Element]:
    """The elements named like boilerplate that hold the story (or are its container),
    found before any is cut: a class word weighs against a container, and never vetoes
    the one that holds the story."""
    if not may_cut_prose(marked, sizes, body, STORY_MIN_CHARS):
        return frozenset()  # (speed: on 126 of the 181 Zyte pages no such part could be cut)
    named = boilerplate_named(marked)
    path = story_path(body, sizes, named, headlines)
    if not path or sizes.prose(path[0]) < STORY_MIN_CHARS:
        return frozenset()  # no story to speak of, or none found
    named_set = set(named)
    inner = path[-1]
    around = [el for el in (inner, *inner.iterancestors()) if el in named_set]
    # a part of the best container holding most of its story-like prose is the story too
    holder = path[0]
    story = sizes.story.get(holder, 0)
    half = story / 2 if story else sizes.prose(holder) / 2
    inside = [el for el in named
              if (sizes.story.get(el, 0) if story else sizes.prose(el)) > half and is_within(el, holder)]
    return frozenset(around + inside)


def _declared_body_is_fuller(paragraphs: list[str], declared: str) -> bool:
    """A page that renders its story with scripts shows little of it; the JSON-LD
    ``articleBody`` it declares is then the better text."""
    found = sum(len(p) for p in paragraphs)
    return len(declared) >= DECLARED_BODY_MIN_CHARS and found < len(declared) * DECLARED_BODY_SHARE
