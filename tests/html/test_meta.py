"""Page metadata (newsclean.html.meta): each header field from each source, and sources in order of trust."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from html_story import PARAS, STORY, make_page, run

from newsclean import process_file


def test_json_ld_news_article_gives_every_field():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Eastgate baths to reopen",
          "articleSection": "Local", "datePublished": "2024-10-08T10:00:00Z",
          "author": [{"@type": "Person", "name": "Priya Lindgren"}, {"@type": "Organization", "name": "Eastgate Echo"}]}
    a = run(make_page(f'<script type="application/ld+json">{json.dumps(ld)}</script>'))
    assert a.format == "html"
    assert a.headline == "Eastgate baths to reopen"
    assert a.category == "Local"
    assert a.authors == ["Priya Lindgren"]
    assert a.published == "2024-10-08T10:00:00Z"


def test_json_ld_inside_a_graph_with_breadcrumbs():
    ld = {"@graph": [
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 3, "name": "Eastgate baths to reopen"},
            {"@type": "ListItem", "position": 2, "item": {"@id": "https://echo.example/leisure", "name": "Leisure"}},
            {"@type": "ListItem", "position": 1, "name": "Home"}]},
        {"@type": "Article", "headline": "Eastgate baths to reopen"}]}
    a = run(make_page(f'<script type="application/ld+json">{json.dumps(ld)}</script>'))
    assert a.headline == "Eastgate baths to reopen"
    assert a.categories == ["Leisure"]


def test_json_ld_outranks_opengraph():
    ld = {"@type": "NewsArticle", "headline": "Eastgate baths to reopen"}
    head = (f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta property="og:title" content="Baths news">')
    assert run(make_page(head)).headline == "Eastgate baths to reopen"


def test_broken_json_ld_is_skipped():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
            '<meta property="og:title" content="Eastgate baths to reopen">')
    assert run(make_page(head)).headline == "Eastgate baths to reopen"


@pytest.mark.parametrize("ld", [
    {"@type": {"odd": 1}, "headline": "x"},
    {"@type": ["NewsArticle", {"odd": 1}], "headline": ["Eastgate baths to reopen"], "author": [[{"name": {"name": 7}}]],
     "articleSection": ["Leisure", None, 3], "datePublished": [None, "not a date"]},
    [[[[[[{"@type": "NewsArticle"}]]]]]],
    {"@graph": "not a list", "mainEntity": [1, 2]},
    "just a string",
])
def test_odd_json_ld_shapes_never_fail(ld):
    a = run(make_page(f'<script type="application/ld+json">{json.dumps(ld)}</script>'))
    assert a.body == "\n\n".join(PARAS)


def test_opengraph_and_article_meta():
    head = ('<meta property="og:site_name" content="Eastgate Echo">'
            '<meta property="og:title" content="Eastgate baths to reopen | Eastgate Echo">'
            '<meta property="article:section" content="Leisure">'
            '<meta property="article:published_time" content="2024-10-08T10:00:00+01:00">')
    a = run(make_page(head))
    assert a.headline == "Eastgate baths to reopen"
    assert a.categories[0] == "Leisure"
    assert a.published == "2024-10-08T10:00:00+01:00"


def test_twitter_title_when_nothing_better():
    a = run(make_page('<meta name="twitter:title" content="Eastgate baths to reopen">'))
    assert a.headline == "Eastgate baths to reopen"


def test_meta_name_author_and_byline_names():
    a = run(make_page('<meta name="author" content="By Priya Lindgren and Colm Askew">'))
    assert a.authors == ["Priya Lindgren", "Colm Askew"]


def test_byline_element_with_job_title():
    body = '<div class="byline">By <a href="/p">PRIYA LINDGREN</a>, Senior Reporter</div>'
    assert run(make_page(body=body)).authors == ["Priya Lindgren"]


def test_time_datetime_gives_the_date():
    a = run(make_page(body='<time datetime="2024-10-08">8 October</time>'))
    assert a.published == "2024-10-08"


def test_date_shown_in_a_dated_element():
    a = run(make_page(body='<div class="post-meta"><span class="post-date">March 12, 2022</span></div>'))
    assert a.published == "2022-03-12"


def test_h1_gives_the_headline_and_leaves_the_body():
    story = "<h1>Eastgate baths to reopen</h1>" + STORY
    a = run(make_page(story=story))
    assert a.headline == "Eastgate baths to reopen"
    assert "Eastgate baths to reopen" not in a.body


def test_shown_title_worded_unlike_the_declared_one_is_the_headline_and_leaves_the_body():
    head = '<meta property="og:title" content="Baths reopen: what swimmers need to know">'
    a = run(make_page(head, story="<h1>Eastgate baths to reopen</h1>" + STORY))
    assert a.headline == "Eastgate baths to reopen"  # as the page shows it
    assert a.body == "\n\n".join(PARAS)


def test_a_tab_or_section_label_in_an_h1_is_not_the_headline():
    head = "<title>Eastgate baths to reopen after roof repairs - Reviews</title>"
    body = ("<h1>Eastgate baths to reopen after roof repairs</h1>"
            "<h1>Reviews</h1><h1>Opening hours</h1>")
    assert run(make_page(head, body=body)).headline == "Eastgate baths to reopen after roof repairs"
    label_first = make_page(head, body="<h1>Reviews</h1><h1>Eastgate baths to reopen after roof repairs</h1>")
    assert run(label_first).headline == "Eastgate baths to reopen after roof repairs"


def test_an_h1_that_shares_few_words_with_the_declared_headline_is_not_the_headline():
    head = '<meta property="og:title" content="Eastgate baths to reopen after roof repairs">'
    assert run(make_page(head, body="<h1>Sign up for our morning newsletter today</h1>")).headline == (
        "Eastgate baths to reopen after roof repairs")


@pytest.mark.parametrize("title, headline, section", [
    ("Eastgate baths to reopen | Leisure | Eastgate Echo", "Eastgate baths to reopen", "Leisure"),
    ("Eastgate baths to reopen \u2013 Eastgate Echo", "Eastgate baths to reopen", None),
    ("Eastgate baths to reopen - eastgate-echo.com", "Eastgate baths to reopen", None),
])
def test_title_with_site_suffix_stripped(title, headline, section):
    a = run(make_page(f"<title>{title}</title>"))
    assert a.headline == headline
    assert a.category == section


def test_logo_in_an_h1_is_not_the_headline():
    head = "<title>Eastgate baths to reopen | Eastgate Echo</title>"
    body = "<header><h1>Eastgate Echo</h1></header>"
    assert run(make_page(head, body=body)).headline == "Eastgate baths to reopen"
    story = "<h1>Eastgate baths to reopen</h1>" + STORY
    assert run(make_page(head, body="<h1>Eastgate Echo</h1>", story=story)).headline == "Eastgate baths to reopen"


def test_truncated_declared_headline_yields_to_the_full_h1():
    head = '<meta property="og:title" content="Eastgate baths to reopen after roof...">'
    story = "<h1>Eastgate baths to reopen after roof repairs finish early</h1>" + STORY
    assert run(make_page(head, story=story)).headline == "Eastgate baths to reopen after roof repairs finish early"


def test_breadcrumb_element_most_specific_first():
    body = ('<div class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/local">Local</a></div>'
            '<a rel="category tag" href="/c/leisure">Leisure</a>')
    assert run(make_page(body=body)).categories == ["Local", "News"]


def test_category_links_when_the_page_says_nothing_else():
    body = '<a rel="category tag" href="/c/leisure">Leisure</a>, <a rel="category tag" href="/c/sport">Sport</a>'
    assert run(make_page(body=body)).categories == ["Leisure", "Sport"]


def test_standfirst_in_a_div_is_the_dek_but_not_a_block_of_them():
    body = ('<div class="summary"><p>Latest</p><ul><li>One</li></ul></div>'
            '<div class="standfirst">The council found the money for a new roof after a year of closures.</div>')
    assert run(make_page(body=body)).dek == "The council found the money for a new roof after a year of closures."


def test_standfirst_element_is_the_dek():
    body = '<p class="article-dek">The council found the money for a new roof after a year of closures.</p>'
    assert run(make_page(body=body)).dek == "The council found the money for a new roof after a year of closures."


def test_legacy_sample_reads_the_lines_around_the_headline(samples):
    a = process_file(samples / "legacy-windows-1252.html")
    assert a.headline == "Mill town votes to keep its old stone bridge"
    assert a.category == "Local News"
    assert a.authors == ["Agnes Thorley"]
    assert a.published == "2009-03-03"
    assert len(a.paragraphs) == 5
    assert "Print this article" not in a.body and "Copyright" not in a.body


def test_name_and_domain_patterns_match_as_their_plain_forms_in_linear_time():
    import random
    import re
    import time

    from newsclean.header.bylines import _PEOPLE_SPLIT as _NAME_SPLIT
    from newsclean.html.meta import _DOMAIN_SUFFIX

    plain_split = re.compile(r"\s*(?:[,;|&·/]|\s(?:and|AND|And|und|et|y|e|и|i|och|og|en)\s)\s*")
    plain_domain = re.compile(r"\s+[-–—|·:]\s+(?:www\.)?[\w-]{1,60}(?:\.[a-z]{2,10}){1,3}\s*$", re.I)
    pieces = [" ", "  ", "\t", "\n", "\u00a0", ",", "&", "|", "and", "AND", "a", "x", "Jo", ".", "-", "–", "·", "y", "/",
              ":", "www.", "com", "co.uk"]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _NAME_SPLIT.split(text) == plain_split.split(text), repr(text)
        assert _DOMAIN_SUFFIX.sub("", text) == plain_domain.sub("", text), repr(text)
    start = time.perf_counter()
    for pattern in (_NAME_SPLIT, _DOMAIN_SUFFIX):
        for unit in (" ", "\n", "\t\u00a0"):
            pattern.split(unit * 50_000)
    assert time.perf_counter() - start < 5  # the plain forms take minutes


# --- authors: the byline the page shows, then what it declares -----------------------

def _byline_page(byline: str, head: str = "", before: str = "") -> str:
    return make_page(head, body=f"{before}<h1>Eastgate baths to reopen</h1>{byline}")


def test_the_shown_byline_outranks_a_declaration_that_names_fewer_or_other_people():
    ld = {"@type": "NewsArticle", "headline": "Eastgate baths to reopen",
          "author": {"@type": "Person", "name": "Priya Lindgren"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script><meta name="author" content="webteam-7">'
    page = _byline_page('<p class="article-byline">By Priya Lindgren, Tomas Ek and Ana Duarte</p>', head)
    assert run(page).authors == ["Priya Lindgren", "Tomas Ek", "Ana Duarte"]


def test_a_byline_is_read_piece_by_piece_up_to_the_outlet_and_date():
    byline = ('<div class="byline-section"><span class="author">Tomas Ek and Ana Duarte</span>'
              '<span class="publication">Eastgate Evening Courier</span><span>Published 9:02 AM Oct 8, 2024</span></div>')
    assert run(_byline_page(byline)).authors == ["Tomas Ek", "Ana Duarte"]


def test_a_letter_set_apart_by_markup_stays_in_its_name():
    byline = '<div class="byline"><a class="byline__name">Priya Lindgre<span>n</span></a></div>'
    assert run(_byline_page(byline)).authors == ["Priya Lindgren"]


def test_a_byline_crediting_an_agency_or_a_desk_names_no_one():
    for byline in ('<div class="article-author">Associated Press <span>October 8, 2024, 9:02 AM</span></div>',
                   '<div class="byline"><span class="byline__author">Echo Sport</span></div>',
                   '<div class="article-author"><a>Reuters,</a> <span>Eastgate,</span> <span>Oct 8 2024</span></div>',
                   '<div class="byline">By Eastgate Echo Editorial Staff</div>'):
        assert run(_byline_page(byline, head='<meta property="og:site_name" content="Eastgate Echo">')).authors == []


def test_credentials_dates_handles_and_the_site_are_not_names():
    cases = {
        '<p class="byline">By Priya Lindgren, MS, RDN</p>': ["Priya Lindgren"],
        '<p class="byline">By Priya Lindgren Monday</p>': ["Priya Lindgren"],
        '<p class="byline">Priya Lindgren October 8, 2024</p>': ["Priya Lindgren"],
        '<p class="byline">By Priya Lindgren | Eastgate Echo</p>': ["Priya Lindgren"],
        '<p class="byline">by echoadmin</p>': [],
        '<p class="byline">By <a>@EastgateEcho</a></p>': [],
        '<p class="byline">by Priya</p>': ["Priya"],  # a first name alone, after "by"
    }
    for byline, names in cases.items():
        assert run(_byline_page(byline, head='<meta property="og:site_name" content="Eastgate Echo">')).authors == names


def test_bylines_in_related_boxes_comments_and_bios_are_not_the_storys():
    page = _byline_page("", before='<div class="related-stories"><p class="byline">By Tomas Ek</p></div>'
                                   '<div class="comments"><span class="comment-author">Ana Duarte</span></div>')
    assert run(page).authors == []
    wrapped = make_page(body='<div class="one-sidebar"><h1>Eastgate baths to reopen</h1>'
                             '<p class="byline">By Tomas Ek</p></div>')
    assert run(wrapped).authors == ["Tomas Ek"]  # a wrapper named for its sidebar holds the headline


def test_the_byline_nearest_the_headline_wins():
    page = make_page(body='<div class="trending"><p class="byline">By Ana Duarte</p></div>'
                          '<h1>Eastgate baths to reopen</h1><p class="byline">By Tomas Ek</p>')
    assert run(page).authors == ["Tomas Ek"]


def test_a_by_line_shown_under_the_headline_when_no_element_is_named_for_it():
    page = _byline_page('<div class="meta">Written by <a href="/team">Priya Lindgren, MS, RD</a> on October 8, 2024</div>')
    a = run(page)
    assert a.authors == ["Priya Lindgren"]
    assert a.published == "2024-10-08"


def test_a_json_ld_author_given_by_reference_and_a_placeholder_meta_author():
    ld = {"@graph": [{"@type": "NewsArticle", "headline": "Eastgate baths to reopen",
                      "author": {"@id": "https://echo.example/#/person/7"}},
                     {"@type": "Person", "@id": "https://echo.example/#/person/7", "name": "Priya Lindgren"}]}
    assert run(make_page(f'<script type="application/ld+json">{json.dumps(ld)}</script>')).authors == ["Priya Lindgren"]
    head = '<meta name="author" content="admin"><link rel="author"><a rel="author" href="/p">Tomas Ek</a>'
    assert run(make_page(head, body='<a rel="author" href="/p/tomas">Tomas Ek</a>')).authors == ["Tomas Ek"]


def test_a_declared_author_with_the_outlet_after_a_comma_or_bar():
    for value in ("Priya Lindgren, Echo.example", "Priya Lindgren | Eastgate Media for echo.example"):
        assert run(make_page(f'<meta name="author" content="{value}">')).authors == ["Priya Lindgren"]


def test_a_german_page_with_its_byline_and_date():
    page = ('<!DOCTYPE html><html lang="de"><head><title>Hallenbad Ostviertel öffnet wieder</title></head><body>'
            '<h1>Hallenbad Ostviertel öffnet wieder</h1>'
            '<p class="meta">Von Jana Schäfer publiziert am 8. Oktober 2024</p>' + STORY + '</body></html>')
    a = run(page)
    assert a.headline == "Hallenbad Ostviertel öffnet wieder"
    assert a.authors == ["Jana Schäfer"]
    assert a.published == "2024-10-08"


def test_a_japanese_page_with_its_date():
    page = ('<!DOCTYPE html><html lang="ja"><head><title>東町の市民プールが再開へ | 東町新聞</title>'
            '<meta name="pdate" content="20241008"></head><body><h1>東町の市民プールが再開へ</h1>'
            '<p class="date">2024年10月8日 9:30</p>' + STORY + '</body></html>')
    a = run(page)
    assert a.headline == "東町の市民プールが再開へ"
    assert a.published == "2024-10-08"
    shown_only = page.replace('<meta name="pdate" content="20241008">', "")
    assert run(shown_only).published == "2024-10-08T09:30:00"


def test_dates_the_markup_names_in_several_itemprops_or_in_the_basic_form():
    head = '<meta property="article:published" itemprop="datePublished dateCreated" content="2024-10-08T07:00:00Z">'
    assert run(make_page(head)).published == "2024-10-08T07:00:00Z"
    assert run(make_page('<meta name="date" content="20241008T070000+0200">')).published == "2024-10-08T07:00:00+02:00"


def test_the_language_the_page_declares():
    assert run(page := make_page()).language is None and "lang" not in page
    assert run(make_page().replace("<html>", '<html lang="en-GB">')).language == "en"
    assert run(make_page('<meta http-equiv="Content-Language" content="de">')).language == "de"
    assert run(make_page('<meta property="og:locale" content="pt_BR">')).language == "pt"
    assert run(make_page('<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "fr-FR"}'
                         '</script>')).language == "fr"
    assert run(make_page().replace("<html>", '<html lang="x-klingon">')).language is None


def test_a_text_in_a_script_of_one_language_tells_it_and_any_other_tells_nothing():
    from newsclean import process

    assert process("동부 수영장이 다시 문을 연다. 시의회는 화요일 재개장을 결정했다.").language == "ko"
    assert process("東町の市民プールが再開へ。市議会は火曜日に決めた。").language == "ja"
    assert process("The council voted on Tuesday to reopen the baths.").language is None
    assert process("Городской совет проголосовал во вторник.").language is None  # Cyrillic: several languages


# _nearest_first places elements by their paths from the root; the plain reading numbers
# every element of the page.
_HTML_PIECES = ["<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<span>", "</span>", "<br>", "<!-- a note -->",
                "<?php echo 1 ?>", "<script>var x = 1;</script>", "<style>p{}</style>", "text", "Ferry fares rise",
                " ", "\n", "&amp;", "&nbsp;", "é", "😀", "<![CDATA[x]]>", "<a href='/'>link</a>", "x" * 40]


@pytest.mark.speed_equivalence
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HTML_PIECES), max_size=30).map("".join), st.data())
def test_elements_ordered_from_the_anchor_by_their_paths_as_by_numbering_the_page(markup, data):
    from lxml import etree

    from newsclean.html.meta import _nearest_first, nearest_first_plain
    root = etree.HTML(f"<html><body><h1>x</h1>{markup}<p>y</p></body></html>")
    every = list(root.iter())
    stranger = etree.fromstring("<div><p>z</p></div>")
    pool = every + [stranger, stranger[0]]
    elements = data.draw(st.lists(st.sampled_from(pool), max_size=8))
    elements.sort(key=lambda el: every.index(el) if el in every else -1)
    for anchor in (root.find(".//h1"), root, every[-1], stranger[0], None):
        assert _nearest_first(root, elements, anchor) == nearest_first_plain(root, elements, anchor)


_FRAGMENT_PIECES = ["<div>", "</div>", "<p>", "</p>", "<h2>", "</h2>", "<li>", "</li>", "<br>", " ", "\n", "\t",
                    "\u00a0", "&nbsp;", "&#32;", "&#160;", "&amp;nbsp;", "&amp;", "&", "&#8203;", "&bogus;",
                    "Ferry fares rise", "x", "<b> </b>", "<!-- a note -->"]


@pytest.mark.speed_equivalence
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENT_PIECES), max_size=20).map("".join))
def test_whether_an_element_holds_text_is_told_without_decoding_all_of_it(markup):
    from lxml import etree

    from newsclean.html.meta import _text, holds_text
    root = etree.HTML(f"<div>{markup}</div>")
    for el in root.iter():
        assert holds_text(el) == bool(_text(el))


def test_fragment_headline_is_its_opening_heading_only():
    from newsclean.html.dom import parse
    from newsclean.html.meta import fragment_metadata

    assert fragment_metadata(parse("<p>&amp; more</p><h2>Ferry fares rise</h2><p>Fares go up.</p>")).headline is None
    assert fragment_metadata(parse("<p>&nbsp;</p><h2>Ferry fares rise</h2><p>Fares go up.</p>")
                             ).headline == "Ferry fares rise"
