"""Quote marks paired into quotes (people/quote_marks.py): curly, straight, single and
doubled marks, quotes running over paragraphs, offsets into the body."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from people_quotes import only, quotes_of

from newsclean.people import attribute_quotes, find_people
from newsclean.people.quote_marks import PLAIN_MARKS, find_quote_spans, mark_spans, mark_spans_by_scan, paragraph_bounds


def quotes_in(body: str) -> list:
    return attribute_quotes(body, find_people(body))


def test_quote_running_over_several_paragraphs():
    body_paragraphs = (
        "Okafor closed the meeting with a warning:",
        "“Water is not a weapon. It has never been one in this region.",
        "“Our farmers have been patient. Our cities have been patient.",
        "“Patience has limits,” said President Adaeze Okafor.",
    )
    qs = quotes_of(*body_paragraphs)
    assert len(qs) == 1
    q = qs[0]
    assert q.text.startswith("Water is not a weapon")
    assert q.text.endswith("Patience has limits,")
    assert "Our farmers have been patient" in q.text
    assert q.paragraph == 1
    assert q.speaker == "Adaeze Okafor"


def test_spans_of_a_quote_running_on_name_its_first_and_last_paragraph():
    body = "He said:\n\n“One.\n\n“Two,” he said."
    (span,) = find_quote_spans(body)
    assert body[span.start:span.end] == "One.\n\n“Two,"
    assert (span.para, span.last_para) == (1, 2)


FRAGMENTS = st.sampled_from([
    "the minister said", "“", "”", '"', "«", "»", " ", "\n\n", ",", ".", "Lena Marwick",
    "she said", "according to", "Sen. Ruth Calloway, D-Ore.,", "said:", "It's", "5'10\"",
    "“We will", "never”", "the senator", "“ ", " ”", "—", "Mr. Brandt", "a", "the plan",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=40))
def test_offsets_always_point_at_the_quote_text(parts):
    body = "\n\n".join(p.strip() for p in "".join(parts).split("\n\n") if p.strip())
    for q in quotes_in(body):
        assert body[q.start:q.end] == q.text
        assert q.text and q.text == q.text.strip()
        assert 0 <= q.paragraph < len(body.split("\n\n"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab AB.,“”\"'\n:—"), max_size=200))
def test_any_text_gives_consistent_offsets(text):
    body = "\n\n".join(p.strip() for p in text.split("\n\n") if p.strip())
    for q in quotes_in(body):
        assert body[q.start:q.end] == q.text


@pytest.mark.parametrize("body", ["", "“", "”", '"', "“”", "a “ b", "\n\n“\n\n”"])
def test_degenerate_bodies(body):
    for q in quotes_in(body):
        assert body[q.start:q.end] == q.text


@pytest.mark.parametrize("body", [
    "‘‘We are here to stay,’’ said Ana Ruiz.",
    "``We are here to stay,'' said Ana Ruiz.",
    "Ana Ruiz said they were “here to stay.’’",
])
def test_doubled_single_marks_as_quote_marks(body):
    qs = quotes_of(body)
    q = only(qs, "here to stay")
    assert q.speaker == "Ana Ruiz"
    assert "’" not in q.text and "'" not in q.text


def test_single_curly_quote_marks_of_british_copy():
    qs = quotes_of(
        "Councillor Imelda Frost said the library would stay open. ‘We have found the money "
        "for another two years,’ she said. ‘After that, it’s up to the government.’",
        "Readers’ groups welcomed the news, and Obi Oduya called it ‘a lifeline for the estate’.",
    )
    assert only(qs, "found the money").speaker == "Imelda Frost"
    assert only(qs, "After that").text == "After that, it’s up to the government."
    assert only(qs, "lifeline").text == "a lifeline for the estate"
    assert only(qs, "lifeline").speaker == "Obi Oduya"
    assert not [q for q in qs if "groups welcomed" in q.text]


def test_single_quote_marks_running_over_two_paragraphs():
    qs = quotes_of(
        "The headteacher, Oona Pryce, read a statement to parents:",
        "‘The roof failed its inspection on Tuesday. We had no choice.",
        "‘Lessons will move to the church hall until Easter,’ she said.",
    )
    q = only(qs, "roof failed")
    assert "church hall" in q.text and q.speaker == "Oona Pryce"


def test_double_quotes_inside_single_quotes_stay_in_the_quote():
    qs = quotes_of(
        "‘When the minister said “no further cuts”, we believed him,’ said Ffion Rhys, who "
        "runs the food bank."
    )
    q = only(qs, "we believed him")
    assert q.text == "When the minister said “no further cuts”, we believed him,"
    assert q.speaker == "Ffion Rhys"


def test_stray_apostrophes_do_not_make_quotes():
    qs = quotes_of(
        "The band played hits from the ’80s and ‘90s all night, and the owners’ club paid for "
        "it. Nobody ‘s complaining, the landlord said."
    )
    assert qs == []


def test_straight_single_quote_marks():
    qs = quotes_of(
        "The council's leader, Bryn Astley, defended the cuts. 'We can't spend money we "
        "haven't got,' he said. 'Nobody's pretending this is easy.'"
    )
    assert only(qs, "spend money").text == "We can't spend money we haven't got,"
    assert only(qs, "spend money").speaker == "Bryn Astley"
    assert only(qs, "pretending").text == "Nobody's pretending this is easy."


MARK_PIECES = ["“", "”", '"', "«", "»", "„", "’", "'", "‘", "`", "a", " ", "\n\n", "é", "—"]


@pytest.mark.speed_equivalence
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(MARK_PIECES), max_size=40).map("".join))
def test_plain_marks_found_by_str_find_as_the_pattern_finds_them(text):
    assert mark_spans(text, PLAIN_MARKS) == mark_spans_by_scan(text, PLAIN_MARKS)


@given(st.lists(st.sampled_from(["a", "\n", "\n\n", " ", "é"]), max_size=30).map("".join))
def test_paragraph_bounds_split_as_str_split_does(text):
    pos, expected = 0, []
    for para in text.split("\n\n"):
        expected.append((pos, pos + len(para)))
        pos += len(para) + 2
    assert paragraph_bounds(text) == expected


def spans_of(body: str) -> list[str]:
    return [body[s.start:s.end] for s in find_quote_spans(body)]


def test_a_curly_opener_closed_by_a_straight_mark_still_pairs():
    assert spans_of('He said “we will stay here" and left.') == ["we will stay here"]


def test_straight_marks_inside_a_curly_quote_do_not_close_it():
    assert spans_of('“A "quoted" word inside,” she said.') == ['A "quoted" word inside,']


def test_a_quote_glued_to_the_sentence_before_is_found():
    body = '“We stay,” said Ines Varga."So that is the plan for the spring."'
    assert spans_of(body) == ["We stay,", "So that is the plan for the spring."]


def test_a_quote_after_an_attribution_and_an_aside_keeps_its_marks_through_cleaning():
    from newsclean import process
    article = process('"We are ready," says Ines Varga. "(Laughs) Mostly ready, and the crew knows it."\n')
    assert [q.text for q in article.quotes] == ["We are ready,", "(Laughs) Mostly ready, and the crew knows it."]
    assert {q.speaker for q in article.quotes} == {"Ines Varga"}
