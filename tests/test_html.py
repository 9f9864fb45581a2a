"""HTML input: finding the article in a saved page, page metadata by source, boilerplate
kinds, detection by content, and hostile markup."""
import json
import subprocess
import sys

import pytest

from newsclean import process, process_file
from newsclean.errors import InputError
from newsclean.html.page import fragment_to_blocks, page_to_document, parse

PARAS = [
    "The county council voted on Tuesday to reopen the Eastgate swimming baths, closed since a roof leak in March.",
    "Repairs to the roof and the boiler will cost about 1.2 million, paid from the leisure budget and a lottery grant.",
    "Swimming clubs had asked for the baths to reopen before the winter league starts, and most of them will train there again.",
]
STORY = "".join(f"<p>{p}</p>" for p in PARAS)


def make_page(head: str = "", body: str = "", story: str = STORY) -> str:
    return (f"<!DOCTYPE html><html><head>{head}</head><body>{body}"
            f"<article><div class='entry-content'>{story}</div></article></body></html>")


def run(markup: str, source: str = "page.html"):
    return process(markup.encode("utf-8"), source=source)


# --- metadata, one source at a time ------------------------------------------------

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


def test_shown_title_worded_unlike_the_declared_one_still_leaves_the_body():
    head = '<meta property="og:title" content="Baths reopen: what swimmers need to know">'
    a = run(make_page(head, story="<h1>Eastgate baths to reopen</h1>" + STORY))
    assert a.headline == "Baths reopen: what swimmers need to know"
    assert a.body == "\n\n".join(PARAS)


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


# --- boilerplate ------------------------------------------------------------------

BOILERPLATE = {
    "navigation": '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>',
    "header": '<header><a href="/">Eastgate Echo</a> <span>Your town, your news, every morning since 1911</span></header>',
    "footer": '<footer><p>Eastgate Echo, 4 Mill Road. Registered in the county, company number 41122.</p></footer>',
    "cookie banner": '<div class="cookie-notice"><p>We use cookies to give you the best experience on our site, accept to continue.</p></div>',
    "share bar": '<div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share by email with a friend</a></div>',
    "related stories": '<div class="related-articles"><h3>Read next</h3><p>Ice rink plans rejected by the committee after a long debate</p></div>',
    "newsletter form": '<div class="newsletter-box"><p>Get the Morning Echo delivered free to your inbox every single day of the week.</p><form><input></form></div>',
    "author box": '<div class="author-bio"><p>Priya Lindgren has covered the council for the Echo for nine years and lives on the east side.</p></div>',
    "comments": '<section id="comments"><p>Great to see the pool coming back, my kids learned to swim there years and years ago.</p></section>',
    "sidebar": '<div class="sidebar"><h3>Most read today</h3><p>Bus lane cameras switched on along the ring road this weekend.</p></div>',
    "ad slot": '<div class="ad-container"><span>Advertisement: holiday cottages on the coast from 99 a night, book now</span></div>',
    "embedded tweet": '<blockquote class="twitter-tweet"><p>The baths are back!!! Best news all year for the swim club</p></blockquote>'
                      '<script src="https://platform.example/widgets.js"></script>',
    "caption and credit": '<figure><img src="pool.jpg"><figcaption>The main pool before the leak, seen from the gallery. Photo: Echo archive</figcaption></figure>',
    "caption by class": '<div class="wp-caption"><img src="pool.jpg"><p class="wp-caption-text">The main pool before the leak, seen from the gallery</p></div>',
    "tag list": '<ul class="post-tags"><li><a href="/t/pools">Pools</a></li><li><a href="/t/council">Council</a></li></ul>',
    "pop-up": '<div class="modal-subscribe"><p>You have read three free stories this month, subscribe for unlimited access.</p></div>',
    "dateline tag": '<span class="articleLocation">EASTGATE</span>',
    "hidden text": '<div style="display: none"><p>Subscribers get early access to every story we publish on the site each day.</p></div>',
}


@pytest.mark.parametrize("kind", list(BOILERPLATE))
def test_boilerplate_kind_is_dropped_inside_and_around_the_story(kind):
    junk = BOILERPLATE[kind]
    story = STORY.replace("</p><p>Repairs", f"</p>{junk}<p>Repairs", 1)
    a = run(make_page(body=junk, story=story + junk))
    assert a.body == "\n\n".join(PARAS)


def test_script_rendered_page_falls_back_to_the_declared_article_body():
    ld = {"@type": "NewsArticle", "headline": "Eastgate baths to reopen", "articleBody": "\n".join(PARAS * 3)}
    markup = (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
              '<body><div id="app"><p>Loading the story, please wait a moment...</p></div></body></html>')
    a = run(markup)
    assert a.paragraphs == PARAS  # repeated paragraphs go as duplicates


def test_story_structure_is_kept_in_order():
    story = (f"<p>{PARAS[0]}</p><h2>What the repairs cover</h2><ul><li>A new roof over the main hall</li>"
             f"<li>A boiler that runs on heat pumps</li></ul><blockquote><p>{PARAS[1]}</p></blockquote>"
             f"<p>{PARAS[2]}</p>")
    a = run(make_page(story=story))
    assert a.paragraphs == [PARAS[0], "What the repairs cover", "A new roof over the main hall",
                            "A boiler that runs on heat pumps", PARAS[1], PARAS[2]]


def test_text_cleaner_runs_on_page_content():
    story = "<p>[ad_1]</p>" + STORY + '<p>Source link</p><p>The post Baths reopen appeared first on Eastgate Echo.</p>'
    a = run(make_page(story=story))
    assert a.body == "\n\n".join(PARAS)
    assert {"ad_shortcode", "source_link", "rss_footer"} <= {r.rule for r in a.removed}


def test_removed_page_parts_are_recorded_by_kind():
    a = run(make_page(body=BOILERPLATE["cookie banner"] + BOILERPLATE["comments"]))
    rules = {r.rule for r in a.removed}
    assert {"html_cookie_banner", "html_comments"} <= rules


def test_story_among_teasers_is_chosen():
    teaser = "".join(f'<li><a href="/s{i}">Other story number {i} about the town</a></li>' for i in range(30))
    markup = (f"<html><body><div class='col'><ul>{teaser}</ul></div>"
              f"<div class='col'>{STORY}</div><div class='col'><ul>{teaser}</ul></div></body></html>")
    assert run(markup).paragraphs == PARAS


def test_story_split_over_several_containers_is_kept_whole():
    chunks = "".join(f"<div class='chunk'><div class='text'><p>{p}</p></div><div class='ad'></div></div>" for p in PARAS)
    markup = f"<html><body><div class='nav-links'><a href='/'>Home</a></div><main>{chunks}</main></body></html>"
    assert run(markup).paragraphs == PARAS


def test_br_separated_text_without_paragraph_tags():
    markup = "<html><body><table><tr><td>" + "<br><br>".join(PARAS) + "</td></tr></table></body></html>"
    assert run(markup).paragraphs == PARAS


def test_single_br_inside_a_sentence_is_a_hard_wrap():
    wrapped = "<p>The county council voted on Tuesday to reopen<br>\nthe Eastgate swimming baths, closed since a roof<br>leak in March.</p>"
    a = run(make_page(story=wrapped + STORY[STORY.index("</p>") + 4:]))
    assert a.paragraphs == PARAS


def test_single_br_after_a_sentence_ends_the_paragraph():
    markup = "<html><body><div>" + "<br>\n".join(PARAS) + "</div></body></html>"
    assert run(markup).paragraphs == PARAS


def test_story_wrapper_named_like_a_sidebar_is_kept():
    markup = ("<html><body><div class='nav'><a href='/'>Home</a></div>"
              f"<div class='layout-rail article-body'>{STORY}</div></body></html>")
    assert run(markup).paragraphs == PARAS


def test_teaser_articles_nested_in_the_story_are_dropped():
    teaser = ("<article class='post-77'><h3>Winter lights switched on in the square</h3>"
              "<p>The lights went on at six, with a brass band playing carols for the crowd on the steps.</p></article>")
    markup = f"<html><body><article class='post-12'>{STORY}<h3 class='relatedpoststitle'>You may like</h3>{teaser}</article></body></html>"
    a = run(markup)
    assert a.body == "\n\n".join(PARAS)
    assert "html_related" in {r.rule for r in a.removed}


def test_compound_class_words_are_read_by_their_prefix():
    from newsclean.html.page import boilerplate_reason, parse

    root = parse('<div class="relatedpoststitle"></div><div class="socialicons"></div><div class="commentary-body"></div>')
    kinds = [boilerplate_reason(el) for el in root.iter("div")]
    assert kinds == ["related", "share", None]


def test_front_matter_above_a_full_page():
    markup = ("---\ntitle: Eastgate baths to reopen next month\ncategories:\n  - Leisure\n---\n"
              + make_page('<meta property="article:published_time" content="2024-10-08">',
                          body=BOILERPLATE["sidebar"] + BOILERPLATE["comments"]))
    a = run(markup)
    assert a.headline == "Eastgate baths to reopen next month"
    assert a.categories == ["Leisure"]
    assert a.published == "2024-10-08"  # the page says what the front matter does not
    assert a.body == "\n\n".join(PARAS)


def test_fragment_with_a_break_after_stray_closing_tags_is_read():
    # A <br> after an unclosed <span> in a fragment opening with stray closing tags once
    # ended in an IndexError in the fragment walker's stylesheet path.
    a = process(b"></html>]\t\t<span>\n<br><a>", source="-")
    assert a.format == "html"
    assert a.body == ">"


def test_fragment_keeps_all_its_text():
    doc = fragment_to_blocks("<p>One paragraph of a feed item.</p><p>Another one, and the last.</p>"
                             '<div class="sharedaddy">Share this</div>')
    assert doc.paragraphs == ["One paragraph of a feed item.", "Another one, and the last."]


# --- samples ----------------------------------------------------------------------

def test_news_site_sample(samples):
    a = process_file(samples / "news-template.html")
    assert a.headline == "Ferry operators warn of winter cuts as fuel costs climb"
    assert a.categories[:2] == ["Transport", "Business"]
    assert a.authors == ["Hanna Veltri", "Tomas Brandl"]
    assert a.published == "2024-11-04T07:30:00+00:00"
    assert a.dek == "Island ferry companies say they may drop early sailings unless the region helps with fuel bills."
    for kept in ("What the council says", "Port Aldwick to Holm Minor, first sailing at 6.45am",
                 "Passengers who rely on the early boats", "publish a final timetable"):
        assert kept in a.body
    for gone in ("cookies", "Share on", "Advertisement", "Related stories", "Morning Brief", "twelve years",
                 "Ferries", "shameful", "Most read", "All rights reserved", "Islanders deserve", "Ledger archive"):
        assert gone not in a.body


def test_wordpress_sample(samples):
    a = process_file(samples / "wordpress-autoblog.html")
    assert a.headline == "Orchard growers count losses after late frost"
    assert set(a.categories) == {"World News", "Farming"}
    assert a.authors == []  # "admin" is no one's name
    assert a.published == "2023-04-18T09:12:44+00:00"
    assert a.paragraphs[0].startswith("Fruit farmers across the upper valley")
    assert a.paragraphs[-1] == "The frost follows a dry winter that had already left many orchards short of water."
    for gone in ("[ad_", "Source link", "Share this", "Hail damages", "Leave a Reply", "Recent Posts", "Back to top"):
        assert gone not in a.body


def test_legacy_sample_reads_the_lines_around_the_headline(samples):
    a = process_file(samples / "legacy-windows-1252.html")
    assert a.headline == "Mill town votes to keep its old stone bridge"
    assert a.category == "Local News"
    assert a.authors == ["Agnes Thorley"]
    assert a.published == "2009-03-03"
    assert len(a.paragraphs) == 5
    assert "Print this article" not in a.body and "Copyright" not in a.body


# --- detection by content -----------------------------------------------------------

def test_txt_file_holding_html_is_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(make_page("<title>Eastgate baths to reopen | Eastgate Echo</title>"), encoding="utf-8")
    a = process_file(path)
    assert a.format == "html"
    assert a.paragraphs == PARAS


def test_page_opening_with_a_long_comment_is_a_page():
    markup = "<!-- " + "saved by a crawler; " * 300 + "-->\n" + make_page()
    assert run(markup).paragraphs == PARAS


def test_prose_that_mentions_a_tag_is_text():
    text = "How to write a web page\n\nStart every page with the <html> element and put the title in the head."
    assert run(text, source="howto.txt").format == "text"


def test_stdin_html_through_the_cli():
    out = subprocess.run([sys.executable, "-m", "newsclean", "-", "--json"], input=make_page().encode(),
                         capture_output=True, timeout=60)
    assert out.returncode == 0
    record = json.loads(out.stdout)
    assert record["format"] == "html"
    assert record["body"] == "\n\n".join(PARAS)


# --- hostile markup ---------------------------------------------------------------

def test_deeply_nested_page_keeps_its_text():
    markup = "<html><body>" + "<div>" * 100_000 + f"<p>{PARAS[0]}</p>" + "</div>" * 100_000 + "</body></html>"
    assert run(markup).body == PARAS[0]


def test_entity_bomb_is_not_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
            + f"]><html><body><p>{PARAS[0]} &i;</p></body></html>")
    a = run(bomb)
    assert len(a.body) < 1000
    assert PARAS[0] in a.body


def test_broken_markup_gives_best_effort_text():
    markup = f"<html><body><div><p>{PARAS[0]}<div><b>{PARAS[1]}</i></span><p>{PARAS[2]}</table></body>"
    a = run(markup)
    for p in PARAS:
        assert p in a.body


def test_page_without_text_warns_rather_than_fails():
    a = run("<html><head><script>var story = '<p>not text</p>';</script></head><body></body></html>")
    assert a.body == ""
    assert a.warnings


def test_empty_markup_is_an_input_error():
    with pytest.raises(InputError):
        parse("   ")


def test_page_to_document_needs_no_metadata():
    doc = page_to_document(make_page())
    assert doc.paragraphs == PARAS
    assert doc.headline is None and doc.authors == [] and doc.published is None


def test_marked_words_are_the_marker_words_among_the_class_words():
    from newsclean.html.page import BOILERPLATE_PREFIXES, MARKED_WORDS, marked_words, tokens

    assert set(BOILERPLATE_PREFIXES) <= MARKED_WORDS
    values = ["relatedPostsTitle", "socialicons", "a" * 120 + "related", "x related" + "a" * 200, "İAd sideBar",
              "ABCRelated", "12345678901234 hidden", "Sharing-Tools", "sidebarX", "AdSlot", "navBar", "ß-ad",
              "post-1565607 post type-post", "wrap clearfix", "sharebar1", "x" * 99 + "-related-" + "y" * 600]
    for value in values:
        assert marked_words(value) == ((tokens(value) & MARKED_WORDS) or None), value


def test_name_and_domain_patterns_match_as_their_plain_forms_in_linear_time():
    import random
    import re
    import time

    from newsclean.html.meta import _DOMAIN_SUFFIX, _NAME_SPLIT

    plain_split = re.compile(r"\s*(?:,|&|\band\b|\|)\s*")
    plain_domain = re.compile(r"\s+[-–—|·:]\s+(?:www\.)?[\w-]{1,60}(?:\.[a-z]{2,10}){1,3}\s*$", re.I)
    pieces = [" ", "  ", "\t", "\n", "\u00a0", ",", "&", "|", "and", "AND", "a", "x", "Jo", ".", "-", "–", "·",
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


def test_tag_with_thousands_of_attributes_keeps_its_first_and_the_text():
    # libxml2's cost grows with the square of a tag's attributes: such a tag is trimmed.
    attributes = " ".join(f'data-x{i}="v"' for i in range(20_000))
    page = (f'<html><body><div class="story-body" {attributes} data-x0="again">'
            "<p>The ferry council met on Tuesday to set the spring timetable.</p></div></body></html>")
    root = parse(page)
    div = root.find(".//div")
    assert div.get("class") == "story-body" and div.get("data-x0") == "v"
    assert len(div.attrib) == 500
    assert process(page, "page.html").body == "The ferry council met on Tuesday to set the spring timetable."


def test_attribute_trimming_stays_linear_on_long_runs_of_space():
    import time

    filler = " ".join(f'data-y{i}="v"' for i in range(10_001))
    page = (f'<html><body><div {filler}>' + "<p>Quay works begin in May.</p>"
            f'<div class="x" {" ".join("b=1" for _ in range(600))}' + " " * 200_000 + "= >"
            "<p>The harbour board approved the dredging plan.</p></div></div></body></html>")
    start = time.perf_counter()
    body = process(page, "page.html").body
    assert time.perf_counter() - start < 10  # a run of spaces no name follows cost its length squared
    assert "The harbour board approved the dredging plan." in body


def test_attribute_reading_is_the_same_with_the_run_start_guard():
    import random
    import re

    from newsclean.html.page import _ATTRIBUTE

    plain = re.compile(r"""\s+([^\s=<>"'/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?""")
    pieces = [" ", "  ", "\t", "\n", "a", "b1", "=", '"', "'", "x y", "/", "<", ">", "data-z"]
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [m.group(0) for m in _ATTRIBUTE.finditer(text)] == [m.group(0) for m in plain.finditer(text)], repr(text)


def test_long_tag_with_few_attributes_is_left_whole():
    srcset = ", ".join(f"/img/ferry-{i}.jpg {i}w" for i in range(600))
    page = f'<html><body><img alt="Ferry" srcset="{srcset}"><p>Fares rise in April.</p></body></html>'
    assert parse(page).find(".//img").get("srcset") == srcset
