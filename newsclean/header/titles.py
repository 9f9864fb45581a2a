"""Titles and labels: a headline split from its section and site suffixes, section and
site words, breadcrumbs, category lines and short label lines."""
from __future__ import annotations

import re

from .. import patterns
from .data import HOME_LABELS, NOT_LABEL_WORDS, SECTION_WORDS, SITE_WORDS

LABEL_MAX_WORDS = 4

# Where a title splits into its headline and suffixes: at a "|", or at a dash or colon
# with blanks on both sides and a short suffix after it (blanks bounded: \s+ is quadratic
# on long space runs).
TITLE_SPLIT = patterns.compile(r"\s{1,20}\|\s{1,20}|\s{1,20}[-–—:]\s{1,20}(?=[^-–—:|]{1,60}$)")

# A breadcrumb: "Home » Politics » Europe" (BREADCRUMB_LINE, from the front page), or a
# short trail of labels such as "World › Asia" or "World / Europe" (BREADCRUMB_TRAIL).
# BREADCRUMB_SEPARATOR is what the steps are split at; either pattern holds one of
# BREADCRUMB_SEPARATORS.
BREADCRUMB_SEPARATOR = patterns.compile(r"\s{0,20}(?:»|›|>|→|/|\|)\s{0,20}")  # bounded, as above
BREADCRUMB_LINE = patterns.compile(r"(?:home|start|front page)\s*(?:»|›|>|→|/|\|)\s*.{1,200}", re.I)
BREADCRUMB_TRAIL = patterns.compile(
    r"[^»›>→/|.!?]{1,40}(?:\s*(?:»|›|>|→)\s*[^»›>→/|.!?]{1,40}){1,5}"
    r"|[^/|.!?]{1,40}(?:\s+/\s+[^/|.!?]{1,40}){1,5}"
)
BREADCRUMB_SEPARATORS = ("»", "›", ">", "→", "/", "|")

# "Category: Politics", "Posted in World, Europe", "Filed under: Asia" (also at the foot).
CATEGORY_LINE = patterns.compile(
    r"(?:categor(?:y|ies)|sections?|filed under|posted in|published in)\s*:?\s+(?P<labels>[^:]{1,200})", re.I
)

_SITE_DOMAIN = patterns.compile(r"\.(?:com|org|net|co|io|news|info|uk|in)\b")
_LOWER_WORDS = patterns.compile(r"[a-z]+")
_LETTER_WORDS = patterns.compile(r"[^\W\d_][\w'’]*")
_SPACED_DASH = patterns.compile(r"\s[–—-]\s")
_LABEL_SPLIT = patterns.compile(r"\s*[,;|•·]\s*")


def is_section_label(text: str) -> bool:
    """A few words, all of them section words: "World News", "Politics"."""
    words = text.replace("&", " ").lower().split(None, LABEL_MAX_WORDS)  # (more words than that: not a label)
    return 0 < len(words) <= LABEL_MAX_WORDS and all(w.strip(".,'’") in SECTION_WORDS for w in words)


def looks_like_site(text: str) -> bool:
    """A site's name or address: "The Valmora Times", "valmoranews.com"."""
    lowered = text.lower()
    if _SITE_DOMAIN.search(lowered):
        return True
    words = _LOWER_WORDS.findall(lowered)
    if not words or is_section_label(text) or len(words) > 4:
        return False
    return words[-1] in SITE_WORDS or (any(w in SITE_WORDS for w in words) and is_label_like(text))


def split_title(title: str, *, page_title: bool = False) -> tuple[str, list[str]]:
    """``Headline | Section | Site`` → (``Headline``, [``Section``]).

    Suffix parts that look like a site name are dropped; the others are sections. In a
    page or front-matter title (``page_title``) a short last suffix after a dash is the
    site's name unless it is a section label; in a line of text it may be part of the
    headline, so it is split off only when recognisably a section or a site."""
    parts = [p.strip() for p in TITLE_SPLIT.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip(), []
    head, suffixes = parts[0], parts[1:]
    if is_section_label(head) and not is_section_label(suffixes[0]) and " | " in title:
        head, suffixes = suffixes[0], [head] + suffixes[1:]  # "World News | Headline"
    if " | " not in title and not (is_section_label(suffixes[-1]) or looks_like_site(suffixes[-1])):
        if not (page_title and len(suffixes) == 1 and len(suffixes[0].split()) <= 3 and _SPACED_DASH.search(title)):
            return title.strip(), []  # a dash or colon inside the headline itself
        return head, []
    if sum(len(s.split()) for s in suffixes) > 8:
        return title.strip(), []
    sections = [s for s in suffixes if not looks_like_site(s)]
    if page_title and sections and sections[-1] == suffixes[-1] and not is_section_label(sections[-1]):
        sections.pop()  # a page title ends with the site's name, whatever it is
    return head, sections


def breadcrumb_labels(text: str) -> list[str]:
    """``Home » Politics » Europe`` → [``Europe``, ``Politics``], most specific first.

    :func:`breadcrumb_labels_plain` behind a pre-test: every breadcrumb holds one of
    BREADCRUMB_SEPARATORS, and most lines hold none (without the pre-test the header
    stage takes about 12% longer, process() 1.7% on the text corpus)."""
    if not any(map(text.__contains__, BREADCRUMB_SEPARATORS)):
        return []
    return breadcrumb_labels_plain(text)


def breadcrumb_labels_plain(text: str) -> list[str]:
    """What :func:`breadcrumb_labels` gives, read without its pre-test: the steps of a
    trail from the front page, or of a short trail of label-like steps."""
    if len(text) > 200:
        return []
    if BREADCRUMB_LINE.fullmatch(text):
        parts = BREADCRUMB_SEPARATOR.split(text)
    elif BREADCRUMB_TRAIL.fullmatch(text):
        parts = BREADCRUMB_SEPARATOR.split(text)
        if not all(is_section_label(p) or is_label_like(p) for p in parts if p.strip().lower() not in HOME_LABELS):
            return []
    else:
        return []
    return [p.strip() for p in reversed(parts) if p.strip() and p.strip().lower() not in HOME_LABELS]


def category_labels(text: str) -> list[str] | None:
    """``Category: Politics, Europe`` → [``Politics``, ``Europe``]; None for any other line."""
    m = CATEGORY_LINE.fullmatch(text)
    return split_labels(m.group("labels")) if m else None


def split_labels(text: str) -> list[str]:
    """``Politics, Europe; Asia`` → [``Politics``, ``Europe``, ``Asia``]."""
    return [p.strip(" .") for p in _LABEL_SPLIT.split(text) if p.strip(" .")]


def is_label_like(text: str) -> bool:
    """A short capitalised line such as "Military" or "Asia Pacific"."""
    words = text.replace("&", " ").split()
    return (0 < len(words) <= LABEL_MAX_WORDS and not any(c.isdigit() for c in text)
            and all(w[:1].isupper() for w in words) and words[0].lower() not in NOT_LABEL_WORDS
            and text[-1:].isalpha())


def is_title_case(text: str) -> bool:
    """Most longer words capitalised, as in "Why The Tribulation Will Begin Soon"."""
    words = [w for w in _LETTER_WORDS.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
