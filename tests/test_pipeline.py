"""process(): the stages in order, the header merged by trust, the removals of every stage
kept in reading order."""
from newsclean import process
from newsclean.model import Header

STORY = ("The harbour board approved new ferry fares on Tuesday after a long debate.\n\n"
         "Fares will rise by ten percent in April, the board said in a statement.")


def test_header_by_trust_takes_each_field_from_the_first_source_that_has_it():
    front = Header(headline="Ferry fares rise", categories=[], authors=["Ana Ruiz"])
    page = Header(headline="Ferry fares rise | Harbour Gazette", categories=["Local"], published="2024-03-05",
                  dek="The board voted late.")
    merged = Header.by_trust(front, None, page)
    assert merged == Header(headline="Ferry fares rise", categories=["Local"], authors=["Ana Ruiz"],
                            published="2024-03-05", dek="The board voted late.")
    assert merged.categories is not page.categories  # a copy: the sources are not changed through it


def test_front_matter_outranks_the_text_header():
    text = f"---\ntitle: Board backs fare rise\nauthor: Ana Ruiz\n---\nFerry fares to rise\n\nBy Tom Hale\n\n{STORY}"
    article = process(text)
    assert article.headline == "Board backs fare rise"
    assert article.authors == ["Ana Ruiz", "Tom Hale"]  # the byline adds its names after the declared ones


def test_removals_of_every_stage_are_listed_in_reading_order():
    text = f"Ferry fares to rise\n\nBy Tom Hale\n\nTom&#8217;s report. {STORY}\n\nShare this article\n\nFiled under: Local"
    article = process(text)
    rules = [r.rule for r in article.removed]
    assert rules.index("html_entity") < rules.index("headline") < rules.index("byline") < rules.index("share")
    assert article.headline == "Ferry fares to rise" and article.authors == ["Tom Hale"]
    assert article.categories == ["Local"]  # from the footer line the cleaner removed
    assert "Share this" not in article.body and article.body.startswith("Tom’s report.")
