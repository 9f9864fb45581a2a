"""Warnings about a cleaned body: when cleaning took much of what looked like the story,
and when what is left does not look like an article.

Cleaning removes debris by rule, and a rule can be wrong about an article it was not
written for. These checks do not change the body; they say, in ``Article.warnings``,
when it is worth a look:

* :func:`removed_prose_warning`: the paragraphs the rules removed whole held more
  prose than the body keeps (a repeat of kept text is not counted: it is still there);
* :func:`shape_warning`: the body has no sentence of prose: a street address, a list
  of links or headlines, a single line;
* :func:`paywall_warning`: a paywall's notice or its scrambled copy of the story was
  removed: the body may be only the part the page showed.
"""
from __future__ import annotations

import re
from collections import Counter

from .. import patterns
from .rules import word_count

__all__ = ["PAYWALL_RULES", "is_prose", "paywall_warning", "removed_prose_warning", "shape_warning"]

PROSE_MIN_WORDS = 8  # a sentence of prose, not a label or a title
PROSE_SHARE = 0.5  # a body keeping less than this share of the prose it was given is worth a look
REMOVED_PROSE_MIN_WORDS = 100  # below this, what was taken is a site's boilerplate, too little to warn about
UNFINISHED_PROSE_MIN_WORDS = 20  # a line this long is prose even cut off mid-sentence (a feed teaser)
SINGLE_LINE_MAX_WORDS = 25
LINK_LIST_MIN_LINES = 2
ADDRESS_MAX_WORDS = 40
RULES_NAMED = 3  # in a warning, the rules that took the most

_SENTENCE_END = patterns.compile(r"[.!?…:][\"”’)\]]*$")
_URL = patterns.compile(r"\(?(?:https?://|www\.)\S{1,500}\)?")
# A street address: a number, a street name and a street word (then a town, a postcode).
_ADDRESS = patterns.compile(
    r"\b\d{1,6}[a-z]?,?\s(?:[\w.'’-]{1,30}\s){0,5}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|"
    r"way|place|pl|court|ct|square|sq|highway|hwy|parkway|pkwy|terrace|circle|plaza|row|strasse|straße|rue|via)\b"
    r"\.?(?:[,\s]{1,4}[^\n]{0,120})?",
    re.IGNORECASE)


def is_prose(paragraph: str) -> bool:
    """A paragraph holding a sentence of prose: eight words or more, ending as a sentence
    does, or twenty words or more however it ends. (Words here are what spaces part.)"""
    words = len(paragraph.split())
    if words < PROSE_MIN_WORDS:
        return False
    return words >= UNFINISHED_PROSE_MIN_WORDS or _SENTENCE_END.search(paragraph) is not None


def removed_prose_warning(removed: dict[str, int], kept: list[str]) -> str | None:
    """A warning when the prose removed (words per rule) is more than the prose kept."""
    taken = sum(removed.values())
    if taken < REMOVED_PROSE_MIN_WORDS:
        return None
    kept_words = sum(len(p.split()) for p in kept if is_prose(p))
    if taken <= kept_words * PROSE_SHARE / (1 - PROSE_SHARE):
        return None
    rules = ", ".join(f"{rule} {words}" for rule, words in Counter(removed).most_common(RULES_NAMED))
    return (f"cleaning removed {taken} of {taken + kept_words} words of prose ({rules}): "
            "check that the body is the whole story")


# The rules whose removals say that a paywall cut the story short.
PAYWALL_RULES = frozenset(("paywall", "scrambled_text"))


def paywall_warning(rules_fired: set[str]) -> str | None:
    """A warning when a paywall's notice or its scrambled copy of the story was removed."""
    if rules_fired.isdisjoint(PAYWALL_RULES):
        return None
    return "a paywall's notice or scrambled text was removed: the body may be only part of the story"


def shape_warning(paragraphs: list[str]) -> str | None:
    """A warning when the body has no sentence of prose, naming what it looks like instead."""
    if not paragraphs or any(is_prose(p) for p in paragraphs):
        if len(paragraphs) == 1 and word_count(paragraphs[0]) < SINGLE_LINE_MAX_WORDS:
            return "the body does not look like an article: a single line"
        return None
    words = sum(word_count(p) for p in paragraphs)
    if words <= ADDRESS_MAX_WORDS and any(_ADDRESS.search(p) for p in paragraphs):
        kind = "a street address"
    elif len(paragraphs) >= LINK_LIST_MIN_LINES and all(
            _URL.fullmatch(p) or not _SENTENCE_END.search(p) for p in paragraphs):
        kind = "a list of links or headlines"
    elif len(paragraphs) == 1:
        kind = "a single line"
    else:
        kind = "no sentence of prose"
    return f"the body does not look like an article: {kind}"
