"""Property tests of the library on arbitrary and article-like input: processing never
raises (bytes that are not text give InputError), the body is a fixed point of the
cleaner, no removed artifact is left in the body, and quote offsets point at the quote.

The HTML test doubles as a fuzzer: ``NEWSCLEAN_FUZZ_EXAMPLES=20000 python -m pytest
tests/test_properties.py -k html -p no:cacheprovider`` runs it at length (see README)."""
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import NewscleanError, process
from newsclean.clean.cleaner import clean_paragraphs, clean_text
from newsclean.clean.rules import INLINE_RULES, PARAGRAPH_RULES

FUZZ_EXAMPLES = int(os.environ.get("NEWSCLEAN_FUZZ_EXAMPLES", "150"))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCES = st.sampled_from([
    "The harbour authority raised ferry fares by eight percent on Monday.",
    "Growers in the Valmora hills lost a third of their blossom to frost.",
    "The council of Ostrava Nova voted 31 to 12 to approve the budget.",
    "“We held prices for as long as we could,” said Tove Aaland, the finance director.",
    "“It is too early to say,” Ilse Varga said. “We will know in June.”",
    '"Nobody expected this," the mayor, Ruth Okonjo, told reporters.',
    "According to Minister Pavel Dusek, talks will resume on Friday.",
    "Senator Ama Mensah said the bill would pass before the summer recess.",
])
ARTIFACTS = st.sampled_from([
    "[ad_1]", "[ad_2]", "Source link", "Share this:", "Related Articles", "Advertisement",
    "(Photo: Getty Images)", "pic.twitter.com/Zx81Qe", "Back to top button", "© 2024 Quayside Media. All rights reserved.",
    "The post Fares rise appeared first on Harbour Daily.", "Sign up for our newsletter", "[caption id=\"a1\"]x[/caption]",
])
NOISE = st.sampled_from(["“", "”", '"', "«", "»", "[", "]", "(", ")", "<", ">", "&amp;", "&#8217;", "â€™", "\u00a0",
                         "\u200b", "\x00", "\x1b", "\ud800", " ", "  ", "\t", "\n", "\n\n", "\r\n", "—", "..."])
PARAGRAPHS = st.lists(st.one_of(SENTENCES, ARTIFACTS, st.lists(st.one_of(SENTENCES, NOISE), max_size=6).map(" ".join)),
                      min_size=0, max_size=14)
ARTICLES = st.tuples(st.sampled_from(["Fares rise at the harbour", "Frost hits orchards", ""]), PARAGRAPHS).map(
    lambda t: "\n\n".join([t[0], *t[1]]))

PARAGRAPH_RULE_NAMES = {r.name for r in PARAGRAPH_RULES}
INLINE_RULE_NAMES = {r.name for r in INLINE_RULES}


@SETTINGS
@given(st.text(max_size=600))
def test_arbitrary_text_never_raises(text):
    article = process(text, source="t")
    assert isinstance(article.body, str)
    article.to_dict()


@SETTINGS
@given(st.binary(max_size=600))
def test_arbitrary_bytes_give_an_article_or_a_clear_error(data):
    try:
        article = process(data, source="b")
    except NewscleanError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(article.body, str)


@SETTINGS
@given(ARTICLES)
def test_the_body_is_already_clean(text):
    body = process(text).body
    assert clean_text(body) == body


@SETTINGS
@given(ARTICLES)
def test_no_removed_artifact_is_left_in_the_body(text):
    article = process(text)
    paragraphs = set(article.paragraphs)
    for removal in article.removed:
        if removal.rule in PARAGRAPH_RULE_NAMES - INLINE_RULE_NAMES:
            assert removal.text not in paragraphs, removal
        if removal.rule == "ad_shortcode":
            assert removal.text not in article.body, removal


@SETTINGS
@given(ARTICLES)
def test_quote_offsets_point_at_the_quote_text(text):
    article = process(text)
    for quote in article.quotes:
        assert article.body[quote.start:quote.end] == quote.text


TAGS = st.sampled_from(["p", "div", "span", "a", "b", "article", "section", "h1", "h2", "ul", "li", "table", "tr",
                        "td", "script", "style", "nav", "footer", "header", "aside", "figure", "figcaption", "br",
                        "blockquote", "main", "iframe", "svg", "noscript", "title", "meta", "time"])
ATTRS = st.sampled_from(["", ' class="story-body"', ' class="related-posts"', ' id="comments"', ' class="share"',
                         ' itemprop="articleBody"', ' property="og:title" content="A &amp; B"', ' hidden',
                         ' class="byline"', ' datetime="2024-03-14T09:30:00Z"', ' href="javascript:alert(1)"'])


@st.composite
def html_pages(draw):
    parts = [draw(st.sampled_from(["", "<!doctype html>", "<?xml version='1.0'?>", "<!DOCTYPE x [<!ENTITY e 'x'>]>"]))]
    open_tags = []
    for _ in range(draw(st.integers(0, 40))):
        action = draw(st.integers(0, 3))
        if action == 0:
            tag = draw(TAGS)
            parts.append(f"<{tag}{draw(ATTRS)}>")
            open_tags.append(tag)
        elif action == 1 and open_tags:
            parts.append(f"</{open_tags.pop()}>")
        elif action == 2:
            parts.append(draw(st.one_of(SENTENCES, ARTIFACTS, NOISE)))
        else:
            parts.append(draw(st.text(max_size=30)))
    if draw(st.booleans()):
        parts.extend(f"</{t}>" for t in reversed(open_tags))
    return "".join(parts)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages(), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_html_path_never_raises(page, encoding):
    data = page.encode(encoding, errors="replace")
    try:
        article = process(data, source="fuzz.html")
    except NewscleanError:
        return
    article.to_dict()
    # The artifact rules are idempotent on an HTML body too. (Character repairs are not
    # asserted here: the HTML path does not run the text path's mojibake repair.)
    assert clean_paragraphs(article.paragraphs).paragraphs == article.paragraphs
    for quote in article.quotes:
        assert article.body[quote.start:quote.end] == quote.text
