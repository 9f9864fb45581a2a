"""The story's blocks (newsclean.html.blocks): in document order, one per block element, <br> read
as a hard wrap or a paragraph end."""
from html_story import PARAS, STORY, make_page, run


def test_story_structure_is_kept_in_order():
    story = (f"<p>{PARAS[0]}</p><h2>What the repairs cover</h2><ul><li>A new roof over the main hall</li>"
             f"<li>A boiler that runs on heat pumps</li></ul><blockquote><p>{PARAS[1]}</p></blockquote>"
             f"<p>{PARAS[2]}</p>")
    a = run(make_page(story=story))
    assert a.paragraphs == [PARAS[0], "What the repairs cover", "A new roof over the main hall",
                            "A boiler that runs on heat pumps", PARAS[1], PARAS[2]]


def test_single_br_inside_a_sentence_is_a_hard_wrap():
    wrapped = "<p>The county council voted on Tuesday to reopen<br>\nthe Eastgate swimming baths, closed since a roof<br>leak in March.</p>"
    a = run(make_page(story=wrapped + STORY[STORY.index("</p>") + 4:]))
    assert a.paragraphs == PARAS


def test_single_br_after_a_sentence_ends_the_paragraph():
    markup = "<html><body><div>" + "<br>\n".join(PARAS) + "</div></body></html>"
    assert run(markup).paragraphs == PARAS
