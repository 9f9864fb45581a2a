"""Every table of the HTML stage: the tags dropped or read as blocks, the class/id words
that name boilerplate, the story and the page's header parts, and the meta keys each
header field is read from. Data only: the modules of the stage read these, and no
code here reads a page.
"""
from __future__ import annotations

# --- tags --------------------------------------------------------------------------

# Elements whose content is never article text.
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
             "button", "select", "textarea", "input", "nav", "aside", "footer", "figure", "figcaption",
             "picture", "video", "audio", "map", "head", "title", "dialog", "menu", "label", "option")
# Page-level chrome: dropped on full pages (a fragment has no page header).
PAGE_DROP_TAGS = ("header",)
# Elements that end a paragraph.
BLOCK_TAGS = frozenset(("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                        "section", "article", "main", "table", "tr", "td", "th", "pre", "dd", "dt", "dl",
                        "hr", "address", "center", "body", "html", "form", "fieldset", "details", "summary",
                        "caption", "tbody", "thead", "tfoot", "header", "footer", "nav", "aside", "figure"))
# The story's sub-headings.
SUBHEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# Where a paragraph of story text lives (scored for choosing the container).
PARAGRAPH_TAGS = ("p", "pre", "blockquote", "h2", "h3", "li", "td")
# Containers that may hold prose as bare text, lines split by <br>, without <p>.
TEXT_HOLDER_TAGS = ("div", "section", "article", "td", "main", "font")
# Inline elements after which (in their tail) a container's own lines of text run on.
INLINE_TAGS = ("br", "b", "i", "em", "strong", "a", "span", "img")
# Elements never cut as boilerplate, whatever their class: the page and its main part.
NEVER_CUT_TAGS = ("body", "html", "main")
# Tags of the elements metadata is read from, found in one walk of the page before it is cut.
SOURCE_TAGS = ("script", "meta", "title", "h1", "time")
# Elements that make a standfirst candidate a block of several things rather than one line.
BLOCKS_IN_DEK = ("p", "div", "ul", "ol", "li", "h1", "h2", "h3", "form", "button")
# The tags a standfirst is written in.
DEK_TAGS = ("p", "h2", "div", "span")

# --- class/id words: boilerplate and the story -------------------------------------

# Class/id words that mark boilerplate, with the reason each is there, English first and
# then the words of the major languages that sites write their class names in. A word
# matches a whole token of the class or id, split at '-', '_', spaces and camelCase
# humps. Groups marked "weak" also name layout wrappers that can hold the story
# ("l-sidebar-fixed l-article-body"): an element of theirs that holds much of the page's
# prose stays.
BOILERPLATE_WORDS: tuple[tuple[str, str, str, bool], ...] = (
    # (rule name, class/id words, reason, weak)
    ("share", "share sharing sharebar social socials sociallinks addtoany sharedaddy "
     "teilen compartir partager partage condividi compartilhar delen", "share bars and social buttons", False),
    ("related", "related relatedposts recirc recirculation morestories readmore youmayalsolike outbrain taboola "
     "zergnet trending popular mostpopular mostread recommended recommendations yarpp "
     "verwandte relacionados relacionadas similaires correlati gerelateerd",
     "related-story boxes and recirculation", False),
    ("newsletter", "newsletter subscribe subscription signup optin mailchimp abonnement abonnieren suscripcion "
     "boletin", "newsletter and subscription forms", False),
    ("appeal", "cta calltoaction donate donation donations contribute contributions membership patreon",
     "calls to action: donation and membership appeals", False),
    ("comments", "comment comments disqus respond discussion kommentar kommentare commentaire commentaires "
     "comentario comentarios commenti reacties", "reader comments", False),
    ("cookie_banner", "cookie cookies consent gdpr cmp onetrust", "cookie and consent banners", False),
    ("author_box", "bio authorbio authorbox aboutauthor contributor", "author boxes", False),
    ("caption", "caption captions credit credits photocredit imagecredit wpcaption", "captions and photo credits",
     False),
    ("tags", "tags tagged taglist keywords", "tag lists", False),
    ("embedded_post", "tweet twitter instagram embed oembed iframe", "embedded social posts and their widgets",
     False),
    ("dateline", "articlelocation", "wire markup that tags the dateline's place apart from the story", False),
    ("footer", "footer copyright", "page footers", False),
    ("popup", "modal popup overlay", "pop-ups", True),
    ("paywall", "paywall meter regwall", "paywall prompts, and the folds that hide the story's end", True),
    ("sidebar", "sidebar rail widget widgets", "sidebars and widgets", True),
    ("ad_slot", "ad ads advert advertisement adslot adunit adwrapper dfp gpt sponsor sponsored promo promotion "
     "banner native werbung anzeige publicidad publicite pubblicita reklama", "ad slots and promos", True),
    ("navigation", "breadcrumb breadcrumbs crumbs nav navbar navigation menu masthead topbar toolbar skip skiplink "
     "ariane migas brotkrumen", "navigation and page chrome", True),
    ("hidden", "print hidden srOnly visuallyhidden screenreader topics", "print-only and hidden helpers", True),
)
# Weak kinds whose name may wrap the story's own paragraphs (the end of the story behind
# a paywall's fold, a part shown only on some screens, a blog's post in a "widget").
STORY_WRAPPER_KINDS = frozenset(("paywall", "hidden", "sidebar"))
# Compound class words that start with one of these are that kind ("relatedpoststitle").
BOILERPLATE_PREFIXES = ("related", "social", "newsletter", "sidebar", "advert", "breadcrumb", "cookie", "subscribe",
                        "outbrain", "taboola", "sharebar", "sharing")
# Class/id word → the boilerplate kind it names.
BOILERPLATE_KINDS = {w.lower(): name for name, words, _reason, _weak in BOILERPLATE_WORDS for w in words.split()}
# Kind → its place in the table: an element named for several kinds is the first one's.
KIND_ORDER = {name: i for i, (name, _words, _reason, _weak) in enumerate(BOILERPLATE_WORDS)}
WEAK_KINDS = frozenset(name for name, _words, _reason, weak in BOILERPLATE_WORDS if weak)
# Class/id words that mark the story container.
CONTENT_WORDS = frozenset("article articlebody body content entry entrycontent main post postcontent story "
                          "storybody text prose richtext articletext blog".split())

# --- lines of boilerplate, in the major languages -----------------------------------

# A block of the story that says no more than one of these phrases (a heading, a label,
# a button's text; punctuation, case and a count after it aside; "#" stands for a
# number) is page furniture whatever the page's class names, and is left out. Languages
# in order: en de fr es pt it nl pl ru uk tr ja zh ko th ar id vi hi sv da no fi cs ro hu
# el he.
BOILERPLATE_LINES: tuple[tuple[str, str, str], ...] = (
    # (kind, phrases separated by "|", reason)
    ("related",
     "related|related articles|related stories|related posts|related news|related content|read more|read next|"
     "more|topics|tags|filed under|"
     "read also|also read|see also|more stories|more news|more on this story|more on this topic|recommended|"
     "recommended for you|recommended stories|you may also like|you might also like|you may be interested in|"
     "most read|most popular|most viewed|trending|trending now|popular now|don't miss|"
     "lesen sie auch|lesen sie mehr|auch interessant|mehr zum thema|zum thema|weitere artikel|verwandte artikel|"
     "das könnte sie auch interessieren|das könnte dich auch interessieren|meistgelesen|meistgelesene artikel|"
     "empfohlene artikel|weiterlesen|lire aussi|à lire aussi|a lire aussi|à lire également|voir aussi|"
     "sur le même sujet|articles similaires|articles liés|les plus lus|vous aimerez aussi|lire la suite|"
     "lee también|leer más|te puede interesar|también te puede interesar|noticias relacionadas|"
     "artículos relacionados|más noticias|lo más leído|ver también|leia também|leia mais|veja também|"
     "notícias relacionadas|artigos relacionados|mais lidas|você também pode gostar|saiba mais|leggi anche|"
     "leggi tutto|articoli correlati|potrebbe interessarti|ti potrebbe interessare|i più letti|vedi anche|"
     "lees ook|lees meer|gerelateerde artikelen|meest gelezen|ook interessant|czytaj też|czytaj także|"
     "czytaj więcej|zobacz też|zobacz także|polecane|najczęściej czytane|powiązane artykuły|читайте также|"
     "смотрите также|похожие статьи|популярное|самое читаемое|другие новости|новости по теме|читати також|"
     "читайте також|схожі статті|ilgili haberler|bunlar da ilginizi çekebilir|çok okunanlar|関連記事|"
     "関連ニュース|あわせて読みたい|合わせて読みたい|おすすめ記事|人気記事|こちらもおすすめ|続きを読む|相关文章|"
     "相关新闻|相關新聞|相關文章|推荐阅读|延伸阅读|延伸閱讀|热门文章|阅读更多|관련기사|관련 기사|많이 본 뉴스|"
     "추천 기사|บทความที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|อ่านต่อ|อ่านเพิ่มเติม|ข่าวแนะนำ|บทความแนะนำ|"
     "اقرأ أيضا|اقرأ أيضاً|مقالات ذات صلة|أخبار ذات صلة|الأكثر قراءة|baca juga|berita terkait|artikel terkait|"
     "terpopuler|tin liên quan|xem thêm|đọc thêm|bài viết liên quan|यह भी पढ़ें|संबंधित खबरें|läs också|"
     "läs även|relaterade artiklar|mest läst|læs også|les også|relaterte artikler|mest lest|lue myös|"
     "luetuimmat|čtěte také|související články|nejčtenější|citește și|articole similare|kapcsolódó cikkek|"
     "διαβάστε επίσης|σχετικά άρθρα|כתבות נוספות|עוד באתר",
     "headings of related-story boxes and read-more links"),
    ("share",
     "share|share this|share this article|share this story|share on|share via|tweet|"
     "like this story share it with a friend|"
     "teilen|artikel teilen|diesen artikel teilen|partager|partager cet article|compartir|compartir en|"
     "compartilhar|condividi|delen|udostępnij|поделиться|поділитися|paylaş|シェア|この記事をシェア|分享|"
     "分享到|공유|공유하기|แชร์|شارك|bagikan|chia sẻ|शेयर करें|jaa|sdílet|distribuie|megosztás|"
     "κοινοποίηση|שתפו",
     "share-button labels"),
    ("comments",
     "comments|comment|leave a comment|leave a reply|add a comment|post a comment|show comments|"
     "tell us what you think|join the conversation|"
     "kommentare|kommentar|kommentieren|kommentar schreiben|commentaires|commentaire|laisser un commentaire|"
     "comentarios|comentario|deja un comentario|deja tu comentario|comentários|deixe um comentário|"
     "commenti|lascia un commento|reacties|reageer|komentarze|skomentuj|комментарии|коментарі|yorumlar|"
     "yorum yap|コメント|コメントする|评论|評論|发表评论|댓글|ความคิดเห็น|التعليقات|komentar|bình luận|"
     "टिप्पणियाँ|kommentarer|kommentit|komentáře|comentarii|hozzászólások|σχόλια|תגובות",
     "comment-section headings and prompts"),
    ("newsletter",
     "subscribe|subscribe now|sign up|sign up for our newsletter|subscribe to our newsletter|newsletter|"
     "newsletter abonnieren|jetzt abonnieren|abonnieren|s'abonner|abonnez-vous|abonnez-vous à notre newsletter|"
     "inscrivez-vous|suscríbete|suscríbete a nuestro boletín|assine|assine nossa newsletter|iscriviti|"
     "iscriviti alla newsletter|abonneer|zapisz się|подписаться|подпишитесь|abone ol|購読する|メルマガ登録|"
     "订阅|구독|สมัครสมาชิก|اشترك|berlangganan|đăng ký",
     "newsletter and subscription prompts"),
    ("ad_slot",
     "advertisement|advert|ad|ads|sponsored|sponsored content|story continues below|article continues below|"
     "story continues below advertisement|continue reading below|anzeige|werbung|publicité|publicidad|"
     "publicidade|pubblicità|advertentie|reklama|реклама|reklam|広告|广告|廣告|광고|โฆษณา|إعلان|iklan|"
     "quảng cáo|विज्ञापन|annons|mainos",
     "advertisement labels"),
    ("controls",
     "close|caption|expand|collapse|show more|load more|back to top|skip to content|skip ad|"
     "this slideshow requires javascript|enable javascript|schließen|fermer|cerrar|fechar|chiudi|sluiten|"
     "zamknij|закрыть|kapat|閉じる|关闭|닫기|ปิด|إغلاق|tutup|đóng",
     "the labels of a page's buttons and widgets"),
    ("reading_time",
     "# min read|# minute read|# minutes read|reading time # min|reading time # minutes|lesezeit # min|"
     "lesezeit # minuten|temps de lecture # min|temps de lecture # minutes|tiempo de lectura # min|"
     "tiempo de lectura # minutos|tempo de leitura # minuto|tempo de leitura # minutos|tempo di lettura # minuti|"
     "leestijd # minuten|czas czytania # min|время чтения # мин|время чтения # минут|время чтения # минуты|"
     "okuma süresi # dakika|読了時間 # 分|読了時間 #分|阅读时间 # 分钟|阅读时间 #分钟",
     "reading-time labels"),
    ("donation",
     "donate|donate now|support us|support our journalism|become a member|jetzt spenden|spenden|"
     "unterstützen sie uns|faire un don|soutenez-nous|haz una donación|dona ahora|apoie|sostienici|"
     "doneer|wesprzyj nas|поддержать|поддержите нас|bağış yap|寄付する|捐款|후원하기|บริจาค|تبرع",
     "donation and membership appeals"),
)

# The kinds of BOILERPLATE_LINES a count may follow ("Comments (12)", "Share 34").
COUNTED_LINES = frozenset(("comments", "share"))

# --- class/id words: the page's header parts ----------------------------------------

# Class/id words of elements that hold the standfirst, the byline, breadcrumbs and the date.
DEK_CLASSES = frozenset("dek deck standfirst subheadline subhead subtitle strapline summary lede "
                        "articlesummary excerpt sapo".split())
BYLINE_CLASSES = frozenset("byline author authors authorname bylineauthor contributor writer".split())
BREADCRUMB_CLASSES = frozenset("breadcrumb breadcrumbs crumbs".split())
DATE_CLASSES = frozenset("date published timestamp postdate entrydate pubdate posted postedon datetime".split())
MARKER_WORDS = DEK_CLASSES | BYLINE_CLASSES | BREADCRUMB_CLASSES | DATE_CLASSES
# Every class/id word looked for in a pass over the whole page (one pass finds them all):
# boilerplate and metadata markers. Story words are read only of candidate containers.
MARKED_WORDS = frozenset(BOILERPLATE_KINDS) | MARKER_WORDS

# --- page metadata -----------------------------------------------------------------

# schema.org types that describe the article itself.
ARTICLE_TYPES = frozenset("""NewsArticle Article ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle
BackgroundNewsArticle ReviewNewsArticle BlogPosting LiveBlogPosting Report ScholarlyArticle SocialMediaPosting
TechArticle WebPage""".split())
ARTICLE_OBJECT_TYPES = ARTICLE_TYPES - {"WebPage"}  # a WebPage is only the fallback
# meta tags per field, most trusted first (property= or name= or itemprop=).
HEADLINE_META = ("og:title", "twitter:title", "headline", "title", "dc.title", "sailthru.title", "parsely-title")
SECTION_META = ("article:section", "section", "article.section", "category", "parsely-section",
                "sailthru.section", "dc.subject", "articlesection")
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author",
               "twitter:creator")
DATE_META = ("article:published_time", "article:published", "datepublished", "pubdate", "publishdate", "publish-date",
             "date", "pdate", "dc.date.created", "dcterms.date", "publication_date", "date.available",
             "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "og:published_time",
             "article.published", "published_time", "dcterms.created")
# The attributes a <meta> names its key in.
META_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")
# Separators between a headline and the site's name in a <title>.
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
# Breadcrumbs that lead to the front page rather than to a section.
HOME_CRUMBS = frozenset(("home", "homepage", "start", "front page"))
# Class/id words of page parts whose bylines are not the story's: related boxes, comments,
# author bios, sidebars, footers, newsletters.
BYLINE_CHROME_WORDS = frozenset(w.lower() for name, words, _reason, _weak in BOILERPLATE_WORDS
                                if name in ("related", "comments", "author_box", "sidebar", "footer", "newsletter")
                                for w in words.split())
