"""Whose office it is (people/affiliation.py): the country, state, party or body an office
belongs to, and whether that makes its holder an official."""
from __future__ import annotations

import pytest

from newsclean.people import find_people
from newsclean.people.affiliation import affiliation_of, words_before_office


def officials_of(*paragraphs: str, authors: tuple[str, ...] = ()) -> dict:
    officials = find_people("\n\n".join(paragraphs)).officials(exclude=authors)
    names = [o.name for o in officials]
    assert len(names) == len(set(names)), names
    return {o.name: o for o in officials}


@pytest.mark.parametrize("parts, party, state, expected", [
    (("Japanese",), None, None, ("Japan", True)),
    (("U.S. State Department",), None, None, ("United States", True)),
    (("Valdorian",), None, None, ("Valdorian", True)),
    (("Brightwave",), None, None, ("Brightwave", False)),
    (("Ukrainian Grain Association",), None, None, ("Ukrainian Grain Association", False)),
    (("the country's",), None, None, (None, True)),
    ((None,), "D", "Ore.", ("Oregon", True)),
    ((None,), "R", None, ("Republican", True)),
])
def test_affiliation_of_the_words_around_an_office(parts, party, state, expected):
    found = affiliation_of(*parts, party=party, state=state)
    assert (found.name, found.public) == expected


def test_words_before_an_office_stop_at_the_sentence_before():
    body = "The embassy is in Valmora. White House press secretary Helen Barros spoke."
    before = words_before_office(body, body.index("press"))
    assert (before.text, body[before.start:before.start + 11]) == ("White House", "White House")


def test_demonym_office_and_name():
    offs = officials_of("Japanese Foreign Minister Aiko Tanabe met her counterpart in Oslo.")
    o = offs["Aiko Tanabe"]
    assert (o.title, o.affiliation) == ("Foreign Minister", "Japan")


def test_senator_with_party_and_state_tag():
    offs = officials_of("Sen. Ruth Calloway, D-Ore., voted against the bill.")
    o = offs["Ruth Calloway"]
    assert (o.title, o.affiliation) == ("Senator", "Oregon")


def test_title_and_affiliation_kept_apart():
    offs = officials_of("Australian Prime Minister Grace Holloway called the election.")
    o = offs["Grace Holloway"]
    assert o.title == "Prime Minister"
    assert o.affiliation == "Australia"
    assert "Australia" not in o.title


def test_company_officers_are_not_officials():
    offs = officials_of(
        "Brightwave chief executive Colm Daly said profits rose.",
        "Goran Petek, president and CEO of Northfield Foods, welcomed the deal.",
    )
    assert offs == {}


def test_parenthesised_party_tag_gives_the_state():
    offs = officials_of("Rep. Aaron Lindqvist (D-Calif.) introduced the bill.")
    assert (offs["Aaron Lindqvist"].title, offs["Aaron Lindqvist"].affiliation) == (
        "Representative", "California")


def test_affiliation_does_not_reach_into_the_sentence_before():
    offs = officials_of("The embassy is in Valmora.\n\nWhite House press secretary Helen Barros spoke.")
    assert offs["Helen Barros"].affiliation == "White House"


def test_embassy_spokeswoman_in_apposition():
    offs = officials_of("“Stay indoors,” said Nadia Okoro, a spokeswoman for the U.S. Embassy in Valmora.")
    assert offs["Nadia Okoro"].affiliation == "United States"


def test_lower_case_public_body_before_the_office():
    offs = officials_of("Agents were at the scene, agency spokeswoman Nora Quist said.")
    assert "Nora Quist" in offs


def test_spokesman_with_nothing_to_say_whose_is_not_an_official():
    offs = officials_of("The spokesman, Hal Brenner, said the golfer died at home.")
    assert offs == {}


def test_rank_with_a_public_body_after_the_name():
    offs = officials_of("Capt. Lena Hartog of the U.S. Coast Guard led the search.")
    assert offs["Lena Hartog"].title == "Captain"


def test_head_of_a_national_association_is_not_an_official():
    offs = officials_of(
        "The head of the Polish Dairy Association, Wiktor Zembala, said prices would fall."
    )
    assert "Wiktor Zembala" not in offs
