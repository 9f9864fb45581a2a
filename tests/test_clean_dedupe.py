"""Repeated paragraphs: keys built only for paragraphs whose letter counts collide."""
import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.clean.cleaner import _dedupe_key, _KeptParagraphs, _letter_counts, clean_paragraphs

WORDS = st.sampled_from(["the", "The", "THE", "tea", "eat", "ate", "Tet", "a", "e", "t", "élan", "İt", "ſet", "_", "x1"])
SEPARATORS = st.sampled_from([" ", ", ", ". ", " — ", "“", "”", "!", "\u00a0", "-", "'"])
PARAGRAPHS = st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=8).map(lambda ws: "".join(w + s for w, s in ws))


def repeats_by_full_key(paragraphs: list[str]) -> list[bool]:
    """What the letter counts stand in for: a set of every kept paragraph's key."""
    keys: set[str] = set()
    found = []
    for p in paragraphs:
        key = _dedupe_key(p)
        found.append(key in keys)
        keys.add(key)
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(PARAGRAPHS, max_size=30))
def test_kept_paragraphs_find_the_same_repeats_as_a_set_of_keys(paragraphs):
    kept = _KeptParagraphs()
    found = []
    for p in paragraphs:
        counts = _letter_counts(p)
        found.append(kept.has_same_words(p, counts))
        kept.add(p, counts)
    assert found == repeats_by_full_key(paragraphs)


@given(PARAGRAPHS, PARAGRAPHS)
def test_same_key_means_same_letter_counts(a, b):
    if _dedupe_key(a) == _dedupe_key(b):
        assert _letter_counts(a) == _letter_counts(b)


def test_a_repeat_differing_in_case_and_punctuation_is_dropped():
    first = "The council approved the budget on Tuesday, officials said."
    again = "the council approved the budget on tuesday officials said"
    cleaned = clean_paragraphs([first, "Something else entirely happened.", again])
    assert cleaned.paragraphs == [first, "Something else entirely happened."]
    assert [r.rule for r in cleaned.removed] == ["duplicate_paragraph"]


def test_same_letter_counts_different_words_are_both_kept():
    a, b = "Tea is ready now, come.", "Eat is ready now, come."
    assert _letter_counts(a) == _letter_counts(b)
    assert clean_paragraphs([a, b]).paragraphs == [a, b]


def test_many_lines_with_the_same_letter_counts_cost_one_key_each():
    lines = [f"{n} {n + 1} {n + 2} {n + 3} {n + 4}" for n in range(0, 50_000, 5)]  # no e or t in any
    start = time.perf_counter()
    assert len(clean_paragraphs(lines).paragraphs) == len(lines)
    assert time.perf_counter() - start < 3
    assert re.fullmatch(r"[\d ]+", lines[-1])
