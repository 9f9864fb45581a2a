"""The clean stage's steps: normalising, splitting, inline cuts, and the whole stage's
properties (idempotent, deterministic, never raising). Repeats: test_repeats.py."""
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclean import process
from newsclean.clean import fixes
from newsclean.clean.cleaner import (
    _BLANK_LINE,
    _is_hard_wrapped,
    clean_text,
    cut_inline,
    normalize_text,
    split_paragraphs,
)

PROSE = "The minister said the plan would be published next week after a final review by the cabinet."

# --- normalising ---------------------------------------------------------------------


@pytest.mark.speed_equivalence
@given(st.text(max_size=40))
def test_normalize_text_is_the_same_with_the_printable_gate(text):
    ungated = text
    for fix in fixes.TEXT_FIXES:
        ungated = fix.apply(ungated)
    assert normalize_text(text).text == ungated


def test_normalize_text_records_the_repairs_it_makes():
    normalized = normalize_text("Tom&#8217;s caf\u00c3\u00a9 is open")
    assert normalized.text == "Tom’s café is open"
    assert [(r.rule, r.text) for r in normalized.removed] == [("html_entity", "&#8217;"), ("mojibake", "\u00c3\u00a9")]


# --- splitting -----------------------------------------------------------------------

LINES = st.lists(st.sampled_from(["a", " ", "\n", "\n\n", "\t", "\x0b", "word " * 9, ".", "\u2028", "\x85", "\n \n"]),
                 max_size=16).map("".join)


def split_by_lines(text: str) -> list[str]:
    """split_paragraphs without its fast path for one-line blocks."""
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text.strip("\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines and _is_hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


@pytest.mark.speed_equivalence
@given(LINES)
def test_one_line_blocks_split_as_any_block(text):
    assert split_paragraphs(text) == split_by_lines(text)


def test_hard_wrapped_prose_is_joined_and_lists_are_not():
    wrapped = ("The council approved the budget for the coming year on\n"
               "Tuesday after a debate that lasted well into the night and\n"
               "left several members hoarse.")
    assert split_paragraphs(wrapped) == [wrapped.replace("\n", " ")]
    assert split_paragraphs("Tags: budget\nCategory: Politics") == ["Tags: budget", "Category: Politics"]


# --- inline cuts -----------------------------------------------------------------------


def test_a_paragraph_cut_twice_reports_its_cuts_both_times():
    paragraph = "The port reopened [ad_1] on Monday (Photo: Getty Images) after the strike."
    once, again = cut_inline(paragraph), cut_inline(paragraph)
    first, second = once.removed, again.removed
    assert once.text == again.text
    assert [(r.rule, r.text) for r in first] == [(r.rule, r.text) for r in second]
    assert [r.rule for r in first] == ["ad_shortcode", "image_credit"]
    assert first[0] is not second[0]  # separate records, not shared ones


# --- the whole stage -------------------------------------------------------------------

# Pieces of scraped articles: prose, artifacts, odd spacing and characters.
PIECES = st.sampled_from([
    "The council approved the budget on Tuesday.", "“ important part ”", "word ,", "$ 9.3 billion",
    "[ad_1]", "[ad_2]", "Source link", "Related Articles", "Back to top button", "Share this:",
    "The post A story appeared first on A Site.", "&#8217;", "&amp;quot;", "â€™", "\u00a0", "\u200b",
    "(Photo: Getty Images)", "pic.twitter.com/Ab12", "— Name (@handle) March 1, 2024", "Read more: x",
    "By Ana Silva", "March 3, 2024", "Home » News", "WASHINGTON (Reuters) -", "“", "”", '"', "[caption]",
    "[/caption]", "...", "…", "at the meeting. of the board", "Close", "\n", "\n\n", " ", "*", "»", "<br>",
])
DOCS = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCS)
# Mojibake repaired at the end of a pass leaves a space before a closing quote mark.
@example("“ important part ”\x8dÂ»")
def test_cleaning_twice_equals_cleaning_once(text):
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once
    article = process(text)
    assert isinstance(article.body, str)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_an_article_or_a_clear_error(data):
    from newsclean import NewscleanError

    try:
        article = process(data)
    except NewscleanError as exc:
        assert str(exc)
    else:
        article.body.encode("utf-8")  # no lone surrogates
        assert not any(ord(c) < 32 and c != "\n" for c in article.body)


@settings(max_examples=100, deadline=None)
@given(DOCS)
def test_processing_is_deterministic(text):
    assert process(text).to_dict() == process(text).to_dict()


def test_a_bio_checked_against_the_article_leaves_no_pattern_behind():
    """patterns.compile keeps every pattern it makes (a batch compiles them all before
    its workers fork): a pattern made per article, as the bio test once made for the
    name it looks for, would grow that list by one an article over a whole batch."""
    from newsclean import patterns, process

    text = ("Harbour plan approved\n\nThe council approved the harbour plan on Monday after a long debate about "
            "costs.\n\nWork starts in the spring, the council said.\n\nAna Ruiz is the director of the Harbour "
            "Trust and a founder of the Coast Fund.")
    assert process(text, "bio.txt").removed[-1].rule == "author_bio"
    made = len(patterns._made)
    for _ in range(5):
        process(text, "bio.txt")
    assert len(patterns._made) == made
