"""The text header: headline, section labels, breadcrumbs, bylines and dates taken from
the top of an article, and the standfirst."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import process
from newsclean.header import extract
from newsclean.header.extract import LINE_KINDS, extract_header, find_dek, footer_categories
from newsclean.model import Header, Removal

STORY = ("The regional council approved the new budget after a debate that lasted until after midnight, "
         "with eleven votes in favour and four against.\n\n"
         "The budget raises spending on schools and roads and trims the administrative payroll by a tenth.")


def test_label_line_and_title_suffix_give_categories():
    a = process(f"World News\n\nHarbour strike spreads to the north | Military news\n\n{STORY}")
    assert a.headline == "Harbour strike spreads to the north"
    assert a.categories == ["Military news", "World News"]
    assert a.category == "Military news"
    assert "World News" not in a.body.splitlines()
    assert "Harbour strike spreads" not in a.body


def test_breadcrumb_gives_categories_most_specific_first():
    a = process(f"Home » Politics » Europe\n\nCouncil passes budget after all-night session\n\n{STORY}")
    assert a.categories == ["Europe", "Politics"]
    assert a.headline == "Council passes budget after all-night session"
    assert "Home" not in a.body


def test_headline_line_is_not_repeated_in_body():
    a = process(f"Council passes budget after all-night session\n\n{STORY}")
    assert a.headline == "Council passes budget after all-night session"
    assert a.body == STORY


def test_lone_paragraph_is_body_not_headline():
    a = process("The council passed the budget after an all-night session on Tuesday")
    assert a.headline is None
    assert a.body == "The council passed the budget after an all-night session on Tuesday"


def test_text_starting_with_prose_has_no_headline():
    a = process(STORY)
    assert a.headline is None and a.body == STORY


def test_title_case_headline_may_end_with_full_stop():
    a = process(f"Why The Council Finally Agreed On A Budget.\n\n{STORY}")
    assert a.headline == "Why The Council Finally Agreed On A Budget."


def test_byline_and_date_move_out_of_body():
    a = process(f"Council passes budget after all-night session\n\nBy Marta Kowal | March 14, 2024\n\n{STORY}")
    assert a.authors == ["Marta Kowal"]
    assert a.published == "2024-03-14"
    assert "Kowal" not in a.body
    assert [r.rule for r in a.removed] == ["headline", "byline"]


def test_dek_is_a_standfirst_without_news_peg():
    dek = "The two neighbours want to deepen their trade ties as demand from abroad weakens."
    a = process(f"Council passes budget after all-night session\n\n{dek}\n\n{STORY}")
    assert a.dek == dek
    assert a.body.startswith(dek)


def test_lead_with_attribution_is_not_a_dek():
    lead = "The council passed the budget on Tuesday, the mayor said."
    a = process(f"Council passes budget after all-night session\n\n{lead}\n\n{STORY}")
    assert a.dek is None


@pytest.mark.parametrize("crumb,labels", [
    ("Home » Politics » Europe", ["Europe", "Politics"]),
    ("Home > World > Asia Pacific", ["Asia Pacific", "World"]),
    ("News › World › Asia", ["Asia", "World", "News"]),
    ("World / Europe", ["Europe", "World"]),
])
def test_breadcrumb_variants(crumb, labels):
    a = process(f"{crumb}\n\nCouncil passes budget after all-night session\n\n{STORY}")
    assert a.categories == labels
    assert a.headline == "Council passes budget after all-night session"


def test_section_first_title_line():
    a = process(f"World News | Council passes budget after all-night session\n\n{STORY}")
    assert a.headline == "Council passes budget after all-night session"
    assert a.categories == ["World News"]


def test_section_label_under_the_headline():
    a = process(f"Council passes budget after all-night session\n\nPolitics\n\n{STORY}")
    assert a.headline == "Council passes budget after all-night session"
    assert a.categories == ["Politics"]
    assert a.body == STORY


@pytest.mark.parametrize("line", ["Category: Politics, Europe", "Filed under: Politics; Europe", "Posted in Politics, Europe"])
def test_category_lines_at_top_or_foot(line):
    top = process(f"Council passes budget after all-night session\n\n{line}\n\n{STORY}")
    foot = process(f"Council passes budget after all-night session\n\n{STORY}\n\n{line}")
    for a in (top, foot):
        assert a.categories == ["Politics", "Europe"]
        assert a.body == STORY


def test_site_name_suffix_after_dash_is_dropped_when_recognisable():
    a = process(f"Council passes budget after all-night session - Daily Courier\n\n{STORY}")
    assert a.headline == "Council passes budget after all-night session"
    assert a.categories == []


def test_labelled_line_is_not_a_dek():
    a = process(f"Council passes budget after all-night session\n\nReviewed by: the council's audit office and two outside experts.\n\n{STORY}")
    assert a.dek is None


def test_sentence_ending_inside_a_quote_is_prose_not_a_headline():
    first = "The mayor said after the vote: “The ferry stays, and that is final.”"
    a = process(f"{first}\n\n{STORY}")
    assert a.headline is None
    assert a.body.startswith(first)


def test_headline_gets_the_spacing_repairs_of_the_body():
    a = process(f"Valmora ’s ferry vote passes “ narrowly ”\n\n{STORY}")
    assert a.headline == "Valmora’s ferry vote passes “narrowly”"


LEAD = STORY.split("\n\n")
HEADLINE = "Council passes budget after all-night session"


def _taken(paragraphs, **declared):
    top = extract_header(paragraphs, Header(**declared))
    return top, [(r.rule, r.text) for r in top.removed]


def test_each_kind_of_header_line_is_taken_under_its_rule():
    top, taken = _taken(["Home » Politics", "Europe", HEADLINE, "World News", "By Marta Kowal", "March 14, 2024",
                            *LEAD])
    assert taken == [("breadcrumb", "Home » Politics"), ("section_label", "Europe"), ("headline", HEADLINE),
                     ("section_label", "World News"), ("byline", "By Marta Kowal"), ("byline", "March 14, 2024")]
    assert top.header.headline == HEADLINE
    assert top.header.categories == ["Politics", "Europe", "World News"]  # labels after the other categories
    assert top.header.authors == ["Marta Kowal"] and top.header.published == "2024-03-14"
    assert top.body == LEAD


def test_declared_values_are_kept_and_a_repeated_headline_is_taken_once():
    lines = [f"{HEADLINE.upper()}!", f"{HEADLINE} | Politics", *LEAD]
    top, taken = _taken(lines, headline=HEADLINE, categories=["Local"], authors=["Nora Quill"],
                           published="2024-05-02")
    assert taken == [("headline", f"{HEADLINE.upper()}!")]
    assert top.header.headline == HEADLINE
    assert top.header.categories == ["Local"]
    assert top.header.authors == ["Nora Quill"] and top.header.published == "2024-05-02"
    assert top.body == [f"{HEADLINE} | Politics", *LEAD]


def test_a_repeated_headline_gives_its_sections():
    top, taken = _taken([f"{HEADLINE} - World News", *LEAD], headline=HEADLINE)
    assert taken == [("headline", f"{HEADLINE} - World News")]
    assert top.header.categories == ["World News"]


def test_a_line_holding_more_than_the_headline_is_not_its_repeat():
    top, taken = _taken([f"{HEADLINE} again", *LEAD], headline=HEADLINE)
    assert taken == [] and top.body == [f"{HEADLINE} again", *LEAD]


def test_below_the_header_only_breadcrumbs_category_lines_and_bylines_are_taken():
    lines = [LEAD[0], "Politics", "Short Title Line", "Category: Europe", "By Marta Kowal", LEAD[1]]
    top, taken = _taken(lines)
    assert taken == [("category_line", "Category: Europe"), ("byline", "By Marta Kowal")]
    assert top.header.headline is None and top.header.categories == ["Europe"]
    assert top.body == [LEAD[0], "Politics", "Short Title Line", LEAD[1]]


def test_only_the_first_lines_are_read():
    lines = [HEADLINE] + [LEAD[0]] * extract.HEADER_SCAN + ["By Marta Kowal"]
    top, taken = _taken(lines)
    assert taken == [("headline", HEADLINE)] and top.header.authors == []


def test_a_lead_in_and_an_artifact_above_the_headline_stay_for_the_cleaner():
    top, taken = _taken(["According to the agency:", "Share this article", HEADLINE, *LEAD])
    assert taken == [("headline", HEADLINE)]
    assert top.body == ["According to the agency:", "Share this article", *LEAD]


def test_a_lone_short_line_ends_the_header():
    top, taken = _taken(["Ferry vote passes", ""])
    assert top.header.headline is None and taken == []


def test_line_kinds_table():
    names = [kind.name for kind in LINE_KINDS]
    assert len(set(names)) == len(names)
    assert all(kind.reason for kind in LINE_KINDS)
    assert all(bool(kind.rule) == (kind.does == "take") for kind in LINE_KINDS)
    assert {kind.rule for kind in LINE_KINDS} - {""} == {"breadcrumb", "category_line", "byline", "headline", "share",
                                                          "section_label"}
    assert [kind.name for kind in LINE_KINDS if kind.below_header] == ["breadcrumb", "category_line", "byline"]
    assert LINE_KINDS[-1].does == "end"  # every line in the header is of some kind


def test_footer_categories_come_from_the_cleaners_label_lines():
    assert footer_categories(["Filed under: Politics, Europe", "Tags: ferry, budget"]) == ["Politics", "Europe"]


def test_the_cleaner_hands_over_the_lines_of_section_labels_it_removes():
    from newsclean.clean.cleaner import clean_paragraphs

    story = "The council approved the harbour budget on Tuesday after a long debate over fees."
    cleaned = clean_paragraphs([story, "Filed under: Politics, Europe", "Share this article"])
    assert cleaned.paragraphs == [story]
    assert [r.rule for r in cleaned.removed] == ["tags", "share"]
    assert cleaned.label_lines == ["Filed under: Politics, Europe"]


@pytest.mark.parametrize("first,dek", [
    ("The two neighbours want to deepen their trade ties as demand from abroad weakens.", True),
    ("The council passed the budget on Tuesday, the mayor said.", False),
    ("Tested by: the council's audit office and two outside experts here.", False),
    ("the two neighbours want to deepen their trade ties as demand from abroad weakens.", False),
    ("Trade ties deepen. Demand from abroad weakens as the two neighbours talk.", False),
    ("Trade ties deepen", False),
])
def test_find_dek(first, dek):
    assert find_dek([first, *LEAD]) == (first if dek else None)
    assert find_dek([first, LEAD[0]]) is None  # a body of two paragraphs has no standfirst


# --- headlines as a reader finds them: kickers, standfirsts, captions, labels, debris ---

# A story under the header lines of the tests below: two paragraphs of prose.
PROSE = ("Harbour workers in Valmora voted on Thursday to end a strike that had kept cargo ships idle for "
         "nine days, after the port authority agreed to review night-shift pay.\n\n"
         "The agreement, reached late on Wednesday, gives the union a seat on a new pay panel that will "
         "report before the end of the year.")


def test_a_kicker_the_story_repeats_sits_above_the_headline():
    kicker = "The Harbour Pay Review: Findings and Options"
    story = PROSE + f"\n\nThe panel will publish The Harbour Pay Review: Findings and Options in the spring."
    a = process(f"{kicker}\n\nValmora dockers end strike after pay deal\n\n{story}")
    assert a.headline == "Valmora dockers end strike after pay deal"
    assert a.dek is None  # a title-cased kicker is not a standfirst
    assert a.body.startswith(kicker)


def test_a_standfirst_set_above_the_headline_is_the_dek():
    standfirst = ("Nine days of idle cranes ended with a promise to review night-shift pay, and a seat for the "
                  "union on the panel that will do it")
    a = process(f"{standfirst}\n\nValmora dockers end strike after pay deal\n\n{PROSE}")
    assert a.headline == "Valmora dockers end strike after pay deal"
    assert a.dek == standfirst


def test_a_headline_then_its_standfirst_keeps_the_first_line_as_headline():
    standfirst = "Nine days of idle cranes ended with a promise to review pay"
    a = process(f"Valmora dockers end strike after pay deal\n\n{standfirst}\n\n{PROSE}")
    assert a.headline == "Valmora dockers end strike after pay deal"


def test_a_headline_spelt_out_in_a_link_further_down_is_still_the_headline():
    story = PROSE + "\n\nSource: https://example.org/2024/05/valmora-dockers-end-strike-after-pay-deal"
    a = process(f"Valmora Dockers End Strike After Pay Deal\n\nWhat ended the strike at the Valmora docks?\n\n{story}")
    assert a.headline == "Valmora Dockers End Strike After Pay Deal"


def test_a_first_paragraph_of_prose_is_not_a_standfirst_above_a_short_line():
    first = "Harbour workers in Valmora voted on Thursday to end a strike that had kept cargo ships idle for nine days."
    a = process(f"{first}\n\nWell, that is that.\n\n{PROSE}")
    assert a.headline is None and a.dek is None


def test_share_buttons_and_counters_are_never_the_headline():
    a = process(f"Join us and share this article now! 12.4k SHARES SHARE ON FACEBOOK SHARE ON TWITTER\n\n{PROSE}")
    assert a.headline is None
    assert "SHARES" not in a.body
    assert ("share", "Join us and share this article now! 12.4k SHARES SHARE ON FACEBOOK SHARE ON TWITTER") in [
        (r.rule, r.text) for r in a.removed]


def test_a_caption_and_its_credit_run_on_into_the_headline_and_standfirst():
    line = ("Dockers leave the port gates on Thursday | Ana Ferro/AFP via Getty Images "
            "Valmora dockers end strike after pay deal The union says the review is a first step.")
    a = process(f"{line}\n\n{PROSE}")
    assert a.headline == "Valmora dockers end strike after pay deal"
    assert a.dek == "The union says the review is a first step."
    assert "Ana Ferro" not in a.body and "Dockers leave" not in a.body


def test_an_agency_credit_alone_ends_the_caption_too():
    a = process(f"Dockers leave the port gates on Thursday | AP Photo Valmora dockers end strike\n\n{PROSE}")
    assert a.headline == "Valmora dockers end strike"


def test_a_bar_that_is_no_caption_credit_is_left_to_the_title_reading():
    a = process(f"Expand | Collapse (Photo: Ana Ferro) Dockers leave the port gates in Valmora on Thursday morning."
                f"\n\n{PROSE}")
    assert a.headline is None


def test_a_line_of_section_labels_above_the_headline():
    a = process(f"Business | Shipping\n\nValmora dockers end strike after pay deal\n\n{PROSE}")
    assert a.headline == "Valmora dockers end strike after pay deal"
    assert a.categories == ["Shipping", "Business"]
    assert "Shipping" not in a.body


def test_a_markdown_heading_is_the_headline():
    a = process(f"# Council approves the harbour budget\n\n{PROSE}")
    assert a.headline == "Council approves the harbour budget"
    assert a.body == PROSE


def test_a_title_cased_headline_may_end_with_a_stray_colon_but_a_lead_in_may_not():
    a = process(f"Valmora Dockers End Their Strike After Nine Days Of Talks:\n\n{PROSE}")
    assert a.headline == "Valmora Dockers End Their Strike After Nine Days Of Talks"
    b = process(f"According to the port authority:\n\n{PROSE}")
    assert b.headline is None


def test_a_caption_printed_twice_is_not_the_headline():
    a = process(f"Ana Ferro Ana Ferro\n\nValmora dockers end strike after pay deal\n\n{PROSE}")
    assert a.headline == "Valmora dockers end strike after pay deal"


def test_story_highlights_are_not_the_headline():
    a = process("Story highlights Dockers in Valmora end a nine-day strike over night-shift pay\n\n"
                f"The port authority will review pay by December\n\n{PROSE}")
    assert a.headline is None


def test_a_feed_footer_names_the_items_title():
    item = ("<p>Harbour workers voted to end a strike that kept ships idle for nine days &#8230;</p>"
            '<p>The post <a href="https://example.org/dockers/">Valmora dockers end strike after pay deal</a> '
            'appeared first on <a href="https://example.org">Valmora Port News</a>.</p>')
    a = process(item)
    assert a.headline == "Valmora dockers end strike after pay deal"
    assert "appeared first" not in a.body
    b = process("<p>By Ana Ferro</p><p>Harbour workers voted to end a strike that kept ships idle.</p>"
                "<p>This is a post from Example.org Read the original post: "
                '<a href="https://example.org/d/">Valmora dockers end strike</a></p>')
    assert b.headline == "Valmora dockers end strike"


def test_a_feed_items_opening_lines_are_never_guessed_to_be_its_headline():
    bullets = ("<ul><li>Live updates from the harbour vote; result due at 8pm</li>"
               "<li><a href='https://example.org/n'>Sign up for the newsletter</a></li></ul>"
               "<p>Harbour workers voted on Thursday to end a strike that had kept cargo ships idle for nine days.</p>")
    assert process(bullets).headline is None
    assert process("<p>Valmora dockers end strike</p><p>Harbour workers voted on Thursday to end a strike "
                   "that had kept cargo ships idle.</p>").headline is None
    heading = process("<h2>Valmora dockers end strike</h2><p>Harbour workers voted on Thursday to end a strike "
                      "that had kept cargo ships idle.</p>")
    assert heading.headline == "Valmora dockers end strike"
    assert "Valmora dockers" not in heading.body


@pytest.mark.parametrize("body,language", [
    ("Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό μετά από συζήτηση.", "el"),
    ("시의회는 자정이 넘어서까지 이어진 토론 끝에 예산안을 승인했다.", "ko"),
    ("“The council approved the budget,” she said — after a debate on the café’s lease.", None),
    ("Городской совет утвердил бюджет после долгих дебатов.", None),  # Cyrillic writes many languages
    ("The word λόγος appears once in this long English sentence about the harbour budget vote.", None),
])
def test_script_language(body, language):
    assert extract.script_language(body) == language


# script_language asks _ANY_SCRIPT only of a text whose UTF-8 holds the first byte of a
# character of one of the scripts.

@pytest.mark.speed_equivalence
def test_every_character_of_the_scripts_passes_the_first_byte_pre_test():
    from newsclean.header.data import SCRIPT_LANGUAGES
    for first, last, _ in SCRIPT_LANGUAGES:
        assert len(first.encode()) == len(last.encode())
        for code in range(ord(first), ord(last) + 1):
            assert extract._may_hold_a_script(f"a “{chr(code)}” b")
    assert not extract._may_hold_a_script("“Café” — naïve façade…") and not extract._may_hold_a_script("")


@pytest.mark.speed_equivalence
@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=20))
def test_the_script_pre_test_passes_every_text_the_scripts_pattern_finds_in(text):
    if extract._ANY_SCRIPT.search(text):
        assert extract._may_hold_a_script(text)
def test_the_points_under_a_highlights_box_are_not_the_headline():
    a = process("Story highlights The council passed the budget\n\nSchools get a tenth more\n\n" + STORY)
    assert a.headline is None
    assert a.body == STORY


def test_ad_slot_lines_between_headline_and_story_leave_the_headline():
    a = process("Council passes budget after all-night session\n\nAdvertisement\n\nSponsored\n\n"
                "Paste your ad code OR\n\nSuppress this ad slot.\n\n" + STORY)
    assert a.headline == "Council passes budget after all-night session"
    assert a.body == STORY
