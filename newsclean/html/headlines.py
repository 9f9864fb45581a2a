"""Where the page's stories start: its <h1> headlines. A page saved after infinite
scroll holds the next stories below its own, each under its headline; the story of the
page is the one under the headline its metadata declares (or, when none reads as that,
the first), and a story is never joined to the next.
"""
from __future__ import annotations

from .. import patterns
from .dom import Element, is_within, spaced_pieces
from .tables import PAGE_DROP_TAGS

# What two headlines are compared by: their words, lower-cased.
_HEADLINE_WORDS = patterns.compile(r"\w+")
# A shown headline reads as the declared one when it shares this share of the words of
# the shorter of the two (a declared headline may be reworded for search, or carry the
# site's name; a shown one a kicker).
SAME_HEADLINE_SHARE = 0.6
# A headline of fewer words than this (a logo, a section name) does not stand for a story.
HEADLINE_MIN_WORDS = 3


class Headlines:
    """The page's headlines (its <h1> elements), each the start of a story, and the one
    of the page's own story (the headline its metadata declares) when it is known. A
    page saved after infinite scroll holds the next stories, each under its headline."""

    __slots__ = ("_holders", "declared", "elements", "own")

    def __init__(self, elements: list[Element] | None = None, own: Element | None = None, declared: bool = False):
        self.elements = elements or []
        self.own = own
        self.declared = declared  # the own headline reads as the declared one (else it only comes first)
        self._holders: dict[Element, int] | None = None  # headlines inside each element, once counted

    def refresh(self) -> None:
        """Count the headlines inside each element again (after parts were cut)."""
        self._holders = None

    def inside(self, branch: Element, but: Element | None = None) -> bool:
        """A headline (other than ``but``) is in ``branch``."""
        if self._holders is None:
            # (speed: counted once, each headline up its ancestors, rather than each
            # headline's ancestors walked again for every branch asked about)
            holders: dict[Element, int] = {}
            for h in self.elements:
                for anc in (h, *h.iterancestors()):
                    holders[anc] = holders.get(anc, 0) + 1
            self._holders = holders
        count = self._holders.get(branch, 0)
        if but is not None and count and is_within(but, branch):
            count -= 1
        return count > 0

    def own_story(self, body: Element) -> Element | None:
        """The largest part of the page around the own headline that holds no other
        headline: where the page's own story is, when the page holds several."""
        own = self.own
        if own is None or len(self.elements) < 2:
            return None
        unit = own
        parent = own.getparent()
        while parent is not None and parent is not body and not self.inside(parent, but=own):
            unit = parent
            parent = parent.getparent()
        return unit


def keep_headlines(body: Element) -> None:
    """Take each <h1> out of the page <header> that holds it, to just before it: the
    header goes with the page's chrome, and the headline marks where a story starts
    (the stage cuts it from the story it heads, as a field)."""
    for h1 in list(body.iter("h1")):
        outer = None
        for anc in h1.iterancestors():
            if anc is body:
                break
            if anc.tag in PAGE_DROP_TAGS:
                outer = anc
        if outer is not None and outer.getparent() is not None:
            h1.tail = None  # what follows it in the header goes with the header
            outer.addprevious(h1)


def find_headlines(body: Element, declared: str | None) -> Headlines:
    """The page's <h1> elements, and of them the own story's: the one that reads as the
    headline the page declares (``declared``), else the first long enough to be one."""
    elements = list(body.iter("h1"))
    if len(elements) < 2:
        return Headlines(elements)
    words = [_HEADLINE_WORDS.findall(spaced_pieces(h).lower()) for h in elements]
    own = None
    if declared:
        wanted = _HEADLINE_WORDS.findall(declared.lower())
        shares = [_shared_share(w, wanted) for w in words]
        best = max(range(len(elements)), key=shares.__getitem__)
        if shares[best] >= SAME_HEADLINE_SHARE:
            own = elements[best]
    if own is not None:
        return Headlines(elements, own, declared=True)
    return Headlines(elements, next((h for h, w in zip(elements, words, strict=True) if len(w) >= HEADLINE_MIN_WORDS),
                                    None))


def _shared_share(a: list[str], b: list[str]) -> float:
    """The share of the shorter word list's words found in the other."""
    if not a or not b:
        return 0.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    others = set(long)
    return sum(w in others for w in short) / len(short)
