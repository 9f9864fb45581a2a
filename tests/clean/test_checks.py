"""Warnings about a cleaned body: much of its prose removed, or no article left."""
from collections import Counter

import pytest

from newsclean import process
from newsclean.clean.checks import is_prose, removed_prose_warning, shape_warning

STORY = [
    "The harbour board voted on Tuesday to close the old pier for two years while its rotten piles are replaced.",
    "Repairs will cost four million euros, to be paid from port fees, the board's finance office said.",
    "Fishermen who use the pier every morning said they would move to the north quay until the work is done.",
]


def test_a_whole_story_gives_no_warning():
    assert shape_warning(STORY) is None
    assert process("\n\n".join(STORY)).warnings == []


@pytest.mark.parametrize("body,kind", [
    ("1600 Harbour Road, Castel, CA 90210", "a street address"),
    ("12 Quay Street, Castel CS1 2AB, United Kingdom", "a street address"),
    ("Harbour news\n\nFerry fares to rise again\n\nPier repairs approved\n\nNew ramp opens in May",
     "a list of links or headlines"),
    ("Pier closed", "a single line"),
    ("The pier is closed until further notice.", "a single line"),
])
def test_a_body_that_is_no_article_warns(body, kind):
    warnings = process(body).warnings
    assert warnings == [f"the body does not look like an article: {kind}"]


def test_an_address_over_lines_is_an_address():
    assert shape_warning(["Harbour Board", "12 Quay Street", "Castel CS1 2AB"]) == \
        "the body does not look like an article: a street address"


def test_a_one_paragraph_teaser_of_some_length_is_an_article():
    teaser = ("The harbour board voted on Tuesday to close the old pier for two years while its rotten piles are "
              "replaced, a decision that fishermen called")
    assert shape_warning([teaser]) is None


def test_more_than_half_the_prose_removed_warns_and_names_the_rules():
    removed = Counter({"image_credit": 90, "related": 40})
    warning = removed_prose_warning(removed, STORY[:1])
    kept = len(STORY[0].split())
    assert warning is not None and warning.startswith(f"cleaning removed 130 of {130 + kept} words of prose")
    assert "image_credit 90, related 40" in warning
    assert removed_prose_warning(Counter({"image_credit": 30}), STORY) is None  # a caption among a story
    assert removed_prose_warning(Counter({"comments": 60}), []) is None  # too little to matter


def test_a_story_whose_paragraphs_read_like_captions_warns():
    captions = [f"Dockworkers wait at gate {n} before the morning shift began in Castel on Monday as the strike "
                f"entered its second week. (Jan Novak/AP)" for n in range(1, 8)]
    article = process("\n\n".join(["Dockworkers went back to work on Tuesday.", *captions]))
    assert article.body == "Dockworkers went back to work on Tuesday."
    assert any(w.startswith("cleaning removed") and "image_credit" in w for w in article.warnings)


def test_prose_is_a_sentence_or_a_long_line():
    assert is_prose(STORY[0])
    assert is_prose("The harbour board voted on Tuesday to close the old pier for two years while its rotten "
                    "piles are replaced and")
    assert not is_prose("Ferry fares to rise again")
    assert not is_prose("Yes, he said.")


def test_a_paywalled_story_warns_that_it_may_be_cut_short():
    text = "\n\n".join([STORY[0], "kAm%96 3@2C5 >6E @? |@?52J]k^Am",
                       "Thank you for reading Harbour Daily. You have read your 5 free articles this 30-day period."])
    article = process(text)
    assert article.body == STORY[0]
    warning = "a paywall's notice or scrambled text was removed: the body may be only part of the story"
    assert warning in article.warnings
