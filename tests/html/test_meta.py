"""Page metadata (newsclean.html.meta): each header field from each source, and sources in order of trust."""
import json

import pytest
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
