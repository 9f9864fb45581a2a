"""Boilerplate (newsclean.html.boilerplate): each kind cut inside and around the story and recorded,
weak kinds sparing the story, nested teasers."""
import pytest
from html_story import BOILERPLATE, PARAS, STORY, make_page, run
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.html.boilerplate import KIND_OF, Kind, boilerplate_reason, kind_of
from newsclean.html.dom import parse
from newsclean.html.tables import BOILERPLATE_KINDS


@pytest.mark.parametrize("kind", list(BOILERPLATE))
def test_boilerplate_kind_is_dropped_inside_and_around_the_story(kind):
    junk = BOILERPLATE[kind]
    story = STORY.replace("</p><p>Repairs", f"</p>{junk}<p>Repairs", 1)
    a = run(make_page(body=junk, story=story + junk))
    assert a.body == "\n\n".join(PARAS)


def test_removed_page_parts_are_recorded_by_kind():
    a = run(make_page(body=BOILERPLATE["cookie banner"] + BOILERPLATE["comments"]))
    rules = {r.rule for r in a.removed}
    assert {"html_cookie_banner", "html_comments"} <= rules


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
    root = parse('<div class="relatedpoststitle"></div><div class="socialicons"></div><div class="commentary-body"></div>')
    kinds = [boilerplate_reason(el) for el in root.iter("div")]
    assert kinds == ["related", "share", None]


def test_kind_is_the_first_named_in_the_table_and_weak_when_any_is():
    assert kind_of(frozenset({"cookie", "banner"})) == Kind("cookie_banner", True)  # not an ad slot
    assert kind_of(frozenset({"share", "tools"})) == Kind("share", False)
    assert kind_of(frozenset({"article", "body"})) == Kind(None, False)


@pytest.mark.speed_equivalence
@settings(max_examples=300, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from(sorted(BOILERPLATE_KINDS) + ["article", "body", "x"]), max_size=4),
                max_size=6))
def test_kind_memo_gives_what_kind_of_gives(word_sets):
    for words in word_sets + word_sets:  # each set met, then met again
        assert KIND_OF[words] == kind_of(words)


def test_embedded_post_quoted_in_the_story_is_kept_in_its_place():
    tweet = ('<blockquote class="twitter-tweet"><p>The baths are back! Best news all year for the swim club.</p>'
             '&mdash; Swim club (@eastgateswim) <a href="https://social.example/s/1">October 8, 2024</a></blockquote>'
             '<script src="https://platform.example/widgets.js"></script>')
    story = STORY.replace("</p><p>Repairs", f"</p>{tweet}<p>Repairs", 1)
    a = run(make_page(story=story))
    # (the line that credits it, a line of its own, is the clean stage's to cut)
    assert a.paragraphs == [PARAS[0], "The baths are back! Best news all year for the swim club.", *PARAS[1:]]


def test_embedded_post_outside_the_story_goes_with_what_holds_it():
    tweet = '<blockquote class="twitter-tweet"><p>Pool opening party this Saturday, all welcome!</p></blockquote>'
    a = run(make_page(body=f'<div class="sidebar"><h3>From our feed</h3>{tweet}</div>'))
    assert a.paragraphs == PARAS


@pytest.mark.parametrize("fold", ["paywall", "read-more-fold hidden-sm", "widget-body"])
def test_story_end_inside_a_weak_kind_wrapper_is_kept(fold):
    story = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><div class='{fold}'><p>{PARAS[2]}</p><p>{PARAS[2]}</p></div>"
    sidebar = "".join(f"<div class='sidebar'><p>{p}</p></div>" for p in PARAS * 2)
    assert run(make_page(body=sidebar, story=story)).paragraphs == PARAS  # (the repeat goes as a duplicate)


@pytest.mark.parametrize("cls", ["kommentare", "articulos-relacionados", "bloc-partage", "publicidad-top",
                                 "fil-ariane"])
def test_class_words_of_other_languages_name_boilerplate(cls):
    junk = f"<div class='{cls}'><p>Ein Kasten, der nicht zur Geschichte gehört, mit etwas Text darin.</p></div>"
    story = STORY.replace("</p><p>Repairs", f"</p>{junk}<p>Repairs", 1)
    assert run(make_page(story=story)).paragraphs == PARAS
