"""Header extraction: headline, section labels, breadcrumbs, bylines, dates, standfirst."""
import pytest

from newsclean import process
from newsclean.header.dates import parse_date
from newsclean.header.bylines import parse_byline
from newsclean.header.frontmatter import humanize_label, split_front_matter
from newsclean.header.titles import split_title

STORY = ("The regional council approved the new budget after a debate that lasted until after midnight, "
         "with eleven votes in favour and four against.\n\n"
         "The budget raises spending on schools and roads and trims the administrative payroll by a tenth.")


@pytest.mark.parametrize("title,headline,sections", [
    ("Harbour strike spreads | Business", "Harbour strike spreads", ["Business"]),
    ("Harbour strike spreads | Business | The Valmora Times", "Harbour strike spreads", ["Business"]),
    ("Harbour strike spreads - World News", "Harbour strike spreads", ["World News"]),
    ("Harbour strike spreads – The Valmora Herald", "Harbour strike spreads", []),
    ("Harbour strike spreads - valmoranews.com", "Harbour strike spreads", []),
    ("Budget vote: what the council decided", "Budget vote: what the council decided", []),
    ("Minister quits - and takes the blame", "Minister quits - and takes the blame", []),
])
def test_split_title(title, headline, sections):
    assert split_title(title) == (headline, sections)


def test_page_title_drops_unknown_site_suffix_after_dash():
    assert split_title("Ferry vote passes – Courierly", page_title=True) == ("Ferry vote passes", [])
    assert split_title("Ferry vote passes – Courierly") == ("Ferry vote passes – Courierly", [])


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


@pytest.mark.parametrize("line,authors,date", [
    ("By Marta Kowal", ["Marta Kowal"], None),
    ("By Marta Kowal and Ian Byrne | March 14, 2024", ["Marta Kowal", "Ian Byrne"], "2024-03-14"),
    ("By Ana Silva, Tom Hale and Li Wei", ["Ana Silva", "Tom Hale", "Li Wei"], None),
    ("Posted on March 3, 2024 by Devon Marsh", ["Devon Marsh"], "2024-03-03"),
    ("Posted on by willow", ["willow"], None),
    ("By REUTERS on Publish Date February 3, 2016.", ["REUTERS"], "2016-02-03"),
    ("Updated: Thursday, June 13, 2024 at 9:40 AM", [], "2024-06-13T09:40:00"),
    ("Published 2024-06-13T09:40:00Z", [], "2024-06-13T09:40:00Z"),
    ("March 14, 2024", [], "2024-03-14"),
    ("14 March 2024", [], "2024-03-14"),
])
def test_parse_byline(line, authors, date):
    assert parse_byline(line) == (authors, date)


@pytest.mark.parametrize("line", [
    "By the end of the week the talks had collapsed, officials said.",
    "Published figures show a fall in exports in March, 2024 being the worst year since records began.",
    "Marta Kowal",
])
def test_not_a_byline(line):
    assert parse_byline(line) is None


def test_byline_and_date_move_out_of_body():
    a = process(f"Council passes budget after all-night session\n\nBy Marta Kowal | March 14, 2024\n\n{STORY}")
    assert a.authors == ["Marta Kowal"]
    assert a.published == "2024-03-14"
    assert "Kowal" not in a.body
    assert [r.rule for r in a.removed] == ["headline", "byline"]


@pytest.mark.parametrize("text,iso", [
    ("Mar. 3rd 2024, 5:05 pm", "2024-03-03T17:05:00"),
    ("2024-03-03 08:15:00", "2024-03-03T08:15:00"),
    ("2024-03-03T08:15:00+0900", "2024-03-03T08:15:00+09:00"),
    ("03/17/2024", "2024-03-17"),
    ("17/03/2024", "2024-03-17"),
    ("February 30, 2024", "2024-02-30"),
    ("no date here", None),
    ("13/13/2024", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_dek_is_a_standfirst_without_news_peg():
    dek = "The two neighbours want to deepen their trade ties as demand from abroad weakens."
    a = process(f"Council passes budget after all-night session\n\n{dek}\n\n{STORY}")
    assert a.dek == dek
    assert a.body.startswith(dek)


def test_lead_with_attribution_is_not_a_dek():
    lead = "The council passed the budget on Tuesday, the mayor said."
    a = process(f"Council passes budget after all-night session\n\n{lead}\n\n{STORY}")
    assert a.dek is None


def test_front_matter_fields():
    text = ("---\npost_title: >\n  Ferry vote passes &#8211; Riverbend Courier\nauthor: Nora Quill\n"
            "post_date: 2024-05-02 08:15:00\noriginal_cats:\n  - localNews\n---\n\n" + STORY)
    front, rest = split_front_matter(text)
    assert front.headline == "Ferry vote passes – Riverbend Courier"
    assert front.categories == ["Local News"]
    assert front.authors == ["Nora Quill"]
    assert front.published == "2024-05-02T08:15:00"
    a = process(text)
    assert a.headline == "Ferry vote passes"
    assert a.category == "Local News"
    assert a.body == STORY


def test_malformed_front_matter_falls_back_to_key_lines():
    front, _ = split_front_matter("---\ntitle: Ferry: vote: passes\ncategories: [unclosed\n---\nBody text.")
    assert front.headline == "Ferry: vote: passes"


@pytest.mark.parametrize("raw,label", [("topNews", "Top News"), ("world-news", "World News"), ("Politics", "Politics")])
def test_humanize_label(raw, label):
    assert humanize_label(raw) == label


def test_front_matter_flow_list_and_quotes():
    front, rest = split_front_matter('---\ntitle: "Ferry vote passes"\ncategories: [local, politics]\n---\nBody text.')
    assert front.headline == "Ferry vote passes"
    assert front.categories == ["Local", "Politics"]
    assert rest == "Body text."


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


def test_page_title_last_suffix_is_the_site_unless_a_section():
    assert split_title("Ferry vote passes | Courierly", page_title=True) == ("Ferry vote passes", [])
    assert split_title("Ferry vote passes | Politics | Courierly", page_title=True) == ("Ferry vote passes", ["Politics"])
    assert split_title("Ferry vote passes | Politics", page_title=True) == ("Ferry vote passes", ["Politics"])


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
