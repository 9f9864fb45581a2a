"""The story's blocks (newsclean.html.blocks): in document order, one per block element, <br> read
as a hard wrap or a paragraph end."""
import pytest
from html_story import PARAS, STORY, make_page, run


def test_story_structure_is_kept_in_order():
    story = (f"<p>{PARAS[0]}</p><h2>What the repairs cover</h2><ul><li>A new roof over the main hall</li>"
             f"<li>A boiler that runs on heat pumps</li></ul><blockquote><p>{PARAS[1]}</p></blockquote>"
             f"<p>{PARAS[2]}</p>")
    a = run(make_page(story=story))
    assert a.paragraphs == [PARAS[0], "What the repairs cover", "A new roof over the main hall",
                            "A boiler that runs on heat pumps", PARAS[1], PARAS[2]]


def test_single_br_inside_a_sentence_is_a_hard_wrap():
    wrapped = "<p>The county council voted on Tuesday to reopen<br>\nthe Eastgate swimming baths, closed since a roof<br>leak in March.</p>"
    a = run(make_page(story=wrapped + STORY[STORY.index("</p>") + 4:]))
    assert a.paragraphs == PARAS


def test_single_br_after_a_sentence_ends_the_paragraph():
    markup = "<html><body><div>" + "<br>\n".join(PARAS) + "</div></body></html>"
    assert run(markup).paragraphs == PARAS


LONG_SECTION = ("The contractor will start on the roof in January, working from scaffolding on the car park side so "
                "that the gym can stay open, and expects to finish the boiler room by the end of February, weather "
                "permitting, before the pool is refilled and tested over three weeks.")


def test_sub_headings_lists_tables_and_quotes_are_kept_in_order():
    story = (f"<p>{PARAS[0]}</p>"
             "<h2>What the repairs cover</h2><ul><li>A new roof over the main hall</li><li>A heat-pump boiler</li></ul>"
             f'<h3><a href="#timetable">The timetable</a></h3><p>{LONG_SECTION}</p>'
             "<table><tr><th>Month</th><th>Work</th></tr><tr><td>January</td><td>Roof</td></tr></table>"
             f"<blockquote><p>{PARAS[1]}</p></blockquote><ol><li>Clubs first</li><li>Then the public</li></ol>"
             f"<p>{PARAS[2]}</p>")
    a = run(make_page(story=story))
    assert a.paragraphs == [PARAS[0], "What the repairs cover", "A new roof over the main hall", "A heat-pump boiler",
                            "The timetable", LONG_SECTION, "Month", "Work", "January", "Roof", PARAS[1],
                            "Clubs first", "Then the public", PARAS[2]]


def test_teaser_title_written_as_a_heading_link_goes_and_its_blurb_alone_is_not_a_section():
    teaser = ('<h3><a href="/news/ice-rink-plans-rejected">Ice rink plans rejected by the committee</a></h3>'
              "<p>The committee turned down the seasonal rink.</p>")
    a = run(make_page(story=STORY + teaser))
    assert "Ice rink plans rejected by the committee" not in a.paragraphs


@pytest.mark.parametrize("line, kind", [
    ("Lesen Sie auch:", "related"), ("À lire aussi", "related"), ("関連記事", "related"), ("Leia também", "related"),
    ("Читайте также", "related"), ("อ่านเพิ่มเติม", "related"), ("Kommentare (3)", "comments"),
    ("Deja un comentario", "comments"), ("Teilen", "share"), ("Newsletter abonnieren", "newsletter"),
    ("Support our journalism", "donation"),
])
def test_line_of_page_furniture_in_another_language_goes_and_is_recorded(line, kind):
    story = STORY.replace("</p><p>Repairs", f"</p><h3>{line}</h3><p><a href='/x'>Ein anderer Artikel</a></p><p>Repairs", 1)
    a = run(make_page(story=story))
    assert a.paragraphs == PARAS
    assert ("html_" + kind, line) in {(r.rule, r.text) for r in a.removed}


def test_prose_that_names_page_furniture_stays():
    lines = ["The comments were harsh.", "Share prices rose.", "Read more about it in the council's report on the baths."]
    story = STORY + "".join(f"<p>{line}</p>" for line in lines)
    assert run(make_page(story=story)).paragraphs == PARAS + lines


def test_h1_among_the_paragraphs_is_a_sub_heading_and_the_first_is_the_headline():
    story = (f"<h1>Baths to reopen after roof repairs</h1><p>{PARAS[0]}</p><h1>What the repairs cover</h1>"
             f"<p>{PARAS[1]}</p><h1>When the clubs return</h1><p>{PARAS[2]}</p>")
    a = run(make_page(story=story))
    assert a.paragraphs == [PARAS[0], "What the repairs cover", PARAS[1], "When the clubs return", PARAS[2]]
    assert ("html_headline", "Baths to reopen after roof repairs") in {(r.rule, r.text) for r in a.removed}


@pytest.mark.parametrize("line, kind", [
    ("Advertisement", "ad_slot"), ("Anzeige", "ad_slot"), ("Iklan", "ad_slot"), ("Tempo de leitura: 2 minutos", "reading_time"),
    ("5 min read", "reading_time"), ("Close", "controls"), ("Comments (12)", "comments"),
])
def test_labels_of_widgets_ads_and_reading_time_go(line, kind):
    story = STORY.replace("</p><p>Repairs", f"</p><p>{line}</p><p>Repairs", 1)
    a = run(make_page(story=story))
    assert a.paragraphs == PARAS
    assert ("html_" + kind, line) in {(r.rule, r.text) for r in a.removed}


def test_a_count_follows_only_a_label_that_counts():
    story = STORY.replace("</p><p>Repairs", "</p><p>Ad 3</p><p>Repairs", 1)
    assert "Ad 3" in run(make_page(story=story)).paragraphs


def test_sentence_that_links_most_of_its_words_is_the_story_and_a_link_line_is_not():
    sentence = ("The pool was closed in March but <a href='/news/leak'>reopened for clubs after the council "
                "found the money</a>.")
    links = "<p><a href='/a'>Profile: the Eastgate baths</a></p><p>Read more: <a href='/b'>Baths timeline</a></p>"
    a = run(make_page(story=STORY + f"<p>{sentence}</p>" + links))
    assert a.paragraphs == PARAS + ["The pool was closed in March but reopened for clubs after the council found the money."]


def test_appeal_box_inside_the_story_goes():
    appeal = ("<div class='cta-box'><h3>A word to our readers</h3><p>We do this work every day at no cost to you, "
              "but it is far from free to produce. Support the Echo so we can keep reporting on the town.</p></div>")
    a = run(make_page(story=STORY + appeal))
    assert a.paragraphs == PARAS
    assert "html_appeal" in {r.rule for r in a.removed}
