"""Officials named in a story: office before the name, apposition, one entry per person."""
from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsclean import process
from newsclean.people import find_people


def officials_of(*paragraphs: str, authors: tuple[str, ...] = ()) -> dict:
    officials = find_people("\n\n".join(paragraphs)).officials(exclude=authors)
    names = [o.name for o in officials]
    assert len(names) == len(set(names)), names
    return {o.name: o for o in officials}


def test_demonym_office_and_name():
    offs = officials_of("Japanese Foreign Minister Aiko Tanabe met her counterpart in Oslo.")
    o = offs["Aiko Tanabe"]
    assert (o.title, o.affiliation) == ("Foreign Minister", "Japan")


def test_country_abbreviation_and_portfolio_after_the_office():
    offs = officials_of("U.S. Secretary of State Daniel Whitcombe arrived on Thursday.")
    o = offs["Daniel Whitcombe"]
    assert (o.title, o.affiliation) == ("Secretary of State", "United States")


def test_senator_with_party_and_state_tag():
    offs = officials_of("Sen. Ruth Calloway, D-Ore., voted against the bill.")
    o = offs["Ruth Calloway"]
    assert (o.title, o.affiliation) == ("Senator", "Oregon")


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


def test_one_entry_per_person_under_several_spellings():
    offs = officials_of(
        "Sen. Ruth Calloway, D-Ore., chaired the hearing.",
        "Calloway asked the witnesses to return on Friday.",
        "The senator said the committee would publish its findings.",
    )
    assert list(offs) == ["Ruth Calloway"]
    assert offs["Ruth Calloway"].mentions == 3


def test_title_and_affiliation_kept_apart():
    offs = officials_of("Australian Prime Minister Grace Holloway called the election.")
    o = offs["Grace Holloway"]
    assert o.title == "Prime Minister"
    assert o.affiliation == "Australia"
    assert "Australia" not in o.title


def test_journalists_citizens_and_organisations_are_not_officials():
    offs = officials_of(
        "Local fisherman Piet Aalders said the catch had halved.",
        "Dr. Ines Varga, a hydrologist at the University of Ardenstadt, agreed.",
        "The State Department said it was watching closely.",
        "Reporting by Jonas Feld; editing by Mara Quist.",
        authors=("Jonas Feld",),
    )
    assert offs == {}


def test_company_officers_are_not_officials():
    offs = officials_of(
        "Brightwave chief executive Colm Daly said profits rose.",
        "Goran Petek, president and CEO of Northfield Foods, welcomed the deal.",
    )
    assert offs == {}


def test_byline_author_with_an_office_word_is_left_out():
    offs = officials_of("Director Mara Quist of the Federal Water Agency spoke first.",
                        authors=("Mara Quist",))
    assert "Mara Quist" not in offs


def test_names_come_from_the_text_not_from_a_list():
    offs = officials_of("Zorvanian President Tikhon Aldebaran-Vey opened the summit.")
    assert offs["Tikhon Aldebaran-Vey"].title == "President"


def test_organisation_name_after_office_word_is_not_a_person():
    offs = officials_of("General Motors said the plant would close.",
                        "The Nobel Peace Prize went to a charity.")
    assert offs == {}


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


def test_first_name_that_is_also_a_common_word():
    offs = officials_of("Former Arizona Gov. Jan Hollis and Mayor Bill Ostrander met on Friday.")
    assert "Jan Hollis" in offs and "Bill Ostrander" in offs


def test_headline_words_after_an_office_are_not_a_name():
    offs = officials_of("Chief Justice Suspended For Violating Court Order")
    assert offs == {}


def test_lower_case_public_body_before_the_office():
    offs = officials_of("Agents were at the scene, agency spokeswoman Nora Quist said.")
    assert "Nora Quist" in offs


def test_spokesman_with_nothing_to_say_whose_is_not_an_official():
    offs = officials_of("The spokesman, Hal Brenner, said the golfer died at home.")
    assert offs == {}


def test_rank_with_a_public_body_after_the_name():
    offs = officials_of("Capt. Lena Hartog of the U.S. Coast Guard led the search.")
    assert offs["Lena Hartog"].title == "Captain"


def test_names_with_letters_beyond_latin_1():
    offs = officials_of("Polish Foreign Minister Radosław Wiśniewski met Turkish President Emre Doğanay.")
    assert offs["Radosław Wiśniewski"].affiliation == "Poland"
    assert offs["Emre Doğanay"].affiliation == "Turkey"


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


def test_office_of_a_place_then_the_name():
    offs = officials_of("Mayor of Eastbridge Sadia Karim opened the bridge.",
                        "Prime Minister of Japan Haruto Mori arrived later.")
    assert offs["Sadia Karim"].title == "Mayor of Eastbridge"
    assert offs["Haruto Mori"].affiliation == "Japan"


def test_company_president_of_a_named_firm_is_not_an_official():
    offs = officials_of("President of Brightline Consulting Dana Voss spoke at the launch.")
    assert offs == {}


def test_name_suffix_and_surname_resolution():
    offs = officials_of("Vice President Joseph R. Harlan Jr. arrived.", "Harlan spoke for an hour.")
    assert offs["Joseph R. Harlan Jr."].mentions == 2


def test_office_word_that_is_also_a_surname():
    offs = officials_of("Former Prime Minister John Major spoke.",
                        "U.S. Magistrate Judge B. Paul Orrin set bail.")
    assert "John Major" in offs
    assert "B. Paul Orrin" in offs


def test_portfolio_not_in_the_table_after_of():
    offs = officials_of(
        "Lotte Veenstra, former Minister for Foreign Trade and Development Cooperation, spoke.",
        "Minister of Intergovernmental Affairs Paula Kent agreed.",
        "Minister of Health Joren Smit stayed away.",
    )
    assert offs["Lotte Veenstra"].title == "Former Minister for Foreign Trade and Development Cooperation"
    assert offs["Paula Kent"].title == "Minister of Intergovernmental Affairs"
    assert offs["Joren Smit"].title == "Minister of Health"


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


def test_assistant_us_attorney():
    offs = officials_of("Assistant U.S. Attorney Noor Halvorsen asked for a longer sentence.")
    assert offs["Noor Halvorsen"].title == "Assistant U.S. Attorney"


def test_envoy_with_a_portfolio():
    offs = officials_of("Chilean water envoy Paz Irarrazaval toured the reservoir.")
    assert offs["Paz Irarrazaval"].title.lower() == "water envoy"


def test_later_mention_by_both_surnames_is_the_same_official():
    offs = officials_of(
        "Peru's finance minister, Ignacio Bermejo Salas, spoke on Friday.",
        "Bermejo Salas said the deficit would narrow.",
    )
    assert list(offs) == ["Ignacio Bermejo Salas"]
    assert offs["Ignacio Bermejo Salas"].mentions == 2


def test_hyphenated_surname_after_an_apostrophe_name():
    offs = officials_of("Rep. Colm O'Rourke-Vance, D-Mass., voted no.")
    assert list(offs) == ["Colm O'Rourke-Vance"]


def test_ambassador_to_a_country_and_a_middle_initial():
    offs = officials_of("Canadian Ambassador to Japan Leonora P. Haverkamp met students.")
    o = offs["Leonora P. Haverkamp"]
    assert o.title == "Ambassador to Japan"


def test_lede_office_of_a_named_force():
    offs = officials_of(
        "The chief constable of Fenland Police has resigned after a damning report.",
        "Miriam Colebrook, who led the force for six years, said she accepted the findings.",
    )
    assert offs["Miriam Colebrook"].title.lower() == "chief constable"


def test_british_offices_from_the_tables():
    offs = officials_of(
        "The Policing Minister, Harriet Vossberg, met Dalesford's police and crime "
        "commissioner, Owen Trethewey, on Friday."
    )
    assert offs["Harriet Vossberg"].title == "Policing Minister"
    assert offs["Owen Trethewey"].title.lower() == "police and crime commissioner"


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


def test_capitalised_arabic_particles_and_a_royal_style_before_the_name():
    offs = officials_of(
        "Kuwaiti Oil Minister Prince Fahd bin Salem Al Duwaisan arrived late. Bahrain's "
        "finance minister, Sheikh Nasser bin Khalid Al Thani, did not attend."
    )
    assert offs["Fahd bin Salem Al Duwaisan"].title == "Oil Minister"
    assert offs["Nasser bin Khalid Al Thani"].title.lower() == "finance minister"


def test_every_office_kind_in_the_table_has_a_rank():
    from newsclean.people.data import OFFICE_KIND_RANK, OFFICES

    assert set(OFFICES.values()) <= set(OFFICE_KIND_RANK)


def test_lede_office_then_the_name_after_an_opening_phrase():
    offs = officials_of(
        "The Home Secretary has ordered an inquiry into the prison escape.",
        "In a statement to MPs, Rowena Ashdown said the escape was inexcusable.",
    )
    assert offs["Rowena Ashdown"].title == "Home Secretary"


def test_head_of_a_national_association_is_not_an_official():
    offs = officials_of(
        "The head of the Polish Dairy Association, Wiktor Zembala, said prices would fall."
    )
    assert "Wiktor Zembala" not in offs
