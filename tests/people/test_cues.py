"""Speech cues (people/cues.py): a speech verb and the speaker it names, before the verb
("X said", "X, who…, said") or after it ("…,” said X", "according to X")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from people_quotes import only, quotes_of

from newsclean.people.attribution import _sentence_starts
from newsclean.people.cues import (
    _WORD_FIRST_RE,
    SPEAKER_REACH,
    SPEAKER_VERB_RE,
    VERB_FIRST_RE,
    VERB_FIRST_WORDS,
    ScanText,
    _according,
    _verbs_then_speakers,
    cues_in,
    speakers_then_verbs,
    verb_span,
    verb_span_by_scan,
)


def cues_of(text: str) -> list:
    return cues_in(ScanText(text, 0), 0, len(text))


def test_cues_of_a_sentence_in_the_order_of_their_verbs():
    text = "\x00\x00\x00,” said Maria Estrada, and she added that the senator told reporters so."
    found = [(c.verb, c.name, c.pronoun, c.description) for c in cues_of(text)]
    assert found == [("said", "Maria Estrada", None, None), ("added", None, "she", None),
                     ("told", None, None, "the senator")]


def test_a_name_before_its_verb_keeps_its_apposition():
    text = "In Beijing, a spokesperson for the ministry, Zhao Minghui, said no."
    (cue,) = cues_of(text)
    assert cue.name == "In Beijing" and cue.verb == "said"
    assert cue.apposition.split(",")[-2].strip() == "Zhao Minghui"
    assert text[cue.start:cue.end] == text[:-4]


def test_straight_quotes_and_verb_before_speaker():
    qs = quotes_of(
        'The mill closed in March after ninety years.',
        '"It is the end of an era for this valley," said Orla Brennick, who worked there for '
        'three decades.',
    )
    q = only(qs, "end of an era")
    assert q.speaker == "Orla Brennick"
    assert q.paragraph == 1


def test_speaker_told_reporters():
    qs = quotes_of(
        "Mayor Lucia Ferrand told reporters: “The bridge will reopen before the winter.”"
    )
    assert only(qs, "bridge will reopen").speaker == "Lucia Ferrand"
    assert only(qs, "bridge will reopen").cue == "told"


def test_according_to():
    qs = quotes_of(
        "The dam has been “operating at the limit of its design for a decade,” according to "
        "Jonas Vilhelmsen, the engineer who inspected it."
    )
    q = only(qs, "limit of its design")
    assert (q.speaker, q.cue) == ("Jonas Vilhelmsen", "according to")


def test_colon_after_the_speech_verb():
    qs = quotes_of(
        "Reza Tahmasbi, who leads the growers' union, said: “Nobody asked the farmers.”"
    )
    assert only(qs, "Nobody asked").speaker == "Reza Tahmasbi"


def test_parenthesised_party_tag_and_quoted_as_saying():
    qs = quotes_of("Rep. Aaron Lindqvist (D-Calif.) was quoted as saying “we cannot keep waiting.”")
    q = only(qs, "keep waiting")
    assert (q.speaker, q.cue) == ("Aaron Lindqvist", "quoted as saying")


@pytest.mark.parametrize("sentence, speaker", [
    ("Jonas Brell runs the mill. “We are closing,” said Mr. Brell.", "Jonas Brell"),
    ("“We will vote no,” said Sen. Ruth Calloway, D-Ore.", "Ruth Calloway"),
    ("“We will vote no,” said Lt. Gov. Dana Price of Ohio.", "Dana Price"),
    ("“It is over,” said Japanese Foreign Minister Aiko Tanabe.", "Aiko Tanabe"),
    ("“It is over,” Harbour Police Chief Tomas Ek said on Sunday.", "Tomas Ek"),
    ("As Aiko Tanabe put it, “the game is over for them.”", "Aiko Tanabe"),
    ("Asked about the deal, Aiko Tanabe replied: “It is over.”", "Aiko Tanabe"),
])
def test_speaker_written_with_office_or_honorific(sentence, speaker):
    qs = quotes_of(sentence)
    assert len(qs) == 1
    assert qs[0].speaker == speaker


def test_reworded_cues_of_spun_copy():
    qs = quotes_of(
        "In accordance with Defence Minister Rhona Kell, the drills are “purely defensive in "
        "nature.” Kell informed reporters that the navy “will not be intimidated by anyone.”"
    )
    assert only(qs, "purely defensive").speaker == "Rhona Kell"
    assert only(qs, "intimidated").speaker == "Rhona Kell"


def test_capitalised_pronoun_opening_a_sentence_is_a_pronoun():
    qs = quotes_of(
        "“The harbour has silted up twice since spring,” said Bettina Crowe, a pilot who "
        "guides tankers into Port Alder. “Nobody dredges it any more.” He added that the "
        "insurers had noticed."
    )
    assert only(qs, "Nobody dredges").speaker == "Bettina Crowe"


def test_said_followed_by_its_object_is_not_an_attribution():
    qs = quotes_of(
        "At the summit, the trade envoy, Mirela Kask, said Estonia “would rather pay the "
        "tariff than sign a bad deal.”"
    )
    assert only(qs, "sign a bad deal").speaker == "Mirela Kask"


def test_inserted_attribution_between_commas_still_counts():
    qs = quotes_of(
        "Hollis Grange, the harbour master, took questions on Monday.",
        "The new quay, said Grange, is “the biggest thing to happen to this town in a "
        "century.”",
    )
    assert only(qs, "biggest thing").speaker == "Hollis Grange"


def test_pronoun_glued_to_a_comma_in_spun_copy():
    qs = quotes_of(
        "Trade Minister Folake Adeyemi-Ross spoke in Kano on Monday.",
        "“Exports will double within five years” ,she mentioned.",
    )
    assert only(qs, "Exports will double").speaker == "Folake Adeyemi-Ross"


def test_verb_glued_to_the_comma_after_a_quote():
    qs = quotes_of("“The port is full every single night”,said Emeka Nwosu, a trucker in Apapa.")
    assert only(qs, "port is full").speaker == "Emeka Nwosu"


def test_speaker_with_a_long_apposition_of_three_parts():
    qs = quotes_of(
        "Sen. Ada Quillfeather, D-Vt., who drafted the bill with Sen. Lyle Brandvold, R-Idaho, "
        "called it “the least we owe the farmers.”"
    )
    assert only(qs, "least we owe").speaker == "Ada Quillfeather"


def test_accused_as_a_cue_for_a_quoted_phrase():
    qs = quotes_of(
        "The opposition's transport spokesman, Idris Penhallow, accused ministers of "
        "‘running the railways into the ground’."
    )
    assert only(qs, "railways into the ground").speaker == "Idris Penhallow"


def test_quoted_as_saying_with_the_name_in_between():
    qs = quotes_of(
        "State radio quoted Arvo Laanemets, a deputy governor, as saying the dam was "
        "“in no danger whatsoever.”"
    )
    assert only(qs, "no danger").speaker == "Arvo Laanemets"


SENTENCE_PIECES = [
    "Maria Estrada", "Blinken", "Sen. Ruth Okafor", "he", "She", "they", "the senator", "a spokeswoman",
    "his aide", "said", "says", "told", "added", "quoted as saying", "wrote in", "pointed out", "went on",
    "saidx", "said-", "said’s", "answered", ", ", ",", " ", "  ", "\n", "\u00a0", "“", "”", '"', "’", "\x00",
    "(R-Texas)", " of the State Department", " also", " quickly", "Chile’s interior minister", ".", "x" * 30,
]


@pytest.mark.speed_equivalence
@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=24).map("".join))
def test_speakers_found_as_a_scan_to_the_sentence_end_finds_them(text):
    # The speaker pattern stops at the last speech verb's end rather than the sentence's.
    verbs = verb_span_by_scan(text, 0, len(text))
    if verbs is None:
        assert not list(SPEAKER_VERB_RE.finditer(" " + text))
        return
    start = max(0, verbs[0] - SPEAKER_REACH)
    found = [(m.span(), m.groupdict()) for m in SPEAKER_VERB_RE.finditer(" " + text, start, verbs[1] + 1)]
    assert found == [(m.span(), m.groupdict()) for m in SPEAKER_VERB_RE.finditer(" " + text, start)]


@pytest.mark.speed_equivalence
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["according to", "According  to", "in accordance with", "In\naccordance with", "accord",
                                 "cord", "ccording", "to", " ", "x"]), max_size=12).map("".join))
def test_according_is_looked_for_only_where_its_letters_are(text):
    # cues_in runs the pattern only in a sentence that holds "ccord"
    assert all("ccord" in m.group() for m in _according.finditer(text))


# The verbs of a paragraph are read once and each sentence takes its own (verb_span); the
# speaker pattern reads a copy with the verbs marked rather than a table of them
# (speakers_then_verbs); the verbs that come first are words looked up in a set.
_MARKED_PIECES = SENTENCE_PIECES + [
    "quoted as saying", "as saying", "saying", "said ", "shot back", "put it", "wrote", "also ", "was ", "Officials",
    "officials", "police", "he ", ",she", ", ", ". ", "? ", "! ", ".” ", "\t", "\x1f", "\x00\x00", "’ ", "' ", "”said",
    "said,", "saidthat", "(", "—", "–", "- ", "Rep. Ana Ruiz", "Ortiz (R-Texas)", "the lawyer, Ana Ruiz,", "told",
]


@pytest.mark.speed_equivalence
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_MARKED_PIECES), max_size=30).map("".join))
def test_each_sentence_takes_the_verbs_of_its_paragraph_that_a_scan_of_it_finds(text):
    scan = ScanText(text, 0)
    starts = _sentence_starts(text, 0, len(text), text)
    for k, lo in enumerate(starts):
        hi = starts[k + 1] if k + 1 < len(starts) else len(text)
        start = lo - 1 if lo else 0
        assert verb_span(scan, start, hi) == verb_span_by_scan(text, start, hi)


@pytest.mark.speed_equivalence
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_MARKED_PIECES), max_size=30).map("".join))
def test_speakers_read_with_the_verbs_marked_as_with_the_table_of_verbs(text):
    scan = ScanText(text, 0)
    padded = scan.padded()

    def read(matches):
        return [(m.span(), {g: padded[m.start(g):m.end(g)] if m.start(g) >= 0 else None for g in m.groupdict()})
                for m in matches]

    assert read(speakers_then_verbs(scan, 0, len(padded))) == read(SPEAKER_VERB_RE.finditer(padded))


def test_the_marked_copy_is_read_unless_it_cannot_be():
    assert ScanText("\x00\x00,” she said, and Ana Ruiz quoted as saying", 0).marked() == (
        " \x00\x00,” she\x1fsaid, and Ana Ruiz\x1fquoted\x1fas saying")
    assert ScanText("she\nsaid", 0).marked() is None       # other white space before a verb: the plain pattern
    assert ScanText("she said \x1f", 0).marked() is None
    assert ScanText("she, saying", 0).marked() == " she, saying"   # an -ing form speaks after no speaker


@pytest.mark.speed_equivalence
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_MARKED_PIECES), max_size=30).map("".join))
def test_verbs_that_come_first_found_as_words_as_by_the_table_of_them(text):
    scan = ScanText(text, 0)

    def read(cues):
        return [(c.start, c.end, c.verb_at, c.verb, c.name, c.pronoun, c.description) for c in cues]

    plain = read(_verbs_then_speakers(VERB_FIRST_RE, scan, 0, len(text), lead=True))
    assert read(_verbs_then_speakers(_WORD_FIRST_RE, scan, 0, len(text), lead=True, words=VERB_FIRST_WORDS)) == plain


def test_a_description_stops_before_a_clause_of_its_own():
    text = "He testified about a meeting at the White House when Arendt told officials to \x00\x00\x00."
    found = [(c.verb, c.name, c.description) for c in cues_of(text)]
    assert ("told", "Arendt", None) in found
    assert all(c.description is None or "when" not in c.description for c in cues_of(text))


@pytest.mark.parametrize("sentence", [
    "He was accused of a hate crime.", "She was told to wait outside.", "They were asked to leave.",
    "Ames, a winger, was later informed of the decision.",
])
def test_a_passive_subject_makes_no_cue(sentence):
    assert cues_of(sentence) == []


@pytest.mark.parametrize("sentence, verb", [
    ("Ames was quoted as saying \x00\x00\x00.", "quoted as saying"),
    ("Ames, who was the captain, told reporters \x00\x00\x00.", "told"),
    ("Ames has said \x00\x00\x00.", "said"),
])
def test_an_active_verb_after_a_form_of_be_is_still_a_cue(sentence, verb):
    assert [c.verb for c in cues_of(sentence)] == [verb]


@pytest.mark.parametrize("text, speaker", [
    ("He spoke of a meeting at the Foreign Office when Arendt told officials to \x00\x00\x00.", ("Arendt", None, None)),
    ("It came up at the summit after she told the press it would \x00\x00\x00.", (None, "she", None)),
    ("The row grew at the ministry because the minister told aides to \x00\x00\x00.", (None, None, "the minister")),
])
def test_the_speaker_of_a_clause_inside_a_description(text, speaker):
    told = [c for c in cues_of(text) if c.verb == "told"]
    assert [(c.name, c.pronoun, c.description) for c in told] == [speaker]
    assert text[told[0].start - 1] == " " and text[told[0].start:].startswith(next(w for w in speaker if w))
