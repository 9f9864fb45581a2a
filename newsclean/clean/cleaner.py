"""The clean stage: normalise characters, split paragraphs, strip scraper artifacts.

Everything here is driven by the tables in :mod:`.rules` and :mod:`.fixes`; this
module applies them, in a few named steps, and records what they took:

1. :func:`normalize_text`: the character fixes, on the raw text;
2. :func:`split_paragraphs`: blank lines and lines into paragraphs;
3. :func:`clean_paragraphs`: per paragraph (:func:`apply_rules`), inline cuts
   (:func:`cut_inline`) and the spacing fixes, an embedded post's credit line
   (:mod:`.posts`), then the section, paragraph and dateline rules; then what the
   article says twice (:func:`drop_repeats`, :mod:`.repeats`); then
   :func:`strip_trailer`; and the warnings of :mod:`.checks`.

Cleaning is deterministic and idempotent: ``clean_text(clean_text(x)) == clean_text(x)``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import patterns
from ..model import Removal
from .checks import is_prose, paywall_warning, removed_prose_warning, shape_warning
from .fixes import PARAGRAPH_FIXES, TEXT_FIXES, all_printable
from .markdown import markdown_blocks, markdown_to_text
from .posts import Post, find_credit
from .repeats import HeadlineMatch, LetterCountDedupe, is_doubled_line, pull_quotes, related_cards
from .rule_index import RuleIndex, SpanRuleIndex, first_match, fold_case
from .rules import (
    BIO_RULES,
    CARD_OUTLET,
    DATELINE,
    INLINE_RULES,
    MAX_ARTIFACT_CHARS,
    PARAGRAPH_RULES,
    SCRIPT_DATA,
    SCRIPT_DATA_CHARS_PER_KEY,
    SCRIPT_DATA_MIN_KEYS,
    SECTION_RULES,
    TRAILER_PARAGRAPHS,
    TRAILER_RULES,
    Rule,
    word_count,
)

__all__ = [  # fold_case and word_count too: the header reads paragraphs as the rules do
    "Cleaned",
    "InlineCut",
    "RuleReading",
    "apply_rules",
    "clean_paragraphs",
    "clean_text",
    "cut_dateline",
    "cut_inline",
    "drop_credited_names",
    "drop_repeats",
    "fix_paragraph",
    "fold_case",
    "is_link_title",
    "is_script_data",
    "match_paragraph_rule",
    "normalize_text",
    "split_paragraphs",
    "strip_trailer",
    "word_count",
]

_BLANK_LINE = patterns.compile(r"\n[ \t]*\n")
_SENTENCE_END = patterns.compile(r"[.!?…][\"”’)\]]*$")
# How many leading body paragraphs may open with a wire dateline; one naming its agency,
# "CITY (AP) —", is unambiguous and may come after a few captions or teasers.
DATELINE_PARAGRAPHS = 2
AGENCY_DATELINE_PARAGRAPHS = 6
# A link title under a "Related" heading: short, and not a finished sentence of prose.
LINK_TITLE_MAX_CHARS = 200
LINK_TITLE_MAX_PROSE_WORDS = 12
MAX_FINDER_REPORTS = 50  # of one character fix, in ``removed``
_MAX_FIX_PASSES = 4  # a bound, not a budget: real text settles in one or two


@dataclass(slots=True)
class Normalized:
    """A text after the character fixes, and the repairs they made."""

    text: str
    removed: list[Removal] = field(default_factory=list)


@dataclass(slots=True)
class Cleaned:
    """The paragraphs kept, the removals recorded, and among the removals the lines of
    section labels (a source of the article's categories) and of reporters' credits (a
    source of its authors); the embedded posts kept in the body, the words of prose
    removed by each rule, and the warnings about the result."""

    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    label_lines: list[str] = field(default_factory=list)
    credit_lines: list[str] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    prose_removed: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def remove(self, rule: Rule | str, text: str) -> None:
        """Record ``text`` as taken out by ``rule`` (a rule, or the name of a step)."""
        self.removed.append(Removal(rule if isinstance(rule, str) else rule.name, text))
        if not isinstance(rule, str):
            if rule.labels:
                self.label_lines.append(text)
            if rule.credits:
                self.credit_lines.append(text)

    def drop(self, rule: Rule | str, paragraph: str) -> None:
        """Record a whole paragraph as taken out by ``rule``, counting its prose."""
        self.remove(rule, paragraph)
        if is_prose(paragraph):
            name = rule if isinstance(rule, str) else rule.name
            self.prose_removed[name] = self.prose_removed.get(name, 0) + len(paragraph.split())


# --- 1. characters ---------------------------------------------------------------------


def normalize_text(text: str) -> Normalized:
    """Apply the character-level fixes to raw text, recording the repairs they make."""
    removed: list[Removal] = []
    printable = None  # whether all_printable(text), once asked: most text is
    for fix in TEXT_FIXES:
        if fix.unprintable_only:
            if printable is None:
                printable = all_printable(text)
            if printable:
                continue
        fixed = fix.apply(text)
        if fixed is not text:
            printable = None
        if fix.finder is not None and fixed != text:
            found = dict.fromkeys(m.group(0) for m in fix.finder.finditer(text))  # only when it fired: finders are slow
            removed.extend(Removal(fix.name, s) for s in list(found)[:MAX_FINDER_REPORTS])
        text = fixed
    return Normalized(text, removed)


# --- 2. paragraphs ---------------------------------------------------------------------


def split_paragraphs(text: str, markdown: bool = False) -> list[str]:
    """Split text into paragraphs: blank lines separate them; inside a block, lines are
    separate paragraphs unless the block is hard-wrapped prose, whose lines are joined.
    In ``markdown``, a block's lines are one paragraph but where a heading, a list item
    or a quoted line starts (:func:`~.markdown.markdown_blocks`)."""
    if markdown:
        return [p for block in _BLANK_LINE.split(text.strip("\n")) for p in markdown_blocks(block)]
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text.strip("\n")):
        if "\n" not in block:  # one line, as most blocks are
            line = block.strip()
            if line:
                paragraphs.append(line)
            continue
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if _is_hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    body = lines[:-1]
    if max(len(line) for line in lines) > 100 or min(len(line) for line in body) < 40:
        return False
    unfinished = sum(1 for line in body if not _SENTENCE_END.search(line))
    return unfinished * 2 > len(body)


# --- 3. artifacts ----------------------------------------------------------------------

# The tables read with an index: they live as long as the process, so their ids stay theirs.
_INDEXES = {id(table): RuleIndex(table) for table in (PARAGRAPH_RULES, SECTION_RULES, TRAILER_RULES)}
_INLINE_INDEX = SpanRuleIndex(INLINE_RULES)


def match_paragraph_rule(paragraph: str, rules: tuple[Rule, ...] = PARAGRAPH_RULES) -> Rule | None:
    """The first rule that matches the whole paragraph, if any."""
    if len(paragraph) > MAX_ARTIFACT_CHARS:
        return None
    index = _INDEXES.get(id(rules))
    if index is None:  # a table of the caller's own: every rule in turn
        return first_match(paragraph.strip("*_#> ") or paragraph, rules)
    if len(paragraph) > index.longest + _EMPHASIS_CHARS:
        return None  # longer than any of its rules can take, emphasis marks and all
    return index.first_match(paragraph.strip("*_#> ") or paragraph)  # markdown emphasis around a line


@dataclass(slots=True)
class InlineCut:
    """A paragraph without its inline artifacts, and the removal of each."""

    text: str
    removed: list[Removal] = field(default_factory=list)


def cut_inline(paragraph: str, index: SpanRuleIndex | None = _INLINE_INDEX) -> InlineCut:
    """Cut inline artifacts (shortcodes, photo credits, share buttons) out of a
    paragraph, each rule in turn; a cut leaves a space. With an index, a rule whose
    pre-test the paragraph fails is skipped (it would find nothing); ``index=None``
    tries them all, the plain reading the index is held to."""
    out = InlineCut(paragraph)
    todo = index.admitted(paragraph) if index is not None else INLINE_RULES
    while todo:
        r, todo = todo[0], todo[1:]

        def take(m: re.Match[str], name: str = r.name) -> str:
            out.removed.append(Removal(name, m.group(0).strip()))
            return " "

        cut = r.pattern.sub(take, out.text)
        if cut != out.text and index is not None:  # what the later rules may find has changed
            later = INLINE_RULES[INLINE_RULES.index(r) + 1:]
            todo = tuple(rule for rule in index.admitted(cut) if rule in later)
        out.text = cut
    return out


_PARAGRAPH_FIX_STEPS = tuple(fix.apply for fix in PARAGRAPH_FIXES)
_EMPHASIS_CHARS = 16  # what strip("*_#> ") may take off a line before its rules read it


def fix_paragraph(paragraph: str) -> str:
    """Apply the paragraph fixes until none changes anything more. One fix can make
    work for an earlier one (mojibake repair turning ``” Â»`` into ``” »`` leaves a space
    for the quote-spacing fix), and cleaning must be idempotent."""
    for _ in range(_MAX_FIX_PASSES):
        before = paragraph
        for apply in _PARAGRAPH_FIX_STEPS:
            paragraph = apply(paragraph)
        if paragraph == before:
            break
    return paragraph


def cut_dateline(paragraph: str, index: int) -> InlineCut:
    """Cut "CITY (Agency) —" from the start of the ``index``-th paragraph (repeated ones
    too); past the first few paragraphs only a dateline naming its agency."""
    out = InlineCut(paragraph)
    while m := DATELINE.pattern.match(out.text):
        if index >= DATELINE_PARAGRAPHS and "(" not in m.group(0):
            break
        out.removed.append(Removal(DATELINE.name, m.group(0).strip()))
        out.text = out.text[m.end():]
    return out


def is_script_data(paragraph: str) -> bool:
    """A page's JSON run into the text: quoted keys and their colons, densely."""
    if paragraph.count('":') < SCRIPT_DATA_MIN_KEYS:  # the cheap test first: most paragraphs have none
        return False
    keys = len(SCRIPT_DATA.pattern.findall(paragraph))
    return keys >= max(SCRIPT_DATA_MIN_KEYS, len(paragraph) // SCRIPT_DATA_CHARS_PER_KEY)


def is_link_title(paragraph: str) -> bool:
    """Short, and not a finished sentence of prose: a link title under a "Related" heading."""
    if len(paragraph) > LINK_TITLE_MAX_CHARS:
        return False
    return not (_SENTENCE_END.search(paragraph) and word_count(paragraph) > LINK_TITLE_MAX_PROSE_WORDS)


def clean_paragraphs(paragraphs: Iterable[str], headline: str | None = None, markdown: bool = False) -> Cleaned:
    """Strip artifacts from already-normalised paragraphs, in named steps: the rules
    paragraph by paragraph (Markdown's markup first, for a ``markdown`` text), then
    what is in the article twice (related-story cards, repeats of a paragraph or of the
    ``headline``, pull quotes), then the trailer; and say in ``warnings`` when the
    result is worth a look."""
    out = apply_rules(paragraphs, markdown)
    cut_card_heading(out, headline)
    drop_credited_names(out)
    drop_repeats(out, headline)
    strip_trailer(out)
    if out.posts:
        kept = set(out.paragraphs)
        out.posts = [post for post in out.posts if post.text in kept]
    out.warnings = [w for w in (removed_prose_warning(out.prose_removed, out.paragraphs),
                                shape_warning(out.paragraphs),
                                paywall_warning({r.rule for r in out.removed})) if w]
    return out


def apply_rules(paragraphs: Iterable[str], markdown: bool = False) -> Cleaned:
    """Each paragraph in turn (:class:`RuleReading`): Markdown's markup (for a ``markdown``
    text), inline cuts and spacing fixes, an embedded post's credit line, then the
    section, paragraph and dateline rules."""
    reading = RuleReading(markdown)
    for paragraph in paragraphs:
        reading.read(paragraph)
    return reading.out


class RuleReading:
    """The rules applied to an article's paragraphs in order, and what the paragraphs read
    so far tell about the next: whether a section heading's link titles are being taken,
    and whether the paragraph before was kept (a post's credit line on a line of its own
    credits it)."""

    __slots__ = ("in_section", "kept_last", "markdown", "out")

    def __init__(self, markdown: bool = False) -> None:
        self.out = Cleaned()
        self.markdown = markdown
        self.in_section: Rule | None = None
        self.kept_last = False

    def read(self, paragraph: str) -> None:
        """Clean one paragraph: keep it in ``out``, or record why it went."""
        kept_before, self.kept_last = self.kept_last, False
        paragraph = self._prepared(paragraph, kept_before)
        if not paragraph or self._took_heading(paragraph):
            return
        if is_script_data(paragraph):
            self.out.drop(SCRIPT_DATA, paragraph)
            return
        hit = match_paragraph_rule(paragraph)
        if hit is None and self._took_link_title(paragraph):
            return
        if hit is None and len(self.out.paragraphs) < AGENCY_DATELINE_PARAGRAPHS:
            undated = cut_dateline(paragraph, len(self.out.paragraphs))
            self.out.removed += undated.removed
            if not undated.text or (undated.text != paragraph and self._took_heading(undated.text)):
                return
            if undated.text != paragraph:
                paragraph, hit = undated.text, match_paragraph_rule(undated.text)
        if hit is not None:
            self.out.drop(hit, paragraph)
            if hit.opens_section:
                self.in_section = hit
        else:
            self.out.paragraphs.append(paragraph)
            self.kept_last = True

    def _prepared(self, paragraph: str, kept_before: bool) -> str:
        """The paragraph's text once its markup, inline artifacts, spacing and a post's
        credit line are off."""
        out = self.out
        if self.markdown:
            plain = markdown_to_text(paragraph)
            out.removed += plain.removed
            paragraph = plain.text
        inline = cut_inline(paragraph)
        out.removed += inline.removed
        paragraph = fix_paragraph(inline.text)
        if paragraph and "(@" in paragraph:  # every post's credit names the account
            paragraph = _take_post_credit(out, paragraph, kept_before)
        return paragraph

    def _took_heading(self, paragraph: str) -> bool:
        """A section heading ("Related Articles") goes, and opens its section."""
        heading = match_paragraph_rule(paragraph, SECTION_RULES)
        if heading is None:
            return False
        self.in_section = heading
        self.out.drop(heading, paragraph)
        return True

    def _took_link_title(self, paragraph: str) -> bool:
        """A link title under a section heading goes with it; prose closes the section."""
        if self.in_section is None:
            return False
        if is_link_title(paragraph):
            self.out.drop(self.in_section, paragraph)
            return True
        self.in_section = None
        return False


def _take_post_credit(out: Cleaned, paragraph: str, kept_before: bool) -> str:
    """An embedded post's credit line goes (recorded); the post's text stays, and is
    noted as a post: the text before the credit, or the paragraph before when the
    credit is a line of its own."""
    credit = find_credit(paragraph)
    if credit is None:
        return paragraph
    text = paragraph
    while True:  # a credit run on after another one's goes too
        out.remove(credit.rule, credit.text)
        text = fix_paragraph(text[:credit.start])
        again = find_credit(text)
        if again is None:
            break
        credit = again
    if text:
        out.posts.append(credit.post(text))
    elif kept_before and out.paragraphs:
        out.posts.append(credit.post(out.paragraphs[-1]))
    return text


_BARE_NAME = patterns.compile(r"(?:[A-Z][\w.'’-]{0,30} ){1,3}[A-Z][\w.'’-]{1,30}")
_CREDIT_RULES = frozenset(("image_credit",))


def drop_credited_names(out: Cleaned) -> None:
    """A name alone on a line that a removed photo credit names too is the photographer's
    credit, left beside the caption ("Jan Novak" above "… (Jan Novak/AP)")."""
    credits = [r.text for r in out.removed if r.rule in _CREDIT_RULES]
    if not credits:
        return
    kept: list[str] = []
    for paragraph in out.paragraphs:
        if _BARE_NAME.fullmatch(paragraph) and any(paragraph in credit for credit in credits):
            out.remove("image_credit", paragraph)
        else:
            kept.append(paragraph)
    out.paragraphs = kept


def drop_repeats(out: Cleaned, headline: str | None = None) -> None:
    """What the kept paragraphs say twice goes: related-story cards (title, label, title),
    a paragraph repeating an earlier one or the headline, a pull quote of a longer one.
    Until nothing more goes: a paragraph gone can leave two copies of a line side by side
    (and cleaning must be idempotent)."""
    for _ in range(_MAX_REPEAT_PASSES):
        before = len(out.paragraphs)
        _drop_repeats_once(out, headline)
        if len(out.paragraphs) == before:
            return


_MAX_REPEAT_PASSES = 4  # a bound, not a budget: real text settles in one


def _drop_repeats_once(out: Cleaned, headline: str | None) -> None:
    cards = set(related_cards(out.paragraphs))
    seen = LetterCountDedupe()
    is_headline = HeadlineMatch(headline)
    kept: list[str] = []
    for i, paragraph in enumerate(out.paragraphs):
        if i in cards:
            out.drop("related_card", paragraph)
        elif is_headline(paragraph):
            out.remove("duplicate_headline", paragraph)
        elif seen.is_repeat(paragraph) or (kept and paragraph == kept[-1] and is_doubled_line(paragraph)):
            out.remove("duplicate_paragraph", paragraph)
        else:
            kept.append(paragraph)
    quoted = set(pull_quotes(kept))
    for i in sorted(quoted):
        out.remove("pull_quote", kept[i])
    out.paragraphs = [p for i, p in enumerate(kept) if i not in quoted]


def cut_card_heading(out: Cleaned, headline: str | None) -> None:
    """Cut an aggregator card's headline and outlet name from the start of the first
    paragraph (:data:`CARD_OUTLET`); its snippet is the story's first lines."""
    if not headline or not out.paragraphs or not out.paragraphs[0].startswith(headline):
        return
    first = out.paragraphs[0]
    outlet = CARD_OUTLET.pattern.match(first, len(headline))
    if outlet is None:
        return
    out.remove(CARD_OUTLET, first[:outlet.end()])
    out.paragraphs[0] = first[outlet.end():].lstrip()


def strip_trailer(out: Cleaned) -> None:
    """Drop author bios and repeated bylines from the foot of the article, then a bio
    run into the end of the last paragraph."""
    for _ in range(TRAILER_PARAGRAPHS):
        if not out.paragraphs:
            return
        hit = trailer_rule(out.paragraphs[-1], out.paragraphs[:-1])
        if hit is None:
            break
        out.drop(hit, out.paragraphs.pop())
    cut_run_in_bio(out)


def trailer_rule(paragraph: str, before: list[str]) -> Rule | None:
    """The trailer rule that takes ``paragraph`` at the foot of the article, if any: a
    rule for strangers only when the person it opens on is not named in ``before``."""
    hit = match_paragraph_rule(paragraph, TRAILER_RULES)
    if hit is not None and hit.stranger and is_named_in(paragraph, before):
        return None
    return hit


_SUBJECT = patterns.compile(r"\W{0,3}(?:[A-Z][\w.'’-]{1,30} ){0,2}([A-Z][\w'’-]{1,30})")
_SENTENCE_START = patterns.compile(r"[.!?…][\"”’)]?\s{1,4}(?=[—–-]? ?[A-Z])")


def is_named_in(bio: str, paragraphs: list[str]) -> bool:
    """Whether the person a bio opens on (by the last word of the name) appears in ``paragraphs``."""
    subject = _SUBJECT.match(bio)
    if subject is None:
        return False
    # (re's own cache, not patterns.compile: that keeps every pattern it makes, one per
    # bio over a whole batch, to compile them all before workers fork)
    name = re.compile(r"\b" + re.escape(subject.group(1)) + r"\b")
    return any(name.search(p) for p in paragraphs)


def cut_run_in_bio(out: Cleaned) -> None:
    """Cut the writer's bio from the end of the last paragraph when the page ran it into
    the last sentence ("… we warned you. Ana Ruiz is the editor of …"). It counts as a
    bio only for someone the article has not named before it."""
    if not out.paragraphs:
        return
    last = out.paragraphs[-1]
    for start in _SENTENCE_START.finditer(last):
        head, tail = last[:start.end()].rstrip(), last[start.end():]
        if len(tail) > MAX_ARTIFACT_CHARS:
            continue
        hit = first_match(tail, BIO_RULES)
        if hit is not None and not is_named_in(tail, [*out.paragraphs[:-1], head]):
            out.paragraphs[-1] = head
            out.remove(hit, tail)
            return


def clean_text(text: str) -> str:
    """Normalise and clean a plain text; paragraphs joined by one blank line."""
    cleaned = clean_paragraphs(split_paragraphs(normalize_text(text).text))
    return "\n\n".join(cleaned.paragraphs)
