"""Cutting what is not the story: by tag (``DROP_TAGS``), hidden elements, elements whose
class or id names a kind of boilerplate (``BOILERPLATE_WORDS``, each kind with its
reason; "weak" kinds such as ``sidebar`` spare an element that holds much of the page's
prose), and, inside the chosen story, nested teaser articles and the <h1> (the headline
is a field). Each cut part that held text is recorded as a removal under its kind.
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
    element_words,
    is_detached,
    is_within,
    leading_text,
    link_chars,
    prose_len,
    remove,
    spaced_pieces,
    text_len,
    text_of,
)
from .tables import BOILERPLATE_KINDS, CONTENT_WORDS, KEPT_AS_TEXT, KIND_ORDER, NEVER_CUT_TAGS, WEAK_KINDS

# How much of a removed element's text is kept in the record of removals.
REMOVED_TEXT_CHARS = 200
# An element named like weak boilerplate that holds this share of the page's prose is the story.
KEEP_SHARE = 0.35
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


def drop_hidden(root: Element) -> None:
    """Cut the elements a browser would not show: ``hidden``, ``aria-hidden="true"``,
    ``style="display: none"`` (never the page itself)."""
    hidden: list[Element] = []
    for value in _HIDING_ATTRIBUTES(root):
        name = value.attrname
        if name == "hidden" or (name == "aria-hidden" and value == "true") or (
                name == "style" and "none" in value and _DISPLAY_NONE.search(value)):
            el = value.getparent()
            if el.tag not in ("body", "html") and (not hidden or hidden[-1] is not el):
                hidden.append(el)
    for el in hidden:
        remove(el)


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


def drop_boilerplate(root: Element, marked: list[Marked]) -> list[Removal]:
    """Cut the elements whose class or id marks them as boilerplate (``marked``: the
    :func:`~newsclean.html.dom.marked_elements` of the page); what each held is recorded."""
    kinds = [(m.el, KIND_OF[m.words]) for m in marked]
    # characters of prose (text outside links) left on the page as parts go: what a
    # weak kind's element is weighed against
    prose_left = prose_len(root) if any(kind.weak for _el, kind in kinds) else None
    removed: list[Removal] = []
    for el, kind in kinds:
        if kind.name is None or el.tag in KEPT_AS_TEXT.get(kind.name, ()):
            continue
        parent = el.getparent()
        if parent is None or el.tag in NEVER_CUT_TAGS or not is_within(parent, root):
            continue  # the last: inside a part already cut
        text = text_of(el)
        if not text or text.isspace():
            remove(el)  # an empty slot: nothing to weigh or record
            continue
        if prose_left is not None:
            prose = len(text) - link_chars(el)
            if kind.weak and prose_left > 0 and prose >= _story_share(el) * prose_left:
                continue  # a wrapper of the story that happens to carry such a word
            prose_left -= prose
        removed.append(Removal(f"html_{kind.name}", leading_text(el, REMOVED_TEXT_CHARS)))
        remove(el)
    return removed


def _story_share(el: Element) -> float:
    """How much of the page's prose a boilerplate-looking element must hold to be kept
    as the story; less when it is also named like a story (``l-sidebar article-body``)."""
    return KEEP_SHARE / 2 if not element_words(el).isdisjoint(CONTENT_WORDS) else KEEP_SHARE


def drop_nested_articles(node: Element) -> list[Removal]:
    """An <article> inside the story is a teaser for another one (themes nest their
    "you may also like" posts): it goes unless it holds most of the story."""
    inner = [el for el in node.iter("article")
             if el is not node and next(el.iterancestors("article"), None) is not None]
    if not inner:
        return []
    removed: list[Removal] = []
    total = prose_len(node)
    for el in inner:
        if el.getparent() is not None and not is_detached(el, node) and prose_len(el) < total / 2:
            text = leading_text(el, REMOVED_TEXT_CHARS)
            if text:
                removed.append(Removal("html_related", text))
            remove(el)
    return removed


def drop_titles(node: Element) -> list[Removal]:
    """The page's <h1> is the headline (a field), not body text, whatever its wording."""
    removed: list[Removal] = []
    for h1 in list(node.iter("h1")):
        text = spaced_pieces(h1)
        if text:
            removed.append(Removal("html_headline", text[:REMOVED_TEXT_CHARS]))
        remove(h1)
    return removed
