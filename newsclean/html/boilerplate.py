"""Cutting what is not the story: by tag (``DROP_TAGS``), hidden elements, elements whose
class or id names a kind of boilerplate (``BOILERPLATE_WORDS``, each kind with its
reason), but the containers found to hold the story whatever their names, the weak
kinds' elements that are layout around the story (one holding much of the page's prose,
a paywall's fold made of the story's paragraphs) and an embedded post's quote; and,
inside the chosen story, nested teaser articles and the headline <h1> (a field; an <h1>
among the paragraphs is a sub-heading). Each cut part that held text is recorded as a
removal under its kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .. import patterns
from ..model import Removal
from .dom import (
    Element,
    Marked,
    Memo,
    TextSizes,
    element_words,
    is_detached,
    is_within,
    leading_text,
    remove,
    spaced_pieces,
    text_len,
    text_of,
)
from .tables import BOILERPLATE_KINDS, CONTENT_WORDS, KIND_ORDER, NEVER_CUT_TAGS, STORY_WRAPPER_KINDS, WEAK_KINDS

# How much of a removed element's text is kept in the record of removals.
REMOVED_TEXT_CHARS = 200
# An element named like weak boilerplate that holds this share of the page's prose is the story.
KEEP_SHARE = 0.35
# A weak kind's element whose text is this share story-like prose, and this much of it,
# wraps part of the story.
MADE_OF_STORY, STORY_MIN_CHARS = 0.6, 200
# A form holding less text than this is a search box or a sign-up, not a page wrapped in
# a form (as ASP.NET pages are).
SMALL_FORM_CHARS = 1000


def drop_tags(root: Element, tags: tuple[str, ...]) -> None:
    """Cut the ``tags`` elements and the small forms."""
    for form in [f for f in root.iter("form") if text_len(f) < SMALL_FORM_CHARS]:
        remove(form)
    etree.strip_elements(root, *tags, with_tail=False)


# The attributes that can hide an element.
_HIDING_ATTRIBUTES = etree.XPath(
    "descendant-or-self::*/@hidden | descendant-or-self::*/@aria-hidden | descendant-or-self::*/@style")
_DISPLAY_NONE = patterns.compile(r"display\s*:\s*none", re.I)


def hidden_elements(root: Element) -> list[Element]:
    """The elements a browser would not show: ``hidden``, ``aria-hidden="true"``,
    ``style="display: none"`` (never the page itself), in document order."""
    hidden: list[Element] = []
    for value in _HIDING_ATTRIBUTES(root):
        name = value.attrname
        if name == "hidden" or (name == "aria-hidden" and value == "true") or (
                name == "style" and "none" in value and _DISPLAY_NONE.search(value)):
            el = value.getparent()
            if el.tag not in ("body", "html") and (not hidden or hidden[-1] is not el):
                hidden.append(el)
    return hidden


def drop_hidden(root: Element) -> None:
    """Cut the elements a browser would not show (:func:`hidden_elements`)."""
    for el in hidden_elements(root):
        remove(el)


def drop_hidden_parts(root: Element) -> list[Removal]:
    """Cut the hidden parts of a fragment (a feed item or an export body: a photo box and
    its caption kept with ``display: none``), recording what each held; unless together
    they hold half its words or more, when the fragment is read as written (an export
    that hides its own story for a script to show is still the story)."""
    hidden = hidden_elements(root)
    if not hidden:
        return []
    outermost = [el for el in hidden if not any(a in hidden for a in el.iterancestors())]
    hidden_words = sum(len(text_of(el).split()) for el in outermost)
    if 2 * hidden_words >= len(text_of(root).split()):
        return []
    removed = []
    for el in outermost:
        record = leading_text(el, REMOVED_TEXT_CHARS)
        if record:
            removed.append(Removal("html_hidden", record))
        remove(el)
    return removed


@dataclass(frozen=True, slots=True)
class Kind:
    """The boilerplate kind a set of class/id words names (None: no kind), and whether
    any kind it names is weak."""

    name: str | None
    weak: bool


def kind_of(words: frozenset[str]) -> Kind:
    """The kind named first in the table, so ``cookie-banner`` is a cookie banner, not
    an ad; weak when any of the kinds named is weak."""
    kinds = {BOILERPLATE_KINDS[w] for w in words if w in BOILERPLATE_KINDS}
    if not kinds:
        return Kind(None, False)
    return Kind(min(kinds, key=KIND_ORDER.__getitem__), not kinds.isdisjoint(WEAK_KINDS))


# Speed, beside kind_of: the marked words of a page's elements repeat, and so do those of
# a site's pages. Remembering the kind of each set of words makes the HTML stage 6%
# faster on the Zyte pages (benchmarks/zyte_html.py --baseline, median of 9 runs: 0.94
# of the time without).
KIND_OF: Memo[frozenset[str], Kind] = Memo(kind_of)


def boilerplate_reason(el: Element) -> str | None:
    """The boilerplate kind an element's class or id names it as, or None."""
    return kind_of(element_words(el)).name


def boilerplate_named(marked: list[Marked]) -> dict[Element, bool]:
    """The marked elements whose class or id names a kind of boilerplate, in document
    order, each with whether that kind is weak."""
    named: dict[Element, bool] = {}
    for m in marked:
        kind = KIND_OF[m.words]
        if kind.name is not None:
            named[m.el] = kind.weak
    return named


def may_cut_prose(marked: list[Marked], sizes: TextSizes, root: Element, min_chars: int) -> bool:
    """Some element named like boilerplate holds ``min_chars`` of story-like prose (of
    prose, on a page that writes none in paragraphs) and is not a weak kind's wrapper
    holding so much of the page's prose that :func:`drop_boilerplate` spares it anyway:
    cutting by class words might cut the story."""
    page_prose = sizes.prose(root)
    paragraphs = sizes.story.get(root, 0) >= min_chars
    for m in marked:
        kind = KIND_OF[m.words]
        if kind.name is None:
            continue
        el = m.el
        if (sizes.story.get(el, 0) if paragraphs else sizes.prose(el)) < min_chars:
            continue
        if not (kind.weak and sizes.prose(el) >= _story_share(el) * page_prose):
            return True
    return False


def drop_boilerplate(root: Element, marked: list[Marked], sizes: TextSizes,
                     keep: frozenset[Element] = frozenset()) -> list[Removal]:
    """Cut the elements whose class or id marks them as boilerplate (``marked``: the
    :func:`~newsclean.html.dom.marked_elements` of the page; ``sizes``: the text sizes
    under ``root``, kept up to date as parts go), but those in ``keep`` (the story's
    container and the parts around it, whatever their names) and those a weak kind's
    name is only layout around; what each cut part held is recorded."""
    kinds = [(m.el, KIND_OF[m.words]) for m in marked if m.el not in keep]
    # characters of prose (text outside links) left on the page as parts go: what a
    # weak kind's element is weighed against
    prose_left = sizes.prose(root) if any(kind.weak for _el, kind in kinds) else 0
    removed: list[Removal] = []
    for el, kind in kinds:
        if kind.name is None or (kind.name == "embedded_post" and _quotes_the_post(el)):
            continue
        parent = el.getparent()
        if parent is None or el.tag in NEVER_CUT_TAGS or not is_within(parent, root):
            continue  # the last: inside a part already cut
        record = leading_text(el, REMOVED_TEXT_CHARS) if sizes.chars.get(el) else ""
        if not record and (not sizes.chars.get(el) or text_of(el).isspace()):
            sizes.cut(el)  # an empty slot: nothing to weigh or record
            continue
        if kind.weak and _wraps_story(el, kind, sizes, prose_left):
            continue
        prose_left -= sizes.prose(el)
        removed.append(Removal(f"html_{kind.name}", record))
        sizes.cut(el)
    return removed


def _wraps_story(el: Element, kind: Kind, sizes: TextSizes, prose_left: int) -> bool:
    """A weak kind's element that is layout around the story: one that holds much of
    the prose left on the page (``l-sidebar article-body``), or, for a name of
    STORY_WRAPPER_KINDS, one made of story-like prose (a paywall's fold around the
    story's last paragraphs)."""
    if kind.name in STORY_WRAPPER_KINDS and _made_of_story(el, sizes):
        return True
    return prose_left > 0 and sizes.prose(el) >= _story_share(el) * prose_left


def _made_of_story(el: Element, sizes: TextSizes) -> bool:
    """An element whose text is paragraphs of story-like prose, STORY_MIN_CHARS of them
    at least: what a name of STORY_WRAPPER_KINDS ("paywall", "hidden-sm", a widget)
    wraps is then the story's, not a box beside it."""
    story = sizes.story.get(el, 0)
    return story >= STORY_MIN_CHARS and story >= MADE_OF_STORY * sizes.chars.get(el, 0)


def _quotes_the_post(el: Element) -> bool:
    """An embedded post that is, or holds, the <blockquote> quoting it in the story (its
    scripts and frames go with their tags)."""
    return el.tag == "blockquote" or el.find(".//blockquote") is not None


def _story_share(el: Element) -> float:
    """How much of the page's prose a boilerplate-looking element must hold to be kept
    as the story; less when it is also named like a story (``l-sidebar article-body``)."""
    return KEEP_SHARE / 2 if not element_words(el).isdisjoint(CONTENT_WORDS) else KEEP_SHARE


def drop_nested_articles(node: Element, sizes: TextSizes) -> list[Removal]:
    """An <article> inside the story is a teaser for another one (themes nest their
    "you may also like" posts): it goes unless it holds most of the story."""
    inner = [el for el in node.iter("article")
             if el is not node and next(el.iterancestors("article"), None) is not None]
    if not inner:
        return []
    removed: list[Removal] = []
    total = sizes.prose(node)
    for el in inner:
        if el.getparent() is not None and not is_detached(el, node) and sizes.prose(el) < total / 2:
            text = leading_text(el, REMOVED_TEXT_CHARS)
            if text:
                removed.append(Removal("html_related", text))
            sizes.cut(el)
    return removed


def drop_titles(node: Element, sizes: TextSizes, own: Element | None = None) -> list[Removal]:
    """The page's <h1> is the headline (a field), not body text, whatever its wording:
    every <h1> above the story's first paragraph of prose goes, and the own story's
    headline (``own``) wherever it is. An <h1> further down, among the paragraphs, is a
    sub-heading of a page that writes them so."""
    removed: list[Removal] = []
    prose_seen = False
    for el in list(node.iter("h1", "p")):
        if el.tag == "p":
            prose_seen = prose_seen or sizes.story.get(el, 0) > 0
            continue
        if prose_seen and el is not own:
            continue
        text = spaced_pieces(el)
        if text:
            removed.append(Removal("html_headline", text[:REMOVED_TEXT_CHARS]))
        sizes.cut(el)
    return removed
