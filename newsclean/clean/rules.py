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
from dataclasses import dataclass, field

from .. import patterns

MAX_ARTIFACT_CHARS = 1000
_WORD = patterns.compile(r"\w+")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(slots=True, eq=False)
class Rule:
    """One cleaning rule. Its pattern is compiled when first used (:mod:`newsclean.patterns`):
    a one-file run tries only the few rules whose pre-tests a paragraph passes (see
    :mod:`.rule_index`)."""

    name: str  # what ``Article.removed`` reports
    source: str  # the regular expression
    reason: str  # why the rule exists
    flags: int = re.IGNORECASE
    max_words: int | None = None  # a paragraph with more words is prose, never this artifact
    labels: bool = False  # the line lists the article's sections or topics ("Filed under: …"): a header source
    credits: bool = False  # the line credits the story's reporters ("(Reporting by …)"): a header source
    opens_section: bool = False  # the short lines after it go with it, as after a SECTION_RULES heading
    stranger: bool = False  # it holds only when the person it opens on is named nowhere earlier in the article
    pattern: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.pattern = patterns.compile(self.source, self.flags)

    def matches(self, text: str) -> bool:
        """Whether the rule takes all of ``text``."""
        if self.pattern.fullmatch(text) is None:
            return False
        return self.max_words is None or word_count(text) <= self.max_words


def rule(name: str, pattern: str, reason: str, flags: int = re.IGNORECASE, max_words: int | None = None,
         labels: bool = False, credits: bool = False, opens_section: bool = False, stranger: bool = False) -> Rule:
    return Rule(name, pattern, reason, flags, max_words, labels, credits, opens_section, stranger)


# Pieces reused in several patterns.
_SOCIAL = (
    r"(?:twitter|facebook|instagram|linkedin|reddit|pinterest|tumblr|whatsapp|telegram|youtube|tiktok|threads|x|"
    r"e-?mail|print|pocket|flipboard|mastodon|bluesky|google\+?)"
)
_AGENCY = (
    r"(?:getty images?|afp|reuters|ap|associated press|epa|efe|shutterstock|istock(?:photo)?|alamy|bloomberg|sipa|"
    r"zuma|xinhua|pa|anadolu|nurphoto|wikimedia commons|wireimage|filmmagic|invision|dpa)"
)
# A wire service named alone on a line, as a byline or a photo credit names it; spelt
# out in the cases it is written in, for the rules that read names case-sensitively.
# (Long names only: "AP" or "UPI" would make every text a candidate for the rules.)
_WIRE = (r"(?:[Tt]he )?(?:Associated Press|ASSOCIATED PRESS|Reuters|REUTERS|AFP|Agence France-Presse|Xinhua|XINHUA|"
         r"Bloomberg(?: News)?)")
# What an 'about us' paragraph says its organisation is.
_ORGANISATION = (r"\b(?:organi[sz]ation|think[- ]tank|institute|non-?profit|charity|foundation|company|firm|agency|"
                 r"association|network|provider|publisher)\b")
# A person's name as credits write it: two to four capitalised words.
_NAME = r"(?:[A-Z][\w.'’-]{1,30} ){1,3}[A-Z][\w.'’-]{1,30}"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

PARAGRAPH_RULES: tuple[Rule, ...] = (
    # advertising
    rule("ad_label",
         r"\W{0,3}(?:advertisements?|advertisement\s{0,8}[-–—:]?\s{0,8}scroll to continue|"
         r"sponsored(?: content| links?)?|sponsors?|ad|ads by \w{1,40}|paid content|"
         r"promoted(?: stories| content)?)\W{0,3}",
         "ad slot labels left where an ad was cut out"),
    rule("ad_label",
         r"advertisement\s{0,8}[-–—:]\s{0,8}(?:story|article|content) continues (?:below|after)\W{0,3}|"
         r"(?:story|article|content) continues (?:below|after) (?:this )?(?:advertisement|ad)\W{0,3}",
         "ad slot labels left where an ad was cut out"),
    rule("ad_label",
         r"your ads? will be inserted here\b.{0,200}|(?:please )?go to the plugin admin page\b.{0,100}|"
         r"paste your ad code(?: or)?\W{0,3}|suppress this ad slot\W{0,3}",
         "placeholder text of an ad plug-in whose slot was never filled"),
    rule("ad_label", r"(?:[*#=]{1,8} ?)?(?:[Aa] )?(?:[Mm]essage|[Ww]ord) from (?:our sponsors?|[^:\n]{1,80}):.{1,900}",
         "sponsor messages set between paragraphs ('A message from …: …')"),
    rule("ad_blocker",
         r"(?:[\w'’]{1,20} ){0,6}ad[- ]?blockers?\W{0,3}|.{0,300}\b(?:whitelist|disable|turn off|pause|"
         r"detected)\b.{0,100}\bad[- ]?block.{0,300}|.{0,300}\bad[- ]?blocker.{0,100}\bwhitelist.{0,300}",
         "ad-blocker nags are site chrome, not story"),
    rule("ad_blocker",
         r".{0,150}\bads (?:[\w’']{1,20} ){0,3}?(?:help us|helps us|allow us|allows us|let us|lets us|keep us|keeps us|"
         r"support us|supports us)\b.{0,150}",
         "the site's plea that its ads keep it going ('ads help us keep the lights on'), from an ad-blocker nag",
         max_words=35),
    # source and syndication footers
    rule("source_link",
         r"\(?(?:source|sources|source link|original source|via|source url)\s{0,8}"
         r"(?::\s{0,8}(?:[^()\s]{1,200}\s{1,4}){0,14}[^()\s]{0,200})?\)?\.?",
         "autoblog footers pointing at the article they copied: a name or an address, at most 15 words (a longer "
         "'Source: …' line that goes on in sentences is a column's own text)"),
    rule("source_link", r"(?:via|h/t|hat tip(?: to)?)\s{0,8}:?\s{1,8}.{1,80}",
         "credit lines naming where a story was taken from", max_words=6),
    rule("source_link",
         r"read (?:the )?(?:full|original|complete|entire) (?:article|story|"
         r"post)(?: (?:at|on|here|from)\b.{0,80})?\W{0,3}",
         "feed teasers ending in a link to the full story"),
    rule("rss_footer", r"the post .{1,400} appeared first on .{1,150}",
         "WordPress RSS footer naming the original post"),
    rule("rss_footer",
         r"(?:this|the) (?:post|article|story) (?:was )?(?:originally |first )?(?:appeared|published|"
         r"posted) (?:first |originally )?(?:on|at|in|by) .{1,150}",
         "syndication notice naming the original publisher"),
    rule("agency_credit", r".{0,400}\bcontributed (?:to )?this (?:report|story|article)\.?",
         "wire credit line at the end of a story", credits=True),
    rule("agency_credit",
         r"\(?(?:additional )?(?:reporting|writing|editing|compiled|"
         r"research)(?: and (?:writing|editing))? by .{1,300}",
         "Reuters-style '(Reporting by …; Editing by …)' tag", credits=True),
    rule("agency_credit", r"(?i:delivered by|from) (?:[Tt]he )?[A-Z][\w.]{0,30}(?: [A-Z][\w.]{0,30}){0,5}:?",
         "syndication credit line", flags=0),
    rule("agency_credit",
         r"this (?:article|story|piece) (?:was|is) (?:written|produced|republished|reprinted) .{1,250}",
         "republication credit", credits=True),
    rule("agency_credit", r"\W{0,3}(?:reprinted|republished|reposted|used) with permission\b.{0,150}",
         "republication credit"),
    rule("agency_credit", r"(?:article |story |post )?contributed by .{1,150}", "syndication credit line",
         max_words=15),
    rule("agency_credit", r"[^|\n]{1,250}?\s" + _WIRE + r"\s{0,3}\|",
         "a headline and its wire service, as a page template shows them above the story", flags=0, max_words=40),
    rule("agency_credit",
         r"\W{0,3}(?:(?:compiled |information |material |reporting )?(?:from|with|by) )?"
         r"(?:(?:[\w.'’-]{1,20} )?(?:staff|times|post|herald|tribune|globe|star|journal|news|gazette|chronicle|press|"
         r"sun) (?:and |& )?)?(?:wires|wire (?:reports|services|stories|dispatches)|news (?:services|agencies)|"
         r"agency reports)\W{0,3}",
         "the credit to the wire services a paper compiled its story or briefs from ('Times wires', 'From staff "
         "and wire reports')", max_words=8),
    rule("syndication",
         r".{0,200}\bas a service to (?:its|our) readers\b.{0,300}",
         "a portal's notice that it carries an agency's stories unedited"),
    rule("syndication",
         r"content created by .{1,100}? is available\b.{0,400}|"
         r"this (?:story|article|post) has been (?:modified|adapted|edited|shortened) from its original "
         r"version\b.{0,200}",
         "a syndicated story's notice of where it came from and who may reprint it"),
    rule("syndication",
         r"this (?:is a )?(?:post|article|story) (?:is )?from .{1,100}?(?:\s{1,4}read the original (?:post|article|"
         r"story)\W{0,3}.{0,300})?|read the original (?:post|article|story)\s{0,4}:.{0,300}",
         "feed footer naming the site the post came from and linking back to it"),
    rule("timestamp",
         r"(?:(?:published|updated|posted|last updated|first published)(?: on)?\s{0,4}:?\s{0,4})?"
         r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?" + _MONTH + r" \d{1,2},? \d{4},?\s{0,4}"
         r"(?:[—–|-]|at)?\s{0,4}\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?\.?",
         "a date and time alone on a line: when the page was published or updated"),
    rule("timestamp",
         _WIRE + r",?\s{1,4}\d{1,2}/\d{1,2}(?:/\d{2,4})?\s{1,4}\d{1,2}:\d{2}(?:\s{0,4}(?:[ap]\.?m\.?|[A-Z]{2,5}))?\.?|"
         r".{0,250}\[[Ll]ast (?:[Mm]odified|[Uu]pdated)\s{0,4}:?[^\]\n]{1,80}\]",
         "a wire service's time stamp, or a headline with its 'last modified' stamp, left as a line", flags=0),
    rule("timestamp",
         r"(?:.{1,80}?\s)?\d{1,2}:\d{2}\s?[ap]\.?m\.?\s(?-i:[A-Z]{2,4})\s{1,4}" + _MONTH + r" \d{1,2},? \d{4}\.?",
         "a time and date stamp, after the credit it ends ('The Daily Times and AP 7:49 p.m. MST May 3, 2016')",
         max_words=18),
    # related, promos, calls to action
    rule("read_more",
         r"(?:read more|read also|also read|see also|recommended|related|more|watch|listen|related coverage|"
         r"related story|related article|related videos?|don['’]?t miss|must read|trending|explore further|"
         r"editor['’]?s picks?)\s{0,8}[:\-–—»>|]{1,3}\s{0,8}.{1,250}",
         "inline promo linking to another story"),
    rule("read_more",
         r"(?:read more|continue reading|keep reading|read the rest|read on|see more|view more|load more|"
         r"show more)(?: (?:the main story|here|at|on|of|below|\.\.\.|…)\b.{0,80})?\W{0,4}|(?:—|-|–)?more\W{0,4}",
         "'continue reading' links cut from a teaser"),
    rule("read_more", r"(?:story|article) continue[sd]? below\W{0,3}", "layout marker in wire and portal pages"),
    rule("read_more", r"see more .{1,60} at\s{0,4}:\s{0,4}\S.{0,80}|\[\s?read more(?: here)?\s?\]\W{0,3}",
         "promotions of the site's other pages"),
    rule("read_more",
         r"[^.!?…\n]{1,250}?\s(?:read more|continue reading|read the full story)\s{0,3}(?:[»›>→]{1,2}|…|\.{3})\W{0,2}",
         "a link title followed by its 'Read more »': a teaser for another page"),
    rule("related_link",
         r"\[\s{0,4}(?:[^\[\]\s]{1,60}\s{1,4}){3,60}[^\[\]\s]{1,60}\s{0,4}\][.:]?",
         "a paragraph wholly in square brackets: a related-story link (or an editor's aside) set between paragraphs"),
    rule("related_link", r".{1,900}?\ball \d{1,5} news articles\s{0,3}»?",
         "a news aggregator's cluster of other outlets' headlines on the story, ending 'all 54 news articles »'"),
    rule("donation",
         r"(?:please )?(?:you can )?(?:support|donate to|chip in (?:to|for)) (?:my|our|this (?:site|blog|channel)) "
         r"(?:work|site|blog|channel|journalism|reporting|independent (?:journalism|media)|mission)\b.{0,250}",
         "a request for readers' money ('You can support my work through …')", max_words=40),
    rule("read_more",
         r"watch (?:it |this |the video )?on youtube\W{0,3}|"
         r"watch in times video\W{0,3}|watch (?:the )?(?:full )?video(?: here| below| above)?\W{0,3}|"
         r"(?:video|photos?|gallery|audio|autoplay)\W{0,3}",
         "media-player labels"),
    rule("read_more", r"(?:watch|listen)\b.{0,150}?:\W{0,3}",
         "the line that introduced an embedded video or audio player ('Watch the interview below:'), left without it",
         max_words=16),
    rule("call_to_action", r"read or share this story\W{0,3}.{0,100}", "share prompts with the story's short link"),
    rule("call_to_action", r".{0,60}\bclick (?:here|below|the link)\b.{0,200}",
         "'click here' prompts are not story text"),
    rule("call_to_action", r".{0,400}[.!?]\s{1,4}click here\b[^.!?\n]{0,150}[.!?]?",
         "a promotion whose last sentence is a 'click here' link"),
    rule("call_to_action", r"(?:[\w'’ ]{1,40}[!.]\s{0,4})?vote now\W{0,3}", "poll prompts", max_words=8),
    rule("call_to_action",
         r"join (?:our|the) .{0,60}\b(?:forums?|community|discord|discussion|conversation|mailing list|"
         r"facebook group)\b.{0,200}",
         "invitations to the site's forums and groups", max_words=30),
    rule("promo",
         r".{0,100}\bis (?:now )?available on (?:directv|dish|u-?verse|fios|xfinity|comcast|spectrum|roku|"
         r"sling|cable)\b.{0,400}",
         "a channel's note of where it can be watched"),
    rule("promo", r".{0,150}\bbrought to you by\b.{0,150}", "sponsor and producer plugs", max_words=25),
    rule("call_to_action",
         r".{0,200}\b(?:share and republish|freely reproduced|republish our (?:reports|articles))\b.{0,300}",
         "republishing permission boilerplate"),
    rule("call_to_action", r".{0,200}\blet us know (?:in the comments|what you think|your thoughts)\b.{0,200}",
         "comment and share prompts"),
    rule("injected_promo", r"headline:\s.{1,250}", "site-injected promo headline"),
    rule("promo",
         r"(?:need a break\?\s{0,3})?(?:try |come |go )?play(?:ing)? (?:some of |one of )?our (?:[\w-]{1,20} ){0,2}"
         r"(?:games?|puzzles?|crosswords?|quiz(?:zes)?)(?: (?:here|now|online|today))?\W{0,3}",
         "the site's promotion of its games and puzzles", max_words=16),
    rule("highlights", r"story highlights\s.{1,250}",
         "a box of summary points, its heading run into the first point: the points under it go too",
         opens_section=True),
    # navigation and share widgets
    rule("navigation",
         r"(?:go )?back to top(?: button)?\W{0,3}(?:skip to:? .{0,40})?|skip (?:to|article header)\b.{0,60}|close|"
         r"(?:previous|next|prev)(?: post| article| story| page)?\W{0,3}|home|menu|search|toggle navigation|"
         r"scroll to top|jump to\b.{0,40}|print this (?:page|article)",
         "navigation controls captured with the page text"),
    rule("navigation", r"home\s{0,8}(?:»|›|>|/|\|)\s{0,8}.{1,200}",
         "breadcrumb trail (its labels are kept as categories)"),
    rule("share",
         r"(?:share|share this|share this (?:story|article|post|page)|share on|share via|spread the word|tweet|"
         r"pin it|pin|email|e-mail|print|whatsapp|messenger|copy link|(?:share on )?" + _SOCIAL + r")\s{0,8}:?\W{0,3}",
         "share-button labels"),
    rule("share", r"[\d.,]{1,8}k?\s{0,8}shares?\b.{0,200}|share (?:this )?on " + _SOCIAL + r"\b.{0,100}",
         "share counters and buttons", max_words=25),
    rule("share",
         r"(?:(?:share this|share on|share|shares|tweet|pin|pin it|email|e-mail|print|like|follow|save|copy link|"
         r"reddit|stumbleupon|digg|" + _SOCIAL[3:-1] + r")\b\W{0,3}\s{0,8}){2,12}",
         "a row of share buttons flattened into one line", max_words=14),
    rule("share",
         r"(?:(?:like this:?|like loading\.{0,3}|loading\.{0,3}|be the first to like this\.?|share this:?|"
         r"related)\s{0,8}){1,5}",
         "WordPress share/like widget text"),
    rule("share", r"(?:click to (?:share|email|print)\b.{0,80}?\(opens in new window\)\s{0,8}){1,12}",
         "WordPress sharing buttons"),
    rule("call_to_action",
         r"(?:please )?(?:share|like|retweet|forward) (?:this|our|the) (?:story|article|post|page|video)\b.{0,200}",
         "requests to share the article"),
    rule("call_to_action", r"please (?:share|like|follow|retweet|forward|subscribe)\b.{0,200}",
         "requests to share or follow"),
    rule("call_to_action",
         r".{0,120}\bshare this on (?:facebook|twitter|social media)\b.{0,200}|"
         r".{0,120}\blike (?:this|our) page\b.{0,200}",
         "requests to share the article or like the site's page", max_words=45),
    rule("call_to_action",
         r"(?:make sure to |be sure to )?share (?:this )?if you\b.{0,200}|scroll down for more\W{0,3}|"
         r"add your name\b.{0,250}",
         "requests to share the article or sign the site's petition", max_words=45),
    rule("call_to_action",
         r"see an error in this (?:article|story|post)\?.{0,100}|.{0,60}\bappreciate your support\W{0,3}",
         "the site's requests for corrections and thanks for its readers' support", max_words=15),
    # newsletters and follow prompts
    rule("newsletter", r"subscribe (?:to|for|now|today)\b.{1,150}", "subscription prompts", max_words=20),
    rule("newsletter", r"sign up (?:for|to) (?:the|our) .{1,120}", "sign-up prompts", max_words=15),
    rule("newsletter",
         r"(?:\W{0,3})(?:you can |to )?(?:subscribe|sign up|signup)\b.{0,150}\b(?:newsletter|subscribe|subscription|"
         r"inbox|updates|"
         r"for free|free|today|briefing|digest|alerts?)\b.{0,150}",
         "newsletter and subscription prompts"),
    rule("newsletter",
         r".{0,150}\b(?:delivered|sent|straight) (?:to|in|into) your inbox\b.{0,150}|"
         r"sign up(?: now| today| here| for free)?\W{0,3}",
         "newsletter prompts"),
    rule("newsletter",
         r"(?:sign up|subscribe|get|receive|join)\b.{0,100}\bnewsletters?\b.{0,150}|.{0,60}\bnewsletters?\W{0,3}",
         "newsletter plugs"),
    rule("newsletter",
         r"(?:need an account\?.{0,60}|already (?:a subscriber|a member|have an account)\?.{0,80}|"
         r"current print subscribers.{0,80}|log ?in|sign in|register)",
         "login and account prompts"),
    rule("follow_prompt",
         r"(?:follow|like|find|join) (?:us|me|him|her|them|[A-Z][\w.'-]{1,30}(?: [A-Z][\w.'-]{1,30}){0,2}) on (?:" +
         _SOCIAL + r")\b.{0,200}",
         "social-media follow prompts"),
    rule("follow_prompt", r"(?:follow|like) us\b.{0,100}", "social-media follow prompts"),
    rule("follow_prompt", r"check (?:me|us) out on " + _SOCIAL + r"\b.{0,100}", "social-media follow prompts"),
    # paywall, comments, cookies
    rule("paywall",
         r"(?:an online service is needed|you need an online service) to view this article in its entirety\.?|"
         r"to continue reading.{0,120}|this (?:article|content) is (?:for|available to) (?:subscribers|"
         r"members) only.{0,120}|subscribe to (?:continue|read).{0,120}",
         "paywall notices"),
    rule("paywall",
         r"thank you for reading\b.{0,200}\b(?:free articles?|subscription|subscriber|\d{1,2}[- ]day)\b.{0,600}|"
         r"(?:sub|subscriber[- ]only(?: content)?|subscribers only|premium(?: content)?)\W{0,3}",
         "metered-paywall notices and subscriber-only badges"),
    rule("comments",
         r"\d{0,6} ?(?:comments?|replies|responses)\W{0,3}|(?:leave|post|add) a (?:comment|reply)\W{0,3}|"
         r"(?:please )?enable javascript to view the comments.{0,100}|comments are closed\.?|"
         r"what do you think(?: (?:about|of) (?:this|that|it))?\?|view comments|show comments|"
         r"join the (?:conversation|discussion)",
         "comment-section residue"),
    rule("comments",
         r".{0,20}% of readers think this story is fact\. add your two cents\.?|.{0,200}\bcommenting policy\b.{0,500}",
         "comment-section residue"),
    rule("cookie",
         r"(?:we|this (?:web)?site|our (?:web)?site|.{0,60}\buses?) (?:use )?cookies\b.{0,300}|"
         r".{0,200}\b(?:privacy policy|terms of (?:service|use))\b.{0,40}(?:\||\(effective|affiliate link|terms of|"
         r"privacy policy|cookie).{0,200}|by using this (?:web)?site.{0,300}|"
         r"(?:privacy policy|terms of (?:service|use)|cookie (?:policy|settings))\W{0,3}",
         "cookie, privacy-policy and terms boilerplate"),
    # credits, captions, bylines as trailers
    rule("image_credit",
         r"(?:featured |main |top |header |lead )?(?:image|photo|picture|video|graphic|"
         r"illustration)s?(?: credits?)?(?: via| by| courtesy(?: of)?|:)\s{0,8}.{0,150}",
         "image credits", max_words=14),
    rule("image_credit",
         r"(?:credit|credits|caption|source image|image source|photograph|photo illustration|screenshot|screengrab|"
         r"screen capture)(?:\s{0,8}:\s{0,8}.{0,150}|\W{0,3})",
         "caption and credit labels", max_words=25),
    rule("image_credit", r".{0,320}/\s{0,8}" + _AGENCY + r"(?:\s{0,8}/\s{0,8}[\w .'-]{1,40})?(?:,? file)?\)?\.?",
         "photo credits such as 'Name/Getty Images'"),
    rule("image_credit", r"\(?(?:" + _AGENCY + r")(?: photos?| images?)?(?:/[\w .'-]{1,60})?\)?\.?",
         "bare agency photo credits"),
    rule("image_credit",
         r".{1,600}\((?:(?:[Cc]redit|[Pp]hoto|[Ii]mage)s?:\s{0,4})?(?:(?:[A-Z][\w.'’-]{0,30} ){1,4}[A-Z][\w.'’-]{0,30}"
         r"(?:/(?:[A-Z]|dpa|epa)[\w .'’/-]{0,60}|(?:,[\w .'’-]{1,60})? via (?:AP|AFP|Reuters|Getty Images|dpa))|"
         r"[A-Z][\w.'’-]{0,30}/(?:AP|AFP|Reuters|EPA|Getty Images|dpa)\b[\w .'’/-]{0,40})\)\.?",
         "captions, which end with their photographer's credit in brackets ('(Name/AFP/Getty Images)')", flags=0),
    rule("image_credit",
         _NAME + r"(?:\s{0,3}/\s{0,3}(?:[Tt]he )?[A-Z][\w.&'’-]{1,30}(?: [A-Z][\w.&'’-]{1,30}){0,3}|"
         r" via (?:AP|AFP|Reuters|Getty Images|Getty))",
         "a photographer's credit alone on a line ('Name/The Daily Star', 'Name via AP')", flags=0),
    rule("image_credit",
         _NAME + r"\s{0,3}[,/|]\s{0,3}(?:[Tt]he )?(?:Associated Press|ASSOCIATED PRESS|Reuters|REUTERS)\.?",
         "a name and a wire service alone on a line: a photo credit or a byline left in the body", flags=0),
    rule("image_credit",
         r"(?:[A-Z][\w.'’-]{1,30} ){1,4}[A-Z][\w.'’-]{1,30}, (?:left|right|center|centre|second from (?:left|right)|"
         r"top|bottom|front)\b.{0,300}",
         "photo captions naming who stands where", flags=0, max_words=45),
    rule("image_credit", r"file\s{0,8}[-–—]\s{0,8}.{0,600}\bfile (?:photo|image|picture)\b.{0,600}",
         "AP 'FILE - In this … file photo' captions"),
    rule("image_credit",
         r"(?:file\s{0,8}[-–—]\s{0,8})?in this (?:[\w.]{3,10} \d{1,2}(?:,? \d{4})?,? )?(?:file |undated |handout |"
         r"video |aerial )?(?:photo|image|picture|photograph|frame grab|still image)s?\b.{0,900}",
         "AP 'In this … photo' captions"),
    rule("image_credit", r"[\w.%()+-]{1,120}\.(?:jpe?g|png)",
         "an image's file name left where the image was"),
    rule("image_credit",
         r"(?:show|hide) (?:captions?|thumbnails)|last slide\s{0,8}next slide|"
         r"(?:photo|article) reprints(?:\s{0,8}\|\s{0,8}(?:photo|article) reprints)?|enlarge (?:this )?image|"
         r"toggle caption|expand|\d{1,3} of \d{1,3}|(?:image|photo) \d{1,3} of \d{1,3}",
         "slideshow controls"),
    rule("image_credit",
         r"(?:this|an?) (?:undated )?(?:image|photo|picture|photograph)s? (?:provided|released|made available|"
         r"obtained|taken) by\b.{0,600}",
         "captions: 'This image provided by …'"),
    rule("image_credit", r".{1,300}\bin an? (?:undated |recent |handout )?file (?:photo|image|picture)\.?",
         "captions: '… in a file photo'"),
    rule("image_credit", r"(?:AP|Reuters|AFP|EPA|Getty Images) Photos? [A-Z][a-z].{10,600}",
         "a caption opening with its agency's credit ('AP Photo Dockworkers wait …')", flags=0),
    rule("image_credit",
         r"[^!?\n]{10,400}?,(?: on)? (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day, )[a-z]{3,6}day, " + _MONTH +
         r" \d{1,2}, \d{4}\.(?:\s.{1,600})?",
         "a caption in the wire services' form, its first sentence ending on the day and the full date "
         "('…, Indonesia, Sunday, May 22, 2016.'); prose says 'on Sunday' and leaves out the year", max_words=90),
    rule("byline_trailer",
         r"(?:about the author|author bio|more from (?:this )?author|more by (?:this )?author)\W{0,3}",
         "author-box headings"),
    rule("byline_trailer",
         r"(?i:rss feed|older articles|more articles|other articles|recent articles|archives?|all posts) "
         r"(?i:for|by|from) [A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3}\W{0,3}|(?i:by)\W{0,3}",
         "an author box's links to the author's other articles, and a byline with no name left", flags=0),
    # legal
    rule("copyright", r"(?:©|\(c\)|copyright\s{0,8}(?:©|\(c\)|\d{4}))\s{0,8}.{0,500}", "copyright notices"),
    rule("copyright", r".{0,200}\ball rights reserved\b.{0,400}", "rights notices"),
    rule("disclaimer",
         r"(?:disclaimer|editor['’]?s note)\s{0,8}:.{0,900}|this article (?:was|is) (?:funded|sponsored|"
         r"paid for) .{0,300}|the views (?:and opinions )?expressed .{0,500}|"
         r"(?:this|the) (?:article|content|post) (?:does not|doesn['’]?t) (?:constitute|represent) .{0,300}",
         "disclaimers"),
    rule("disclaimer",
         r".{0,200}\b(?:cannot|can not|can['’]t|do not|does not|make no|makes no)\b.{0,40}\bwarrant(?:y|ies|"
         r"ees?)\b.{0,300}",
         "no-warranty notices"),
    rule("tags",
         r"(?:tags?|tagged|filed under|topics?|categor(?:y|ies)|keywords|posted in)\s{0,8}:.{0,400}|"
         r"posted in [^.!?]{1,150}",
         "tag and topic lists link to index pages, not story text", labels=True),
    # links and contact blocks
    rule("related_link",
         r"(?![(\[]?\d{1,3}[).\]]\s)(?:[^.!?\n]|[.!?](?!\s)){2,160}?[^\s.!?:;,\"”’]\s{1,4}\(?"
         r"(?:https?://|www\.)\S{1,500}",
         "a link title and its address on a line: a list of sources or of other stories (a title holds no finished "
         "sentence, and prose ends one before its link; a numbered item is a list the story gives)"),
    rule("bare_url", r"\(?(?:https?://|www\.)\S{1,500}\)?", "a paragraph that is only a link"),
    rule("contact", r"(?:e-?mail|tel|telephone|phone|fax|contact|whatsapp)\s{0,8}:\s{0,8}\S.{0,120}",
         "contact blocks"),
    rule("contact",
         r"[\w.+-]{1,60}@[\w-]{1,60}(?:\.[\w-]{1,30}){1,4}(?:\s{0,4}[|,]?\s{0,4}\+?[\d(][\d ().-]{6,20}\d)?",
         "an e-mail address (and a telephone number) alone on a line"),
    rule("contact", r"\+[0-9]{1,3}(?:[ .-][0-9]{2,5}){2,4}|(?:1[ .-])?\(?[0-9]{3}\)?[ .-][0-9]{3}[-.][0-9]{4}",
         "a telephone number alone on a line"),
    rule("contact",
         r"contact (?:me|us)\W{0,3}|(?:website|web|twitter|tweet|skype|facebook|instagram|youtube|gab|telegram)\s{0,4}:"
         r"\s{0,4}(?:https?://|www\.|@)\S{1,200}|skype\s{0,4}:\s{0,4}\S{1,60}",
         "the author's contact block: a heading and one address a line"),
    rule("embedded_post",
         r"view this post on instagram|view (?:this )?(?:post|tweet) on (?:instagram|twitter|x)\W{0,3}",
         "the link an embedded post's widget shows"),
    rule("truncation", r"(?:\[\s{0,8}(?:…|\.\.\.)\s{0,8}\]|…|\.\.\.)", "a paragraph that is only a truncation marker"),
    rule("separator", r"[\s*•·=_~#+\-–—―─━]{1,160}", "typographic separators, rules and empty bullets"),
    rule("coordinates", r"[-+]?\d{1,3}\.\d{3,8}\s{0,4}[,;]?\s{0,4}[-+]?\d{1,3}\.\d{3,8}",
         "map coordinates left where a map widget was"),
    rule("stray_character", r"[a-z]",
         "a lone lowercase letter on a line: the tail of a word or paragraph the page cut, never prose", flags=0),
    rule("numeric_id", r"[0-9]{5,14}", "a number alone on a line: a video's or a story's ID left by its widget"),
    rule("update_notice",
         r"this (?:is a )?(?:breaking|developing) (?:news )?story\b.{0,150}|"
         r"(?:this|the) (?:story|article) (?:will be|is being|may be) updated\b.{0,150}",
         "the note that a story is developing and will be updated"),
    rule("embedded_post",
         r"posted by .{1,60} on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?" + _MONTH +
         r" \d{1,2},? \d{4}\W{0,3}",
         "an embedded Facebook post's credit line"),
)

# Matched only against the last paragraphs, where author boxes and credits sit: there a
# sentence of this shape is a bio; higher up it would be story text.
# The writer's bio in its three shapes: a trade ("… is a reporter at …"), a beat ("… covers
# energy for …"), a post held elsewhere ("… is president of …", only for someone the
# article has not named). A bio run into the last paragraph is cut with them too.
_WRITER_BIO = rule("author_bio",
                   r"(?:[—–-] ?)?(?:[A-Z][\w.'’-]{1,30} ){1,3}(?:is|was) (?:a|an|the) (?:[\w-]{1,30} ){0,4}"
                   r"(?i:writer|reporter|columnist|meteorologist|anchor|photographer|photojournalist|videographer|critic|"
                   r"correspondent|contributor|editor|journalist|author|blogger|freelancer|fellow|panelist|producer|"
                   r"intern)\b.{0,500}",
                   "author bio at the foot of the article", flags=0)
_COVERS_BIO = rule("author_bio",
                   _NAME + r",? (?:covers|writes about|writes on|reports on) .{1,400}",
                   "author bio at the foot of the article ('Name covers energy for …')", flags=0)
_OFFICE_BIO = rule(
    "author_bio",
    r"(?:[—–-] ?)?(?:[A-Z][\w.'’-]{1,30} ){1,2}[A-Z][\w.'’-]{1,30},? (?:is|was|serves as) (?:(?:a|an|the) )?"
    r"(?:[\w-]{1,30} ){0,3}(?i:founder|co-founder|president|director|chairman|chair|commander|head|publisher|"
    r"professor|pastor|member|host|owner|partner|analyst|strategist|consultant|attorney|lawyer) "
    r"(?:of|at|with|for)\b.{0,600}",
    "the writer's bio at the foot of an opinion piece ('Jan Ruiz is president of the Harbour League and …'): "
    "it introduces someone the article has not named; a person named earlier is the story's subject",
    flags=0, stranger=True)
BIO_RULES: tuple[Rule, ...] = (_WRITER_BIO, _COVERS_BIO, _OFFICE_BIO)

TRAILER_PARAGRAPHS = 3
TRAILER_RULES: tuple[Rule, ...] = (
    _WRITER_BIO,
    rule("agency_credit", r".{0,600}\b(?:contributed to this (?:report|story)|can be reached at)\b.{0,600}",
         "staff credits and contact lines at the foot of the article", credits=True),
    _COVERS_BIO,
    rule("author_bio",
         r"(?:[Tt]he )?(?:[A-Z][\w.&'’-]{0,30} ){0,7}(?:[A-Z][\w&'’-]{0,30}\.(?:com|org|net)|[A-Z][\w.&'’-]{0,30}"
         r"(?:, [A-Z]{2,10},)? (?:is|was) (?:a|an|the|one of) .{0,300}?" + _ORGANISATION + r".{0,900}?"
         r"(?:\b(?:[Ii]ts|[Oo]ur) mission\b|\b[Vv]isit\b|www\.|\.org\b|\.com\b|\bfounded in\b|\bheadquartered\b|"
         r"\b[Ll]earn more\b|\bfor more information\b)) .{0,1000}",
         "the 'about us' paragraph of a press release or a site at the foot of the article (an organisation, what it "
         "is, and its mission or its address)", flags=0),
    rule("byline", r"(?:[Bb]y|BY) [A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30}){0,3}",
         "byline repeated at the foot of the article", flags=0, credits=True),
    rule("byline", r"(?:authors?|written by|words)\s{0,4}:\s{0,4}.{1,200}", "the article's authors listed at its foot",
         max_words=25, credits=True),
    rule("byline_trailer", r"(?i:about) [A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30}){1,2}\W{0,3}",
         "the heading of an author box at the foot of the article ('About Ana Silva')", flags=0),
    _OFFICE_BIO,
)

# A heading that introduces a list of links to other stories.
SECTION_RULES: tuple[Rule, ...] = (
    rule("related",
         r"(?:check also|related|related (?:articles?|posts?|stories|coverage|content|news|reading|links|topics|"
         r"videos?)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:from|in|on) .{1,40}|"
         r"more (?:stories|news|articles|headlines)|recommended(?: for you| stories| reading| articles)?|"
         r"(?:trending|popular|top|latest) (?:now|stories|posts|news|articles)|read next|what to read next|also read|"
         r"read more|for more information see|further reading|in other news|most (?:read|popular|viewed|shared)|"
         r"don['’]?t miss|more like this|around the web|from the web|sponsored stories|"
         r"(?:previous|earlier|prior|past|recent|more|our|full|additional|complete) coverage|"
         r"(?:previously|earlier|elsewhere) (?:on|in) [^.!?]{1,40}|also(?: on [^.!?]{1,30})?|"
         r"(?:you can )?(?:also )?contact us in the following ways|"
         r"other stories)\s{0,8}[:»›>|…-]{0,2}",
         "related-stories box: the heading and the link titles under it"),
    rule("highlights", r"(?:story )?highlights\s{0,8}[:»›>|…-]{0,2}",
         "a box of summary points above the story: the heading and the points under it"),
)

# Each inline pattern starts with its first literal, which the regex engine scans for
# quickly; the cut leaves a space, and the spacing fix collapses what is left around it.
INLINE_RULES: tuple[Rule, ...] = (
    rule("navigation",
         r"(?:go )?back to top\.?\s*skip to:?\s*start of article\.?|"
         r"skip article header\.?\s*skip to:?\s*start of article\.?",
         "accessibility links flattened into a paragraph"),
    rule("paywall",
         r"(?:an online service is needed|you need an online service) to view this article in its entirety\.?|"
         r"thank you for reading \d{1,3} free articles\b[^\n]{0,400}?(?=you need an online service|$)|"
         r"choose an online service\.",
         "paywall sentences flattened into a paragraph"),
    rule("ad_shortcode", r"\[ad_\d{1,4}\]", "autoblog ad-slot shortcodes"),
    rule("ad_label", r"suppress this ad slot\s?\.?", "placeholder text of an ad plug-in, run into a paragraph"),
    rule("scrambled_text", r"kAm[^\n]{1,20000}?k\^Am",
         "a paywall's scrambled copy of a paragraph (ROT47 of '<p>…</p>', as BLOX sites send it)", flags=0),
    rule("promo", r"×\s[^\n]{1,800}?\bbuy now\b\W{0,3}",
         "a pop-up promotion (from its close button '×' to its 'Buy now') run into a paragraph"),
    rule("wp_shortcode", r"\[(embed|audio|video|youtube)\b[^\]]{0,500}\][^\[\]]{0,500}\[/\1\]",
         "WordPress embed with its URL"),
    rule("wp_shortcode", r"\[caption\b[^\]]{0,500}\].{0,1000}?\[/caption\]", "WordPress caption with its text"),
    rule("wp_shortcode",
         r"\[/?(?:caption|embed|video|audio|gallery|youtube|tweet|playlist|contact-form(?:-7)?|vc_\w{1,30}|"
         r"et_pb_\w{1,30}|su_\w{1,30}|soundcloud|instagram|facebook|twitter|iframe|googlemaps|wpvideo|jwplayer|ad|"
         r"adsense|ads?_\w{1,20}|related\w{0,20}|button|box|column|row|dropcap|pullquote|quote|media|slider|"
         r"shortcode)\b[^\]]{0,500}\]",
         "WordPress shortcodes"),
    rule("share", r"(?:click to (?:share|email|print) (?:on |this |a link )?[^()\n]{0,40}\(opens in new window\)\s*)+",
         "WordPress sharing buttons"),
    rule("embedded_tweet", r"pic\.twitter\.com/\w{1,30}", "image link of an embedded tweet"),
    rule("embedded_tweet", r"https?://t\.co/\w{1,20}", "a tweet's shortened link"),
    rule("image_credit",
         r"\((?:photo|image|picture|photograph|video|credit|pictured|file photo)s?(?: by| credit| via|"
         r" courtesy(?: of)?)?\s*:?\s*[^()\n]{1,100}\)",
         "inline photo credits"),
    rule("image_credit",
         r"\(\s?(?:(?:getty images|shutterstock|istock(?:photo)?|alamy|wireimage|"
         r"filmmagic)(?:/[^()\n]{1,60})?(?:, file)?\)|(?:" + _AGENCY + r")(?: photos?| images?|/)[^()\n]{0,60}\))",
         "inline agency photo credits"),
    rule("image_credit", r"featured image (?:via|by|credit|courtesy of)\s*:?[^\n]{1,120}$",
         "featured-image credit at the end of a paragraph"),
    rule("truncation", r"\[\s*(?:…|\.\.\.)\s*\]", "'[…]' marker of a truncated feed item"),
    rule("image_credit", r"expand \| collapse\s?", "a photo viewer's controls run into its caption"),
    rule("read_more",
         r"\[(?:related|read more|read also|also read|see also|more|watch|listen|previously|related story|"
         r"related coverage)\s*:[^\[\]\n]{1,200}\]",
         "a bracketed link to another story inside a paragraph"),
    rule("read_more",
         r"(?:\A|(?<=[.!?…\"”’]\s))(?:story |article )?(?:continued below|continues below|continue below)"
         r"\s{0,3}(?:\.{2,3}|…|:)",
         "the 'Continued below…' mark of a cut-out ad, run into the paragraph that follows it"),
    rule("read_more", r"(?<=[.!?…\"”’])\s{1,4}(?:read more|continue reading)\s{0,3}[»›>→]{1,2}\s*$",
         "'Read more »' link text after the last sentence of a teaser"),
    rule("contact", r"\(?javascript must be enabled to view this email address\)?\.?",
         "the note left where an e-mail address was hidden from scrapers"),
    rule("contact", r"media contact\s{0,4}:[^\n]{0,300}$",
         "a press release's media contact, run into its last paragraph"),
    rule("image_credit",
         r"\A[^|\n]{10,300} \| (?:[\w.'’-]{1,30} ){0,3}[\w.'’-]{1,30}/(?:" + _AGENCY + r")(?:/[\w .'-]{1,40})?"
         r"(?: via (?:getty(?: images)?|ap|reuters))?\s",
         "a photo caption and its credit ('… | Name/AFP via Getty') run into the first paragraph"),
    rule("source_link",
         r"read (?:the )?(?:full|original|complete|entire) (?:article|story|"
         r"post)(?: (?:at|on|here|from)\b[^\n]{0,80})?$",
         "feed teaser's link to the full story, run into its last sentence"),
    rule("read_more", r"(?:read more|continue reading)\s*(?:…|\.\.\.)\s*$",
         "'read more' link text at the end of a teaser"),
    rule("call_to_action", r"(?<=[.!?\"”’])\s{1,4}click here\b[^.!?\n]{0,100}?:?\s{0,4}https?://\S{1,300}\s*$",
         "a 'click here' prompt with its link after the last sentence of a paragraph"),
    rule("html_markup",
         r"</?(?:p|br|div|span|a|em|strong|b|i|u|img|figure|figcaption|iframe|script|style|ul|ol|li|h[1-6]|"
         r"blockquote)\b[^<>\n]{0,500}>",
         "HTML tags left in text"),
)

# The credit line of an embedded post (a tweet, an Instagram post) kept in the body, at
# the end of the post's text or on a line of its own; the groups name who posted it.
POST_CREDITS: tuple[Rule, ...] = (
    rule("embedded_post",
         r"(?<![\w-])[—–-]\s{0,4}(?P<name>[^\n—–]{0,80}?)\s{0,4}\(@(?P<handle>\w{1,30})\)\s{0,8}"
         r"(?P<date>" + _MONTH + r"\s\d{1,2},\s\d{4})\W{0,3}$",
         "a tweet's credit line ('— Name (@handle) June 2, 2016'), the widget's, not the post's"),
    rule("embedded_post",
         r"(?:^|(?<=\s))an? (?:post|photo|video) shared by (?P<name>[^()\n]{0,80}?)\s{0,4}\(@(?P<handle>[\w.]{1,30})\)"
         r"(?:\s{0,4}on\s(?P<date>" + _MONTH + r"\s\d{1,2},\s\d{4})(?:\sat\s\d{1,2}:\d{2}\s?[ap]m(?:\s[A-Z]{2,4})?)?)?"
         r"\W{0,3}$",
         "an Instagram post's credit line ('A post shared by Name (@handle) on …')"),
)

# A wire-service dateline opening the first paragraphs: "WASHINGTON (Reuters) - ". A dash
# run into a number is a name's ("ET-94 left port", "COVID-19 cases rose"), not a dateline's.
DATELINE = rule("dateline",
                r"^(?:[A-Z][A-Z.'’-]{1,20}(?:[ /][A-Z][A-Z.'’-]{1,20}){0,3}(?:,\s[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-"
                r"z.]{1,20}){0,2})?\s?(?:\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|IANS|PTI|Xinhua|ANI|Sputnik|TASS|"
                r"RIA Novosti|CNS|JTA)\)\s?)?|\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|IANS|PTI|Xinhua|"
                r"ANI)\)\s?)[-–—]+(?:\s(?=\S)|(?=[^\s\d]))",
                "wire dateline before the first sentence", flags=0)

# A page's script data (JSON) left in the text: a key in quotes and its colon, over and
# over. A paragraph with at least SCRIPT_DATA_MIN_KEYS of them, one every
# SCRIPT_DATA_CHARS_PER_KEY characters or closer, is data, not prose: prose quotes a
# phrase and follows it with a colon now and then, never dozens of times a paragraph.
SCRIPT_DATA = rule("script_data", r'"[^"\n]{1,80}"\s?:', "a page's script data (JSON) left in the text", flags=0)
SCRIPT_DATA_MIN_KEYS = 8
SCRIPT_DATA_CHARS_PER_KEY = 100

# A news aggregator's card, flattened into the first paragraph: the headline, the outlet's
# name, then its snippet ("Storm shuts port Harbour Daily PORTVILLE (AP) - The port …").
# After the headline, a few capitalised words ended by a word in capitals or a figure are
# the outlet's name; the snippet stays. A first sentence that merely opens with the
# headline's words goes on in lower case, so it is never taken.
CARD_OUTLET = rule("aggregator_card",
                   r" (?:[A-Z][\w.'’-]{0,30}|&|of|the|and)(?: (?:[A-Z][\w.'’-]{0,30}|&|of|the|and)){0,5}"
                   r"(?= (?:[A-Z]{2,}\b|\d))",
                   "an aggregator card's headline and outlet name run into its snippet", flags=0)
