"""The people index (people/index.py): one entry per person however spelled, mentions by
surname and by office, offices given by a lede or a counterpart, and the officials."""
from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsclean import process
from newsclean.people import attribute_quotes, find_people


def officials_of(*paragraphs: str, authors: tuple[str, ...] = ()) -> dict:
    officials = find_people("\n\n".join(paragraphs)).officials(exclude=authors)
    names = [o.name for o in officials]
    assert len(names) == len(set(names)), names
    return {o.name: o for o in officials}


def only_quote(body_paragraphs: tuple[str, ...], fragment: str):
    body = "\n\n".join(body_paragraphs)
    hits = [q for q in attribute_quotes(body, find_people(body)) if fragment in q.text]
    assert len(hits) == 1, hits
    return hits[0]


def test_people_queries():
    body = "Sen. Ruth Calloway, D-Ore., met Mr. Jonas Brell. Calloway spoke. The senator added more."
    people = find_people(body)
    ruth = people.resolve("Calloway")
    assert ruth is not None and ruth.name == "Ruth Calloway"
    assert [body[m.start:m.end] for m in people.mentions if m.person is ruth] == [
        "Ruth Calloway", "Calloway", "The senator"]
    assert people.last_holder_before("senator", len(body)) is ruth
    assert people.office_mention_at(body.index("The senator")) is ruth
    assert people.named_in(ruth, body.index("Calloway spoke"), len(body))
    assert not people.named_in(ruth, body.index("Jonas"), body.index("Calloway spoke"))
    jonas = people.first_named(body.index("met"), len(body), gender="m")
    assert jonas is not None and jonas.name == "Jonas Brell"


def test_one_entry_per_person_under_several_spellings():
    offs = officials_of(
        "Sen. Ruth Calloway, D-Ore., chaired the hearing.",
        "Calloway asked the witnesses to return on Friday.",
        "The senator said the committee would publish its findings.",
    )
    assert list(offs) == ["Ruth Calloway"]
    assert offs["Ruth Calloway"].mentions == 3


def test_journalists_citizens_and_organisations_are_not_officials():
    offs = officials_of(
        "Local fisherman Piet Aalders said the catch had halved.",
        "Dr. Ines Varga, a hydrologist at the University of Ardenstadt, agreed.",
        "The State Department said it was watching closely.",
        "Reporting by Jonas Feld; editing by Mara Quist.",
        authors=("Jonas Feld",),
    )
    assert offs == {}


def test_byline_author_with_an_office_word_is_left_out():
    offs = officials_of("Director Mara Quist of the Federal Water Agency spoke first.",
                        authors=("Mara Quist",))
    assert "Mara Quist" not in offs


def test_process_fills_officials():
    text = (
        "Harbour talks resume\n\n"
        "Deputy Prime Minister Kristof Brandauer of Ostmark rejected the claim on Monday.\n\n"
        "Brandauer later met Attorney General Robert J. Mallory.\n"
    )
    offs = {o.name: o for o in process(text).officials}
    assert offs["Kristof Brandauer"].title == "Deputy Prime Minister"
    assert offs["Kristof Brandauer"].affiliation == "Ostmark"
    assert offs["Kristof Brandauer"].mentions == 2
    assert offs["Robert J. Mallory"].title == "Attorney General"


SYLLABLES = ["ka", "lo", "mir", "dan", "te", "vos", "ri", "bel", "unt", "sa", "gor", "phi"]
NAME_PART = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda p: "".join(p).capitalize())
SPELLINGS = st.lists(st.sampled_from(["full", "surname", "office"]), min_size=0, max_size=6)


@settings(max_examples=150, deadline=None)
@given(NAME_PART, NAME_PART, SPELLINGS)
def test_one_official_under_several_spellings(first, last, later):
    assume(first != last)
    sentences = [f"Sen. {first} {last}, D-Ore., opened the hearing on Monday."]
    for kind in later:
        sentences.append({
            "full": f"{first} {last} asked for the minutes.",
            "surname": f"{last} asked the witness to wait.",
            "office": "The senator said the hearing would resume.",
        }[kind])
    offs = officials_of(*sentences)
    assert list(offs) == [f"{first} {last}"]
    assert offs[f"{first} {last}"].title == "Senator"
    assert offs[f"{first} {last}"].mentions == 1 + len(later)


def test_name_suffix_and_surname_resolution():
    offs = officials_of("Vice President Joseph R. Harlan Jr. arrived.", "Harlan spoke for an hour.")
    assert offs["Joseph R. Harlan Jr."].mentions == 2


def test_later_mention_by_both_surnames_is_the_same_official():
    offs = officials_of(
        "Peru's finance minister, Ignacio Bermejo Salas, spoke on Friday.",
        "Bermejo Salas said the deficit would narrow.",
    )
    assert list(offs) == ["Ignacio Bermejo Salas"]
    assert offs["Ignacio Bermejo Salas"].mentions == 2


@pytest.mark.parametrize("full, later", [
    ("Rosario Quintana Vidal", "Quintana"),           # first of two surnames
    ("Rosario Quintana Vidal", "Quintana Vidal"),     # both surnames
    ("Marten van der Steen", "Van der Steen"),        # particle capitalised at a sentence start
    ("Samir al-Haddad", "al-Haddad"),                 # particle glued to the surname
    ("Kuo Wen-hsin", "Kuo"),                          # family name written first
])
def test_later_mention_of_a_longer_name(full, later):
    q = only_quote((
        f"Port director {full} opened the new terminal on Friday.",
        f"{later} said the terminal “will double the cargo we can handle by next year.”",
    ), "double the cargo")
    assert q.speaker == full


def test_first_word_of_a_name_alone_when_no_surname_matches():
    q = only_quote((
        "Deputy spokesperson Xu Tianming opened the briefing.",
        "“We have nothing more to add on the matter,” Xu said.",
    ), "nothing more to add")
    assert q.speaker == "Xu Tianming"


def test_lede_office_goes_to_the_person_named_next():
    offs = officials_of(
        "The Chief Constable has apologised to the families of the victims.",
        "Dame Carys Bevan said the force would review 200 cases.",
    )
    assert offs["Carys Bevan"].title == "Chief Constable"


def test_lede_office_not_given_to_someone_named_later_in_a_sentence():
    offs = officials_of(
        "The Chief Constable has apologised to the families of the victims.",
        "Relatives met Carys Bevan, a solicitor, on Friday.",
    )
    assert "Carys Bevan" not in offs


def test_lede_office_of_a_named_force():
    offs = officials_of(
        "The chief constable of Fenland Police has resigned after a damning report.",
        "Miriam Colebrook, who led the force for six years, said she accepted the findings.",
    )
    assert offs["Miriam Colebrook"].title.lower() == "chief constable"


def test_lede_office_then_the_name_after_an_opening_phrase():
    offs = officials_of(
        "The Home Secretary has ordered an inquiry into the prison escape.",
        "In a statement to MPs, Rowena Ashdown said the escape was inexcusable.",
    )
    assert offs["Rowena Ashdown"].title == "Home Secretary"


def test_lede_office_then_name_in_the_next_paragraph():
    q = only_quote((
        "The Chief Constable has apologised to the families, telling a hearing: ‘We failed "
        "them at every turn.’",
        "Dame Carys Bevan said the force would review 200 cases.",
    ), "failed them")
    assert q.speaker == "Carys Bevan"


def test_counterpart_holds_the_same_office():
    offs = officials_of(
        "Chilean Interior Minister Rosa Altamirano met her Argentine counterpart, Bruno "
        "Ferreyra, at the border on Monday."
    )
    o = offs["Bruno Ferreyra"]
    assert (o.title, o.affiliation) == ("Interior Minister", "Argentina")


def test_counterpart_of_someone_without_an_office_is_nobody_official():
    offs = officials_of("The chess champion Ilse Marrow beat her Dutch counterpart, Joost Verlinden.")
    assert offs == {}
