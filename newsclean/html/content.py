"""Choosing the container of the story, readability-style: paragraphs score their
parent (and half as much their grandparent) by length and commas; a container's score
loses its link share and gains or loses by its class words, which are evidence weighed
against its prose: before boilerplate is cut, :func:`story_path` scores the page with
each paragraph's points halved for every boilerplate name around it, so that a story
container named "share-story" is found and spared. The best container (the best in the
own story's part of the page, when a page holds several stories) is widened to sibling
branches built alike when the story is split over several, or joined by the siblings
that read like part of it and by its lead set apart before it; a branch with a headline
of its own is another story and is never joined. The next best candidates are kept for
the safety net (:class:`Choice`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from .. import patterns
from .dom import Element, TextSizes, element_words, is_within, text_of
from .headlines import Headlines
from .tables import BOILERPLATE_KINDS, CONTENT_WORDS, INLINE_TAGS, PARAGRAPH_TAGS, TEXT_HOLDER_TAGS

# A block must be this long to count as a paragraph of story text when scoring.
MIN_SCORED_CHARS = 25
# A list item or table cell shorter than this is navigation or data, not a paragraph.
MIN_ITEM_CHARS = 100
# A container of the page's own story (when the page holds several) needs this much prose.
OWN_STORY_MIN_CHARS = 200
# The story's lead set apart before its container: found up to this many levels above
# it, past this many short lines (a byline, a date), at most this long, and this share
# of it story-like prose.
LEAD_LEVELS, LEAD_SKIPS, LEAD_MAX_CHARS, LEAD_SHARE = 2, 2, 600, 0.8
# Sibling containers at least this share of the best score are part of the story too.
SIBLING_SHARE = 0.2
SIBLING_MIN_SCORE = 10.0
# A container's own text run this long makes it a candidate.
HOLDER_TEXT_CHARS = 40
# A paragraph this long, with few links, is story-like prose.
PROSE_CHARS = 80
# Climb from the chosen container to its parent when that adds this much prose.
CLIMB_GAIN, CLIMB_MIN_CHARS = 1.5, 150
# What a class word of the story, or of boilerplate, adds to or takes from a score.
CLASS_WEIGHT = 25.0
# Before boilerplate is cut, what a boilerplate name around a paragraph multiplies its
# points by (a weak kind's name, which layout wrappers carry too, less): evidence
# weighed against its prose, never a veto.
NAME_FACTOR, WEAK_NAME_FACTOR = 0.5, 0.8
# The points of one paragraph of story (one, a comma or two, a hundred characters).
PARAGRAPH_POINTS = 3.0
# A container inside the best one that scores this share of it holds the story too.
INNER_SHARE = 0.5
# How many of the best-scored containers are looked at for one inside the best.
INNER_TRIES = 12
# Commas of the scripts a story may be written in.
_COMMAS = (",", "，", "、")
# A short paragraph that holds a sentence's end.
_SENTENCE_STOP = patterns.compile(r"\.( |$)")


@dataclass(slots=True)
class Choice:
    """The element(s) chosen to hold the story, in document order, and the score of
    every candidate, from which the next best are drawn when the chosen hold little."""

    nodes: list[Element]
    scores: dict[Element, float] = field(default_factory=dict)

    def runners_up(self, limit: int) -> list[Element]:
        """The best-scored candidates (up to ``limit``) neither inside the chosen
        elements nor around them, best first."""
        out: list[Element] = []
        for el in sorted(self.scores, key=self.scores.__getitem__, reverse=True):
            if len(out) == limit or self.scores[el] <= 0:
                break
            if not any(is_within(el, node) or is_within(node, el) for node in self.nodes):
                out.append(el)
        return out


def choose_content(body: Element, sizes: TextSizes, story_named: frozenset[Element] = frozenset(),
                   headlines: Headlines | None = None) -> Choice:
    """The element(s) holding the story, best first in document order (``sizes``: the
    text sizes of the elements under ``body``; ``story_named``: containers found to hold
    the story although named like boilerplate, whose names no longer count against them;
    ``headlines``: where the page's stories start, so that one story is not joined to
    the next)."""
    headlines = headlines or Headlines()
    headlines.refresh()  # (boilerplate was cut since they were counted)
    candidates = _Candidates(sizes)
    candidates.score_paragraphs(body)
    candidates.score_text_holders(body)
    if not candidates.scores:
        return Choice([body])
    final = _final_scores(candidates.scores, sizes, story_named)
    top = _own_story_top(final, sizes, headlines, body)
    if top is None:
        top = max(final, key=final.__getitem__)  # the first of the best, in the order scored
    wider = _widen(top, body, _prose_by_branch(candidates.own_prose, body), headlines)
    if wider is not top:
        return Choice(_with_lead([wider], body, sizes), final)
    parent = top.getparent()
    if parent is None:
        return Choice([top], final)
    best = final[top]
    headed = bool(headlines.elements) and headlines.inside(top)
    nodes = [sib for sib in parent
             if sib is top or (isinstance(sib.tag, str) and not (headed and headlines.inside(sib))
                               and _sibling_belongs(sib, final.get(sib, 0.0), best, sizes))]
    return Choice(_with_lead(nodes, body, sizes), final)


def _with_lead(nodes: list[Element], body: Element, sizes: TextSizes) -> list[Element]:
    """The chosen elements and, before them, the story's lead when the page sets it
    apart: the nearest part before them (a byline or a date line between aside), at
    their level or up to LEAD_LEVELS above, that is a paragraph or two of prose."""
    el = nodes[0]
    for _level in range(LEAD_LEVELS):
        if el is body or el.getparent() is None:
            break
        skipped = 0
        for sib in el.itersiblings(preceding=True):
            chars = sizes.chars.get(sib, 0)
            if not chars or not isinstance(sib.tag, str):
                continue
            if _is_lead(sib, chars, sizes):
                return [sib, *nodes]
            skipped += 1
            if chars >= PROSE_CHARS or skipped > LEAD_SKIPS:
                break
        el = el.getparent()
    return nodes


def _is_lead(el: Element, chars: int, sizes: TextSizes) -> bool:
    """A paragraph or two of story-like prose, few links, nothing else."""
    return PROSE_CHARS <= chars <= LEAD_MAX_CHARS and sizes.story.get(el, 0) >= LEAD_SHARE * chars


def _own_story_top(final: dict[Element, float], sizes: TextSizes, headlines: Headlines,
                   body: Element) -> Element | None:
    """The best container inside the part of the page that holds the own story, when
    the page holds several stories and that part holds prose enough. A headline taken
    for the own one only for coming first counts only when the best container overall
    is not above it (the story under it is then the page's first)."""
    unit = headlines.own_story(body)
    if unit is None or not final:
        return None
    inside = [el for el in final if is_within(el, unit) and sizes.prose(el) >= OWN_STORY_MIN_CHARS]
    if not inside:
        return None
    best = max(final, key=final.__getitem__)
    if not headlines.declared and headlines.own is not None and _comes_before(best, headlines.own, body):
        return None
    return max(inside, key=final.__getitem__)


def _comes_before(a: Element, b: Element, body: Element) -> bool:
    """``a`` starts before ``b`` in the page."""
    for el in body.iter():
        if el is a:
            return True
        if el is b:
            return False
    return False


def story_path(body: Element, sizes: TextSizes, named: dict[Element, bool], headlines: Headlines) -> list[Element]:
    """Before boilerplate is cut by its class words, the containers that hold the story,
    outermost first: the container that scores best when each paragraph's points are
    halved for every element named like boilerplate around it (``named``: each with
    whether its kind is weak, which counts for less), and the best
    one inside that, and so on. A story whose container is named "share-story" still
    wins over teasers inside a box named "related"; a comment inside a section marked
    "comments" and again "comment" loses twice."""
    candidates = _Candidates(sizes, _NameDiscount(named, body))
    candidates.score_paragraphs(body)
    candidates.score_text_holders(body)
    prose = {el: score * (1 - sizes.link_density(el)) for el, score in candidates.scores.items()}
    # a class word of the story cannot lift a block with no paragraph of its own
    final = {el: score + _class_weight(el, story=True) if score >= PARAGRAPH_POINTS else score
             for el, score in prose.items()}
    best = _own_story_top(final, sizes, headlines, body)
    if best is None:
        best = max(final, key=final.__getitem__, default=None)
    if best is None or final[best] <= 0:
        return []
    path = [best]
    # each next one the best inside the last, its paragraphs scoring near the last's
    for el in sorted(prose, key=prose.__getitem__, reverse=True)[:INNER_TRIES]:
        if prose[el] < prose[path[-1]] * INNER_SHARE:
            break
        if el is not path[-1] and is_within(el, path[-1]):
            path.append(el)
    return path


class _NameDiscount:
    """What a paragraph's points count for before boilerplate is cut: NAME_FACTOR for
    every element named like boilerplate around it or on it (WEAK_NAME_FACTOR for a
    weak kind's), up to ``body`` (each element's found once, from its parent's)."""

    __slots__ = ("body", "factors", "named")

    def __init__(self, named: dict[Element, bool], body: Element):
        self.named = named
        self.body = body
        self.factors: dict[Element, float] = {}

    def __call__(self, el: Element) -> float:
        factors, named = self.factors, self.named
        chain = []  # the elements up to the first whose factor is known
        known = 1.0
        while el is not None:
            if el in factors:
                known = factors[el]
                break
            chain.append(el)
            if el is self.body:
                break
            el = el.getparent()
        for link in reversed(chain):
            weak = named.get(link)
            if weak is not None:
                known *= WEAK_NAME_FACTOR if weak else NAME_FACTOR
            factors[link] = known
        return known


@dataclass(slots=True)
class _Candidates:
    """Containers scored by the paragraphs in them, and the characters of story-like
    prose straight inside each."""

    sizes: TextSizes
    discount: Callable[[Element], float] | None = None  # what a paragraph's points count for
    scores: dict[Element, float] = field(default_factory=dict)
    own_prose: dict[Element, int] = field(default_factory=dict)

    def score_paragraphs(self, body: Element) -> None:
        """Each paragraph long enough scores its parent, and half as much its grandparent."""
        scores, own_prose, links, discount = self.scores, self.own_prose, self.sizes.links, self.discount
        for el in body.iter(*PARAGRAPH_TAGS):
            text = text_of(el)
            n = len(text.strip())
            if n < MIN_SCORED_CHARS:
                continue
            parent = el.getparent()
            if parent is None:
                continue
            if el.tag in ("li", "td") and (n < MIN_ITEM_CHARS or _holds_blocks(el)):
                continue  # navigation or data; or a layout cell whose paragraphs score
            if n >= PROSE_CHARS and el.tag == "p" and links[el] < 0.3 * n:
                own_prose[parent] = own_prose.get(parent, 0) + n
            points = _points(text, n) * discount(el) if discount else _points(text, n)
            scores[parent] = scores.get(parent, 0.0) + points
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + points / 2

    def score_text_holders(self, body: Element) -> None:
        """Text straight inside a container (lines split by <br>) is a paragraph of it."""
        scores, own_prose, discount = self.scores, self.own_prose, self.discount
        for el in _text_holders(body):
            text = " ".join(t for t in _own_text(el) if t.strip())
            n = len(text)
            if n < MIN_SCORED_CHARS * 2:
                continue
            points = _points(text, n) * discount(el) if discount else _points(text, n)
            scores[el] = scores.get(el, 0.0) + points
            if n >= PROSE_CHARS:
                own_prose[el] = own_prose.get(el, 0) + n
            parent = el.getparent()
            if parent is not None:
                scores[parent] = scores.get(parent, 0.0) + points / 2


_BLOCK_INSIDE = etree.XPath("boolean(.//p | .//div)")


def _holds_blocks(el: Element) -> bool:
    """A list item or table cell holding paragraphs or divisions: a part of the page's
    layout, not a paragraph."""
    return bool(_BLOCK_INSIDE(el))


def _points(text: str, n: int) -> float:
    """What a paragraph of ``n`` characters gives its container: one, one per comma and
    one per hundred characters up to three."""
    return 1 + sum(map(text.count, _COMMAS)) + min(n // 100, 3)


def _text_holders(body: Element) -> list[Element]:
    """Containers with a long run of their own text: first text or a line after a <br>."""
    holders = [el for el in body.iter(*TEXT_HOLDER_TAGS) if _long_run(el.text)]
    seen = set(holders)
    for child in body.iter(*INLINE_TAGS):
        if _long_run(child.tail):
            parent = child.getparent()
            if parent is not None and parent.tag in TEXT_HOLDER_TAGS and parent not in seen:
                seen.add(parent)
                holders.append(parent)
    return holders


def _long_run(text: str | None) -> bool:
    """A run of text longer than HOLDER_TEXT_CHARS, blanks at its ends aside."""
    return text is not None and len(text) > HOLDER_TEXT_CHARS and len(text.strip()) > HOLDER_TEXT_CHARS


def _own_text(el: Element) -> list[str]:
    """The text straight inside an element: its first text and its children's tails."""
    return [el.text or ""] + [child.tail or "" for child in el]


def _final_scores(scores: dict[Element, float], sizes: TextSizes,
                  story_named: frozenset[Element]) -> dict[Element, float]:
    """Each candidate's paragraph score less its link share, plus its class-word weight."""
    return {el: score * (1 - sizes.link_density(el)) + _class_weight(el, el in story_named)
            for el, score in scores.items()}


def _class_weight(el: Element, story: bool = False) -> float:
    """Up for a class/id word of the story, down for one of boilerplate (both can apply;
    not the latter for a ``story`` container named like boilerplate)."""
    attrs = (el.get("class") or "") + " " + (el.get("id") or "")
    if not attrs.strip():
        return 0.0
    words = element_words(el)
    weight = 0.0
    if not words.isdisjoint(CONTENT_WORDS):
        weight += CLASS_WEIGHT
    if not story and not words.isdisjoint(BOILERPLATE_KINDS):
        weight -= CLASS_WEIGHT
    return weight


def _prose_by_branch(own_prose: dict[Element, int], body: Element) -> dict[Element, int]:
    """Characters of story-like prose in each element and its descendants, up to
    ``body``: each element's own count added to it and to each of its ancestors."""
    prose: dict[Element, int] = {}
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


def _widen(node: Element, body: Element, prose: dict[Element, int], headlines: Headlines) -> Element:
    """The story spread over several containers: climb to an ancestor below ``body``
    whose other children look like the branch the node is on (same tag, a class word in
    common) and add much story-like prose, while little comes from elsewhere. A branch
    with its own headline, beside one with a headline, is another story."""
    child = node
    anc = node.getparent()
    while anc is not None and anc is not body:
        mine = prose.get(node, 0)
        alike = 0
        headed = None  # whether the node's branch has a headline, found when needed
        for sib in anc:
            chars = prose.get(sib, 0)
            if chars and sib is not child and _alike(sib, child):  # (only a branch with prose adds any)
                if headlines.elements and headlines.inside(sib):
                    if headed is None:
                        headed = headlines.inside(child)
                    if headed:
                        continue  # another story
                alike += chars
        other = prose.get(anc, 0) - mine - alike
        if alike >= mine * (CLIMB_GAIN - 1) and alike >= CLIMB_MIN_CHARS and other <= alike / 2:
            node = anc
        child = anc
        anc = anc.getparent()
    return node


def _alike(a: Element, b: Element) -> bool:
    """Two branches built alike: the same tag, and a class/id word in common or none on either."""
    if a.tag != b.tag:
        return False
    words_a = element_words(a)
    words_b = element_words(b)
    return not words_a.isdisjoint(words_b) or not (words_a or words_b)


def _sibling_belongs(sib: Element, score: float, best: float, sizes: TextSizes) -> bool:
    """A sibling of the best container that reads like part of the story: scored near
    it, or a paragraph of prose with few links, or a short sentence with none."""
    if score >= max(SIBLING_MIN_SCORE, best * SIBLING_SHARE):
        return True
    if sib.tag == "p":
        text = text_of(sib)
        n = len(text)
        density = sizes.link_density(sib)
        if n > PROSE_CHARS and density < 0.25:
            return True
        if 0 < n <= PROSE_CHARS and density == 0 and _SENTENCE_STOP.search(text):
            return True
    return False
