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
    ("source_link", "Source: http://www.example.com/2016/03/10/world/harbour-pilots-strike-spreads-to-three-more-"
                    "ports-and-the-river-ferries-stop-for-a-week/"),
    ("source_link", "Read Full Article at Example.com"),
    ("source_link", "(Source: Harbour Authority)"),
    ("source_link", "h/t The Morning Wire"),
    ("source_link", "Via Valmora Daily"),
    ("agency_credit", "*Reprinted with permission"),
    ("agency_credit", "Times wires"),
    ("agency_credit", "From staff and wire reports"),
    ("agency_credit", "Compiled from news services."),
    ("promo", "Need a break? Try playing some of our games."),
    ("promo", "Play our daily crossword here"),
    ("stray_character", "d"),
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
    ("embedded_post", "View this post on Instagram"),
    ("truncation", "[…]"),
    ("separator", "* * *"),
    ("byline_trailer", "About the Author"),
    ("ad_label", "Your ads will be inserted here by Simple Ads Plugin. Please go to the plugin admin page to"),
    ("ad_label", "Paste your ad code OR"),
    ("ad_label", "Suppress this ad slot."),
    ("ad_label", "***** A message from the Harbour Traders Guild: Our members keep the quays running all year."),
    ("agency_credit", "Contributed by Ana Silva of www.harbourdaily.example."),
    ("agency_credit", "Ferry fares to rise for the third year running Associated Press |"),
    ("syndication", "Harbour Daily carries news from Reuters as a service to its readers, but does not edit the "
                    "stories it publishes."),
    ("syndication", "This is a post from HarbourDaily.example Read the original post: Ferry fares to rise again"),
    ("timestamp", "Reuters, 03/11 14:05 CET"),
    ("timestamp", "Ferry fares to rise again 03/11/24 [Last modified: Monday, March 11, 2024 2:05pm]"),
    ("read_more", "Ferry fares to rise for the third year running Read More»"),
    ("read_more", "Watch on YouTube"),
    ("related_link", "[Ferry fares to rise for the third year running]"),
    ("related_link", "[This story was updated on Tuesday with the board's vote.]"),
    ("call_to_action", "Ports are busier than ever. Our guide tells you how to book early. Click here to get it free."),
    ("call_to_action", "Your voice counts! Vote now!"),
    ("call_to_action", "Join our Harbour Watchers forums to talk about the story."),
    ("promo", "Harbour TV is available on DirecTV channel 412 and on Dish 230. Ask your cable operator!"),
    ("promo", "This report was brought to you by the Harbour Traders Guild."),
    ("newsletter", "Sign up for the Tide Table | Email the desk with your tips"),
    ("paywall", "Thank you for reading Harbour Daily. You have read your 5 free articles for this 30-day period."),
    ("paywall", "SUB"),
    ("image_credit", "Dockworkers wait at the gate before the morning shift, in Castel on Monday. (Jan Novak/AP)"),
    ("image_credit", "Lena Marsh, Associated Press"),
    ("separator", "-" * 120),
    ("coordinates", "41.385064 2.173404"),
    ("call_to_action", "What do you think about the pier? Share this on Facebook or Twitter SCROLL DOWN FOR MORE"),
    ("call_to_action", "SHARE IF YOU WANT THE HARBOUR SAVED!"),
    ("call_to_action", "And LIKE this page for the latest harbour news. Want the pier saved? LIKE this page"),
    ("call_to_action", "Add your name to thousands demanding that the board reopen the pier. SAVE THE PIER!"),
    ("call_to_action", "See an error in this article? Send us a correction"),
    ("call_to_action", "All of us at Harbour Daily appreciate your support!"),
    ("newsletter", "Already a member? Log in"),
    ("follow_prompt", "Check Me out On Youtube"),
    ("byline_trailer", "Older articles by Ana Silva"),
    ("byline_trailer", "RSS Feed for Ana Silva"),
    ("byline_trailer", "By"),
    ("contact", "CONTACT ME:"),
    ("contact", "Twitter: https://twitter.com/harbourwatch"),
    ("ad_label", "- Sponsor -"),
    ("ad_blocker", "Here's The Thing With Ad Blockers"),
    ("read_more", "SEE MORE HARBOUR NEWS AT: HARBOURDAILY.EXAMPLE"),
    ("read_more", "[read more here]"),
    ("read_more", "Explore further: Ferry fares rise for the third year (Update 2)"),
    ("read_more", "Autoplay"),
    ("call_to_action", "Read or Share this story: http://hd.example/1AbC"),
    ("syndication", "Content created by the Harbour News Foundation is available without charge to any publisher."),
    ("syndication",
     "This story has been modified from its original version. See the original at harbourdaily.example."),
    ("timestamp", "Published: March 12, 2024 — 7:11 AM EDT"),
    ("timestamp", "March 12, 2024 — 5:00 AM EST"),
    ("numeric_id", "4993860"),
    ("update_notice", "This is a breaking news story and will be updated when more information becomes available."),
    ("embedded_post", "Posted by Harbour Daily on Tuesday, March 12, 2024"),
    ("contact", "WhatsApp: +44 7525 900971"),
    ("contact", "ana.silva@harbourdaily.example 555-673-4790"),
    ("contact", "+1 212 318 2000"),
    ("image_credit", "Jan Novak/The Harbour Daily"),
    ("image_credit", "Jan Novak via AP"),
    ("image_credit",
     "This image provided by the Harbour Museum shows the pier in 1910. (Jan Novak, Harbour Museum via AP)"),
    ("image_credit", "AP Photo Dockworkers wait at the gate before the morning shift in Castel on Monday."),
    ("image_credit", "Ampoules of the vaccine in a file photo."),
    ("contact", "Tweet: @harbourwatch"),
    ("read_more", "Related Video: The harbour board explains its vote"),
    ("newsletter", "You can subscribe to get the day's top harbour news each weekday in your inbox."),
    ("image_credit", "pier-at-dusk_2024.jpg"),
    ("related_link", "Ferry fares to rise againHarbour Daily Pier to close for two yearsCoast Times Castel Radio "
                     "-Tide FM all 17 news articles »"),
    ("related_link", "Harbour board papers on the pier vote https://harbour.example/board/2024/papers.pdf"),
    ("related_link", "Live map of the closures (Video) http://maps.example/castel-pier"),
    ("donation", "You can support my work through my PayPal account. Thanks https://pay.example/harbourwatch"),
    ("donation", "Please support our independent journalism with a small monthly gift."),
    ("read_more", "Watch the harbour master's interview below:"),
    ("read_more", "WATCH:"),
    ("timestamp", "The Castel Herald and AP 7:49 p.m. MST May 3, 2016"),
    ("image_credit", "Dockworkers wait at the gate before the morning shift in Castel, Portugal, Monday, March 11, "
                     "2024. The strike closed the port for a third day, the union said."),
    ("image_credit", "Cranes stand idle at the harbour in Castel, on Tuesday, March 12, 2024."),
    ("disclaimer", "EDITOR’S NOTE: This story was corrected to give the right date of the vote."),
    ("read_more", "Don’t miss: Ferry fares to rise for the third year running"),
    ("ad_blocker", "We get it: ads are not why you come here. But ads help us keep the lights on."),
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
    "Source: A rival studio's teaser trailer. Odds it is true: The clip shows the ship plainly, and nobody at the "
    "studio has denied it.",
    "Crossed wires",
    "Wire services reported that the ferry had sunk.",
    "Playing our games at home gives us an edge, the coach said.",
    "I",
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
    "Readers can sign up for the ferry ballot until Friday, the harbour board said.",
    "The union said it would join the talks if the board withdrew its offer.",
    "The ferry left at 7:15 a.m. and reached the island at 41.38 degrees north an hour later.",
    "A car on the coast road was going at 120 km/h (75 mph) when it left the road, police said.",
    "The mayor, who was brought to the harbour by boat, said the vote was close.",
    "Ana Silva, a dockworker for twenty years, said the strike would go on.",
    "Thank you for coming, the mayor told the crowd, before she read the names of the crew.",
    "Voters can vote now in the district's new polling stations, officials said.",
    "Readers who like this story may also share it, the editor wrote in a note on Monday about the harbour.",
    "Twitter: the company said on Monday it would suspend the harbour board's account.",
    "By the end of the week the pier was closed.",
    "Ad blockers are used by a third of readers, the survey found, and publishers say it costs them dearly.",
    "The board said the story would be updated in the annual report, which is due in May.",
    "The ferry left at 7:11 AM on March 12, 2024, an hour late, after a storm.",
    "Also on the agenda was the new ramp, which the board approved without debate.",
    "The board showed the crowd a photo of the pier taken in 1910, when it was new, and many in the hall cheered it.",
    "She kept the letter in a file photo album for years, she said.",
    "AP photos show the damage along the quay, where three cranes fell.",
    "Fares would rise by five percent, according to the latest survey (Harbour/Ipsos).",
    "He was born on Monday, June 3, 1985, in the old port, and worked on the ferries all his life.",
    "The pier was first closed on Monday, June 3, 1985.",
    "The board published its figures on Monday. They are at https://harbour.example/figures",
    "Police were called to the quay at 9:24 p.m. May 3, 2016.",
    "Watch the tide: it turns twice a day, and the ferries sail by it.",
    "1) Tide tables for the harbour, printed and laminated https://shop.example/tides",
    "Ads on the ferries will help the company cut fares, its chief executive said on Monday.",
    "Supporters of the pier gathered outside the town hall, where the board met for three hours on Monday.",
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
    ("ad_label", "Fares rose. Suppress this ad slot. “It is too much,” one rider said.",
     "Fares rose. “It is too much,” one rider said."),
    ("scrambled_text", "The board met. kAm%96 3@2C5 >6E @? |@?52J]k^Am It voted to close the pier.",
     "The board met. It voted to close the pier."),
    ("promo", "The pier closes in May. × The Harbour Cookbook by Ana Silva. Fifty recipes from the quay. Buy Now "
              "The board will reopen it in 2027.",
     "The pier closes in May. The board will reopen it in 2027."),
    ("read_more", "The board met on Monday. [See also: Ferry fares to rise again] It voted to close the pier.",
     "The board met on Monday. It voted to close the pier."),
    ("read_more", "The board voted to close the pier for two years. Read More»",
     "The board voted to close the pier for two years."),
    ("contact", "The study is online. MEDIA CONTACT: Ana Silva, Harbour Institute, "
                "(JavaScript must be enabled to view this email address)",
     "The study is online."),
    ("image_credit", "Dockworkers at the gate on Monday | Jan Novak/AFP via Getty Ferry fares to rise again",
     "Ferry fares to rise again"),
    ("embedded_tweet", "The pier is closed https://t.co/Ab12Cd", "The pier is closed"),
    ("call_to_action", "The harbour tour runs all summer. Click here to learn more: https://example.com/tour",
     "The harbour tour runs all summer."),
    ("read_more", "Continued below... The board met again on Friday.", "The board met again on Friday."),
    ("read_more", "The pier closed. Story continues below: It reopens in May.", "The pier closed. It reopens in May."),
]


@pytest.mark.parametrize("name,raw,expected", INLINE_CASES)
def test_inline_rule(name, raw, expected):
    normalized = normalize_text(raw)
    cleaned = clean_paragraphs(split_paragraphs(normalized.text))
    assert "\n\n".join(cleaned.paragraphs) == clean_text(raw) == expected
    assert name in {r.rule for r in normalized.removed + cleaned.removed}


KEPT_INLINE = [  # no inline rule cuts anything from these
    "The score was 3 × 2 in the final minute, and fans rushed to buy tickets for the next game.",
    "The board met on Monday [as it does every month] and voted to close the pier.",
    "Readers asked us to read more about the pier, and we will.",
    "Prices rose <5% in March, the bank said.",
    "The vote (held on Monday) passed by a wide margin.",
    "Read the full report, the minister told reporters, before judging it.",
    "The [sic] spelling was kept in the court filing.",
    "Photos of the flood were shared widely on Monday.",
    "The talks continued below the deck of the ferry... until dawn.",
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
    ("byline", "Authors: Marta Kowal and Ian Byrne"),
    ("author_bio", "Dana Whitfield covers shipping and the ports for the Harbour Daily."),
    ("author_bio", "— Dana Whitfield is a writer and a fellow at the Harbour Institute. She tweets @danawhit."),
    ("author_bio", "Dan Brandt is the Chief Meteorologist for Harbour Radio. Follow him on Twitter for forecasts."),
    ("byline_trailer", "About Dana Whitfield"),
    ("author_bio", "Ruth Okafor is president of the Harbour Pilots League and sits on the port's safety board."),
    ("author_bio", "The Harbour Institute is an independent research organization with offices in three ports. "
                   "Its mission is to measure the cost of congestion. Visit harbourinstitute.example."),
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
    cased |= {"related", "highlights"}  # the section headings: see the tests below
    cased |= {"embedded_post"}  # a post's credit line: see test_posts.py
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


def test_read_more_heading_takes_the_link_titles_under_it():
    paragraphs = [PROSE, "Read more:", "Ferry fares to rise for the third year running",
                  "Rail unions set date for ballot", "More from this author:", "Why the pier matters"]
    cleaned = clean_paragraphs(paragraphs)
    assert cleaned.paragraphs == [PROSE]
    assert [r.rule for r in cleaned.removed] == ["related"] * 5


def test_a_contact_block_under_its_heading_goes():
    paragraphs = [PROSE, "You can also contact us in the following ways:", "WhatsApp: +44 7525 900971",
                  "Upload your pictures here", "Text an SMS to 61124"]
    assert clean_paragraphs(paragraphs).paragraphs == [PROSE]


def test_previous_coverage_list_of_headlines_goes():
    paragraphs = [PROSE, "Previous coverage", "Harbour board delays pier vote", "Pier repairs to cost $4 million",
                  "The vote is expected in May, when the board's new members take their seats, officials said."]
    assert clean_paragraphs(paragraphs).paragraphs == [PROSE, paragraphs[-1]]


def test_story_highlights_box_goes_with_its_points():
    paragraphs = ["Story highlights The harbour board voted to close the pier", "Repairs will take two years",
                  "The harbour board voted on Monday to close the old pier for two years while it is repaired, "
                  "after an inspection found its piles rotten.", PROSE]
    cleaned = clean_paragraphs(paragraphs)
    assert cleaned.paragraphs == paragraphs[2:]
    assert [r.rule for r in cleaned.removed] == ["highlights", "highlights"]


def test_a_dash_run_into_a_number_is_no_dateline():
    assert clean_text("LOS ANGELES — ET-94, a fuel tank, left port on Monday.") == \
        "ET-94, a fuel tank, left port on Monday."
    assert clean_text("COVID-19 cases rose in the port city.") == "COVID-19 cases rose in the port city."
    assert clean_text("LONDON — LONDON (Reuters) — Talks resumed on Monday.") == "Talks resumed on Monday."


def test_a_photographers_name_beside_the_caption_that_credits_it_goes():
    caption = "Dockworkers wait at the gate before the morning shift, in Castel on Monday. (Jan Novak/AP)"
    cleaned = clean_paragraphs(["Jan Novak", caption, PROSE, "Jan Novak said the strike would go on."])
    assert cleaned.paragraphs == [PROSE, "Jan Novak said the strike would go on."]
    assert [r.rule for r in cleaned.removed] == ["image_credit", "image_credit"]
    assert clean_paragraphs(["Jan Novak", PROSE]).paragraphs == ["Jan Novak", PROSE]  # no credit names him


def test_a_story_ending_on_what_a_company_is_keeps_its_last_paragraph():
    story = [PROSE, "Shares of the ferry operator fell 4 percent on Monday after the board's vote.",
             "Harbour Freight Ltd is a shipping company based in Castel that runs six ferries to the islands."]
    assert clean_paragraphs(story).paragraphs == story


def test_a_pages_script_data_goes_and_quoted_prose_stays():
    data = ('{"headline":"Ferry fares to rise","id":"AB12","byline":"Ana Silva","slug":"ferry-fares",'
            '"thumbnail":"2521","background":"white","seo":{"headline":"","googleStandout":false},'
            '"social":{"twitterText":"","description":""},"image":0}')
    cleaned = clean_paragraphs([PROSE, data])
    assert cleaned.paragraphs == [PROSE]
    assert [r.rule for r in cleaned.removed] == ["script_data"]
    quoting = ('The sign read "Closed": nothing more. The board\'s note said "Reopens in May": no date. '
               'Riders called it "a farce": their word. The union said "never again": a promise.')
    assert clean_paragraphs([quoting]).paragraphs == [quoting]


def test_a_post_at_the_foot_is_a_bio_only_for_someone_not_named_before():
    story = [PROSE, "Ruth Okafor, who leads the pilots, said the channel was too shallow.",
             "Okafor is president of the Harbour Pilots League and sits on the port's safety board."]
    assert clean_paragraphs(story).paragraphs == story


def test_a_bio_run_into_the_last_sentence_is_cut():
    story = [PROSE, "Stock up while you can, and keep some cash at home. When the crash comes, don't say "
                    "we didn't warn you. Ruth Okafor is the editor of HarbourWatch, a site on shipping and trade."]
    cleaned = clean_paragraphs(story)
    assert cleaned.paragraphs == [PROSE, "Stock up while you can, and keep some cash at home. When the crash "
                                         "comes, don't say we didn't warn you."]
    assert [(r.rule, r.text) for r in cleaned.removed] == [
        ("author_bio", "Ruth Okafor is the editor of HarbourWatch, a site on shipping and trade.")]


def test_a_last_sentence_about_someone_in_the_story_is_kept():
    story = [PROSE, "The channel will be dredged next spring, said Lena Park. Park is the director of the port "
                    "authority and has run it since 2019.",
             "Tom Reyes spoke for the pilots. Reyes is a former reporter at the Harbour Daily."]
    assert clean_paragraphs(story).paragraphs == story


def test_an_aggregator_cards_headline_and_outlet_go_and_its_snippet_stays():
    card = ("Harbour pilots strike over pay Harbour Daily & Courier PORTVILLE (AP) - Pilots at the port walked out "
            "on Monday over a pay offer they called an insult.")
    cleaned = clean_paragraphs([card, PROSE], headline="Harbour pilots strike over pay")
    assert cleaned.paragraphs == ["PORTVILLE (AP) - Pilots at the port walked out on Monday over a pay offer they "
                                  "called an insult.", PROSE]
    assert [r.rule for r in cleaned.removed] == ["aggregator_card"]


@pytest.mark.parametrize("first", [
    "Harbour pilots strike over pay at the port, leaving 40 ships at anchor on Monday.",
    "Harbour pilots strike over pay In Portville And Elsewhere, the union said.",
])
def test_a_first_sentence_opening_with_the_headlines_words_stays(first):
    assert clean_paragraphs([first, PROSE], headline="Harbour pilots strike over pay").paragraphs == [first, PROSE]
