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

# Class/id words that mark boilerplate, with the reason each is there. A word matches a
# whole token of the class or id, split at '-', '_', spaces and camelCase humps. Groups
# marked "weak" also name layout wrappers that can hold the story ("l-sidebar-fixed
# l-article-body"): an element of theirs that holds much of the page's prose stays.
BOILERPLATE_WORDS: tuple[tuple[str, str, str, bool], ...] = (
    # (rule name, class/id words, reason, weak)
    ("share", "share sharing sharebar social socials sociallinks addtoany sharedaddy", "share bars and social buttons",
     False),
    ("related", "related relatedposts recirc recirculation morestories readmore youmayalsolike outbrain taboola "
     "zergnet trending popular mostpopular mostread recommended recommendations yarpp",
     "related-story boxes and recirculation", False),
    ("newsletter", "newsletter subscribe subscription signup optin mailchimp", "newsletter and subscription forms",
     False),
    ("comments", "comment comments disqus respond discussion", "reader comments", False),
    ("cookie_banner", "cookie cookies consent gdpr cmp onetrust", "cookie and consent banners", False),
    ("author_box", "bio authorbio authorbox aboutauthor contributor", "author boxes", False),
    ("caption", "caption captions credit credits photocredit imagecredit wpcaption", "captions and photo credits",
     False),
    ("tags", "tags tagged taglist keywords", "tag lists", False),
    ("embedded_post", "tweet twitter instagram embed oembed iframe", "embedded social posts and their widgets",
     False),
    ("dateline", "articlelocation", "wire markup that tags the dateline's place apart from the story", False),
    ("footer", "footer copyright", "page footers", False),
    ("popup", "modal popup overlay paywall meter regwall", "pop-ups and paywall prompts", True),
    ("sidebar", "sidebar rail widget widgets", "sidebars and widgets", True),
    ("ad_slot", "ad ads advert advertisement adslot adunit adwrapper dfp gpt sponsor sponsored promo promotion "
     "banner native", "ad slots and promos", True),
    ("navigation", "breadcrumb breadcrumbs crumbs nav navbar navigation menu masthead topbar toolbar skip skiplink",
     "navigation and page chrome", True),
    ("hidden", "print hidden srOnly visuallyhidden screenreader topics", "print-only and hidden helpers", True),
)
# An element of these kinds is kept when it is one of these tags: an embedded post's own
# text (the <blockquote> of a tweet or an Instagram post) is what a reaction story is
# made of; the widget around it still goes. The clean stage takes the post's credit line.
KEPT_AS_TEXT = {"embedded_post": frozenset(("blockquote",))}
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
DATE_META = ("article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date",
             "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "og:published_time",
             "article.published", "published_time", "dcterms.created")
# The attributes a <meta> names its key in.
META_KEY_ATTRIBUTES = ("property", "name", "itemprop")
# Separators between a headline and the site's name in a <title>.
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
# Breadcrumbs that lead to the front page rather than to a section.
HOME_CRUMBS = frozenset(("home", "homepage", "start", "front page"))
# Words of a job title or a desk, never of a person's name.
JOB_WORDS = frozenset("""editor editors editor-at-large correspondent reporter writer columnist contributor
analyst producer staff desk team newsroom bureau senior chief managing political national international
digital news press""".split())
# Bylines that name no one: the site's staff and the wire services.
NOT_NAMES = frozenset({"staff", "staff writer", "admin", "editor", "editors", "news desk", "web desk",
                       "associated press", "the associated press", "reuters", "afp", "ap", "pti", "ani", "ians",
                       "upi", "efe", "dpa", "ansa", "xinhua", "tass", "bernama", "yonhap"})
