"""Titles and labels: a headline split from its section and site suffixes, section and
site words, breadcrumbs, category lines and short label lines."""
from __future__ import annotations

import re

from .. import patterns
from .data import HOME_LABELS, NOT_LABEL_WORDS, PHOTO_CREDITS, SECTION_WORDS, SENTENCE_OPENERS, SITE_WORDS

LABEL_MAX_WORDS = 4

# Where a title splits into its headline and suffixes: at a "|", or at a dash or colon
# with blanks on both sides and a short suffix after it, which may hold a hyphen inside a
# word ("– Post-Bulletin") but no other separator (blanks bounded: \s+ is quadratic on
# long space runs).
TITLE_SPLIT = patterns.compile(
    r"\s{1,20}\|\s{1,20}|\s{1,20}[-–—:]\s{1,20}(?=(?:[^-–—:|]|(?<=\w)-(?=\w)){1,60}$)")
# A site's name as a page title ends with it: up to SITE_NAME_MAX_WORDS words, each
# capitalised or a joining word ("Santa Fe New Mexican", "U.S. News & World Report").
SITE_NAME_MAX_WORDS = 6
# One-word tags a page title ends with that belong to the headline ("… – live").
TITLE_TAGS = frozenset("live video watch updated update explainer photos pictures gallery podcast quiz".split())
# Words that open the second half of a headline, never a name; contractions are the same sign.
NOT_NAME_OPENERS = frozenset(
    "And But Or So Yet Then Now Why How What When Where Who Here This It Is Are Was Will".split())
_CONTRACTION = patterns.compile(r"\w[’']\s?(?:re|ve|ll|d|t|m)\b|n[’']t\b")
_NAME_JOINERS = frozenset({"of", "the", "and", "&", "de", "du", "la", "for", "on", "in"})

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

# The footer a feed puts under an item names the item's title: "The post <title> appeared
# first on <site>.", "This is a post from <site> Read the original post: <title>".
FEED_FOOTER = patterns.compile(
    r"the post (?P<post>.{1,400}?) (?:appeared first|first appeared|was first published) on .{1,150}"
    r"|(?:this is a post from .{1,80}?\s{1,8})?read the original post:?\s{1,8}(?P<original>.{1,400})", re.I)
FEED_FOOTER_PARAGRAPHS = 3  # how far up from the foot the footer is looked for

# A short line of section labels set apart by bars or bullets: "Politics | Congress".
LABEL_TRAIL_SEPARATOR = patterns.compile(r"\s{1,20}[|•·]\s{1,20}")
LABEL_TRAIL_MAX_CHARS = 120

# A photo caption and its credit flattened onto the headline's line: "<caption> | <credit>
# <headline> [<standfirst>]". The credit is a photographer and an agency ("Jane Roe/AFP via
# Getty Images", "AP Photo/Jane Roe") or an agency alone ("Getty Images").
_PHOTO_CREDIT = "(?:" + "|".join(sorted((c.replace(" ", r"\s") for c in PHOTO_CREDITS), key=len, reverse=True)) + ")"
CAPTION_CREDIT = patterns.compile(
    r"(?P<caption>[^|]{10,300}?)\s{1,8}\|\s{1,8}"
    r"(?P<credit>(?:[A-Z][\w.'’-]{0,30}\s){0,3}[A-Z][\w.'’-]{0,30}\s?/\s?" + _PHOTO_CREDIT
    + r"|" + _PHOTO_CREDIT + r"(?:\s?/\s?(?:[A-Z][\w.'’-]{0,30}\s){0,3}[A-Z][\w.'’-]{0,30})?)"
    r"(?:\s(?:via|for)\s" + _PHOTO_CREDIT + r")?\s{1,8}(?P<rest>[A-Z0-9‘“'\"].{9,400})")
_SENTENCE_END = patterns.compile(r"[.!?][’”'\")]?$")

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
    if not words or is_section_label(text) or len(words) > SITE_NAME_MAX_WORDS:
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
        if page_title and len(suffixes) == 1 and _SPACED_DASH.search(title) and _reads_as_site_name(suffixes[0]):
            return head, []
        return title.strip(), []  # a dash or colon inside the headline itself
    if sum(len(s.split()) for s in suffixes) > 8:
        return title.strip(), []
    sections = [s for s in suffixes if not looks_like_site(s) and not any(c.isdigit() for c in s)]
    if page_title and sections and sections[-1] == suffixes[-1] and not is_section_label(sections[-1]):
        sections.pop()  # a page title ends with the site's name, whatever it is
    return head, sections


def _reads_as_site_name(suffix: str) -> bool:
    """Whether the last part of a page title, after a dash, is a site's name: a name
    ("Santa Fe New Mexican"), or one word that is not a tag of the headline ("euronews",
    not "live")."""
    return is_name_like(suffix) or (" " not in suffix and suffix.lower() not in TITLE_TAGS)


def is_name_like(text: str) -> bool:
    """A short name, every word capitalised but the joining ones: "Santa Fe New Mexican",
    "Courierly", "U.S. News & World Report"; not "latest tributes" nor "live", nor the
    second half of a headline ("And They're Not Great")."""
    words = text.split()
    if not 0 < len(words) <= SITE_NAME_MAX_WORDS or words[0] in NOT_NAME_OPENERS or _CONTRACTION.search(text):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS
                                          for w in words)


def feed_title(text: str) -> str | None:
    """The title a feed's footer names (``The post <title> appeared first on <site>.``),
    else None."""
    m = FEED_FOOTER.fullmatch(text.strip())
    if m is None:
        return None
    title = (m.group("post") or m.group("original") or "").strip()
    return title or None


def label_trail(text: str) -> list[str] | None:
    """``Politics | Congress`` → [``Congress``, ``Politics``] (most specific first): a
    line of two or more labels set apart by bars or bullets; None for any other line."""
    if len(text) > LABEL_TRAIL_MAX_CHARS or not any(sep in text for sep in "|•·"):
        return None
    parts = [p.strip() for p in LABEL_TRAIL_SEPARATOR.split(text)]
    if len(parts) < 2 or not all(p and (is_section_label(p) or is_label_like(p)) for p in parts):
        return None
    return list(reversed(parts))


def title_after_caption(text: str) -> tuple[str, str | None] | None:
    """(headline, standfirst) from a line that opens with a photo caption and its credit
    (``Minister at the summit | Jane Roe/AFP via Getty Images Minister quits The move
    surprised her party.``); None when the line holds no credited caption."""
    m = CAPTION_CREDIT.fullmatch(text)
    if m is None:
        return None
    return split_headline_and_standfirst(m.group("rest").strip())


def split_headline_and_standfirst(text: str) -> tuple[str, str | None]:
    """``Minister quits over ferry deal The move surprised her party.`` → (``Minister quits
    over ferry deal``, ``The move surprised her party.``): a headline written in sentence
    case, run on into a one-sentence standfirst, parts where a capitalised word that
    opens sentences ("The", "A", "It", …) follows a word of the headline."""
    words = text.split()
    if _SENTENCE_END.search(text):
        for at in range(3, len(words) - 2):
            if words[at] in SENTENCE_OPENERS and any(w[:1].islower() for w in words[1:at]):
                return " ".join(words[:at]), " ".join(words[at:])
    return text, None


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
