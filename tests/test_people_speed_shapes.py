"""The people stage finds offices and "counterpart" without scanning the text with the
patterns that describe them, and the attribution nearest a quote without reading every
one; these tests hold the faster readings to the plain ones, and the cost of a long
sentence of quotes to its length."""
from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.patterns import alternation
from newsclean.people import attribute_quotes, cues, find_people, index, names, offices, quote_marks
from newsclean.people import attribution as quotes
from newsclean.people.data import OFFICES

# The whole office table as one pattern, scanned over the lower-cased text with a space
# in front: what ``offices_in`` must find.
OFFICE_PATTERN = re.compile(rf"[\s(\[\"“‘'’—–/-](?P<office>{alternation(OFFICES)})(?![\w-])")
COUNTERPART_PATTERN = re.compile(r"(?:(?P<demonym>[\w’'.-]{2,30}) )?counterparts?,? (?=\S)")

PIECES = sorted(OFFICES)[::3] + [
    "president", "vice president", "president-elect", "presidential", "lt.", "lt. gov.", "u.s.",
    "u.s. attorney", "us", "chairman", "chair", "the", "x", "é", " ", "  ", "\n", "\t", "\u00a0",
    "-", "(", "/", "“", "’", ",", ".", "_", "2",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def offices_by_pattern(low: str) -> list[tuple[int, int]]:
    return [(m.start("office") - 1, m.end("office") - 1) for m in OFFICE_PATTERN.finditer(" " + low)]


def test_every_office_opens_with_a_lower_case_letter():
    # offices_in looks offices up by the letters they open with
    assert all("a" <= o[0] <= "z" for o in OFFICES)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_offices_found_as_the_pattern_finds_them(text):
    low = names.lower_same_length(text)
    assert offices.offices_in(low) == offices_by_pattern(low)


def test_office_shapes():
    for text in ("vice president-elect Ruiz", "the vice  president", "ex-president", "vice-president",
                 "presidents", "president_", "president2", "lt. gov. Ward", "u.s.attorney", "(mayor)",
                 "chief of the general staff", "deputy minister\nof state", "“senator”"):
        low = names.lower_same_length(text)
        assert offices.offices_in(low) == offices_by_pattern(low), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["counterpart", "counterparts", ",", " ", "x", "ab", "Iranian", "’", "-",
                                 ".", "a" * 35, "b" * 29, "\n"]), max_size=14).map("".join))
def test_counterpart_found_as_the_pattern_finds_it(text):
    expected = [(m.span(), m.groupdict()) for m in COUNTERPART_PATTERN.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in index.counterpart_matches(text)] == expected


def _work(fn) -> int:
    """Function calls made by ``fn()``: a count of work that machine load does not change."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return calls


def _one_long_sentence(n: int) -> str:
    said = "".join(f"“Point number {i} is a good one,” Mayor Jane Holloway said, " for i in range(n))
    return f"Mayor Jane Holloway spoke on Monday. {said}and then she left.\n\nShe was gone."


def test_a_sentence_of_many_quotes_costs_in_proportion_to_them():
    def work(n: int) -> int:
        body = _one_long_sentence(n)
        found = []
        cost = _work(lambda: found.extend(attribute_quotes(body, find_people(body))))
        assert len(found) == n and {q.speaker for q in found} == {"Jane Holloway"}
        return cost

    # 16 times the quotes: 16 times the work, give or take (every quote against every
    # attribution of the sentence would be some 60 times)
    assert work(800) < 20 * work(50)


SPANS = st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=400, deadline=None)
@given(st.lists(SPANS, min_size=0, max_size=40), SPANS, st.booleans())
def test_nearest_attribution_found_as_reading_them_all_finds_it(spans, quote, after_counts_double):
    items = [quotes._Attribution(s, e, 0, "said", None, None) for s, e in spans]
    sp = quote_marks.Span(quote[0], quote[1], 0, 0)
    assert quotes._Nearby(items).nearest(sp, after_counts_double) == quotes.nearest_by_reading(sp, items, after_counts_double)


def test_white_space_class_is_every_character_backslash_s_stands_for():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(f"[{cues.WHITE_SPACE}]", every) == re.findall(r"\s", every)


MARK_PIECES = ["“", "”", '"', "«", "»", "„", "’", "'", "‘", "`", "a", " ", "\n\n", "é", "—"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(MARK_PIECES), max_size=40).map("".join))
def test_plain_marks_found_as_the_pattern_finds_them(text):
    assert list(quote_marks.mark_spans(text, quote_marks._MARKS)) == [m.span() for m in quote_marks._MARKS.finditer(text)]


@given(st.lists(st.sampled_from(["a", "\n", "\n\n", " ", "é"]), max_size=30).map("".join))
def test_paragraph_bounds_split_as_str_split_does(text):
    pos, expected = 0, []
    for para in text.split("\n\n"):
        expected.append((pos, pos + len(para)))
        pos += len(para) + 2
    assert quote_marks.paragraph_bounds(text) == expected


SENTENCE_PIECES = [
    "Maria Estrada", "Blinken", "Sen. Ruth Okafor", "he", "She", "they", "the senator", "a spokeswoman",
    "his aide", "said", "says", "told", "added", "quoted as saying", "wrote in", "pointed out", "went on",
    "saidx", "said-", "said’s", "answered", ", ", ",", " ", "  ", "\n", "\u00a0", "“", "”", '"', "’", "\x00",
    "(R-Texas)", " of the State Department", " also", " quickly", "Chile’s interior minister", ".", "x" * 30,
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=24).map("".join))
def test_speakers_found_as_a_scan_to_the_sentence_end_finds_them(text):
    # The speaker pattern stops at the last speech verb's end rather than the sentence's.
    verbs = cues.verb_span(text, 0, len(text))
    if verbs is None:
        assert not list(cues.SPEAKER_VERB_RE.finditer(" " + text))
        return
    start = max(0, verbs[0] - cues.SPEAKER_REACH)
    found = [(m.span(), m.groupdict()) for m in cues.SPEAKER_VERB_RE.finditer(" " + text, start, verbs[1] + 1)]
    assert found == [(m.span(), m.groupdict()) for m in cues.SPEAKER_VERB_RE.finditer(" " + text, start)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["\x00", "\x00\x00\x00", ",", "”", "’", " ", "said", "told", "answered", "x", "\n"]),
                max_size=30).map("".join))
def test_verbs_after_quotes_found_in_the_scan_copy_as_in_the_masked_text(masked):
    scan = cues.verb_first_scan(masked)
    assert len(scan) == len(masked)
    assert [m.span() for m in cues.VERB_FIRST_RE.finditer(scan)] == [m.span() for m in cues.VERB_FIRST_RE.finditer(masked)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["President", "Vice President", "SENATOR", "Lt. Gov.", "İ", "\u212a",
                                          "Σ", "ΟΔΟΣ", "Chairman"]), max_size=30).map("".join))
def test_offices_found_in_the_text_as_in_its_lower_case(text):
    assert offices.offices_in(text) == offices.offices_in(names.lower_same_length(text))


HONORIFIC_PIECES = ["Mr", "Mr.", "Mrs.", "Ms", "Dr", "Sir", "Dame", "Lord's", "Prof.", "Sister", "Sr", "Father",
                    "Ayatollah", "Smith", "Jean-Yves", "O'Brien", "al", "van", "The", "X", "x", " ", "  ", "\n",
                    "\t", "\u00a0", "_", "-", "’", "'", ".", ",", "(", "“", "2", "é", "Ł"]


def _honorifics_by_scan(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in names.HONORIFIC_RE.finditer(text) if not names.glued_to_word(text, m.start())]


def _honorifics_from_runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in names.honorifics(text, names.capital_words(text))
            if not names.glued_to_word(text, m.start())]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(HONORIFIC_PIECES), max_size=24).map("".join))
def test_honorifics_found_at_the_words_of_runs_as_the_scan_finds_them(text):
    assert _honorifics_from_runs(text) == _honorifics_by_scan(text)


def test_honorific_shapes():
    for text in ("Mr. Smith", "Mrs Smith and Mr\tJones", "Sir Keir Starmer", "Prime Minister Sir Keir", "XMr Smith",
                 "-Mr Smith", "_Mr Smith", "Lord's Prayer", "Dr.\u00a0Who", "John\tMr\tSmith", "(Dame Edna)"):
        assert _honorifics_from_runs(text) == _honorifics_by_scan(text), text


# The name token as first written, its look-ahead one branch per suffix; the pattern
# now merges the branches.
_TOKEN_AS_WRITTEN = names.NAME_TOKEN.replace(r"(?!(?<=[JS])r\b|(?<=I)(?:II?|V)\b)",
                                                 r"(?!(?<=J)r\b|(?<=S)r\b|(?<=I)II?\b|(?<=I)V\b)")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["J", "S", "I", "V", "r", "II", "III", "IV", "Jr", "Sr", "Jr.", " ", ".", "-",
                                 "'", "’", "x", "Xy", "Mc", "Donald", "\n", ",", "é", "Ł"]), max_size=12).map("".join))
def test_name_token_matches_as_first_written(text):
    merged = re.compile(names.NAME_TOKEN)
    written = re.compile(_TOKEN_AS_WRITTEN)
    assert merged.pattern != written.pattern
    assert [m.span() for m in merged.finditer(text)] == [m.span() for m in written.finditer(text)]
