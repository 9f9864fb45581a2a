"""Embedded posts: a reaction story keeps the posts it is made of, without the widget's
credit line and links, and notes who posted each."""
from newsclean import process
from newsclean.clean.cleaner import clean_paragraphs, clean_text
from newsclean.clean.posts import Post, find_credit

INTRO = "Fans of the old pier said goodbye on social media after the harbour board voted to close it."

# As a text scrape flattens them: the post's text, then its credit, in one paragraph.
FLAT_POSTS = [
    INTRO,
    "Fifty summers of fishing off that pier. Heartbroken. pic.twitter.com/Ab12Cd34 — Ana Silva (@anasilva) "
    "March 12, 2024",
    "Save the pier! Sign the petition https://t.co/xY12ab — Pier Friends (@pierfriends) March 12, 2024",
    "The board said the decision was final.",
]


def test_flattened_posts_keep_their_text_and_lose_their_furniture():
    cleaned = clean_paragraphs(FLAT_POSTS)
    assert cleaned.paragraphs == [INTRO, "Fifty summers of fishing off that pier. Heartbroken.",
                                  "Save the pier! Sign the petition", "The board said the decision was final."]
    assert cleaned.posts == [
        Post("Fifty summers of fishing off that pier. Heartbroken.", "Ana Silva", "anasilva", "March 12, 2024"),
        Post("Save the pier! Sign the petition", "Pier Friends", "pierfriends", "March 12, 2024"),
    ]
    removed = [(r.rule, r.text) for r in cleaned.removed]
    assert ("embedded_post", "— Ana Silva (@anasilva) March 12, 2024") in removed
    assert ("embedded_tweet", "pic.twitter.com/Ab12Cd34") in removed


def test_a_credit_line_of_its_own_credits_the_paragraph_before():
    cleaned = clean_paragraphs([INTRO, "Fifty summers of fishing off that pier.",
                                "— Ana Silva (@anasilva) March 12, 2024"])
    assert cleaned.paragraphs == [INTRO, "Fifty summers of fishing off that pier."]
    assert cleaned.posts == [Post("Fifty summers of fishing off that pier.", "Ana Silva", "anasilva", "March 12, 2024")]


def test_an_instagram_credit_goes():
    paragraph = ("Last light on the pier. A post shared by Harbour Photos (@harbour.photos) on Mar 12, 2024 "
                 "at 6:02pm PDT")
    credit = find_credit(paragraph)
    assert credit is not None and credit.handle == "harbour.photos"
    assert clean_text(paragraph) == "Last light on the pier."


def test_a_dash_inside_the_post_is_not_its_credit():
    credit = find_credit("Great night - best pier in the world — Ana Silva (@anasilva) March 12, 2024")
    assert credit is not None and credit.author == "Ana Silva"
    assert clean_text("Great night - best pier in the world — Ana Silva (@anasilva) March 12, 2024") == \
        "Great night - best pier in the world"


def test_prose_naming_an_account_is_no_post():
    prose = "The board replied to Ana Silva (@anasilva) on Tuesday, promising a new pier by 2027."
    assert find_credit(prose) is None
    assert clean_text(prose) == prose


REACTION_PAGE = """<html><head><title>Fans mourn the pier</title></head><body><article>
<h1>Fans mourn the pier</h1>
<p>Fans of the old pier said goodbye on social media after the harbour board voted to close it on Monday.</p>
<p>Hundreds of people posted their memories of fishing, dancing and proposing on its boards.</p>
<blockquote class="twitter-tweet"><p lang="en">Fifty summers of fishing off that pier. Heartbroken.
<a href="https://t.co/Ab12Cd34">pic.twitter.com/Ab12Cd34</a></p>&mdash; Ana Silva (@anasilva)
<a href="https://twitter.com/anasilva/status/1">March 12, 2024</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js"></script>
<blockquote class="twitter-tweet"><p lang="en">I proposed on that pier in 1998. She said yes.</p>&mdash; Tom Reyes
(@tomreyes) <a href="https://twitter.com/tomreyes/status/2">March 12, 2024</a></blockquote>
<p>The board said the decision was final and that repairs would start in May.</p>
</article></body></html>"""


def test_a_reaction_page_keeps_the_posts_it_embeds():
    article = process(REACTION_PAGE)
    body = article.paragraphs
    assert "Fifty summers of fishing off that pier. Heartbroken." in body
    assert "I proposed on that pier in 1998. She said yes." in body
    assert "(@anasilva)" not in article.body and "pic.twitter.com" not in article.body
    assert body[-1] == "The board said the decision was final and that repairs would start in May."


def test_a_credit_run_into_the_closing_quote_and_a_name_in_brackets():
    cleaned = clean_paragraphs(['Board says "the pier stays shut"— Harbour Watch (@harbourwatch) May 2, 2024',
                                "Why not fix it?… — (((Pier Fan))) (@pierfan) May 2, 2024"])
    assert cleaned.paragraphs == ['Board says "the pier stays shut"', "Why not fix it?…"]
    assert [p.handle for p in cleaned.posts] == ["harbourwatch", "pierfan"]
