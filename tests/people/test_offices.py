"""Offices (people/offices.py): the offices of the tables found in the text, the whole
title (portfolio, modifiers, "of State"), and the name of the holder written after the
office, around it or before it."""
from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.people import find_people
from newsclean.people.data import OFFICE_KIND_RANK, OFFICES
from newsclean.people.names import lower_same_length
from newsclean.people.offices import offices_by_scan, offices_in, read_office


def officials_of(*paragraphs: str, authors: tuple[str, ...] = ()) -> dict:
    officials = find_people("\n\n".join(paragraphs)).officials(exclude=authors)
    names = [o.name for o in officials]
    assert len(names) == len(set(names)), names
    return {o.name: o for o in officials}


def test_an_office_read_with_the_name_after_it():
    body = "Deputy Foreign Minister Aiko Tanabe of Japan spoke."
    (start, end), = offices_in(body)
    reading = read_office(body, start, end)
    assert (reading.name, body[reading.start:reading.end]) == ("Aiko Tanabe", "Aiko Tanabe")
    assert (reading.facts.title, reading.facts.kind, reading.facts.affiliation) == ("Deputy Foreign Minister", "gov",
                                                                                    "Japan")


def test_an_office_read_as_a_reference_to_its_holder():
    body = "The senator said no."
    (start, end), = offices_in(body)
    reading = read_office(body, start, end)
    assert reading.name is None
    assert (body[reading.start:reading.end], reading.word, reading.facts.title) == ("The senator", "senator",
                                                                                    "Senator")


def test_country_abbreviation_and_portfolio_after_the_office():
    offs = officials_of("U.S. Secretary of State Daniel Whitcombe arrived on Thursday.")
    o = offs["Daniel Whitcombe"]
    assert (o.title, o.affiliation) == ("Secretary of State", "United States")


def test_governor_abbreviation():
    offs = officials_of("Gov. Harold Finch signed the order late on Friday.")
    assert offs["Harold Finch"].title == "Governor"


def test_apposition_with_possessive_country():
    offs = officials_of("Maria Estrada, Chile's interior minister, said the border would stay open.")
    o = offs["Maria Estrada"]
    assert o.title.lower() == "interior minister"
    assert o.affiliation == "Chile"


def test_apposition_with_age_and_state():
    offs = officials_of("Ortiz, 52, a U.S. senator from Nevada, won the primary.",
                        "Senator Luis Ortiz thanked his volunteers.")
    assert "Luis Ortiz" in offs
    assert offs["Luis Ortiz"].title.lower() == "senator"


def test_office_phrase_then_name_between_commas():
    offs = officials_of("The country's top diplomat, Lena Marwick, struck a cautious tone.")
    assert offs["Lena Marwick"].title.lower() == "top diplomat"


def test_spokesperson_of_a_ministry_is_an_official():
    offs = officials_of("A spokeswoman for the Ostmark foreign ministry, Hanna Lind, said talks would go on.")
    assert offs["Hanna Lind"].title == "Spokeswoman"


def test_office_of_a_place_then_the_name():
    offs = officials_of("Mayor of Eastbridge Sadia Karim opened the bridge.",
                        "Prime Minister of Japan Haruto Mori arrived later.")
    assert offs["Sadia Karim"].title == "Mayor of Eastbridge"
    assert offs["Haruto Mori"].affiliation == "Japan"


def test_company_president_of_a_named_firm_is_not_an_official():
    offs = officials_of("President of Brightline Consulting Dana Voss spoke at the launch.")
    assert offs == {}


def test_portfolio_not_in_the_table_after_of():
    offs = officials_of(
        "Lotte Veenstra, former Minister for Foreign Trade and Development Cooperation, spoke.",
        "Minister of Intergovernmental Affairs Paula Kent agreed.",
        "Minister of Health Joren Smit stayed away.",
    )
    assert offs["Lotte Veenstra"].title == "Former Minister for Foreign Trade and Development Cooperation"
    assert offs["Paula Kent"].title == "Minister of Intergovernmental Affairs"
    assert offs["Joren Smit"].title == "Minister of Health"


def test_assistant_us_attorney():
    offs = officials_of("Assistant U.S. Attorney Noor Halvorsen asked for a longer sentence.")
    assert offs["Noor Halvorsen"].title == "Assistant U.S. Attorney"


def test_envoy_with_a_portfolio():
    offs = officials_of("Chilean water envoy Paz Irarrazaval toured the reservoir.")
    assert offs["Paz Irarrazaval"].title.lower() == "water envoy"


def test_ambassador_to_a_country_and_a_middle_initial():
    offs = officials_of("Canadian Ambassador to Japan Leonora P. Haverkamp met students.")
    o = offs["Leonora P. Haverkamp"]
    assert o.title == "Ambassador to Japan"


def test_british_offices_from_the_tables():
    offs = officials_of(
        "The Policing Minister, Harriet Vossberg, met Dalesford's police and crime "
        "commissioner, Owen Trethewey, on Friday."
    )
    assert offs["Harriet Vossberg"].title == "Policing Minister"
    assert offs["Owen Trethewey"].title.lower() == "police and crime commissioner"


def test_every_office_kind_in_the_table_has_a_rank():
    assert set(OFFICES.values()) <= set(OFFICE_KIND_RANK)


PIECES = sorted(OFFICES)[::3] + [
    "president", "vice president", "president-elect", "presidential", "lt.", "lt. gov.", "u.s.",
    "u.s. attorney", "us", "chairman", "chair", "the", "x", "é", " ", "  ", "\n", "\t", "\u00a0",
    "-", "(", "/", "“", "’", ",", ".", "_", "2",
]


@pytest.mark.parametrize("text, offices", [
    ("vice president-elect Ruiz", ["vice president-elect"]),
    ("the vice  president", ["vice  president"]),
    ("ex-president", ["president"]),
    ("vice-president", ["vice-president"]),
    ("presidents, president_ and president2", []),
    ("lt. gov. Ward", ["lt. gov."]),
    ("u.s.attorney", []),
    ("(mayor)", ["mayor"]),
    ("chief of the general staff", ["chief of the general staff"]),
    ("deputy minister\nof state", ["deputy minister"]),
    ("minister\nof  state", ["minister\nof  state"]),
    ("“senator”", ["senator"]),
])
def test_office_shapes(text, offices):
    assert [text[s:e] for s, e in offices_in(text)] == offices


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["President", "Vice President", "SENATOR", "Lt. Gov.", "İ", "\u212a",
                                          "Σ", "ΟΔΟΣ", "Chairman"]), max_size=30).map("".join))
def test_offices_found_in_the_text_as_in_its_lower_case(text):
    found = offices_in(text)
    assert found == offices_in(lower_same_length(text))
    assert all(e > s for s, e in found) and all(e1 <= s2 for (_, e1), (s2, _) in pairwise(found))


# offices_in (opening words, then a trie walk) is offices_by_scan (one pattern of every
# office over the lower-cased text) done faster.
_SCAN_PIECES = PIECES + ["President", "VICE", "Vice-President", "Lt.", "Gov", "İ", "\u212a", "Σ", "ς", "Chief",
                         "prime", "minister", "of", "state", "ministers", "?", "'", "‘", "[", "—", "–", "ß", "x\u0301"]


@pytest.mark.speed_equivalence
@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=30).map("".join))
def test_offices_found_by_their_opening_words_as_by_one_pattern(text):
    assert offices_in(text) == offices_by_scan(text)


@pytest.mark.speed_equivalence
@pytest.mark.parametrize("office", sorted(OFFICES))
def test_every_office_found_by_its_opening_word_as_by_one_pattern(office):
    for text in (office, office.upper(), f"the {office} said", f"({office.title()})", f"ex-{office}s", f"{office}2",
                 f"“{office}”", office.replace(" ", "\n  ")):
        assert offices_in(text) == offices_by_scan(text), text


def test_names_listed_under_one_plural_office_each_hold_it():
    found = officials_of(
        "GOP Sens. Ron Alder of Utah, Kay Brill of New Hampshire and Pat Coe of Ohio will stay home. "
        "A letter from Reps. Ida Moll (R-Ky.) and Tam Ruiz (D-Calif.) asked for the files."
    )
    assert {n: (o.title, o.affiliation) for n, o in found.items()} == {
        "Ron Alder": ("Senator", "Utah"), "Kay Brill": ("Senator", "New Hampshire"),
        "Pat Coe": ("Senator", "Ohio"), "Ida Moll": ("Representative", "Kentucky"),
        "Tam Ruiz": ("Representative", "California"),
    }


def test_a_list_under_a_plural_office_stops_at_the_first_word_that_is_no_name():
    found = officials_of("State Sens. Ann Dale and Tim Eck have backed off, and Priya Nair said so.")
    assert set(found) == {"Ann Dale", "Tim Eck"}


def test_an_office_in_an_apposition_ending_the_sentence():
    found = officials_of("The president met the alliance's secretary-general, Ole Strand.")
    assert found["Ole Strand"].title.lower() == "secretary-general"


def test_an_office_to_a_public_body_of_two_words_before_the_name():
    found = officials_of("Valdorian Ambassador to the United Nations Irma Kell called for a vote.")
    assert "Irma Kell" in found
