"""Markdown input read as Markdown: headings, emphasis, links, images and lists become the
plain text a reader sees; sub-headings stay paragraphs of their own; plain text that only
resembles Markdown is left alone."""
import pytest

from newsclean import process
from newsclean.clean.markdown import looks_like_markdown, markdown_blocks, markdown_to_text

ARTICLE = """---
title: Harbour board approves pier repairs
author: Ana Silva
date: 2024-03-12
---
# Harbour board approves pier repairs

The harbour board **approved** the repairs on Tuesday after a [long debate](https://example.com/debate) that ran
past midnight and left several members hoarse.

## Costs

The work will cost *four million* euros, the __finance office__ said, and will be paid from the port fees.

- New piles for the old pier
- A second ferry ramp
- Lights along the quay

![The old pier at dusk](https://example.com/pier.jpg)

> "We have waited long enough," the mayor said after the vote.

**Related:** [Ferry fares to rise again](https://example.com/fares)
"""


def test_a_markdown_article_loses_its_markup():
    article = process(ARTICLE)
    assert article.headline == "Harbour board approves pier repairs"
    assert article.paragraphs == [
        "The harbour board approved the repairs on Tuesday after a long debate that ran past midnight and left "
        "several members hoarse.",
        "Costs",
        "The work will cost four million euros, the finance office said, and will be paid from the port fees.",
        "New piles for the old pier",
        "A second ferry ramp",
        "Lights along the quay",
        '"We have waited long enough," the mayor said after the vote.',
    ]
    removed = {(r.rule, r.text) for r in article.removed}
    assert ("markdown_link", "https://example.com/debate") in removed
    assert ("markdown_image", "![The old pier at dusk](https://example.com/pier.jpg)") in removed
    assert ("read_more", "Related: Ferry fares to rise again") in removed


@pytest.mark.parametrize("markdown,plain", [
    ("## The costs ##", "The costs"),
    ("A **bold** and *quiet* and _slanted_ word", "A bold and quiet and slanted word"),
    ("See [the report](https://example.com/r \"Report\") and <https://example.com>",
     "See the report and https://example.com"),
    ("* A starred item with *emphasis*", "A starred item with emphasis"),
    ("> > A quote in a quote", "A quote in a quote"),
    ("Use `pier_repairs_2024` as the key", "Use pier_repairs_2024 as the key"),
    ("An escaped \\*star\\* stays", "An escaped *star* stays"),
    ("snake_case_names and 2*3*4 stay as they are", "snake_case_names and 2*3*4 stay as they are"),
    ("1. Numbered steps keep their number", "1. Numbered steps keep their number"),
])
def test_markdown_to_text(markdown, plain):
    assert markdown_to_text(markdown).text == plain


@pytest.mark.parametrize("text", [
    "The council met on Tuesday.\n\n- 5 degrees were forecast for the night.\n\nThe vote was close.",
    "#Harbour trended all day as fans posted photos of the pier.",
    "Prices rose 5%* in March.\n\n* Seasonally adjusted.",
    "Scores: 3 * 4 = 12, the teacher wrote on the board.",
])
def test_plain_text_that_only_resembles_markdown_is_not_read_as_it(text):
    assert not looks_like_markdown(text)


def test_a_dash_line_of_plain_text_keeps_its_dash():
    assert "- 5 degrees were forecast for the night." in process(
        "The council met on Tuesday.\n\n- 5 degrees were forecast for the night.\n\nThe vote was close.").body


def test_markdown_lines_run_on_but_where_a_heading_item_or_quote_starts():
    block = ("## Costs\nThe work will cost four million\neuros in all.\n- New piles for\n  the old pier\n"
             "- A second ramp\n> A quote\nthat runs on")
    assert markdown_blocks(block) == ["## Costs", "The work will cost four million euros in all.",
                                      "- New piles for the old pier", "- A second ramp", "> A quote that runs on"]


@pytest.mark.parametrize("text", [
    "# Title\n\nText.",
    "Some text with [a link](https://example.com).",
    "Some **strong** words.",
    "Items:\n\n- one\n- two",
])
def test_markdown_is_recognised_by_its_markup(text):
    assert looks_like_markdown(text)
