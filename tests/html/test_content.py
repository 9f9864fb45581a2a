"""Choosing the story's container (newsclean.html.content): among teasers, split over several
containers, as bare text split by <br>."""
from html_story import PARAS, STORY, run


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
