"""Choosing the story's container (newsclean.html.content): among teasers, split over several
containers, as bare text split by <br>."""
import pytest
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


# A page around the story: a menu, a box of teasers with their summaries, and reader
# comments, each named for what it is.
TEASERS = ('<div class="related-stories"><h3>More from the Echo</h3>' + "".join(
    f'<div class="teaser"><h4><a href="/s{i}">{title}</a></h4><p>{summary}</p></div>' for i, (title, summary) in enumerate([
        ("Ice rink plans rejected", "The committee turned down the plans for a seasonal ice rink on the market square, "
                                    "citing the cost of security and the noise for the flats above the shops."),
        ("Bus lane cameras go live", "Drivers caught in the new bus lanes on the ring road will be fined from Monday, "
                                     "after a month in which the cameras only sent warning letters."),
        ("Library hours cut again", "The central library will close at five on weekdays from January, the third cut "
                                    "to its hours in as many years, as the council looks for savings."),
    ])) + "</div>")
COMMENTS = ('<section id="comments"><h3>Comments</h3>' + "".join(
    f'<div class="comment"><p class="comment-author">{name}</p><p>{text}</p></div>' for name, text in [
        ("Marjorie", "Great to see the pool coming back, my kids learned to swim there years and years ago and "
                     "I always hoped my grandchildren would too, so this is the best news all year."),
        ("Dev", "About time. The council should explain why the leak was left for so long before anyone looked at "
                "it, because the repair bill would have been a fraction of this if they had acted in March."),
    ]) + "</section>")
MENU = '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>'
SHARE_BAR = '<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Email this story</a></div>'


def page_with_story_in(container_class: str, story: str = STORY) -> str:
    return (f"<html><body>{MENU}<div class='main'><div class='{container_class}'>{SHARE_BAR}{story}</div>"
            f"{COMMENTS}</div><div class='col'>{TEASERS}</div></body></html>")


@pytest.mark.parametrize("container_class", [
    "share-story", "story-body is-shareable social-story", "post comments-open", "entry related-enabled",
    "article-body sponsored", "c-7xq2 share"])
def test_story_container_named_like_boilerplate_is_still_the_story(container_class):
    a = run(page_with_story_in(container_class))
    assert a.paragraphs == PARAS  # the share bar inside it, the comments and the teasers go


def test_comments_named_as_such_lose_to_a_short_story_however_long():
    long_comments = COMMENTS.replace("</section>", "".join(
        f'<div class="comment"><p>{p} I agree with every word of this, and I would add that the pool was '
        f'always cold in winter, which nobody has mentioned.</p></div>' for p in PARAS * 3) + "</section>")
    markup = f"<html><body><article><div class='entry'><p>{PARAS[0]}</p></div>{long_comments}</article></body></html>"
    assert run(markup).paragraphs == [PARAS[0]]


NEXT_STORY = [
    "Work on the new footbridge over the Mill Race will start in April and take most of the summer, the "
    "highways department said on Wednesday, closing the towpath between the lock and the brewery.",
    "The bridge replaces a timber crossing that was shut last winter after an inspection found rot in two of "
    "its main beams, leaving walkers with a detour of almost a mile through the industrial estate.",
    "Cyclists will be asked to dismount on the new deck, which is narrower than campaigners had hoped, although "
    "the department says a wider design would have needed planning consent from the canal trust.",
    "A temporary ferry for pedestrians was considered and rejected on cost, and the council will instead run a "
    "minibus between the two car parks on weekdays while the towpath is closed to the public.",
]


def scrolled_page(og_title: str = "Eastgate baths to reopen after roof repairs") -> str:
    """The page's story and, below it, the next one loaded by infinite scroll: built
    alike, each under its own headline, the next one longer."""
    def story(headline, paragraphs):
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (f"<article class='post'><header><h1>{headline}</h1><p class='byline'>By Priya Lindgren</p></header>"
                f"<div class='post-body'>{body}</div></article>")
    return (f'<html><head><meta property="og:title" content="{og_title}"></head><body>'
            f"<header><h1 class='logo'>Echo</h1></header><main><div class='stream'>"
            f"{story('Baths to reopen after roof repairs', PARAS)}"
            f"{story('Footbridge works to close the towpath all summer', NEXT_STORY)}"
            "</div></main></body></html>")


def test_next_story_loaded_by_infinite_scroll_is_not_joined():
    a = run(scrolled_page())
    assert a.paragraphs == PARAS


def test_own_story_is_the_first_when_no_headline_matches_the_declared_one():
    a = run(scrolled_page(og_title="Leisure news roundup"))
    assert a.paragraphs == PARAS


def test_one_story_split_over_containers_under_a_logo_headline_is_kept_whole():
    chunks = "".join(f"<div class='chunk'><div class='text'><p>{p}</p></div><div class='ad'></div></div>"
                     for p in PARAS + NEXT_STORY)
    markup = (f"<html><body><div class='top'><h1>Eastgate Echo</h1></div><div class='side'><h1>Weather for the week</h1>"
              f"</div><main><h1>Baths to reopen after roof repairs</h1>{chunks}</main></body></html>")
    assert run(markup).paragraphs == PARAS + NEXT_STORY


# --- the safety net: a chosen container that holds little ---------------------------

TAG_LINE = ("<div class='x9'><p>Filed: council, pools, leisure, budget, Eastgate, swimming, roofs, repairs, lottery, "
            "grants, winter</p></div>")


def test_container_holding_little_gives_way_to_the_next_best():
    # a line of many commas scores above the story, and holds a line's worth of text
    markup = f"<html><body>{TAG_LINE}<div class='y7'>{STORY}</div></body></html>"
    a = run(markup)
    assert a.paragraphs == PARAS
    assert any("next best" in w for w in a.warnings)


def test_story_no_container_scores_is_taken_from_the_page_prose():
    spans = "".join(f"<div><span>{p}</span></div>" for p in PARAS)
    markup = f"<html><body>{TAG_LINE}<div class='y7'>{spans}</div><div>Home</div></body></html>"
    a = run(markup)
    assert a.paragraphs[-len(PARAS):] == PARAS  # the tag line above may stay: a page's headline is its markup's
    assert len(a.paragraphs) <= len(PARAS) + 1
    assert any("paragraphs of prose" in w for w in a.warnings)


def test_thin_page_is_warned_of():
    a = run("<html><body><div class='y7'><p>The baths reopen on Monday.</p></div></body></html>")
    assert a.paragraphs == ["The baths reopen on Monday."]
    assert "little article text found on the page" in a.warnings


def test_full_story_gives_no_warning():
    assert run(page_with_story_in("story-body")).warnings == []


# --- teasers found by their shape ---------------------------------------------------

def teaser_grid(n: int = 4, cls: str = "q1x") -> str:
    """A grid of teasers with class names that say nothing: a linked headline, a
    blurb and a date each."""
    stories = [("Ice rink plans rejected by the committee", "The seasonal rink will not open this winter."),
               ("Bus lane cameras switched on along the ring road", "Fines start on Monday after a month of letters."),
               ("Library hours cut for the third year running", "The central library will close at five."),
               ("Market square fountain to be restored by spring", "A grant covers most of the stonework."),
               ("Harbour dredging plan approved after long debate", "Work starts when the summer season ends.")]
    return (f"<div class='{cls}'><h3>Mehr aus der Region</h3>" + "".join(
        f"<div class='{cls}-i{i}'><a href='/s/{i}'>{title}</a><p>{blurb}</p><span>8 Oct</span></div>"
        for i, (title, blurb) in enumerate(stories[:n])) + "</div>")


def test_teaser_grid_inside_the_story_container_goes_whatever_its_names():
    markup = f"<html><body><div class='w3'><div class='zz'>{STORY}{teaser_grid()}</div></div></body></html>"
    a = run(markup)
    assert a.paragraphs == PARAS
    assert "html_teasers" in {r.rule for r in a.removed}


def test_two_teasers_are_not_a_grid():
    markup = f"<html><body><div class='zz'>{STORY}{teaser_grid(n=2)}</div></body></html>"
    assert "The seasonal rink will not open this winter." in run(markup).paragraphs


def test_story_made_of_linked_items_is_not_a_teaser_grid():
    items = "".join(f"<li><strong><a href='/s/{i}'>{p[:40]}</a></strong>{p[40:]}</li>" for i, p in enumerate(
        PARAS + NEXT_STORY))
    markup = f"<html><body><div class='zz'><p>The week in the borough, in seven items.</p><ol>{items}</ol></div></body></html>"
    a = run(markup)
    assert a.paragraphs[-7:] == PARAS + NEXT_STORY


def test_teasers_with_short_titles_and_their_pictures_go():
    units = "".join(f"<div class='t'><div class='r'><a href='/d/{i}'><img src='/d/{i}.jpg'></a></div>"
                    f"<div class='title'><a href='/d/{i}'>{name}</a></div><div class='body'>{blurb}</div></div>"
                    for i, (name, blurb) in enumerate([
                        ("Pool passes", "Season tickets for the reopened baths go on sale next week at the desk."),
                        ("Gym offers", "Half-price membership for the first month after the reopening."),
                        ("Swim lessons", "Courses for beginners start in November, booking opens online.")]))
    markup = f"<html><body><div class='zz'>{STORY}<div id='more'><h2>Popular now</h2>{units}</div></div></body></html>"
    assert run(markup).paragraphs == PARAS


def test_list_of_steps_with_links_inside_the_sentences_stays():
    steps = ["Sign up for a swim pass <a href='/p'>at the leisure desk</a> before the baths reopen",
             "If you already hold a gym pass, visit <a href='/a'>your account page</a> to add swimming",
             "Book your first session <a href='/b'>using the same email</a> as your gym pass"]
    markup = (f"<html><body><div class='zz'>{STORY}<ul>" + "".join(f"<li>{s}</li>" for s in steps)
              + "</ul></div></body></html>")
    assert len(run(markup).paragraphs) == len(PARAS) + 3


LEAD = ("Eastgate's swimming baths will reopen in the new year after the council agreed to pay for a new roof, "
        "ending a closure that has lasted since March.")


def test_lead_set_apart_before_the_story_container_is_kept():
    markup = (f"<html><body><article><div class='intro-x'><p>{LEAD}</p></div><div class='by'>By Priya Lindgren</div>"
              f"<div class='rest'><div class='inner'>{STORY}</div></div></article></body></html>")
    assert run(markup).paragraphs == [LEAD, *PARAS]


def test_link_line_before_the_story_is_no_lead():
    markup = (f"<html><body><div class='nav2'><p><a href='/a'>Council news</a> | <a href='/b'>Leisure</a> | "
              f"<a href='/c'>The baths closure and what the council said about the roof repairs</a></p></div>"
              f"<div class='rest'>{STORY}</div></body></html>")
    assert run(markup).paragraphs == PARAS


GRID_BLURBS = [
    "The committee met for three hours before voting against the seasonal rink, citing the cost of security, "
    "the noise for the flats above the shops and the damage the last rink did to the paving.",
    "Drivers caught in the new bus lanes on the ring road will be fined from Monday, after a month in which the "
    "cameras only sent warning letters to the owners of the cars they caught.",
    "The central library will close at five on weekdays from January, the third cut to its hours in as many "
    "years, as the council looks for savings across its leisure and culture budget.",
    "A grant from the heritage fund covers most of the stonework on the market square fountain, which has not "
    "worked since a frost cracked its basin two winters ago.",
]


def site_grid(cards: int = 24) -> str:
    """A site's grid of teasers, much longer than the story: linked headlines over long blurbs."""
    return "<div class='g7'>" + "".join(
        f"<div class='c3'><h3><a href='/news/{i}'>Town news in brief, number {i}</a></h3>"
        f"<p>{GRID_BLURBS[i % 4]}</p><span>8 Oct</span></div>" for i in range(cards)) + "</div>"


def test_short_story_beside_a_site_grid_of_teasers_is_the_story():
    short = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
    for markup in (f"<html><body><div class='m'><div class='s'>{short}</div></div>{site_grid()}</body></html>",
                   f"<html><body><div class='m'><div class='s'>{short}</div>{site_grid()}</div></body></html>"):
        assert run(markup).paragraphs == PARAS[:2]


def test_story_made_of_teaser_shaped_items_stays_when_the_page_has_no_other_story():
    items = "".join(f"<div class='c3'><h3><a href='/news/{i}'>Item {i} of the week in the borough</a></h3>"
                    f"<p>{blurb}</p></div>" for i, blurb in enumerate(GRID_BLURBS))
    markup = f"<html><body><div class='m'><p>Four things from the borough this week.</p>{items}</div></body></html>"
    assert run(markup).paragraphs[-4:] == GRID_BLURBS


def test_a_teaser_list_twice_on_the_page_is_not_the_fallback_story():
    teasers = "<ul>" + "".join(f"<li><a href='/n/{i}'>Town news in brief, number {i}</a><span>{blurb}</span></li>"
                               for i, blurb in enumerate(GRID_BLURBS * 2)) + "</ul>"
    short = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
    markup = f"<html><body><div class='a1'>{teasers}</div><div class='b2'>{short}</div><div class='c3'>{teasers}</div></body></html>"
    assert run(markup).paragraphs == PARAS[:2]


def test_story_under_a_wrapper_named_like_boilerplate_beside_a_menu_named_main():
    # the menu's one long entry scores a little, its id says "main"; the story sits in a
    # field marked "label-hidden" inside a wrapper named "social-layout"
    menu = ("<div class='block-menu' id='main-menu'><ul class='menu'><li><a href='/s'>Sections</a> of the Echo "
            "about the council and the schools and the buses and the baths and the weather in town today</li></ul></div>")
    markup = (f"<html><body>{menu}<div class='content-wrp social-layout'><div class='field field-label-hidden'>"
              f"<div class='field-item'>{STORY}</div></div></div>{TEASERS}</body></html>")
    assert run(markup).paragraphs == PARAS
