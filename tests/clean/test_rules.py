"""The cleaning rules, by cases as data: artifacts that must go, listed by the name of
the rule that takes them, and prose that must stay although it mentions them."""
import pytest

from newsclean.clean.cleaner import clean_paragraphs, clean_text, match_paragraph_rule, normalize_text, split_paragraphs
from newsclean.clean.rule_index import first_match
from newsclean.clean.rules import INLINE_RULES, PARAGRAPH_RULES, SECTION_RULES, TRAILER_RULES

PROSE = "The minister said the plan would be published next week after a final review by the cabinet."

REMOVED_PARAGRAPHS = [
    ("ad_label", "ADVERTISEMENT"),
    ("ad_label", "Story continues below advertisement"),
    ("ad_blocker", "Please whitelist our site in your ad blocker to keep reading."),
    ("source_link", "Source link"),
    ("source_link", "Source"),
    ("source_link", "Source: Ministry of Finance figures"),
    ("source_link", "Read Full Article at Example.com"),
    ("source_link", "(Source: Harbour Authority)"),
    ("source_link", "h/t The Morning Wire"),
    ("source_link", "Via Valmora Daily"),
    ("agency_credit", "*Reprinted with permission"),
    ("comments", "Please adhere to our commenting policy to avoid being banned."),
    ("rss_footer", "The post Port strike spreads to three harbours appeared first on Harbour Daily."),
    ("rss_footer", "This article originally appeared on Example Weekly."),
    ("agency_credit", "The Associated Press contributed to this report."),
    ("agency_credit", "(Reporting by Ana Silva; Editing by Tom Hale)"),
    ("read_more", "Read more: Caretaker governments and what they can do"),
    ("read_more", "Also Read: Budget talks resume in the capital"),
    ("read_more", "Continue reading the main story"),
    ("read_more", "Story continues below"),
    ("call_to_action", "Click here to get breaking news alerts on your phone."),
    ("injected_promo", "Headline: Ten stocks to buy before the holidays!"),
    ("navigation", "Back to top button"),
    ("navigation", "Skip to content"),
    ("navigation", "Close"),
    ("navigation", "Home » News » World"),
    ("share", "Share this:"),
    ("share", "Share this story:"),
    ("share", "Like this:"),
    ("share", "Like Loading..."),
    ("share", "Like this: Like Loading..."),
    ("share", "Share this: Twitter"),
    ("share", "Click to share on Twitter (Opens in new window)Click to share on Facebook (Opens in new window)"),
    ("share", "Share Facebook Twitter Reddit"),
    ("share", "8.4k SHARES Facebook Twitter"),
    ("newsletter", "Sign up for our free Morning Briefing newsletter and get the top stories in your inbox."),
    ("newsletter", "Subscribe to the Daily Digest for free"),
    ("newsletter", "Need an account? Create one now."),
    ("newsletter", "Get the latest news delivered to your inbox. Sign up now."),
    ("follow_prompt", "Follow Dana Whitfield on Twitter at @danawhit."),
    ("follow_prompt", "Like us on Facebook"),
    ("paywall", "You need an online service to view this article in its entirety."),
    ("comments", "12 Comments"),
    ("comments", "Leave a Reply"),
    ("cookie", "We use cookies to improve your experience on our site."),
    ("image_credit", "Featured image via Getty Images"),
    ("image_credit", "Photo: Lena Marsh/Reuters"),
    ("image_credit", "Image credit: Harbour Authority"),
    ("image_credit", "Protesters outside the parliament on Monday. Jan Novak/AFP/Getty Images"),
    ("image_credit", "FILE - In this March 3, 2021, file photo, dockworkers stand beside idle cranes in Castel."),
    ("image_credit", "Show Captions"),
    ("copyright", "© 2024 Example Wire Service. All rights reserved."),
    ("copyright", "Copyright 2023 Example Press. All Rights Reserved. This material may not be published."),
    ("disclaimer", "Note: This site cannot make any warranties about the completeness of this information."),
    ("comments", "What do you think about this?"),
    ("disclaimer", "The views expressed in this article are the author's own and do not reflect the editorial policy."),
    ("tags", "Tags: coalition, budget, elections"),
    ("bare_url", "https://example.com/news/2024/03/story-123"),
    ("contact", "Email: newsroom@example.com"),
    ("embedded_tweet", "We are ready to go to the voters — Carla Mendes (@carlamendes) March 13, 2024"),
    ("truncation", "[…]"),
    ("separator", "* * *"),
    ("byline_trailer", "About the Author"),
    ("byline_trailer", "More from this author:"),
]


@pytest.mark.parametrize("name,paragraph", REMOVED_PARAGRAPHS)
def test_paragraph_rule_removes_artifact(name, paragraph):
    hit = match_paragraph_rule(paragraph)
    assert hit is not None and hit.name == name
    assert first_match(paragraph.strip("*_#> ") or paragraph, PARAGRAPH_RULES) is hit  # the plain reading agrees
    cleaned = clean_paragraphs([PROSE, paragraph])
    assert cleaned.paragraphs == [PROSE]
    assert [r.rule for r in cleaned.removed] == [name]


KEPT_PARAGRAPHS = [
    "A source close to the talks said the offer was still on the table.",
    "The related question of pensions will be settled next year, officials said.",
    "Credit card debt rose 5 percent in March, the central bank said.",
    "Pictures by local children were shown at the town hall on Friday evening after the parade.",
    "Copyright law was changed in 2019 to cover news snippets, the court noted.",
    "The newsletter was sent to 1,000 members of the association last month.",
    "She baked cookies for the volunteers who cleared the harbour after the storm.",
    "Home sales fell for a third month as mortgage rates rose.",
    "Share prices fell sharply on Tuesday.",
    "Close to 3,000 workers joined the strike on its first day.",
    "More than half of the containers were delayed by at least a week.",
    "Follow-up talks are planned for next week in the capital.",
    "Related talks in the north also broke down, union leaders said on Tuesday.",
    "Twitter said it would suspend the account.",
    "Via a spokesman, the minister declined to comment on the report.",
    "Facebook and Twitter removed the posts on Monday.",
    "The company does not warrant that the bridge will survive another winter, engineers said in a report on Monday.",
]


@pytest.mark.parametrize("paragraph", KEPT_PARAGRAPHS)
def test_prose_mentioning_artifact_words_is_kept(paragraph):
    assert match_paragraph_rule(paragraph) is None
    assert clean_paragraphs([paragraph]).paragraphs == [paragraph]


INLINE_CASES = [
    ("ad_shortcode", "[ad_1] The talks resumed on Monday.", "The talks resumed on Monday."),
    ("wp_shortcode",
     'The port reopened. [caption id="attachment_7" align="alignnone"]Cranes at dawn. Photo: A. Lee[/caption] '
     "Traffic resumed.",
     "The port reopened. Traffic resumed."),
    ("wp_shortcode", "The minister spoke. [embed]https://video.example.com/v/123[/embed]", "The minister spoke."),
    ("wp_shortcode", 'Watch the speech [video width="640" src="a.mp4"] here today.', "Watch the speech here today."),
    ("image_credit", "Dockworkers gathered at the gate (Photo: Getty Images) before dawn.",
     "Dockworkers gathered at the gate before dawn."),
    ("image_credit", "The ship left port (AP Photo/Lena Marsh) on Friday.", "The ship left port on Friday."),
    ("embedded_tweet", "We are ready pic.twitter.com/Ab12Cd34Ef", "We are ready"),
    ("truncation", "The strike spread to three ports on Tuesday [&#8230;]",
     "The strike spread to three ports on Tuesday"),
    ("source_link", "The strike spread to three ports on Tuesday Read Full Article at Example.com",
     "The strike spread to three ports on Tuesday"),
    ("html_markup", "The port reopened <br> on Monday after <strong>three</strong> weeks.",
     "The port reopened on Monday after three weeks."),
    ("html_markup", '<p class="lead">Ferry fares will rise in April.</p>', "Ferry fares will rise in April."),
]


@pytest.mark.parametrize("name,raw,expected", INLINE_CASES)
def test_inline_rule(name, raw, expected):
    normalized = normalize_text(raw)
    cleaned = clean_paragraphs(split_paragraphs(normalized.text))
    assert "\n\n".join(cleaned.paragraphs) == clean_text(raw) == expected
    assert name in {r.rule for r in normalized.removed + cleaned.removed}


KEPT_INLINE = [  # no inline rule cuts anything from these
    "Prices rose <5% in March, the bank said.",
    "The vote (held on Monday) passed by a wide margin.",
    "Read the full report, the minister told reporters, before judging it.",
    "The [sic] spelling was kept in the court filing.",
    "Photos of the flood were shared widely on Monday.",
]


@pytest.mark.parametrize("paragraph", KEPT_INLINE)
def test_prose_with_inline_artifact_signs_is_kept(paragraph):
    assert clean_text(paragraph) == paragraph


# Matched only against the last paragraphs of an article: there a sentence of this shape
# is a bio or a credit; higher up it is story text.
TRAILERS = [
    ("author_bio", "Dana Whitfield is a senior energy reporter at the Harbour Daily and covers shipping."),
    ("author_bio", "Tove Aaland was the chief Nordic correspondent of the paper for a decade."),
    ("agency_credit", "Staff writer Ian Byrne contributed to this report and can be reached at ib@example.com."),
    ("byline", "By Marta Kowal"),
]


@pytest.mark.parametrize("name,paragraph", TRAILERS)
def test_trailer_rule_removes_the_last_paragraphs_only(name, paragraph):
    story = [PROSE, "Talks resumed on Monday in the capital.", "A second round opens next week.",
             "Negotiators said progress was slow but steady."]
    at_foot = clean_paragraphs([*story, paragraph])
    assert at_foot.paragraphs == story
    assert [r.rule for r in at_foot.removed] == [name]
    higher_up = [PROSE, paragraph, *story[1:], "Officials declined to comment on the talks."]
    assert clean_paragraphs(higher_up).paragraphs == higher_up


def test_every_rule_name_has_a_case():
    cased = {name for name, _ in REMOVED_PARAGRAPHS} | {name for name, *_ in INLINE_CASES} | {n for n, _ in TRAILERS}
    cased |= {"related"}  # the section heading: see the tests below
    assert {r.name for r in PARAGRAPH_RULES + SECTION_RULES + TRAILER_RULES + INLINE_RULES} <= cased


def test_check_also_heading_takes_its_link_title():
    cleaned = clean_paragraphs([PROSE, "Check Also", "Stock market closes higher for third day", "Close"])
    assert cleaned.paragraphs == [PROSE]
    assert [r.rule for r in cleaned.removed] == ["related", "related", "navigation"]


def test_related_section_takes_link_titles_but_stops_at_prose():
    paragraphs = [PROSE, "Related Articles", "Rail unions set date for ballot", "Freight costs climb again",
                  "The talks are expected to resume on Thursday in the capital, according to people familiar "
                  "with the plans."]
    cleaned = clean_paragraphs(paragraphs)
    assert cleaned.paragraphs == [PROSE, paragraphs[-1]]
    assert [r.rule for r in cleaned.removed] == ["related"] * 3


def test_every_rule_has_a_name_and_reason():
    for r in PARAGRAPH_RULES + SECTION_RULES + INLINE_RULES:
        assert r.name and r.name.replace("_", "").isalpha()
        assert len(r.reason) > 10


def test_wire_dateline_stripped_from_first_paragraph_only():
    text = ("WASHINGTON (Reuters) - Talks resumed on Monday.\n\nThe two sides met for six hours.\n\n"
            "Negotiators said progress was slow.\n\nLONDON - a second round opens next week.")
    assert clean_text(text).split("\n\n") == ["Talks resumed on Monday.", "The two sides met for six hours.",
                                                "Negotiators said progress was slow.",
                                                "LONDON - a second round opens next week."]
    agency = "JAKARTA, Indonesia (AP) — Rescuers reached the village on Sunday."
    assert clean_text(agency) == "Rescuers reached the village on Sunday."
