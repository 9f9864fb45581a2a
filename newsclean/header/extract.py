"""The extractor: headline, section labels, byline, date and standfirst from the top of
an article; what it takes from the text is recorded like any other removal."""
from __future__ import annotations

import re

from .. import patterns
from ..clean.cleaner import fix_paragraph, match_paragraph_rule, strip_inline, word_count
from ..clean.rules import SECTION_RULES
from ..model import Removal
from .bylines import is_date_line as is_date_line
from .bylines import parse_byline
from .data import NOT_CATEGORIES, NOT_LABEL_WORDS
from .titles import (
    BREADCRUMB_LINE,
    BREADCRUMB_SEPARATOR,
    TITLE_SEPARATORS,
    TITLE_SUFFIX_REACH,
    breadcrumb_labels,
    category_labels,
    is_label_like,
    is_section_label,
    is_title_case,
    split_title,
)

# Until html/meta.py reads these from titles and bylines (as the html package's own branch
# does), they stay importable from here under their former names.
_BREADCRUMB, _BREADCRUMB_LINE = BREADCRUMB_SEPARATOR, BREADCRUMB_LINE

# How far down the text the header (labels, headline, byline, date) may reach.
HEADER_SCAN = 10
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 250
DEK_MIN_WORDS, DEK_MAX_WORDS = 8, 32

_NOT_DEK = patterns.compile(
    r"[“”\"]|\b(?:said|says|told|announced|according to|reported"
    r"|(?:on |last |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|yesterday|today|tonight)\b",
    re.I)
_SENTENCE_BREAK = patterns.compile(r"[a-z0-9)”\"][.!?…]+\s+[A-Z“\"]")
_SENTENCE_STOP = patterns.compile(r"[.!?](?:\s|$)")


class Header:
    """What the top of an article holds (slotted: no dataclass to create at import)."""

    __slots__ = ("authors", "body", "categories", "dek", "headline", "published")

    def __init__(self, headline: str | None = None, categories: list[str] | None = None, dek: str | None = None,
                 authors: list[str] | None = None, published: str | None = None, body: list[str] | None = None) -> None:
        self.headline = headline
        self.categories = [] if categories is None else categories
        self.dek = dek
        self.authors = [] if authors is None else authors
        self.published = published
        self.body = [] if body is None else body

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Header({fields})"

    def add_categories(self, labels: list[str]) -> None:
        for label in labels:
            label = label.strip(" :|»›>")
            if (label and label.lower() not in {c.lower() for c in self.categories}
                    and label.lower() not in NOT_CATEGORIES):
                self.categories.append(label)


def footer_categories(removed: list[Removal]) -> list[str]:
    """Labels from "Filed under: …" / "Posted in …" lines the cleaner took out."""
    labels: list[str] = []
    for r in removed:
        if r.rule == "tags":
            labels.extend(category_labels(r.text) or [])
    return labels


def could_be_headline(text: str) -> bool:
    """Short, one line, and not a finished sentence of prose (unless Title Cased)."""
    if len(text) > HEADLINE_MAX_CHARS or word_count(text) > HEADLINE_MAX_WORDS:
        return False
    words = text.split()
    if text.endswith(":") or (len(words) <= 3 and words[0].lower().strip(":") in NOT_LABEL_WORDS):
        return False  # a lead-in ("According to X:") or widget text ("Share Facebook")
    if is_title_case(text):
        return True
    if _SENTENCE_BREAK.search(text):
        return False  # two sentences: prose
    bare = text.rstrip("”\"’')] ")
    return not (bare.endswith((".", "…", "...")) and word_count(text) > 8)


def extract_header(paragraphs: list[str], removed: list[Removal], *, headline: str | None = None,
                   categories: list[str] | None = None, authors: list[str] | None = None,
                   published: str | None = None) -> Header:
    """Take labels, headline, byline and date lines from the top of ``paragraphs``.

    Values already known (from front matter or page metadata) are kept; a line that
    repeats the known headline is still taken out of the body."""
    header = Header(authors=list(authors or []), published=published)
    if headline:
        header.headline, title_sections = split_title(fix_paragraph(headline), page_title=True)
        header.add_categories(title_sections)
    header.add_categories(categories or [])
    known_headline = _fold(header.headline) if header.headline else None
    in_header = True
    labels: list[str] = []
    taken: set[int] = set()
    for i, raw in enumerate(paragraphs[:HEADER_SCAN]):
        text = strip_inline(raw, []).strip()
        if not text:
            continue
        crumbs = breadcrumb_labels(text)
        if crumbs:
            header.add_categories(crumbs)
            removed.append(Removal("breadcrumb", text))
            taken.add(i)
            continue
        found = category_labels(text)
        if found is not None:
            header.add_categories(found)
            removed.append(Removal("category_line", text))
            taken.add(i)
            continue
        byline = parse_byline(text)
        if not in_header and byline is None:
            continue  # below the header only bylines and date stamps are taken
        if byline is not None:
            names, date = byline
            header.authors.extend(n for n in names if n not in header.authors)
            header.published = header.published or date
            removed.append(Removal("byline", text))
            taken.add(i)
            continue
        if known_headline:
            sections = _headline_repeat(text, known_headline)
            if sections is not None:
                header.add_categories(sections)
                removed.append(Removal("headline", text))
                taken.add(i)
                known_headline = None
                continue
        if match_paragraph_rule(text) is not None or match_paragraph_rule(text, SECTION_RULES) is not None:
            continue  # an artifact above the headline: the cleaner takes it
        if header.headline is not None and in_header and is_section_label(text):
            labels.append(text)  # a section label under the headline
            removed.append(Removal("section_label", text))
            taken.add(i)
            continue
        if header.headline is None and text.endswith(":") and word_count(text) <= 8:
            continue  # a lead-in such as "According to the agency:" above the title
        if header.headline is None and could_be_headline(text):
            nxt = _next_text(paragraphs, i)
            if nxt is None:
                in_header = False  # a lone line is the story itself, not its title
                continue
            if is_section_label(text) or (is_label_like(text) and could_be_headline(nxt)):
                labels.append(text)
                removed.append(Removal("section_label", text))
                taken.add(i)
                continue
            head, sections = split_title(fix_paragraph(text))
            header.headline = head
            header.add_categories(sections)
            removed.append(Removal("headline", text))
            taken.add(i)
            continue
        in_header = False
    header.add_categories(labels)
    header.body = [p for i, p in enumerate(paragraphs) if i not in taken]
    return header


def _next_text(paragraphs: list[str], i: int) -> str | None:
    for raw in paragraphs[i + 1:i + 4]:
        text = strip_inline(raw, []).strip()
        if text and match_paragraph_rule(text) is None:
            return text
    return None


def find_dek(body: list[str]) -> str | None:
    """The standfirst: a lone summary sentence opening the body, without attribution."""
    if len(body) < 3:
        return None
    first = body[0]
    words = word_count(first)
    if not DEK_MIN_WORDS <= words <= DEK_MAX_WORDS or not first.endswith((".", "!", "?")):
        return None
    if ":" in first[:40] or first[:1].islower():
        return None  # a labelled line ("Tested by: …") or a fragment
    if len(_SENTENCE_STOP.findall(first)) > 1:
        return None
    if _NOT_DEK.search(first):
        return None  # quotes, attribution or a news peg: the lead, not a standfirst
    return first


_WORDS = patterns.compile(r"\w+")


def _fold(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _headline_repeat(text: str, folded_headline: str) -> list[str] | None:
    """The section labels split off ``text`` when it, or its title part, repeats the
    known headline (``folded_headline``, as :func:`_fold` gives it); else None."""
    if _folds_to(text, folded_headline):
        return split_title(text)[1]
    if "|" not in text and not any(map(text[-TITLE_SUFFIX_REACH:].__contains__, TITLE_SEPARATORS)):
        return None  # no title part but the whole line
    head, sections = split_title(text)
    return sections if _folds_to(head, folded_headline) else None


def _folds_to(text: str, folded: str) -> bool:
    """``_fold(text) == folded`` for a non-empty ``folded``, read only up to the first word
    that differs."""
    words = folded.split(" ")
    at = 0
    for word in _WORDS.finditer(text.lower()):
        if at == len(words) or word.group() != words[at]:
            return False
        at += 1
    return at == len(words)
