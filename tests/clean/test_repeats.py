"""What the article says twice: repeats of a paragraph or of the headline, related-story
cards and pull quotes go; list items, field lines and headings that only resemble
something else stay."""
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.clean.cleaner import clean_paragraphs
from newsclean.clean.repeats import Dedupe, LetterCountDedupe, dedupe_key, letter_counts, pull_quotes, related_cards

PROSE = "The minister said the plan would be published next week after a final review by the cabinet."

WORDS = st.sampled_from(["the", "The", "THE", "tea", "eat", "ate", "Tet", "a", "e", "t", "élan", "İt", "ſet", "_", "x1",
                         "one", "two", "three", "•", "1.", "Born:"])
SEPARATORS = st.sampled_from([" ", ", ", ". ", " — ", "“", "”", "!", "\u00a0", "-", "'"])
PARAGRAPHS = st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=8).map(
    lambda ws: "".join(w + s for w, s in ws))


@pytest.mark.speed_equivalence
@settings(max_examples=300, deadline=None)
@pytest.mark.speed_equivalence
@given(st.lists(PARAGRAPHS, max_size=30))
def test_letter_counts_find_the_same_repeats_as_a_set_of_keys(paragraphs):
    plain, counted = Dedupe(), LetterCountDedupe()
    assert [counted.is_repeat(p) for p in paragraphs] == [plain.is_repeat(p) for p in paragraphs]


@pytest.mark.speed_equivalence
@given(PARAGRAPHS, PARAGRAPHS)
def test_same_key_means_same_letter_counts(a, b):
    if dedupe_key(a) == dedupe_key(b):
        assert letter_counts(a) == letter_counts(b)


def test_duplicate_paragraph_removed_once():
    cleaned = clean_paragraphs([PROSE, "Talks resumed on Monday in the capital.", PROSE])
    assert cleaned.paragraphs == [PROSE, "Talks resumed on Monday in the capital."]
    assert [r.rule for r in cleaned.removed] == ["duplicate_paragraph"]


def test_a_repeat_differing_in_punctuation_and_spacing_is_dropped():
    first = "The council approved the budget on Tuesday, officials said."
    again = "The council approved the budget on Tuesday;  officials said !"
    cleaned = clean_paragraphs([first, "Something else entirely happened.", again])
    assert cleaned.paragraphs == [first, "Something else entirely happened."]
    assert [r.rule for r in cleaned.removed] == ["duplicate_paragraph"]


def test_a_short_repeat_is_kept():
    assert clean_paragraphs(["Yes.", PROSE, "Yes."]).paragraphs == ["Yes.", PROSE, "Yes."]


def test_lines_that_are_no_sentence_recur_in_a_plan_and_stay():
    plan = ["Day 1", "Breakfast: oats with berries", "Eat every two to three hours",
            "Grilled chicken salad with lemon, olive oil and a cup of rice",
            "Day 2", "Breakfast: eggs on toast", "Eat every two to three hours",
            "Grilled chicken salad with lemon, olive oil and a cup of rice"]
    assert clean_paragraphs(plan).paragraphs == plan


def test_same_letter_counts_different_words_are_both_kept():
    a, b = "Tea is ready now, come.", "Eat is ready now, come."
    assert letter_counts(a) == letter_counts(b)
    assert clean_paragraphs([a, b]).paragraphs == [a, b]


def test_many_lines_with_the_same_letter_counts_cost_one_key_each():
    lines = [f"{n} {n + 1} {n + 2} {n + 3} {n + 4}" for n in range(0, 50_000, 5)]  # no e or t in any
    start = time.perf_counter()
    assert len(clean_paragraphs(lines).paragraphs) == len(lines)
    assert time.perf_counter() - start < 3
    assert re.fullmatch(r"[\d ]+", lines[-1])


# A story that names the crew in upper-case headings, then lists them again.
CREW_STORY = [
    "Four crew members of a fishing boat are missing after it sank off the northern cape on Saturday night.",
    "TOMAS REYES, 34, PORT ALMA",
    "Reyes had fished the cape for twenty years and was the boat's captain, his sister said.",
    "INGRID SOLBERG, 29, HARWICK",
    "Solberg joined the crew last spring after training as a marine engineer, friends said.",
    "The coast guard listed the missing as:",
    "• Tomas Reyes, 34, Port Alma",
    "• Ingrid Solberg, 29, Harwick",
    "• Pavel Duda, 41, Harwick",
    "• Amir Haddad, 22, Port Alma",
]


def test_a_list_whose_items_resemble_earlier_headings_keeps_every_item():
    cleaned = clean_paragraphs(CREW_STORY)
    assert cleaned.paragraphs == CREW_STORY
    assert cleaned.removed == []


def test_list_items_repeated_word_for_word_are_kept():
    items = ["1. Preheat the oven to 200C and grease a tin.", "2. Beat the butter and sugar until pale.",
             "3. Fold in the flour and bake for 25 minutes."]
    story = ["Mix the batter first.", *items, "For a second tray, repeat:", *items]
    assert clean_paragraphs(story).paragraphs == story


def test_field_lines_of_a_fact_box_repeat_and_stay():
    box = ["Maria Ortiz, Nevada", "Born: 1961", "Position: Court of Appeals for the Ninth Circuit",
           "Background: Judge Ortiz was a prosecutor for a decade before she was appointed to the court.",
           "Daniel Kahn, Oregon", "Born: 1961", "Position: Court of Appeals for the Ninth Circuit",
           "Background: Judge Kahn taught law in Portland and wrote two books on water rights."]
    assert clean_paragraphs(box).paragraphs == box


def test_a_repeat_differing_in_case_is_a_heading_and_stays():
    story = ["THE HARBOUR BOARD VOTES TO CLOSE THE PIER", PROSE, "The harbour board votes to close the pier"]
    assert clean_paragraphs(story).paragraphs == story


def test_a_paragraph_repeating_the_headline_goes():
    headline = "Harbour board votes to close the old pier"
    cleaned = clean_paragraphs([PROSE, "Harbour board votes to close the old pier", "Work starts in May."],
                               headline=headline)
    assert cleaned.paragraphs == [PROSE, "Work starts in May."]
    assert [r.rule for r in cleaned.removed] == ["duplicate_headline"]


def test_a_headline_with_a_kicker_label_is_dropped_when_repeated():
    headline = "BREAKING: Harbour board votes to close the old pier"
    cleaned = clean_paragraphs([PROSE, headline, "Work starts in May."], headline=headline)
    assert cleaned.paragraphs == [PROSE, "Work starts in May."]


# --- related-story cards -------------------------------------------------------------

CARD_STORY = [
    PROSE,
    "Ferry fares to rise for the third year running",
    "LOCAL NEWS",
    "Ferry fares to rise for the third year running",
    "The cabinet will meet again on Thursday to settle the remaining questions.",
]


def test_a_related_story_card_goes_title_label_and_title():
    cleaned = clean_paragraphs(CARD_STORY)
    assert cleaned.paragraphs == [PROSE, CARD_STORY[-1]]
    assert [r.rule for r in cleaned.removed] == ["related_card"] * 3


def test_a_title_around_a_sentence_is_no_card():
    story = ["Ferry fares to rise", "Officials said the rise was small.", "Ferry fares to rise"]
    assert related_cards(story) == []


# --- pull quotes ---------------------------------------------------------------------

PULL_QUOTE_STORY = [
    "The mayor spoke for an hour. “We will not let the pier fall into the sea,” she told the council, "
    "which then voted to fund the repairs.",
    "We will not let the pier fall into the sea",
    "Work on the pier starts in May and should take two years, the harbour board said.",
]


def test_a_pull_quote_goes_and_the_paragraph_it_quotes_stays():
    cleaned = clean_paragraphs(PULL_QUOTE_STORY)
    assert cleaned.paragraphs == [PULL_QUOTE_STORY[0], PULL_QUOTE_STORY[2]]
    assert [(r.rule, r.text) for r in cleaned.removed] == [("pull_quote", PULL_QUOTE_STORY[1])]


def test_a_pull_quote_set_before_its_paragraph_goes_too():
    assert pull_quotes([PULL_QUOTE_STORY[1], PULL_QUOTE_STORY[0]]) == [0]


def test_headings_and_list_items_found_in_longer_text_are_no_pull_quotes():
    story = ["What The Council Decided On Tuesday Night",
             "Here is what the council decided on Tuesday night after a long debate about the pier.",
             "• the pier will close for two years from May",
             "The board said the pier will close for two years from May and reopen in 2027."]
    assert pull_quotes(story) == []


def test_the_headline_without_its_site_name_is_a_repeat_too():
    cleaned = clean_paragraphs(["Harbour board votes to close the old pier", PROSE],
                               headline="Harbour board votes to close the old pier – Harbour Daily")
    assert cleaned.paragraphs == [PROSE]


def test_a_line_doubled_in_place_goes_once():
    story = [PROSE, "Repairs start in the spring", "Repairs start in the spring", "Work will take two years."]
    assert clean_paragraphs(story).paragraphs == [PROSE, "Repairs start in the spring", "Work will take two years."]
    assert clean_paragraphs(["No.", "No.", PROSE]).paragraphs == ["No.", "No.", PROSE]


def test_a_pull_quote_gone_leaves_no_line_doubled_in_place():
    line = "Work on the old pier will take two years and cost four million euros"  # no sentence: repeats stay
    quoted = "Repairs start in the spring, the board said on Monday."
    story = [line, quoted, line, f"{quoted} The pier closes in May.", PROSE]
    once = clean_paragraphs(story).paragraphs
    assert once == [line, f"{quoted} The pier closes in May.", PROSE]
    assert clean_paragraphs(once).paragraphs == once


LONG_PARAGRAPH = ("The harbour board met on Monday to weigh the pilots' claim. The port has grown fast since the "
                  "new channel opened. It needs to keep its pilots on side, but it cannot pay every claim they make.")


def test_a_pull_quote_naming_whom_the_body_calls_it_goes():
    paragraphs = [LONG_PARAGRAPH, "The Port needs to keep its pilots on side, but it cannot pay every claim they make.",
                  "Talks resume on Thursday, when both sides will set out their figures in full."]
    assert pull_quotes(paragraphs) == [1]


@pytest.mark.parametrize("line", [
    "The board needs to keep its pilots on side, but it cannot pay every claim they make.",  # no name
    "Harbour Daily says the port cannot pay every claim the pilots make, whatever the board says.",  # no repeat
])
def test_a_line_that_repeats_no_sentence_with_a_name_for_its_pronoun_stays(line):
    paragraphs = [LONG_PARAGRAPH, line, "Talks resume on Thursday, when both sides will set out their figures in full."]
    assert pull_quotes(paragraphs) == []


def test_a_sentence_naming_its_subject_where_the_body_has_a_noun_stays():
    body = ("The harbour board met on Monday. The union needs to keep its pilots on side, but it cannot pay every "
            "claim they make, its leader said.")
    line = "Portville needs to keep its pilots on side, but it cannot pay every claim they make."
    assert pull_quotes([body, line, "Talks resume on Thursday, when both sides will set out their figures."]) == []
