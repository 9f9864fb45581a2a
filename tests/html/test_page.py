"""The HTML stage's entry points (newsclean.html.page) and HTML input through process(): pages and
fragments, the declared body fallback, the samples, detection by content, broken markup."""
import json
import subprocess
import sys

from html_story import BOILERPLATE, PARAS, STORY, make_page, run
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import process, process_file
from newsclean.html import fragment_to_blocks, page_to_document


def test_script_rendered_page_falls_back_to_the_declared_article_body():
    ld = {"@type": "NewsArticle", "headline": "Eastgate baths to reopen", "articleBody": "\n".join(PARAS * 3)}
    markup = (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
              '<body><div id="app"><p>Loading the story, please wait a moment...</p></div></body></html>')
    a = run(markup)
    assert a.paragraphs == PARAS  # repeated paragraphs go as duplicates


def test_text_cleaner_runs_on_page_content():
    story = "<p>[ad_1]</p>" + STORY + '<p>Source link</p><p>The post Baths reopen appeared first on Eastgate Echo.</p>'
    a = run(make_page(story=story))
    assert a.body == "\n\n".join(PARAS)
    assert {"ad_shortcode", "source_link", "rss_footer"} <= {r.rule for r in a.removed}


def test_front_matter_above_a_full_page():
    markup = ("---\ntitle: Eastgate baths to reopen next month\ncategories:\n  - Leisure\n---\n"
              + make_page('<meta property="article:published_time" content="2024-10-08">',
                          body=BOILERPLATE["sidebar"] + BOILERPLATE["comments"]))
    a = run(markup)
    assert a.headline == "Eastgate baths to reopen next month"
    assert a.categories == ["Leisure"]
    assert a.published == "2024-10-08"  # the page says what the front matter does not
    assert a.body == "\n\n".join(PARAS)


def test_fragment_with_a_break_after_stray_closing_tags_is_read():
    # A <br> after an unclosed <span> in a fragment opening with stray closing tags once
    # ended in an IndexError in the fragment walker's stylesheet path.
    a = process(b"></html>]\t\t<span>\n<br><a>", source="-")
    assert a.format == "html"
    assert a.body == ">"


# Pieces of broken fragments: breaks, blanks, unclosed tags and stray closing ones.
BROKEN_PIECES = st.sampled_from(["word", "Ends.", " ", "\t\t", "\n", "<br>", "<br/>", "<p>", "</p>", "<span>",
                                 "</span>", "<a>", "</a>", "<div>", "</div>", "</html>", "</body>", "<html>", "<body>",
                                 "</head>", ">", "]", "<li>", "</x>", "<b>", "</b>", "&#143;", "\x90"])


@settings(max_examples=200, deadline=None)
@given(st.lists(BROKEN_PIECES, min_size=3, max_size=30).map("".join))
def test_broken_fragments_are_read_without_error(fragment):
    article = process(fragment.encode("utf-8"), source="-")
    assert article.format in ("html", "text")


def test_fragment_keeps_all_its_text():
    doc = fragment_to_blocks("<p>One paragraph of a feed item.</p><p>Another one, and the last.</p>"
                             '<div class="sharedaddy">Share this</div>')
    assert doc.paragraphs == ["One paragraph of a feed item.", "Another one, and the last."]


def test_page_to_document_needs_no_metadata():
    doc = page_to_document(make_page())
    assert doc.paragraphs == PARAS
    assert doc.header.headline is None and doc.header.authors == [] and doc.header.published is None


def test_news_site_sample(samples):
    a = process_file(samples / "news-template.html")
    assert a.headline == "Ferry operators warn of winter cuts as fuel costs climb"
    assert a.categories[:2] == ["Transport", "Business"]
    assert a.authors == ["Hanna Veltri", "Tomas Brandl"]
    assert a.published == "2024-11-04T07:30:00+00:00"
    assert a.dek == "Island ferry companies say they may drop early sailings unless the region helps with fuel bills."
    for kept in ("What the council says", "Port Aldwick to Holm Minor, first sailing at 6.45am",
                 "Passengers who rely on the early boats", "publish a final timetable",
                 "Islanders deserve"):  # an embedded post quoted in the story
        assert kept in a.body
    for gone in ("cookies", "Share on", "Advertisement", "Related stories", "Morning Brief", "twelve years",
                 "Ferries", "shameful", "Most read", "All rights reserved", "@islandvoices", "Ledger archive"):
        assert gone not in a.body
    assert "Early sailings at risk again. Islanders deserve better than this." in a.paragraphs  # the embedded post


def test_wordpress_sample(samples):
    a = process_file(samples / "wordpress-autoblog.html")
    assert a.headline == "Orchard growers count losses after late frost"
    assert set(a.categories) == {"World News", "Farming"}
    assert a.authors == []  # "admin" is no one's name
    assert a.published == "2023-04-18T09:12:44+00:00"
    assert a.paragraphs[0].startswith("Fruit farmers across the upper valley")
    assert a.paragraphs[-1] == "The frost follows a dry winter that had already left many orchards short of water."
    for gone in ("[ad_", "Source link", "Share this", "Hail damages", "Leave a Reply", "Recent Posts", "Back to top"):
        assert gone not in a.body


def test_txt_file_holding_html_is_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(make_page("<title>Eastgate baths to reopen | Eastgate Echo</title>"), encoding="utf-8")
    a = process_file(path)
    assert a.format == "html"
    assert a.paragraphs == PARAS


def test_page_opening_with_a_long_comment_is_a_page():
    markup = "<!-- " + "saved by a crawler; " * 300 + "-->\n" + make_page()
    assert run(markup).paragraphs == PARAS


def test_prose_that_mentions_a_tag_is_text():
    text = "How to write a web page\n\nStart every page with the <html> element and put the title in the head."
    assert run(text, source="howto.txt").format == "text"


def test_stdin_html_through_the_cli():
    out = subprocess.run([sys.executable, "-m", "newsclean", "-", "--json"], input=make_page().encode(),
                         capture_output=True, timeout=60)
    assert out.returncode == 0
    record = json.loads(out.stdout)
    assert record["format"] == "html"
    assert record["body"] == "\n\n".join(PARAS)


def test_broken_markup_gives_best_effort_text():
    markup = f"<html><body><div><p>{PARAS[0]}<div><b>{PARAS[1]}</i></span><p>{PARAS[2]}</table></body>"
    a = run(markup)
    for p in PARAS:
        assert p in a.body


def test_page_without_text_warns_rather_than_fails():
    a = run("<html><head><script>var story = '<p>not text</p>';</script></head><body></body></html>")
    assert a.body == ""
    assert a.warnings


# --- pages in other languages --------------------------------------------------------

JA_PARAS = ["市議会は火曜日、三月の雨漏り以来閉鎖されていたイーストゲート市民プールの再開を決めた。屋根とボイラーの修理には約一億二千万円がかかり、"
            "レジャー予算と宝くじの助成金でまかなわれる。",
            "水泳クラブは冬のリーグが始まる前の再開を求めていた。多くのクラブは再びこのプールで練習する予定で、関係者は市の決定を歓迎した。",
            "工事は一月に始まり、三月末までに終わる見込みだ。市は工事中も体育館を開けておくとしている。"]
DE_PARAS = ["Der Gemeinderat hat am Dienstag beschlossen, das seit einem Wasserschaden im März geschlossene Hallenbad im "
            "Osten der Stadt wieder zu öffnen.",
            "Die Reparatur von Dach und Heizkessel kostet rund 1,2 Millionen Euro, die aus dem Freizeitbudget und einem "
            "Zuschuss der Lotterie bezahlt werden.",
            "Die Schwimmvereine hatten gefordert, dass das Bad vor dem Beginn der Winterliga öffnet, und die meisten von "
            "ihnen werden dort wieder trainieren."]


def test_japanese_page_keeps_its_story_and_drops_related_and_popular_lists():
    related = "".join(f"<li><a href='/k/{i}'>{t}</a></li>" for i, t in enumerate(["図書館の開館時間を短縮へ", "駅前の噴水を修復"]))
    popular = "".join(f"<li><a href='/p/{i}'>人気の記事その{i}について詳しく読む</a></li>" for i in range(5))
    markup = ("<html><head><meta property='og:title' content='市民プール、屋根の修理後に再開へ'></head><body>"
              "<div class='gnav'><a href='/'>トップ</a><a href='/n'>ニュース</a></div><div class='kiji'>"
              "<h1>市民プール、屋根の修理後に再開へ</h1><div class='honbun'>" + "".join(f"<p>{p}</p>" for p in JA_PARAS)
              + f"<h3>関連記事</h3><ul>{related}</ul></div></div><div class='hako'><h3>人気記事</h3><ol>{popular}</ol></div>"
              "</body></html>")
    a = run(markup)
    assert a.paragraphs == JA_PARAS
    assert ("html_related", "関連記事") in {(r.rule, r.text) for r in a.removed}


def test_german_page_drops_its_teasers_ads_and_comments_by_their_words_and_shape():
    teasers = "".join(
        f"<div class='anriss-{i}'><a href='/a/{i}'><img src='/i/{i}.jpg'></a><h3><a href='/a/{i}'>{title}</a></h3>"
        f"<p>{blurb}</p></div>" for i, (title, blurb) in enumerate([
            ("Bibliothek kürzt Öffnungszeiten", "Die Stadtbibliothek schließt ab Januar werktags schon um fünf Uhr."),
            ("Brunnen am Markt wird saniert", "Ein Zuschuss deckt den größten Teil der Steinmetzarbeiten."),
            ("Kameras an der Busspur", "Ab Montag werden Bußgelder fällig, nach einem Monat mit Warnbriefen.")]))
    markup = ("<html><head><meta property='og:title' content='Hallenbad öffnet nach Reparatur wieder'></head><body>"
              "<header><h1>Stadtanzeiger</h1></header><main><article class='bericht'>"
              "<h1>Hallenbad öffnet nach Reparatur wieder</h1><div class='haupttext'>"
              f"<p>{DE_PARAS[0]}</p><p><strong>Lesen Sie auch:</strong> <a href='/x'>Eisbahn auf dem Marktplatz abgelehnt</a></p>"
              f"<p>{DE_PARAS[1]}</p><div class='z9'><span>Anzeige</span></div><p>{DE_PARAS[2]}</p>"
              f"<h2>Mehr zum Thema</h2>{teasers}</div>"
              "<section class='kommentare'><h2>Kommentare (2)</h2><div class='k'><p>Endlich! Meine Kinder haben dort "
              "schwimmen gelernt, und ich freue mich, dass das Bad wieder aufmacht.</p></div></section>"
              "</article></main><footer>Impressum</footer></body></html>")
    a = run(markup)
    assert a.paragraphs == DE_PARAS
    assert {"html_ad_slot", "html_teasers", "html_comments"} <= {r.rule for r in a.removed}


HIDDEN_PHOTO_FRAGMENT = (
    "<p>Police said the officer was taken to hospital on Monday night after the shooting near the pier.</p>\n"
    '<div id="photo_1" style="display: none;"><img src="pier.jpg" alt=""/><p>Rosa Lind/The Harbour Herald</p>'
    "<p>Officers search the pier after reports of shots fired.</p>"
    '<a class="button" href="https://photos.example/buy">Buy this photo</a></div>\n'
    "<p>The officer was in stable condition, a police spokesman said later that evening.</p>\n"
    "<p>The pier stays closed to the public until Wednesday while officers search it.</p>\n")


def test_a_fragments_hidden_photo_box_is_cut_and_recorded():
    article = process(HIDDEN_PHOTO_FRAGMENT, "feed-item.html")
    assert "Officers search the pier" not in article.body
    assert "Rosa Lind" not in article.body
    assert article.body.startswith("Police said the officer")
    assert "The pier stays closed" in article.body
    hidden = [r.text for r in article.removed if r.rule == "html_hidden"]
    assert hidden and "Officers search the pier" in hidden[0]


def test_a_fragment_that_hides_most_of_its_text_is_read_as_written():
    # an export whose story a script shows: hiding it is not a reader's choice
    story = "".join(f"<p>{p}</p>" for p in (
        "The harbour board voted on Tuesday to close the old ferry terminal by the end of the year.",
        "Board members said the building needed repairs that would cost more than a new one.",
        "Ferry services will move to the north quay, where a temporary waiting room is planned."))
    fragment = f'<p>Harbour news</p><div class="story" hidden>{story}</div>'
    article = process(fragment, "export.html")
    assert "close the old ferry terminal" in article.body
    assert "temporary waiting room" in article.body
    assert not [r for r in article.removed if r.rule == "html_hidden"]
