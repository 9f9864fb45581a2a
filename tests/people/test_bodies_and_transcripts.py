"""Speakers that a careful reader tells apart from a person's name (people/attribution.py,
people/index.py, people/names.py): a body that speaks ("Marlow Rovers said in a
statement", "the UN Special Envoy for Water said"), a name written in capitals in a
transcript ("MARIA OKORO asks:"), an order before a surname after a colon ("Hire Ames.")."""
from __future__ import annotations

from people_quotes import quotes_of

from newsclean.people import find_people
from newsclean.people.names import capitals_names_in_title_case


def voice_of(quotes, fragment: str) -> tuple[str | None, str | None]:
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0].speaker, hits[0].speaker_kind


# --- a body that speaks -------------------------------------------------------------------
def test_a_one_word_club_speaking_in_a_statement_is_an_organisation():
    qs = quotes_of(
        "The midfielder left the club on Tuesday after four seasons.",
        "Wexbridge said in a statement: “We thank him for his service and wish him well.”",
    )
    assert voice_of(qs, "wish him well") == ("Wexbridge", "organisation")


def test_a_one_word_name_with_signs_of_a_person_stays_a_person_in_a_statement():
    qs = quotes_of(
        "Ms. Talbot resigned from the board on Friday.",
        "Talbot said in a statement: “It was time for someone new to lead.”",
    )
    assert voice_of(qs, "someone new") == ("Talbot", "person")


def test_a_one_word_name_speaking_without_a_statement_stays_a_person():
    qs = quotes_of(
        "The hearing lasted most of the afternoon.",
        "“We are not finished,” Okafor said after the vote.",
    )
    assert voice_of(qs, "not finished") == ("Okafor", "person")


def test_an_office_of_a_body_written_as_the_institution_is_an_organisation():
    qs = quotes_of(
        "Flooding has cut off three towns in the delta.",
        "The UN Special Envoy for Water Security said the damage was “worse than anyone feared.”",
    )
    assert voice_of(qs, "worse than") == ("UN Special Envoy for Water Security", "organisation")


def test_a_named_holder_before_the_preposition_is_still_the_speaker():
    qs = quotes_of(
        "Flooding has cut off three towns in the delta.",
        "Envoy Maren Holt of Norway said the damage was “worse than anyone feared.”",
    )
    assert voice_of(qs, "worse than") == ("Maren Holt", "person")


def test_a_name_with_an_apposition_that_makes_it_a_group_is_an_organisation():
    qs = quotes_of(
        "The county votes in November.",
        "Ballots First, a group that registers young voters, said that “turnout will decide it.”",
    )
    assert voice_of(qs, "turnout") == ("Ballots First", "organisation")


def test_a_person_with_an_apposition_of_a_group_member_stays_a_person():
    qs = quotes_of(
        "The county votes in November.",
        "Lena Varga, a member of the group, said that “turnout will decide it.”",
    )
    assert voice_of(qs, "turnout") == ("Lena Varga", "person")


# --- names in capitals ------------------------------------------------------------------
def test_a_name_in_capitals_before_a_transcript_colon_is_the_speaker():
    qs = quotes_of(
        "The interview was recorded on Monday.",
        "MARIA OKORO asks: “What happened after the second vote?”",
    )
    assert voice_of(qs, "second vote") == ("Maria Okoro", "person")


def test_capitals_that_are_a_heading_or_a_place_are_no_name():
    body = "BREAKING NEWS: the river rose.\n\nNEW YORK: the markets fell.\n\nHISTORY LESSON: read on."
    assert capitals_names_in_title_case(body) == body


def test_capitals_of_an_unknown_first_name_are_a_name_only_when_the_text_writes_it():
    assert capitals_names_in_title_case("ZED QUARRO: yes.") == "ZED QUARRO: yes."
    body = "Zed Quarro runs the mill.\n\nZED QUARRO: yes."
    assert capitals_names_in_title_case(body).endswith("Zed Quarro: yes.")


def test_a_label_in_capitals_opens_a_new_item_not_the_last_voice():
    qs = quotes_of(
        "“We will win this,” Senator Ada Brenner said.",
        "TODAY IN HISTORY -- “A treaty was signed in this hall in 1921.”",
    )
    assert voice_of(qs, "treaty") == (None, None)


# --- an order before a surname -------------------------------------------------------------
def test_an_order_before_a_surname_after_a_colon_is_no_part_of_the_name():
    qs = quotes_of(
        "The school needed a coach, and the board met for a week.",
        "Coach Rudy Ames had won everywhere he had been.",
        "The advice the old coach gave was short: Hire Ames. “He will win,” Ames said later.",
    )
    assert voice_of(qs, "He will win") == ("Rudy Ames", "person")


def test_a_given_name_before_a_shared_surname_after_a_colon_is_another_person():
    people = find_people("Coach Rudy Ames had won everywhere.\n\nThe new hire: Paul Ames. He starts Monday.")
    assert {p.name for p in people.persons} == {"Rudy Ames", "Paul Ames"}
