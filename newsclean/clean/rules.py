"""The cleaning rules, as data.

Each rule has a name (reported in ``Article.removed``), a pattern and the reason it
exists. There are three kinds:

* ``PARAGRAPH_RULES`` drop a whole paragraph when the pattern matches all of it;
* ``SECTION_RULES`` match a heading such as "Related Articles"; the heading goes, and
  so do the short link-title paragraphs that follow it;
* ``INLINE_RULES`` cut a span out of a paragraph that otherwise stays.

Every pattern is anchored or bounded (no nested unbounded repeats), so that no input
can drive matching into super-linear time. Paragraph rules are matched against a
stripped paragraph of at most ``MAX_ARTIFACT_CHARS`` characters: artifacts are short,
and a long paragraph is prose.
"""
from __future__ import annotations

import re

from .. import patterns

MAX_ARTIFACT_CHARS = 1000


class Rule:
    """One cleaning rule (a small slotted class: a dataclass costs a millisecond to create at import)."""

    __slots__ = ("initials", "max_len", "max_words", "name", "pattern", "reason", "requires", "starts")

    def __init__(self, name: str, pattern: re.Pattern[str], reason: str, max_words: int | None = None,
                 requires: tuple[str, ...] = (), max_len: int = 1 << 30, starts: tuple[str, ...] = ()) -> None:
        self.name = name
        self.pattern = pattern
        self.reason = reason
        self.max_words = max_words  # a paragraph with more words is prose, never this artifact
        self.requires = requires  # lower-case strings one of which any match contains: a cheap pre-test
        self.max_len = max_len  # the longest text the pattern can match: longer paragraphs skip it
        self.starts = starts  # lower-case strings one of which any match starts with: a cheaper pre-test
        # the first characters of those (empty: any character may start a match)
        self.initials = frozenset(s[0] for s in starts) if all(starts) else frozenset()

    def __repr__(self) -> str:
        return f"Rule({self.name!r}, {self.pattern.pattern!r})"


def rule(name: str, pattern: str, reason: str, flags: int = re.IGNORECASE, max_words: int | None = None,
         requires: tuple[str, ...] = (), starts: tuple[str, ...] = ()) -> Rule:
    return Rule(name, patterns.compile(pattern, flags), reason, max_words, requires, patterns.max_width(pattern, flags),
                starts)


# Pieces reused in several patterns.
_SOCIAL = r"(?:twitter|facebook|instagram|linkedin|reddit|pinterest|tumblr|whatsapp|telegram|youtube|tiktok|threads|x|e-?mail|print|pocket|flipboard|mastodon|bluesky|google\+?)"
_AGENCY = r"(?:getty images?|afp|reuters|ap|associated press|epa|efe|shutterstock|istock(?:photo)?|alamy|bloomberg|sipa|zuma|xinhua|pa|anadolu|nurphoto|wikimedia commons|wireimage|filmmagic|invision)"
# The words those two alternations start with, for the rules' pre-tests.
_SOCIAL_STARTS = ("twitter", "facebook", "instagram", "linkedin", "reddit", "pinterest", "tumblr", "whatsapp", "telegram",
                  "youtube", "tiktok", "threads", "x", "email", "e-mail", "print", "pocket", "flipboard", "mastodon",
                  "bluesky", "google")
_AGENCY_STARTS = ("getty image", "afp", "reuters", "ap", "associated press", "epa", "efe", "shutterstock", "istock",
                  "alamy", "bloomberg", "sipa", "zuma", "xinhua", "pa", "anadolu", "nurphoto", "wikimedia commons",
                  "wireimage", "filmmagic", "invision")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

PARAGRAPH_RULES: tuple[Rule, ...] = (
    # advertising
    rule("ad_label", r"\W{0,3}(?:advertisements?|advertisement\s{0,8}[-–—:]?\s{0,8}scroll to continue|sponsored(?: content| links?)?|ad|ads by \w{1,40}|paid content|promoted(?: stories| content)?)\W{0,3}",
         "ad slot labels left where an ad was cut out", requires=("ad", "sponsored", "paid content", "promoted")),
    rule("ad_label", r"advertisement\s{0,8}[-–—:]\s{0,8}(?:story|article|content) continues (?:below|after)\W{0,3}|(?:story|article|content) continues (?:below|after) (?:this )?(?:advertisement|ad)\W{0,3}",
         "ad slot labels left where an ad was cut out", starts=("advertisement", "story", "article", "content")),
    rule("ad_blocker", r"ad[- ]?blockers?\W{0,3}|.{0,300}\b(?:whitelist|disable|turn off|pause|detected)\b.{0,100}\bad[- ]?block.{0,300}|.{0,300}\bad[- ]?blocker.{0,100}\bwhitelist.{0,300}",
         "ad-blocker nags are site chrome, not story", requires=("block",)),
    # source and syndication footers
    rule("source_link", r"\(?(?:source|sources|source link|original source|via|source url)\s{0,8}(?::\s{0,8}[^()]{0,200})?\)?\.?",
         "autoblog footers pointing at the article they copied", starts=("(", "source", "original source", "via")),
    rule("source_link", r"(?:via|h/t|hat tip(?: to)?)\s{0,8}:?\s{1,8}.{1,80}", "credit lines naming where a story was taken from", max_words=6,
         starts=("via", "h/t", "hat tip")),
    rule("source_link", r"read (?:the )?(?:full|original|complete|entire) (?:article|story|post)(?: (?:at|on|here|from)\b.{0,80})?\W{0,3}",
         "feed teasers ending in a link to the full story", starts=("read ",)),
    rule("rss_footer", r"the post .{1,400} appeared first on .{1,150}",
         "WordPress RSS footer naming the original post", starts=("the post ",)),
    rule("rss_footer", r"(?:this|the) (?:post|article|story) (?:was )?(?:originally |first )?(?:appeared|published|posted) (?:first |originally )?(?:on|at|in|by) .{1,150}",
         "syndication notice naming the original publisher",
         starts=("this post", "this article", "this story", "the post", "the article", "the story")),
    rule("agency_credit", r".{0,400}\bcontributed (?:to )?this (?:report|story|article)\.?",
         "wire credit line at the end of a story", requires=("contributed",)),
    rule("agency_credit", r"\(?(?:additional )?(?:reporting|writing|editing|compiled|research)(?: and (?:writing|editing))? by .{1,300}",
         "Reuters-style '(Reporting by …; Editing by …)' tag",
         starts=("(", "additional", "reporting", "writing", "editing", "compiled", "research")),
    rule("agency_credit", r"(?i:delivered by|from) (?:[Tt]he )?[A-Z][\w.]{0,30}(?: [A-Z][\w.]{0,30}){0,5}:?", "syndication credit line", flags=0,
         starts=("delivered by", "from ")),
    rule("agency_credit", r"this (?:article|story|piece) (?:was|is) (?:written|produced|republished|reprinted) .{1,250}",
         "republication credit", starts=("this article", "this story", "this piece")),
    rule("agency_credit", r"\W{0,3}(?:reprinted|republished|reposted|used) with permission\b.{0,150}", "republication credit",
         requires=("with permission",)),
    # related, promos, calls to action
    rule("read_more", r"(?:read more|read also|also read|see also|recommended|related|more|watch|listen|related coverage|related story|related article|don'?t miss|must read|trending|editor'?s picks?)\s{0,8}[:\-–—»>|]{1,3}\s{0,8}.{1,250}",
         "inline promo linking to another story",
         starts=("read ", "also read", "see also", "recommended", "related", "more", "watch", "listen", "don", "must read", "trending", "editor")),
    rule("read_more", r"(?:read more|continue reading|keep reading|read the rest|read on|see more|view more|load more|show more)(?: (?:the main story|here|at|on|of|below|\.\.\.|…)\b.{0,80})?\W{0,4}|(?:—|-|–)?more\W{0,4}",
         "'continue reading' links cut from a teaser",
         starts=("read ", "continue reading", "keep reading", "see more", "view more", "load more", "show more", "—", "-", "–", "more")),
    rule("read_more", r"(?:story|article) continue[sd]? below\W{0,3}", "layout marker in wire and portal pages",
         starts=("story", "article")),
    rule("read_more", r"watch in times video\W{0,3}|watch (?:the )?(?:full )?video(?: here| below| above)?\W{0,3}|(?:video|photos?|gallery|audio)\W{0,3}",
         "media-player labels", starts=("watch ", "video", "photo", "gallery", "audio")),
    rule("call_to_action", r".{0,60}\bclick (?:here|below|the link)\b.{0,200}", "'click here' prompts are not story text", requires=("click",)),
    rule("call_to_action", r".{0,200}\b(?:share and republish|freely reproduced|republish our (?:reports|articles))\b.{0,300}",
         "republishing permission boilerplate", requires=("republish", "reproduced")),
    rule("call_to_action", r".{0,200}\blet us know (?:in the comments|what you think|your thoughts)\b.{0,200}", "comment and share prompts", requires=("let us know",)),
    rule("injected_promo", r"headline:\s.{1,250}", "site-injected promo headline", starts=("headline:",)),
    # navigation and share widgets
    rule("navigation", r"(?:go )?back to top(?: button)?\W{0,3}(?:skip to:? .{0,40})?|skip (?:to|article header)\b.{0,60}|close|(?:previous|next|prev)(?: post| article| story| page)?\W{0,3}|home|menu|search|toggle navigation|scroll to top|jump to\b.{0,40}|print this (?:page|article)",
         "navigation controls captured with the page text",
         starts=("go back", "back to top", "skip ", "close", "prev", "next", "home", "menu", "search", "toggle navigation", "scroll to top", "jump to", "print this")),
    rule("navigation", r"home\s{0,8}(?:»|›|>|/|\|)\s{0,8}.{1,200}", "breadcrumb trail (its labels are kept as categories)",
         starts=("home",)),
    rule("share", r"(?:share|share this|share this (?:story|article|post|page)|share on|share via|spread the word|tweet|pin it|pin|email|e-mail|print|whatsapp|messenger|copy link|(?:share on )?" + _SOCIAL + r")\s{0,8}:?\W{0,3}",
         "share-button labels", starts=("share", "spread the word", "tweet", "pin", "messenger", "copy link") + _SOCIAL_STARTS),
    rule("share", r"[\d.,]{1,8}k?\s{0,8}shares?\b.{0,200}|share (?:this )?on " + _SOCIAL + r"\b.{0,100}", "share counters and buttons", max_words=25,
         requires=("share",)),
    rule("share", r"(?:(?:share this|share on|share|shares|tweet|pin|pin it|email|e-mail|print|like|follow|save|copy link|reddit|stumbleupon|digg|" + _SOCIAL[3:-1] + r")\b\W{0,3}\s{0,8}){2,12}",
         "a row of share buttons flattened into one line", max_words=14,
         starts=("share", "tweet", "pin", "like", "follow", "save", "copy link", "stumbleupon", "digg") + _SOCIAL_STARTS),
    rule("share", r"(?:(?:like this:?|like loading\.{0,3}|loading\.{0,3}|be the first to like this\.?|share this:?|related)\s{0,8}){1,5}", "WordPress share/like widget text",
         starts=("like", "loading", "be the first", "share this", "related")),
    rule("share", r"(?:click to (?:share|email|print)\b.{0,80}?\(opens in new window\)\s{0,8}){1,12}", "WordPress sharing buttons",
         starts=("click to",)),
    rule("call_to_action", r"(?:please )?(?:share|like|retweet|forward) (?:this|our|the) (?:story|article|post|page|video)\b.{0,200}",
         "requests to share the article", starts=("please ", "share ", "like ", "retweet ", "forward ")),
    rule("call_to_action", r"please (?:share|like|follow|retweet|forward|subscribe)\b.{0,200}", "requests to share or follow",
         starts=("please ",)),
    # newsletters and follow prompts
    rule("newsletter", r"subscribe (?:to|for|now|today)\b.{1,150}", "subscription prompts", max_words=20, starts=("subscribe ",)),
    rule("newsletter", r"(?:\W{0,3})(?:subscribe|sign up|signup)\b.{0,150}\b(?:newsletter|subscribe|subscription|inbox|updates|for free|free|today|briefing|digest|alerts?)\b.{0,150}",
         "newsletter and subscription prompts", requires=("subscribe", "sign up", "signup")),
    rule("newsletter", r".{0,150}\b(?:delivered|sent|straight) (?:to|in|into) your inbox\b.{0,150}|sign up(?: now| today| here| for free)?\W{0,3}",
         "newsletter prompts", requires=("inbox", "sign up")),
    rule("newsletter", r"(?:sign up|subscribe|get|receive|join)\b.{0,100}\bnewsletters?\b.{0,150}|.{0,60}\bnewsletters?\W{0,3}", "newsletter plugs", requires=("newsletter",)),
    rule("newsletter", r"(?:need an account\?.{0,60}|already (?:a subscriber|have an account)\?.{0,80}|current print subscribers.{0,80}|log ?in|sign in|register)",
         "login and account prompts",
         starts=("need an account", "already ", "current print subscribers", "log", "sign in", "register")),
    rule("follow_prompt", r"(?:follow|like|find|join) (?:us|me|him|her|them|[A-Z][\w.'-]{1,30}(?: [A-Z][\w.'-]{1,30}){0,2}) on (?:" + _SOCIAL + r")\b.{0,200}",
         "social-media follow prompts", starts=("follow ", "like ", "find ", "join ")),
    rule("follow_prompt", r"(?:follow|like) us\b.{0,100}", "social-media follow prompts", starts=("follow us", "like us")),
    # paywall, comments, cookies
    rule("paywall", r"(?:an online service is needed|you need an online service) to view this article in its entirety\.?|to continue reading.{0,120}|this (?:article|content) is (?:for|available to) (?:subscribers|members) only.{0,120}|subscribe to (?:continue|read).{0,120}",
         "paywall notices",
         starts=("an online service", "you need an online service", "to continue reading", "this article is", "this content is", "subscribe to")),
    rule("comments", r"\d{0,6} ?(?:comments?|replies|responses)\W{0,3}|(?:leave|post|add) a (?:comment|reply)\W{0,3}|(?:please )?enable javascript to view the comments.{0,100}|comments are closed\.?|what do you think(?: (?:about|of) (?:this|that|it))?\?|view comments|show comments|join the (?:conversation|discussion)",
         "comment-section residue", requires=("comment", "repl", "responses", "what do you think", "join the")),
    rule("comments", r".{0,20}% of readers think this story is fact\. add your two cents\.?|.{0,200}\bcommenting policy\b.{0,500}",
         "comment-section residue", requires=("% of readers", "commenting policy")),
    rule("cookie", r"(?:we|this (?:web)?site|our (?:web)?site|.{0,60}\buses?) (?:use )?cookies\b.{0,300}|.{0,200}\b(?:privacy policy|terms of (?:service|use))\b.{0,40}(?:\||\(effective|affiliate link|terms of|privacy policy|cookie).{0,200}|by using this (?:web)?site.{0,300}|(?:privacy policy|terms of (?:service|use)|cookie (?:policy|settings))\W{0,3}",
         "cookie, privacy-policy and terms boilerplate", requires=("cookie", "privacy", "terms of", "by using this")),
    # credits, captions, bylines as trailers
    rule("image_credit", r"(?:featured |main |top |header |lead )?(?:image|photo|picture|video|graphic|illustration)s?(?: credits?)?(?: via| by| courtesy(?: of)?|:)\s{0,8}.{0,150}",
         "image credits", max_words=14,
         starts=("featured ", "main ", "top ", "header ", "lead ", "image", "photo", "picture", "video", "graphic", "illustration")),
    rule("image_credit", r"(?:credit|credits|caption|source image|image source|photograph|photo illustration|screenshot|screengrab|screen capture)(?:\s{0,8}:\s{0,8}.{0,150}|\W{0,3})",
         "caption and credit labels", max_words=25,
         starts=("credit", "caption", "source image", "image source", "photo", "screen")),
    rule("image_credit", r".{0,320}/\s{0,8}" + _AGENCY + r"(?:\s{0,8}/\s{0,8}[\w .'-]{1,40})?(?:,? file)?\)?\.?",
         "photo credits such as 'Name/Getty Images'", requires=("/",)),
    rule("image_credit", r"\(?(?:" + _AGENCY + r")(?: photos?| images?)?(?:/[\w .'-]{1,60})?\)?\.?", "bare agency photo credits",
         starts=("(",) + _AGENCY_STARTS),
    rule("image_credit", r"(?:[A-Z][\w.'’-]{1,30} ){1,4}[A-Z][\w.'’-]{1,30}, (?:left|right|center|centre|second from (?:left|right)|top|bottom|front)\b.{0,300}",
         "photo captions naming who stands where", flags=0, max_words=45,
         requires=(", left", ", right", ", center", ", centre", ", second from", ", top", ", bottom", ", front")),
    rule("image_credit", r"file\s{0,8}[-–—]\s{0,8}.{0,600}\bfile (?:photo|image|picture)\b.{0,600}", "AP 'FILE - In this … file photo' captions",
         starts=("file",)),
    rule("image_credit", r"(?:file\s{0,8}[-–—]\s{0,8})?in this (?:[\w.]{3,10} \d{1,2}(?:,? \d{4})?,? )?(?:file |undated |handout |video |aerial )?(?:photo|image|picture|photograph|frame grab|still image)s?\b.{0,900}",
         "AP 'In this … photo' captions", starts=("file", "in this")),
    rule("image_credit", r"(?:show|hide) (?:captions?|thumbnails)|last slide\s{0,8}next slide|(?:photo|article) reprints(?:\s{0,8}\|\s{0,8}(?:photo|article) reprints)?|enlarge (?:this )?image|toggle caption|expand|\d{1,3} of \d{1,3}|(?:image|photo) \d{1,3} of \d{1,3}",
         "slideshow controls", requires=("caption", "thumbnails", "slide", "reprints", "enlarge", "expand", " of ")),
    rule("byline_trailer", r"(?:about the author|author bio|more from (?:this )?author|more by (?:this )?author)\W{0,3}", "author-box headings",
         starts=("about the author", "author bio", "more from", "more by")),
    # legal
    rule("copyright", r"(?:©|\(c\)|copyright\s{0,8}(?:©|\(c\)|\d{4}))\s{0,8}.{0,500}", "copyright notices",
         starts=("©", "(c)", "copyright")),
    rule("copyright", r".{0,200}\ball rights reserved\b.{0,400}", "rights notices", requires=("rights reserved",)),
    rule("disclaimer", r"(?:disclaimer|editor'?s note)\s{0,8}:.{0,500}|this article (?:was|is) (?:funded|sponsored|paid for) .{0,300}|the views (?:and opinions )?expressed .{0,500}|(?:this|the) (?:article|content|post) (?:does not|doesn'?t) (?:constitute|represent) .{0,300}",
         "disclaimers",
         starts=("disclaimer", "editor", "this article", "the views", "this content", "this post", "the article", "the content", "the post")),
    rule("disclaimer", r".{0,200}\b(?:cannot|can not|can't|do not|does not|make no|makes no)\b.{0,40}\bwarrant(?:y|ies|ees?)\b.{0,300}", "no-warranty notices",
         requires=("warrant",)),
    rule("tags", r"(?:tags?|tagged|filed under|topics?|categor(?:y|ies)|keywords|posted in)\s{0,8}:.{0,400}|posted in [^.!?]{1,150}", "tag and topic lists link to index pages, not story text",
         starts=("tag", "filed under", "topic", "categor", "keywords", "posted in")),
    # links and contact blocks
    rule("bare_url", r"\(?(?:https?://|www\.)\S{1,500}\)?", "a paragraph that is only a link", starts=("(", "http", "www.")),
    rule("contact", r"(?:e-?mail|tel|telephone|phone|fax|contact)\s{0,8}:\s{0,8}\S.{0,120}", "contact blocks",
         starts=("email", "e-mail", "tel", "phone", "fax", "contact")),
    # embedded tweet rendered as text: its body, then "— Name (@handle) Month d, yyyy"
    rule("embedded_tweet", r".{0,400}?(?:—|-|–)\s{0,8}[^()\n]{0,80}\(@\w{1,30}\)\s{0,8}" + _MONTH + r"\s\d{1,2},\s\d{4}",
         "embedded tweets flattened into the text", requires=("(@",)),
    rule("truncation", r"(?:\[\s{0,8}(?:…|\.\.\.)\s{0,8}\]|…|\.\.\.)", "a paragraph that is only a truncation marker",
         starts=("[", "…", "...")),
    rule("separator", r"[\s*•·=_~#+-]{1,80}", "typographic separators and empty bullets"),
)

# Matched only against the last paragraphs, where author boxes and credits sit: there a
# sentence of this shape is a bio; higher up it would be story text.
TRAILER_PARAGRAPHS = 3
TRAILER_RULES: tuple[Rule, ...] = (
    rule("author_bio", r"(?:[A-Z][\w.'’-]{1,30} ){1,3}(?:is|was) (?:a|an|the) (?:[\w-]{1,30} ){0,4}(?:writer|reporter|columnist|correspondent|contributor|editor|journalist|author|blogger|freelancer|fellow|panelist|producer|intern)\b.{0,500}",
         "author bio at the foot of the article", flags=0, requires=("is a", "is the", "was a", "was the")),
    rule("agency_credit", r".{0,600}\b(?:contributed to this (?:report|story)|can be reached at)\b.{0,600}",
         "staff credits and contact lines at the foot of the article",
         requires=("contributed to this", "can be reached at")),
    rule("byline", r"(?:[Bb]y|BY) [A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30}){0,3}", "byline repeated at the foot of the article", flags=0,
         starts=("by ",)),
)

# A heading that introduces a list of links to other stories.
SECTION_RULES: tuple[Rule, ...] = (
    rule("related", r"(?:check also|related|related (?:articles?|posts?|stories|coverage|content|news|reading|links|topics|videos?)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:from|in|on) .{1,40}|more (?:stories|news|articles|headlines)|recommended(?: for you| stories| reading| articles)?|(?:trending|popular|top|latest) (?:now|stories|posts|news|articles)|read next|what to read next|also read|read more|for more information see|further reading|in other news|most (?:read|popular|viewed|shared)|don'?t miss|more like this|around the web|from the web|sponsored stories|other stories)\s{0,8}[:»›>|…-]{0,2}",
         "related-stories box: the heading and the link titles under it",
         starts=("check also", "related", "you may", "you might", "more ", "recommended", "trending ", "popular ", "top ",
                 "latest ", "read next", "what to read next", "also read", "read more", "for more information see",
                 "further reading", "in other news", "most ", "don", "around the web", "from the web",
                 "sponsored stories", "other stories")),
)

# Each inline pattern starts with its first literal, which the regex engine scans for
# quickly; the cut leaves a space, and the spacing fix collapses what is left around it.
INLINE_RULES: tuple[Rule, ...] = (
    rule("navigation", r"(?:go )?back to top\.?\s*skip to:?\s*start of article\.?|skip article header\.?\s*skip to:?\s*start of article\.?",
         "accessibility links flattened into a paragraph", requires=("start of article",)),
    rule("paywall", r"(?:an online service is needed|you need an online service) to view this article in its entirety\.?|thank you for reading \d{1,3} free articles\b[^\n]{0,400}?(?=you need an online service|$)|choose an online service\.",
         "paywall sentences flattened into a paragraph", requires=("online service", "free articles")),
    rule("ad_shortcode", r"\[ad_\d{1,4}\]", "autoblog ad-slot shortcodes", requires=("[ad_",)),
    rule("wp_shortcode", r"\[(embed|audio|video|youtube)\b[^\]]{0,500}\][^\[\]]{0,500}\[/\1\]", "WordPress embed with its URL", requires=("[/",)),
    rule("wp_shortcode", r"\[caption\b[^\]]{0,500}\].{0,1000}?\[/caption\]", "WordPress caption with its text", requires=("[caption",)),
    rule("wp_shortcode", r"\[/?(?:caption|embed|video|audio|gallery|youtube|tweet|playlist|contact-form(?:-7)?|vc_\w{1,30}|et_pb_\w{1,30}|su_\w{1,30}|soundcloud|instagram|facebook|twitter|iframe|googlemaps|wpvideo|jwplayer|ad|adsense|ads?_\w{1,20}|related\w{0,20}|button|box|column|row|dropcap|pullquote|quote|media|slider|shortcode)\b[^\]]{0,500}\]",
         "WordPress shortcodes", requires=("[",)),
    rule("share", r"(?:click to (?:share|email|print) (?:on |this |a link )?[^()\n]{0,40}\(opens in new window\)\s*)+", "WordPress sharing buttons", requires=("new window",)),
    rule("embedded_tweet", r"pic\.twitter\.com/\w{1,30}", "image link of an embedded tweet", requires=("pic.twitter",)),
    rule("image_credit", r"\((?:photo|image|picture|photograph|video|credit|pictured|file photo)s?(?: by| credit| via| courtesy(?: of)?)?\s*:?\s*[^()\n]{1,100}\)", "inline photo credits", requires=("(",)),
    rule("image_credit", r"\(\s?(?:(?:getty images|shutterstock|istock(?:photo)?|alamy|wireimage|filmmagic)(?:/[^()\n]{1,60})?(?:, file)?\)|(?:" + _AGENCY + r")(?: photos?| images?|/)[^()\n]{0,60}\))", "inline agency photo credits", requires=("(",)),
    rule("image_credit", r"featured image (?:via|by|credit|courtesy of)\s*:?[^\n]{1,120}$", "featured-image credit at the end of a paragraph", requires=("featured image",)),
    rule("truncation", r"\[\s*(?:…|\.\.\.)\s*\]", "'[…]' marker of a truncated feed item", requires=("[",)),
    rule("source_link", r"read (?:the )?(?:full|original|complete|entire) (?:article|story|post)(?: (?:at|on|here|from)\b[^\n]{0,80})?$",
         "feed teaser's link to the full story, run into its last sentence",
         requires=("read the", "read full", "read original", "read complete", "read entire")),
    rule("read_more", r"(?:read more|continue reading)\s*(?:…|\.\.\.)\s*$", "'read more' link text at the end of a teaser", requires=("read more", "continue reading")),
    rule("html_markup", r"</?(?:p|br|div|span|a|em|strong|b|i|u|img|figure|figcaption|iframe|script|style|ul|ol|li|h[1-6]|blockquote)\b[^<>\n]{0,500}>", "HTML tags left in text", requires=("<",)),
)

# A wire-service dateline opening the first paragraphs: "WASHINGTON (Reuters) - ".
DATELINE = rule(
    "dateline",
    r"^(?:[A-Z][A-Z.'’-]{1,20}(?:[ /][A-Z][A-Z.'’-]{1,20}){0,3}(?:,\s[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20}){0,2})?\s?(?:\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|IANS|PTI|Xinhua|ANI|Sputnik|TASS|RIA Novosti|CNS|JTA)\)\s?)?|\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|IANS|PTI|Xinhua|ANI)\)\s?)[-–—]+\s?(?=\S)",
    "wire dateline before the first sentence",
    flags=0,
)
