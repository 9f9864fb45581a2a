"""The tree layer (newsclean.html.dom): parsing guards against hostile markup, class/id words, text helpers."""
import pytest
from html_story import PARAS, run
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import process
from newsclean.errors import InputError
from newsclean.html.dom import collapsed, marked_words, parse, spaced_pieces, tokens
from newsclean.html.tables import BOILERPLATE_PREFIXES, MARKED_WORDS


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


def test_empty_markup_is_an_input_error():
    with pytest.raises(InputError):
        parse("   ")


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

    from newsclean.html.dom import _ATTRIBUTE

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


def test_marked_words_are_the_marker_words_among_the_class_words():
    assert set(BOILERPLATE_PREFIXES) <= MARKED_WORDS
    values = ["relatedPostsTitle", "socialicons", "a" * 120 + "related", "x related" + "a" * 200, "İAd sideBar",
              "ABCRelated", "12345678901234 hidden", "Sharing-Tools", "sidebarX", "AdSlot", "navBar", "ß-ad",
              "post-1565607 post type-post", "wrap clearfix", "sharebar1", "x" * 99 + "-related-" + "y" * 600]
    for value in values:
        assert marked_words(value) == ((tokens(value) & MARKED_WORDS) or None), value


TEXTS = st.sampled_from(["", " ", "  ", "\n", "\n  ", "\xa0", "word", "Two words", "ends.", "ends. ", "asks?",
                         "“quoted”", "x\xa0 y", "tab\tbed", "Ünïcode…", "a\u2003b", " lead", "trail ",
                         "\x8f", "\x90", "&#143;", "&#x90;", "&amp;", "soft\xadhyphen"])
INLINE = st.sampled_from(["span", "a", "em", "b", "font", "time", "custom-tag"])
BLOCK = st.sampled_from(["p", "div", "li", "blockquote", "h2", "section", "td"])


def markup(depth: int = 3):
    leaf = TEXTS | st.just("<br>") | st.just("<br/> ") | st.just("<!-- note -->")
    if depth == 0:
        return leaf
    inner = st.lists(markup(depth - 1), max_size=5).map("".join)
    return (leaf
            | st.tuples(INLINE, inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>")
            | st.tuples(BLOCK, inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>"))


@given(st.text(alphabet=" \t\n\xa0\u2003\x85\x1cab.…\xad", max_size=30))
def test_collapsed_is_split_and_joined(text):
    assert collapsed(text) == " ".join(text.split())


@settings(max_examples=500, deadline=None)
@given(st.lists(markup(2), min_size=1, max_size=6).map("".join))
def test_spaced_pieces_space_each_piece(fragment):
    root = parse("<div>x</div>" + fragment)
    for el in root.iter():
        assert spaced_pieces(el) == " ".join(" ".join(el.itertext()).split())
