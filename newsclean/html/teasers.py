"""Teasers inside the story's container, found by their shape rather than their names:
a run of sibling units built alike, each titled by a link to another page (a headline)
with at most a short blurb, a date or a picture beside it, is a list of other stories
("read next", a site's teaser grid, the next stories of a section), whatever the page's
language or class names. The heading right before such a list goes with it.
"""
from __future__ import annotations

import re

from .. import patterns
from ..model import Removal
from .dom import Element, TextSizes, leading_text, spaced_pieces
from .tables import SUBHEADING_TAGS

# The elements a list of teasers is made of, and those that hold such a list (the items
# of an ordered list are steps or a ranking the story makes).
UNIT_TAGS = frozenset(("div", "li", "article", "section", "dd", "figure", "tr"))
LIST_TAGS = ("div", "ul", "section", "main", "article", "table", "tbody", "dl")
# A list of teasers has this many units at least, and this share of its alike units are teasers.
MIN_UNITS, TEASER_SHARE = 3, 0.6
# A list holding this share of the container's text or more is the story (a list of items,
# each titled by a link), not teasers.
STORY_SHARE = 0.75
# A teaser is at most this long; its title link at least TITLE_MIN_CHARS long, and this
# share of it unless it is a heading, or a second link (its picture's) leads to the same page.
TEASER_MAX_CHARS, TITLE_MIN_CHARS, TITLE_SHARE = 600, 10, 0.1
# A teaser's title starts within this many characters of the unit's text.
TITLE_AT_MOST = 20
# A heading before a list of teasers is at most this long.
LIST_HEADING_MAX_CHARS = 80
# How much of a cut list is kept in the record of removals.
REMOVED_TEXT_CHARS = 200
# Class/id tokens that number or date their element ("post-1806", "item3") do not tell
# how it is built.
_NUMBERED = patterns.compile(r"[a-z]*\d[\w-]*", re.I)


def drop_teaser_lists(node: Element, sizes: TextSizes, story_elsewhere: bool = False) -> list[Removal]:
    """Cut the lists of teasers inside ``node`` (and the heading of each); what each
    held is recorded under ``html_teasers``. A list that fills ``node`` is the story
    (a story made of linked items) unless the page has its story elsewhere
    (``story_elsewhere``: the node was chosen for a site's grid of teasers)."""
    removed: list[Removal] = []
    story = sizes.chars.get(node, 0) if not story_elsewhere else float("inf")
    for holder in list(node.iter(*LIST_TAGS)):
        if len(holder) < MIN_UNITS or (holder.getparent() is None and holder is not node):
            continue
        for units in _alike_runs(holder):
            if (sum(_is_teaser(unit, sizes) for unit in units) >= max(MIN_UNITS, TEASER_SHARE * len(units))
                    and sum(sizes.chars.get(unit, 0) for unit in units) < story * STORY_SHARE):
                record = _record(units)
                if record:
                    removed.append(Removal("html_teasers", record))
                _cut_heading_before(units[0], holder, node, sizes, removed)
                for unit in units:
                    sizes.cut(unit)
    return removed


def _alike_runs(holder: Element) -> list[list[Element]]:
    """The children of ``holder`` built alike (the same tag and class words, numbers
    aside), MIN_UNITS or more of them."""
    groups: dict[tuple[str, str], list[Element]] = {}
    for child in holder:
        if child.tag in UNIT_TAGS:
            groups.setdefault((child.tag, _NUMBERED.sub("", child.get("class") or "").strip()), []).append(child)
    return [units for units in groups.values() if len(units) >= MIN_UNITS]


def _is_teaser(unit: Element, sizes: TextSizes) -> bool:
    """A unit short enough to be a teaser, titled by a link of a headline's length, or
    linking twice to one page (its picture and its title)."""
    chars = sizes.chars.get(unit, 0)
    if not chars or chars > TEASER_MAX_CHARS:
        return False
    links = list(unit.iter("a"))
    title = max(links, key=lambda a: sizes.chars.get(a, 0), default=None)
    if title is None or sizes.chars.get(title, 0) < TITLE_MIN_CHARS or not _opens(unit, title):
        return False
    if sizes.chars[title] >= TITLE_SHARE * chars or _in_heading(title, unit):
        return True
    targets = [a.get("href") for a in links if a.get("href")]
    return len(set(targets)) < len(targets)


def _in_heading(link: Element, unit: Element) -> bool:
    """A link that is (or is in) a heading of the unit: a headline above its blurb."""
    for anc in link.iterancestors():
        if anc is unit:
            return False
        if anc.tag in SUBHEADING_TAGS:
            return True
    return False


def _opens(unit: Element, title: Element) -> bool:
    """The link's text comes first in the unit (a date or a label may come before it),
    as a teaser's headline does; a link inside a sentence does not."""
    head = leading_text(unit, TITLE_AT_MOST + TITLE_MIN_CHARS)
    return head.find(leading_text(title, TITLE_MIN_CHARS)) in range(TITLE_AT_MOST + 1)


def _cut_heading_before(first: Element, holder: Element, node: Element, sizes: TextSizes,
                        removed: list[Removal]) -> None:
    """The heading that introduces a list of teasers: a short heading (or a short line)
    just before its first unit, or just before the element holding the list when the
    list opens it."""
    before = first.getprevious()
    if before is None and holder is not node:
        before = holder.getprevious()
    if before is None or not isinstance(before.tag, str):
        return
    text = spaced_pieces(before)
    if 0 < len(text) <= LIST_HEADING_MAX_CHARS and before.tag != "p":
        removed.append(Removal("html_teasers", text))
        sizes.cut(before)


def _record(units: list[Element]) -> str:
    """The leading text of a cut list."""
    return " ".join(filter(None, (leading_text(unit, REMOVED_TEXT_CHARS) for unit in units[:3])))[:REMOVED_TEXT_CHARS]
