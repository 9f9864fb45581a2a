"""The extractor: headline, section labels, byline, date and standfirst from the top of
an article; what it takes from the text is recorded like any other removal."""
from __future__ import annotations

import re

from .. import patterns
from ..clean.cleaner import fix_paragraph, fold_case, match_paragraph_rule, strip_inline, word_count
from ..clean.rules import SECTION_RULES
from ..model import Removal
from .dates import DATE_PATTERNS, parse_date

# How far down the text the header (labels, headline, byline, date) may reach.
HEADER_SCAN = 10
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 250
LABEL_MAX_WORDS = 4
DEK_MIN_WORDS, DEK_MAX_WORDS = 8, 32

# Words that make up section names ("World News", "Military news", "Politics").
SECTION_WORDS = frozenset("""
news world politics political business economy economics markets market finance money tech technology science
health sport sports entertainment culture arts art opinion opinions analysis features feature lifestyle life
travel environment climate education crime law justice media local national international breaking latest
top stories story us u.s. uk europe european asia asian africa african americas america middle east pacific
military defense defence security war conflict diplomacy foreign affairs government elections election
region regional nation global domestic society religion faith food style fashion music film films movies tv
television books celebrity celebrities gaming games energy oil autos cars property real estate jobs careers
personal commentary editorial editorials blog blogs video videos photos investigations investigation exclusive
weather space research medicine wellness family parenting sci-tech scitech city metro state states
china india japan russia ukraine canada australia france germany britain israel iran korea latin
""".split())
# Words that mark a title suffix as the site's name rather than a section.
SITE_WORDS = frozenset("""
times post herald tribune journal daily gazette guardian telegraph independent mirror express observer
chronicle online network tv radio press wire inquirer examiner courier standard star sun globe mail today
insider report reporter dispatch review magazine weekly monitor bulletin record register reuters ap afp
bbc cnn nbc cbs abc fox msnbc npr pbs bloomberg politico axios
""".split())
# What _TITLE_SPLIT splits at holds one of these; all but "|" only within the last
# TITLE_SUFFIX_REACH characters (its blanks, the separator, a suffix, a final newline).
_TITLE_SEPARATORS = ("-", "–", "—", ":")
TITLE_SUFFIX_REACH = 20 + 1 + 20 + 60 + 1
_TITLE_SPLIT = patterns.compile(r"\s{1,20}\|\s{1,20}|\s{1,20}[-–—:]\s{1,20}(?=[^-–—:|]{1,60}$)")  # bounded: \s+ is quadratic on long space runs
_BREADCRUMB = patterns.compile(r"\s{0,20}(?:»|›|>|→|/|\|)\s{0,20}")  # bounded, as above
_BREADCRUMB_LINE = patterns.compile(r"(?:home|start|front page)\s*(?:»|›|>|→|/|\|)\s*.{1,200}", re.I)
_BREADCRUMB_TRAIL = patterns.compile(r"[^»›>→/|.!?]{1,40}(?:\s*(?:»|›|>|→)\s*[^»›>→/|.!?]{1,40}){1,5}|[^/|.!?]{1,40}(?:\s+/\s+[^/|.!?]{1,40}){1,5}")
_HOME = frozenset({"home", "start", "front page", "homepage"})
# "Category: Politics", "Posted in World, Europe", "Filed under: Asia" (also at the foot).
# What _CATEGORY_LINE (case-insensitive) can match first: its words' first letters and the long s.
_CATEGORY_FIRSTS = frozenset("CFPScfpsſ")
_CATEGORY_LINE = patterns.compile(r"(?:categor(?:y|ies)|sections?|filed under|posted in|published in)\s*:?\s+(?P<labels>[^:]{1,200})", re.I)
_NAME = r"[A-Z][\w.'’-]+(?:\s(?:[A-Z][\w.'’-]+|de|da|van|von|der|bin|al|la|le|del)){0,4}"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME}){{0,5}})"

BYLINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("byline", patterns.compile(rf"(?i:by|written by|words by|story by|author|reporter|posted by)\s*:?\s+{_NAMES}(?:\s*(?:\||,|:|-|–|—|·|•|\bon\b|\bfor\b)\s*(?P<rest>.{{0,120}}))?")),
    ("byline", patterns.compile(r"(?i:posted|published)(?:\s+on)?\s*(?P<rest>.{0,60}?)\s*(?i:by)\s+(?P<names>\S{1,40}(?:\s\S{1,40}){0,3})")),
    ("dateline_stamp", patterns.compile(r"(?i:published|posted|updated|last updated|last modified|date|first published|created)\s*(?:on|at)?\s*:?\s*(?P<rest>.{4,80})")),
)
# What a line must start with (lower-cased) for one of BYLINE_PATTERNS to match it.
BYLINE_STARTS = ("by", "written by", "words by", "story by", "author", "reporter", "posted", "published", "updated",
                 "last updated", "last modified", "date", "first published", "created")
# A breadcrumb (either pattern) holds one of these separators.
_BREADCRUMB_SEPARATORS = ("»", "›", ">", "→", "/", "|")
_YEAR_DIGITS = patterns.compile(r"\d{4}")  # every date pattern holds a year of four digits
_GENERIC_AUTHORS = frozenset({"staff", "staff writer", "admin", "administrator", "editor", "editors", "guest",
                              "anonymous", "unknown", "webmaster", "news desk", "newsdesk", "web desk"})
_NOT_DEK = patterns.compile(r"[“”\"]|\b(?:said|says|told|announced|according to|reported|(?:on |last |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight)\b", re.I)
_SENTENCE_BREAK = patterns.compile(r"[a-z0-9)”\"][.!?…]+\s+[A-Z“\"]")
_NOT_LABELS = frozenset("by share follow according posted updated published photo video image watch read click".split())
_SITE_DOMAIN = patterns.compile(r"\.(?:com|org|net|co|io|news|info|uk|in)\b")
_LOWER_WORDS = patterns.compile(r"[a-z]+")
_LATIN_WORDS = patterns.compile(r"[A-Za-z]+")
_LETTER_WORDS = patterns.compile(r"[^\W\d_][\w'’]*")
_SPACED_DASH = patterns.compile(r"\s[–—-]\s")
_LABEL_SPLIT = patterns.compile(r"\s*[,;|•·]\s*")
_NAMES_SPLIT = patterns.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
_SENTENCE_STOP = patterns.compile(r"[.!?](?:\s|$)")
_DATE_FILLER = frozenset("""mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday
sun sunday at on am pm a m p et est edt pt pst pdt ct cst cdt gmt utc bst cet cest ist jst aest updated published
posted last modified date""".split())


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
            if label and label.lower() not in {c.lower() for c in self.categories} and label.lower() not in {"home", "start"}:
                self.categories.append(label)


def is_section_label(text: str) -> bool:
    words = text.replace("&", " ").lower().split(None, LABEL_MAX_WORDS)  # (more words than that: not a label)
    return 0 < len(words) <= LABEL_MAX_WORDS and all(w.strip(".,'’") in SECTION_WORDS for w in words)


def looks_like_site(text: str) -> bool:
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
    parts = [p.strip() for p in _TITLE_SPLIT.split(title) if p.strip()]
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
    """``Home » Politics » Europe`` → [``Europe``, ``Politics``], most specific first."""
    if len(text) > 200 or not any(map(text.__contains__, _BREADCRUMB_SEPARATORS)):
        return []
    if _BREADCRUMB_LINE.fullmatch(text):
        parts = _BREADCRUMB.split(text)
    elif _BREADCRUMB_TRAIL.fullmatch(text):
        parts = _BREADCRUMB.split(text)
        if not all(is_section_label(p) or is_label_like(p) for p in parts if p.strip().lower() not in _HOME):
            return []
    else:
        return []
    return [p.strip() for p in reversed(parts) if p.strip() and p.strip().lower() not in _HOME]


def footer_categories(removed: list[Removal]) -> list[str]:
    """Labels from "Filed under: …" / "Posted in …" lines the cleaner took out."""
    labels: list[str] = []
    for r in removed:
        if r.rule == "tags":
            m = _CATEGORY_LINE.fullmatch(r.text)
            if m:
                labels.extend(split_labels(m.group("labels")))
    return labels


def split_labels(text: str) -> list[str]:
    return [p.strip(" .") for p in _LABEL_SPLIT.split(text) if p.strip(" .")]


def parse_byline(text: str) -> tuple[list[str], str | None] | None:
    """(authors, ISO date) when the whole line is a byline or a date stamp."""
    if len(text) > 200:
        return None
    if len(text) <= 80 and is_date_line(text):
        return [], parse_date(text)
    if not fold_case(text[:20]).startswith(BYLINE_STARTS):
        return None
    for kind, pattern in BYLINE_PATTERNS:
        m = pattern.fullmatch(text.rstrip(". "))
        if not m:
            continue
        rest = m.groupdict().get("rest") or ""
        published = parse_date(rest)
        if kind == "dateline_stamp":
            return ([], published) if published else None
        names = [n.strip() for n in _NAMES_SPLIT.split(m.group("names")) if n.strip()]
        names = [n for n in names if n.lower() not in _GENERIC_AUTHORS and not parse_date(n)]
        return names, published
    return None


def is_date_line(text: str) -> bool:
    """A line that is a date and little else: ``Tuesday, March 14, 2024 at 9:30 AM EST``."""
    if not _YEAR_DIGITS.search(text):
        return False
    rest = text
    for pattern in DATE_PATTERNS:
        rest = pattern.sub(" ", rest, count=1)
        if rest != text:
            break
    if rest == text:
        return False
    leftover = [w for w in _LATIN_WORDS.findall(rest) if w.lower() not in _DATE_FILLER]
    return len(leftover) <= 1


def could_be_headline(text: str) -> bool:
    """Short, one line, and not a finished sentence of prose (unless Title Cased)."""
    if len(text) > HEADLINE_MAX_CHARS or word_count(text) > HEADLINE_MAX_WORDS:
        return False
    words = text.split()
    if text.endswith(":") or (len(words) <= 3 and words[0].lower().strip(":") in _NOT_LABELS):
        return False  # a lead-in ("According to X:") or widget text ("Share Facebook")
    if is_title_case(text):
        return True
    if _SENTENCE_BREAK.search(text):
        return False  # two sentences: prose
    bare = text.rstrip("”\"’')] ")
    return not (bare.endswith((".", "…", "...")) and word_count(text) > 8)


def is_label_like(text: str) -> bool:
    """A short capitalised line such as "Military" or "Asia Pacific"."""
    words = text.replace("&", " ").split()
    return (0 < len(words) <= LABEL_MAX_WORDS and not any(c.isdigit() for c in text)
            and all(w[:1].isupper() for w in words) and words[0].lower() not in _NOT_LABELS
            and text[-1:].isalpha())


def is_title_case(text: str) -> bool:
    """Most longer words capitalised, as in "Why The Tribulation Will Begin Soon"."""
    words = [w for w in _LETTER_WORDS.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


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
        m = _CATEGORY_LINE.fullmatch(text) if text[0] in _CATEGORY_FIRSTS else None
        if m:
            header.add_categories(split_labels(m.group("labels")))
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
    if "|" not in text and not any(map(text[-TITLE_SUFFIX_REACH:].__contains__, _TITLE_SEPARATORS)):
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
