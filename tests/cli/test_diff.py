"""--diff: the input with every removal placed where it was, struck out and named by
its rule, repairs shown before → after, and what cannot be placed listed, not guessed."""
import pytest
from terminal import run_in_terminal

from newsclean import process
from newsclean.cli.audit import FRONT_MATTER, audit
from newsclean.cli.main import main
from newsclean.cli.plain import plain_diff
from newsclean.model import Removal

WIRE = """\
Home » Business » Markets

Grain prices climb as exports stall

By Rhea Castell | May 2, 2024

SILO CITY (Reuters) - Grain prices rose for a third day on Thursday as shipments from the
northern ports stalled, traders said. (Photo: Getty Images)

“We have not seen a week like this since the drought,” said Omar Lindqvist, a broker
at Fennick Grain &amp; Feed.

Share this:

“We have not seen a week like this since the drought,” said Omar Lindqvist, a broker
at Fennick Grain &amp; Feed.

Farmers held back sales, hoping for better prices next month. pic.twitter.com/Ab12Cd34Ef

© 2024 Example Wire Service. All rights reserved.
"""


def marks_of(data: bytes, source: str = "wire.txt"):
    article = process(data, source=source)
    placed = audit(data, article)
    return placed, [(placed.text[m.start:m.end], m.rule, m.after) for m in placed.marks]


def test_each_removal_is_placed_on_the_input_where_it_was():
    placed, marks = marks_of(WIRE.encode())
    assert marks[0] == ("Home » Business » Markets", "breadcrumb", None)
    assert ("Grain prices climb as exports stall", "headline", None) in marks
    assert ("By Rhea Castell | May 2, 2024", "byline", None) in marks
    assert ("SILO CITY (Reuters) -", "dateline", None) in marks
    assert ("(Photo: Getty Images)", "image_credit", None) in marks  # cut from inside a paragraph that stays
    assert ("pic.twitter.com/Ab12Cd34Ef", "embedded_tweet", None) in marks
    assert marks[-1] == ("© 2024 Example Wire Service. All rights reserved.", "copyright", None)
    assert placed.unplaced == [] and placed.dropped == []
    starts = [m.start for m in placed.marks]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(placed.marks, placed.marks[1:], strict=False))  # never overlapping


def test_a_repeated_paragraph_is_marked_on_its_second_copy_and_repairs_everywhere():
    placed, _ = marks_of(WIRE.encode())
    duplicate = [m for m in placed.marks if m.rule == "duplicate_paragraph"]
    assert len(duplicate) == 1
    first_copy = WIRE.index("“We have not seen")
    assert duplicate[0].start == WIRE.index("“We have not seen", first_copy + 1)  # the first copy is kept
    assert "at Fennick Grain" in placed.text[duplicate[0].start:duplicate[0].end]  # across its hard wrap
    entities = [m for m in placed.marks if m.rule == "html_entity"]
    assert [(placed.text[m.start:m.end], m.after) for m in entities] == [("&amp;", "&")]  # the other is in the copy


def test_the_plain_diff_strikes_out_and_names_each_removal():
    article = process(WIRE.encode(), source="wire.txt")
    shown = plain_diff(audit(WIRE.encode(), article))
    assert shown.startswith("==> wire.txt <== the input: ")
    assert "[-Home » Business » Markets-]{breadcrumb}" in shown
    assert "traders said. [-(Photo: Getty Images)-]{image_credit}" in shown
    assert "broker\nat Fennick Grain [&amp;→&]{html_entity} Feed." in shown
    assert "next month. [-pic.twitter.com/Ab12Cd34Ef-]{embedded_tweet}" in shown
    assert "not found" not in shown


def test_a_paragraph_dropped_after_a_cut_from_its_middle_is_marked_round_the_cut():
    text = ("Storm closes coast road\n\nThe coast road was closed on Sunday after a storm brought down power lines, "
            "the county said.\n\nShare this story [ad_1] on Facebook\n")
    placed, marks = marks_of(text.encode())
    assert [m[:2] for m in marks if m[1] != "headline"] == [
        ("Share this story", "call_to_action"), ("[ad_1]", "ad_shortcode"), ("on Facebook", "call_to_action")]
    assert placed.unplaced == []


def test_front_matter_is_marked_as_read_into_the_header():
    text = "---\ntitle: Bridge reopens\nauthor: Ansel Marr\n---\n\nThe old bridge reopened to traffic on Friday.\n"
    _, marks = marks_of(text.encode(), "bridge.md")
    assert marks[0] == ("---\ntitle: Bridge reopens\nauthor: Ansel Marr\n---\n", FRONT_MATTER, None)


def test_a_page_is_shown_as_its_text_blocks_with_the_dropped_elements_listed():
    page = b"""<!doctype html><html><head><title>Library extends hours | Courier</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Library extends hours</h1>
    <p>The central library will open until nine in the evening on weekdays from next month, the council said.</p>
    <p>Source link</p>
    <p>The longer hours are paid for by a grant from a local trust for the next two years.</p></article>
    <div class="share-buttons">Share on Facebook Share on X</div>
    </body></html>"""
    article = process(page, source="library.html")
    placed = audit(page, article)
    assert placed.format == "html"
    assert "The central library will open until nine" in placed.text and "<p>" not in placed.text
    sources = [(placed.text[m.start:m.end], m.rule) for m in placed.marks if m.rule == "source_link"]
    assert sources == [("Source link", "source_link")]
    assert placed.dropped and all(r.rule.startswith("html_") for r in placed.dropped)
    shown = plain_diff(placed)
    assert "the text blocks taken from the page" in shown
    assert "Dropped with the page's markup before its text was read (" in shown


def test_a_removal_not_in_the_input_is_listed_not_guessed():
    data = b"Ferry fares rise\n\nFerry fares across the bay will rise by eight percent from April.\n"
    article = process(data, source="f.txt")
    article.removed.append(Removal("newsletter", "Sign up for our newsletter"))  # nowhere in the input
    placed = audit(data, article)
    assert placed.unplaced == [Removal("newsletter", "Sign up for our newsletter")]
    assert "Removed, but not found in the text above (1):\n  {newsletter} Sign up for our newsletter" in \
        plain_diff(placed)


def test_diff_through_the_command(runner, tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    result = runner.invoke(main, [str(tmp_path / "wire.txt"), "--diff"])
    assert result.exit_code == 0
    assert "[-Share this:-]{share}" in result.stdout and "\x1b" not in result.stdout
    piped = runner.invoke(main, ["--diff"], input=WIRE.encode())
    assert piped.exit_code == 0 and piped.stdout.startswith("==> - <== the input")


@pytest.mark.parametrize("args", [["a.txt", "b.txt", "--diff"], ["a.txt", "--diff", "-o", "out"],
                                  ["a.txt", "--diff", "--json"]])
def test_diff_is_for_one_article_on_stdout(runner, tmp_path, args):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(WIRE, encoding="utf-8")
    result = runner.invoke(main, [str(tmp_path / a) if a.endswith(".txt") else a for a in args])
    assert result.exit_code == 2 and result.stdout == ""


@pytest.mark.parametrize("no_color", [False, True])
def test_diff_on_a_terminal_strikes_out_with_and_without_colour(tmp_path, no_color):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    shown = run_in_terminal([str(tmp_path / "wire.txt"), "--diff"], columns=60,
                            env={"NO_COLOR": "1"} if no_color else None)
    assert shown.returncode == 0
    screen = " ".join(shown.lines)
    assert "[-Share this:-]{share}" in screen and "{html_entity}" in screen  # the markers read without colour
    assert all(len(line) <= 60 for line in shown.lines)
    assert "\x1b[9;31m" not in shown.raw if no_color else "\x1b[9;31m" in shown.raw  # red only with colour
    assert "\x1b[9m" in shown.raw or "\x1b[9;" in shown.raw  # struck out either way
