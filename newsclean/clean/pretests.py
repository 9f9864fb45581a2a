"""The pre-tests of the cleaning rules, as derived from their patterns by
:mod:`newsclean.clean.rule_index`: written out so that a run need not read every pattern
at start-up. Generated; do not edit. After changing a rule, write it again with

    python -m newsclean.clean.rule_index > newsclean/clean/pretests.py

(a rule missing here is read from its pattern when first needed, and a test fails until
the table is written again)."""
# ruff: noqa: E501

PRE_TESTS: dict[tuple[str, str, int], tuple[tuple[str, ...], tuple[str, ...], int]] = {
    ('whole', '\\W{0,3}(?:advertisements?|advertisement\\s{0,8}[-–—:]?\\s{0,8}scroll to continue|sponsored(?: content| links?)?|sponsors?|ad|ads by \\w{1,40}|paid content|promoted(?: stories| content)?)\\W{0,3}', 2):
        ((), ('ad', 'paid con', 'promoted', 'sponsor'), 54),
    ('whole', 'advertisement\\s{0,8}[-–—:]\\s{0,8}(?:story|article|content) continues (?:below|after)\\W{0,3}|(?:story|article|content) continues (?:below|after) (?:this )?(?:advertisement|ad)\\W{0,3}', 2):
        (('advertis', 'article ', 'content ', 'story co'), (), 56),
    ('whole', 'your ads? will be inserted here\\b.{0,200}|(?:please )?go to the plugin admin page\\b.{0,100}|paste your ad code(?: or)?\\W{0,3}|suppress this ad slot\\W{0,3}', 2):
        (('go to th', 'paste yo', 'please g', 'suppress', 'your ad ', 'your ads'), (), 230),
    ('whole', '(?:[*#=]{1,8} ?)?(?:[Aa] )?(?:[Mm]essage|[Ww]ord) from (?:our sponsors?|[^:\\n]{1,80}):.{1,900}', 2):
        (('#', '*', '=', 'a messag', 'a word f', 'message ', 'word fro'), (), 1005),
    ('whole', "(?:[\\w'’]{1,20} ){0,6}ad[- ]?blockers?\\W{0,3}|.{0,300}\\b(?:whitelist|disable|turn off|pause|detected)\\b.{0,100}\\bad[- ]?block.{0,300}|.{0,300}\\bad[- ]?blocker.{0,100}\\bwhitelist.{0,300}", 2):
        ((), ('ad block', 'ad-block', 'adblock', 'blocker', 'whitelis'), 719),
    ('whole', ".{0,150}\\bads (?:[\\w’']{1,20} ){0,3}?(?:help us|helps us|allow us|allows us|let us|lets us|keep us|keeps us|support us|supports us)\\b.{0,150}", 2):
        ((), ('ads ',), 378),
    ('whole', '\\(?(?:source|sources|source link|original source|via|source url)\\s{0,8}(?::\\s{0,8}(?:[^()\\s]{1,200}\\s{1,4}){0,14}[^()\\s]{0,200})?\\)?\\.?', 2):
        (('(origina', '(source', '(via', 'original', 'source', 'via'), (), 3091),
    ('whole', '(?:via|h/t|hat tip(?: to)?)\\s{0,8}:?\\s{1,8}.{1,80}', 2):
        (('h/t', 'hat tip', 'via'), (), 107),
    ('whole', 'read (?:the )?(?:full|original|complete|entire) (?:article|story|post)(?: (?:at|on|here|from)\\b.{0,80})?\\W{0,3}', 2):
        (('read com', 'read ent', 'read ful', 'read ori', 'read the'), (), 113),
    ('whole', 'the post .{1,400} appeared first on .{1,150}', 2):
        (('the post',), (), 578),
    ('whole', '(?:this|the) (?:post|article|story) (?:was )?(?:originally |first )?(?:appeared|published|posted) (?:first |originally )?(?:on|at|in|by) .{1,150}', 2):
        (('the arti', 'the post', 'the stor', 'this art', 'this pos', 'this sto'), (), 202),
    ('whole', '.{0,400}\\bcontributed (?:to )?this (?:report|story|article)\\.?', 2):
        ((), ('contribu',), 428),
    ('whole', '\\(?(?:additional )?(?:reporting|writing|editing|compiled|research)(?: and (?:writing|editing))? by .{1,300}', 2):
        (('(additio', '(compile', '(editing', '(reporti', '(researc', '(writing', 'addition', 'compiled', 'editing ', 'reportin', 'research', 'writing '), (), 337),
    ('whole', '(?i:delivered by|from) (?:[Tt]he )?[A-Z][\\w.]{0,30}(?: [A-Z][\\w.]{0,30}){0,5}:?', 0):
        (('delivere', 'from '), (), 209),
    ('whole', 'this (?:article|story|piece) (?:was|is) (?:written|produced|republished|reprinted) .{1,250}', 2):
        (('this art', 'this pie', 'this sto'), (), 279),
    ('whole', '\\W{0,3}(?:reprinted|republished|reposted|used) with permission\\b.{0,150}', 2):
        ((), (' with pe',), 180),
    ('whole', '(?:article |story |post )?contributed by .{1,150}', 2):
        (('article ', 'contribu', 'post con', 'story co'), (), 173),
    ('whole', '[^|\\n]{1,250}?\\s(?:[Tt]he )?(?:Associated Press|ASSOCIATED PRESS|Reuters|REUTERS|AFP|Agence France-Presse|Xinhua|XINHUA|Bloomberg(?: News)?)\\s{0,3}\\|', 0):
        ((), ('|',), 279),
    ('whole', "\\W{0,3}(?:(?:compiled |information |material |reporting )?(?:from|with|by) )?(?:(?:[\\w.'’-]{1,20} )?(?:staff|times|post|herald|tribune|globe|star|journal|news|gazette|chronicle|press|sun) (?:and |& )?)?(?:wires|wire (?:reports|services|stories|dispatches)|news (?:services|agencies)|agency reports)\\W{0,3}", 2):
        ((), ('agencies', 'agency r', 'services', 'wire ', 'wires'), 73),
    ('whole', '.{0,200}\\bas a service to (?:its|our) readers\\b.{0,300}', 2):
        ((), (' readers',), 527),
    ('whole', 'content created by .{1,100}? is available\\b.{0,400}|this (?:story|article|post) has been (?:modified|adapted|edited|shortened) from its original version\\b.{0,200}', 2):
        (('content ', 'this art', 'this pos', 'this sto'), (), 532),
    ('whole', 'this (?:is a )?(?:post|article|story) (?:is )?from .{1,100}?(?:\\s{1,4}read the original (?:post|article|story)\\W{0,3}.{0,300})?|read the original (?:post|article|story)\\s{0,4}:.{0,300}', 2):
        (('read the', 'this art', 'this is ', 'this pos', 'this sto'), (), 458),
    ('whole', '(?:(?:published|updated|posted|last updated|first published)(?: on)?\\s{0,4}:?\\s{0,4})?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.? \\d{1,2},? \\d{4},?\\s{0,4}(?:[—–|-]|at)?\\s{0,4}\\d{1,2}:\\d{2}\\s?(?:[ap]\\.?m\\.?)?(?:\\s[A-Z]{2,4})?\\.?', 2):
        ((), (':',), 84),
    ('whole', '(?:[Tt]he )?(?:Associated Press|ASSOCIATED PRESS|Reuters|REUTERS|AFP|Agence France-Presse|Xinhua|XINHUA|Bloomberg(?: News)?),?\\s{1,4}\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\s{1,4}\\d{1,2}:\\d{2}(?:\\s{0,4}(?:[ap]\\.?m\\.?|[A-Z]{2,5}))?\\.?|.{0,250}\\[[Ll]ast (?:[Mm]odified|[Uu]pdated)\\s{0,4}:?[^\\]\\n]{1,80}\\]', 0):
        ((), ('/', '[last mo', '[last up'), 350),
    ('whole', '(?:.{1,80}?\\s)?\\d{1,2}:\\d{2}\\s?[ap]\\.?m\\.?\\s(?-i:[A-Z]{2,4})\\s{1,4}(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.? \\d{1,2},? \\d{4}\\.?', 2):
        ((), (':',), 120),
    ('whole', "(?:read more|read also|also read|see also|recommended|related|more|watch|listen|related coverage|related story|related article|related videos?|don['’]?t miss|must read|trending|explore further|editor['’]?s picks?)\\s{0,8}[:\\-–—»>|]{1,3}\\s{0,8}.{1,250}", 2):
        (('also rea', "don't mi", 'dont mis', 'don’t mi', "editor's", 'editors ', 'editor’s', 'explore ', 'listen', 'more', 'must rea', 'read als', 'read mor', 'recommen', 'related', 'see also', 'trending', 'watch'), (), 285),
    ('whole', '(?:read more|continue reading|keep reading|read the rest|read on|see more|view more|load more|show more)(?: (?:the main story|here|at|on|of|below|\\.\\.\\.|…)\\b.{0,80})?\\W{0,4}|(?:—|-|–)?more\\W{0,4}', 2):
        (('-more', 'continue', 'keep rea', 'load mor', 'more', 'read mor', 'read on', 'read the', 'see more', 'show mor', 'view mor', '–more', '—more'), (), 115),
    ('whole', '(?:story|article) continue[sd]? below\\W{0,3}', 2):
        (('article ', 'story co'), (), 26),
    ('whole', 'see more .{1,60} at\\s{0,4}:\\s{0,4}\\S.{0,80}|\\[\\s?read more(?: here)?\\s?\\]\\W{0,3}', 2):
        (('[', 'see more'), (), 162),
    ('whole', '[^.!?…\\n]{1,250}?\\s(?:read more|continue reading|read the full story)\\s{0,3}(?:[»›>→]{1,2}|…|\\.{3})\\W{0,2}', 2):
        ((), ('continue', 'read mor', 'read the'), 278),
    ('whole', '\\[\\s{0,4}(?:[^\\[\\]\\s]{1,60}\\s{1,4}){3,60}[^\\[\\]\\s]{1,60}\\s{0,4}\\][.:]?', 2):
        (('[',), (), 3911),
    ('whole', '.{1,900}?\\ball \\d{1,5} news articles\\s{0,3}»?', 2):
        ((), (' news ar',), 927),
    ('whole', '(?:please )?(?:you can )?(?:support|donate to|chip in (?:to|for)) (?:my|our|this (?:site|blog|channel)) (?:work|site|blog|channel|journalism|reporting|independent (?:journalism|media)|mission)\\b.{0,250}', 2):
        (('chip in ', 'donate t', 'please c', 'please d', 'please s', 'please y', 'support ', 'you can '), (), 312),
    ('whole', 'watch (?:it |this |the video )?on youtube\\W{0,3}|watch in times video\\W{0,3}|watch (?:the )?(?:full )?video(?: here| below| above)?\\W{0,3}|(?:video|photos?|gallery|audio|autoplay)\\W{0,3}', 2):
        (('audio', 'autoplay', 'gallery', 'photo', 'video', 'watch fu', 'watch in', 'watch it', 'watch on', 'watch th', 'watch vi'), (), 29),
    ('whole', '(?:watch|listen)\\b.{0,150}?:\\W{0,3}', 2):
        (('listen', 'watch'), (), 160),
    ('whole', 'read or share this story\\W{0,3}.{0,100}', 2):
        (('read or ',), (), 127),
    ('whole', '.{0,60}\\bclick (?:here|below|the link)\\b.{0,200}', 2):
        ((), ('click ',), 274),
    ('whole', '.{0,400}[.!?]\\s{1,4}click here\\b[^.!?\\n]{0,150}[.!?]?', 2):
        ((), ('click he',), 566),
    ('whole', "(?:[\\w'’ ]{1,40}[!.]\\s{0,4})?vote now\\W{0,3}", 2):
        ((), ('vote now',), 56),
    ('whole', 'join (?:our|the) .{0,60}\\b(?:forums?|community|discord|discussion|conversation|mailing list|facebook group)\\b.{0,200}', 2):
        (('join our', 'join the'), (), 283),
    ('whole', '.{0,100}\\bis (?:now )?available on (?:directv|dish|u-?verse|fios|xfinity|comcast|spectrum|roku|sling|cable)\\b.{0,400}', 2):
        ((), ('availabl',), 528),
    ('whole', '.{0,150}\\bbrought to you by\\b.{0,150}', 2):
        ((), ('brought ',), 317),
    ('whole', '.{0,200}\\b(?:share and republish|freely reproduced|republish our (?:reports|articles))\\b.{0,300}', 2):
        ((), ('freely r', 'republis', 'share an'), 522),
    ('whole', '.{0,200}\\blet us know (?:in the comments|what you think|your thoughts)\\b.{0,200}', 2):
        ((), ('let us k',), 427),
    ('whole', 'headline:\\s.{1,250}', 2):
        (('headline',), (), 260),
    ('whole', '(?:need a break\\?\\s{0,3})?(?:try |come |go )?play(?:ing)? (?:some of |one of )?our (?:[\\w-]{1,20} ){0,2}(?:games?|puzzles?|crosswords?|quiz(?:zes)?)(?: (?:here|now|online|today))?\\W{0,3}', 2):
        (('come pla', 'go play ', 'go playi', 'need a b', 'play one', 'play our', 'play som', 'playing ', 'try play'), (), 103),
    ('whole', 'story highlights\\s.{1,250}', 2):
        (('story hi',), (), 267),
    ('whole', '(?:go )?back to top(?: button)?\\W{0,3}(?:skip to:? .{0,40})?|skip (?:to|article header)\\b.{0,60}|close|(?:previous|next|prev)(?: post| article| story| page)?\\W{0,3}|home|menu|search|toggle navigation|scroll to top|jump to\\b.{0,40}|print this (?:page|article)', 2):
        (('back to ', 'close', 'go back ', 'home', 'jump to', 'menu', 'next', 'prev', 'print th', 'scroll t', 'search', 'skip art', 'skip to', 'toggle n'), (), 79),
    ('whole', 'home\\s{0,8}(?:»|›|>|/|\\|)\\s{0,8}.{1,200}', 2):
        (('home',), (), 221),
    ('whole', '(?:share|share this|share this (?:story|article|post|page)|share on|share via|spread the word|tweet|pin it|pin|email|e-mail|print|whatsapp|messenger|copy link|(?:share on )?(?:twitter|facebook|instagram|linkedin|reddit|pinterest|tumblr|whatsapp|telegram|youtube|tiktok|threads|x|e-?mail|print|pocket|flipboard|mastodon|bluesky|google\\+?))\\s{0,8}:?\\W{0,3}', 2):
        (('bluesky', 'copy lin', 'e-mail', 'email', 'facebook', 'flipboar', 'google', 'instagra', 'linkedin', 'mastodon', 'messenge', 'pin', 'pocket', 'print', 'reddit', 'share', 'spread t', 'telegram', 'threads', 'tiktok', 'tumblr', 'tweet', 'twitter', 'whatsapp', 'x', 'youtube'), (), 30),
    ('whole', '[\\d.,]{1,8}k?\\s{0,8}shares?\\b.{0,200}|share (?:this )?on (?:twitter|facebook|instagram|linkedin|reddit|pinterest|tumblr|whatsapp|telegram|youtube|tiktok|threads|x|e-?mail|print|pocket|flipboard|mastodon|bluesky|google\\+?)\\b.{0,100}', 2):
        ((), ('share',), 223),
    ('whole', '(?:(?:share this|share on|share|shares|tweet|pin|pin it|email|e-mail|print|like|follow|save|copy link|reddit|stumbleupon|digg|twitter|facebook|instagram|linkedin|reddit|pinterest|tumblr|whatsapp|telegram|youtube|tiktok|threads|x|e-?mail|print|pocket|flipboard|mastodon|bluesky|google\\+?)\\b\\W{0,3}\\s{0,8}){2,12}', 2):
        (('bluesky', 'copy lin', 'digg', 'e-mail', 'email', 'facebook', 'flipboar', 'follow', 'google', 'instagra', 'like', 'linkedin', 'mastodon', 'pin', 'pocket', 'print', 'reddit', 'save', 'share', 'stumbleu', 'telegram', 'threads', 'tiktok', 'tumblr', 'tweet', 'twitter', 'whatsapp', 'x', 'youtube'), (), 264),
    ('whole', '(?:(?:like this:?|like loading\\.{0,3}|loading\\.{0,3}|be the first to like this\\.?|share this:?|related)\\s{0,8}){1,5}', 2):
        (('be the f', 'like loa', 'like thi', 'loading', 'related', 'share th'), (), 170),
    ('whole', '(?:click to (?:share|email|print)\\b.{0,80}?\\(opens in new window\\)\\s{0,8}){1,12}', 2):
        (('click to',), (), 1476),
    ('whole', '(?:please )?(?:share|like|retweet|forward) (?:this|our|the) (?:story|article|post|page|video)\\b.{0,200}', 2):
        (('forward ', 'like our', 'like the', 'like thi', 'please f', 'please l', 'please r', 'please s', 'retweet ', 'share ou', 'share th'), (), 227),
    ('whole', 'please (?:share|like|follow|retweet|forward|subscribe)\\b.{0,200}', 2):
        (('please f', 'please l', 'please r', 'please s'), (), 216),
    ('whole', '.{0,120}\\bshare this on (?:facebook|twitter|social media)\\b.{0,200}|.{0,120}\\blike (?:this|our) page\\b.{0,200}', 2):
        ((), ('like our', 'like thi', 'share th'), 346),
    ('whole', '(?:make sure to |be sure to )?share (?:this )?if you\\b.{0,200}|scroll down for more\\W{0,3}|add your name\\b.{0,250}', 2):
        (('add your', 'be sure ', 'make sur', 'scroll d', 'share if', 'share th'), (), 263),
    ('whole', 'see an error in this (?:article|story|post)\\?.{0,100}|.{0,60}\\bappreciate your support\\W{0,3}', 2):
        ((), ('apprecia', 'see an e'), 129),
    ('whole', 'subscribe (?:to|for|now|today)\\b.{1,150}', 2):
        (('subscrib',), (), 165),
    ('whole', 'sign up (?:for|to) (?:the|our) .{1,120}', 2):
        (('sign up ',), (), 136),
    ('whole', '(?:\\W{0,3})(?:you can |to )?(?:subscribe|sign up|signup)\\b.{0,150}\\b(?:newsletter|subscribe|subscription|inbox|updates|for free|free|today|briefing|digest|alerts?)\\b.{0,150}', 2):
        ((), ('sign up', 'signup', 'subscrib'), 332),
    ('whole', '.{0,150}\\b(?:delivered|sent|straight) (?:to|in|into) your inbox\\b.{0,150}|sign up(?: now| today| here| for free)?\\W{0,3}', 2):
        ((), (' your in', 'sign up'), 325),
    ('whole', '(?:sign up|subscribe|get|receive|join)\\b.{0,100}\\bnewsletters?\\b.{0,150}|.{0,60}\\bnewsletters?\\W{0,3}', 2):
        ((), ('newslett',), 270),
    ('whole', '(?:need an account\\?.{0,60}|already (?:a subscriber|a member|have an account)\\?.{0,80}|current print subscribers.{0,80}|log ?in|sign in|register)', 2):
        (('already ', 'current ', 'log in', 'login', 'need an ', 'register', 'sign in'), (), 105),
    ('whole', "(?:follow|like|find|join) (?:us|me|him|her|them|[A-Z][\\w.'-]{1,30}(?: [A-Z][\\w.'-]{1,30}){0,2}) on (?:(?:twitter|facebook|instagram|linkedin|reddit|pinterest|tumblr|whatsapp|telegram|youtube|tiktok|threads|x|e-?mail|print|pocket|flipboard|mastodon|bluesky|google\\+?))\\b.{0,200}", 2):
        (('find ', 'follow ', 'join ', 'like '), (), 315),
    ('whole', '(?:follow|like) us\\b.{0,100}', 2):
        (('follow u', 'like us'), (), 109),
    ('whole', 'check (?:me|us) out on (?:twitter|facebook|instagram|linkedin|reddit|pinterest|tumblr|whatsapp|telegram|youtube|tiktok|threads|x|e-?mail|print|pocket|flipboard|mastodon|bluesky|google\\+?)\\b.{0,100}', 2):
        (('check me', 'check us'), (), 125),
    ('whole', '(?:an online service is needed|you need an online service) to view this article in its entirety\\.?|to continue reading.{0,120}|this (?:article|content) is (?:for|available to) (?:subscribers|members) only.{0,120}|subscribe to (?:continue|read).{0,120}', 2):
        (('an onlin', 'subscrib', 'this art', 'this con', 'to conti', 'you need'), (), 165),
    ('whole', 'thank you for reading\\b.{0,200}\\b(?:free articles?|subscription|subscriber|\\d{1,2}[- ]day)\\b.{0,600}|(?:sub|subscriber[- ]only(?: content)?|subscribers only|premium(?: content)?)\\W{0,3}', 2):
        (('premium', 'sub', 'thank yo'), (), 834),
    ('whole', '\\d{0,6} ?(?:comments?|replies|responses)\\W{0,3}|(?:leave|post|add) a (?:comment|reply)\\W{0,3}|(?:please )?enable javascript to view the comments.{0,100}|comments are closed\\.?|what do you think(?: (?:about|of) (?:this|that|it))?\\?|view comments|show comments|join the (?:conversation|discussion)', 2):
        ((), (' a comme', ' a reply', 'comment', 'enable j', 'join the', 'replies', 'response', 'show com', 'view com', 'what do '), 145),
    ('whole', '.{0,20}% of readers think this story is fact\\. add your two cents\\.?|.{0,200}\\bcommenting policy\\b.{0,500}', 2):
        ((), ('% of rea', 'commenti'), 717),
    ('whole', '(?:we|this (?:web)?site|our (?:web)?site|.{0,60}\\buses?) (?:use )?cookies\\b.{0,300}|.{0,200}\\b(?:privacy policy|terms of (?:service|use))\\b.{0,40}(?:\\||\\(effective|affiliate link|terms of|privacy policy|cookie).{0,200}|by using this (?:web)?site.{0,300}|(?:privacy policy|terms of (?:service|use)|cookie (?:policy|settings))\\W{0,3}', 2):
        ((), ('by using', 'cookie ', 'cookies', 'privacy ', 'terms of'), 470),
    ('whole', '(?:featured |main |top |header |lead )?(?:image|photo|picture|video|graphic|illustration)s?(?: credits?)?(?: via| by| courtesy(?: of)?|:)\\s{0,8}.{0,150}', 2):
        (('featured', 'graphic ', 'graphic:', 'graphics', 'header g', 'header i', 'header p', 'header v', 'illustra', 'image ', 'image:', 'images ', 'images:', 'lead gra', 'lead ill', 'lead ima', 'lead pho', 'lead pic', 'lead vid', 'main gra', 'main ill', 'main ima', 'main pho', 'main pic', 'main vid', 'photo ', 'photo:', 'photos ', 'photos:', 'picture ', 'picture:', 'pictures', 'top grap', 'top illu', 'top imag', 'top phot', 'top pict', 'top vide', 'video ', 'video:', 'videos ', 'videos:'), (), 200),
    ('whole', '(?:credit|credits|caption|source image|image source|photograph|photo illustration|screenshot|screengrab|screen capture)(?:\\s{0,8}:\\s{0,8}.{0,150}|\\W{0,3})', 2):
        (('caption', 'credit', 'image so', 'photo il', 'photogra', 'screen c', 'screengr', 'screensh', 'source i'), (), 185),
    ('whole', ".{0,320}/\\s{0,8}(?:getty images?|afp|reuters|ap|associated press|epa|efe|shutterstock|istock(?:photo)?|alamy|bloomberg|sipa|zuma|xinhua|pa|anadolu|nurphoto|wikimedia commons|wireimage|filmmagic|invision|dpa)(?:\\s{0,8}/\\s{0,8}[\\w .'-]{1,40})?(?:,? file)?\\)?\\.?", 2):
        ((), ('/',), 411),
    ('whole', "\\(?(?:(?:getty images?|afp|reuters|ap|associated press|epa|efe|shutterstock|istock(?:photo)?|alamy|bloomberg|sipa|zuma|xinhua|pa|anadolu|nurphoto|wikimedia commons|wireimage|filmmagic|invision|dpa))(?: photos?| images?)?(?:/[\\w .'-]{1,60})?\\)?\\.?", 2):
        (('(a', '(b', '(d', '(e', '(f', '(g', '(i', '(n', '(p', '(r', '(s', '(w', '(x', '(z', 'a', 'b', 'd', 'e', 'f', 'g', 'i', 'n', 'p', 'r', 's', 'w', 'x', 'z'), (), 88),
    ('whole', ".{1,600}\\((?:(?:[Cc]redit|[Pp]hoto|[Ii]mage)s?:\\s{0,4})?(?:(?:[A-Z][\\w.'’-]{0,30} ){1,4}[A-Z][\\w.'’-]{0,30}(?:/(?:[A-Z]|dpa|epa)[\\w .'’/-]{0,60}|(?:,[\\w .'’-]{1,60})? via (?:AP|AFP|Reuters|Getty Images|dpa))|[A-Z][\\w.'’-]{0,30}/(?:AP|AFP|Reuters|EPA|Getty Images|dpa)\\b[\\w .'’/-]{0,40})\\)\\.?", 0):
        ((), ('(',), 852),
    ('whole', "(?:[A-Z][\\w.'’-]{1,30} ){1,3}[A-Z][\\w.'’-]{1,30}(?:\\s{0,3}/\\s{0,3}(?:[Tt]he )?[A-Z][\\w.&'’-]{1,30}(?: [A-Z][\\w.&'’-]{1,30}){0,3}| via (?:AP|AFP|Reuters|Getty Images|Getty))", 0):
        ((), (' via ', '/'), 265),
    ('whole', "(?:[A-Z][\\w.'’-]{1,30} ){1,3}[A-Z][\\w.'’-]{1,30}\\s{0,3}[,/|]\\s{0,3}(?:[Tt]he )?(?:Associated Press|ASSOCIATED PRESS|Reuters|REUTERS)\\.?", 0):
        ((), ('associat', 'reuters'), 155),
    ('whole', "(?:[A-Z][\\w.'’-]{1,30} ){1,4}[A-Z][\\w.'’-]{1,30}, (?:left|right|center|centre|second from (?:left|right)|top|bottom|front)\\b.{0,300}", 0):
        ((), (', bottom', ', center', ', centre', ', front', ', left', ', right', ', second', ', top'), 478),
    ('whole', 'file\\s{0,8}[-–—]\\s{0,8}.{0,600}\\bfile (?:photo|image|picture)\\b.{0,600}', 2):
        (('file',), (), 1233),
    ('whole', '(?:file\\s{0,8}[-–—]\\s{0,8})?in this (?:[\\w.]{3,10} \\d{1,2}(?:,? \\d{4})?,? )?(?:file |undated |handout |video |aerial )?(?:photo|image|picture|photograph|frame grab|still image)s?\\b.{0,900}', 2):
        (('file', 'in this '), (), 970),
    ('whole', '[\\w.%()+-]{1,120}\\.(?:jpe?g|png)', 2):
        ((), ('.jpeg', '.jpg', '.png'), 125),
    ('whole', '(?:show|hide) (?:captions?|thumbnails)|last slide\\s{0,8}next slide|(?:photo|article) reprints(?:\\s{0,8}\\|\\s{0,8}(?:photo|article) reprints)?|enlarge (?:this )?image|toggle caption|expand|\\d{1,3} of \\d{1,3}|(?:image|photo) \\d{1,3} of \\d{1,3}', 2):
        ((), (' caption', ' of ', ' reprint', ' thumbna', 'enlarge ', 'expand', 'image ', 'last sli', 'photo ', 'toggle c'), 49),
    ('whole', '(?:this|an?) (?:undated )?(?:image|photo|picture|photograph)s? (?:provided|released|made available|obtained|taken) by\\b.{0,600}', 2):
        (('a image ', 'a images', 'a photo ', 'a photog', 'a photos', 'a pictur', 'a undate', 'an image', 'an photo', 'an pictu', 'an undat', 'this ima', 'this pho', 'this pic', 'this und'), (), 642),
    ('whole', '.{1,300}\\bin an? (?:undated |recent |handout )?file (?:photo|image|picture)\\.?', 2):
        ((), ('file ima', 'file pho', 'file pic'), 327),
    ('whole', '(?:AP|Reuters|AFP|EPA|Getty Images) Photos? [A-Z][a-z].{10,600}', 0):
        (('afp phot', 'ap photo', 'epa phot', 'getty im', 'reuters '), (), 622),
    ('whole', '[^!?\\n]{10,400}?,(?: on)? (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day, )[a-z]{3,6}day, (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.? \\d{1,2}, \\d{4}\\.(?:\\s.{1,600})?', 2):
        ((), ('day, ',), 1037),
    ('whole', '(?:about the author|author bio|more from (?:this )?author|more by (?:this )?author)\\W{0,3}', 2):
        (('about th', 'author b', 'more by ', 'more fro'), (), 24),
    ('whole', "(?i:rss feed|older articles|more articles|other articles|recent articles|archives?|all posts) (?i:for|by|from) [A-Z][\\w.'’-]{0,30}(?: [A-Z][\\w.'’-]{0,30}){0,3}\\W{0,3}|(?i:by)\\W{0,3}", 0):
        (('all post', 'archive ', 'archives', 'by', 'more art', 'older ar', 'other ar', 'recent a', 'rss feed'), (), 151),
    ('whole', '(?:©|\\(c\\)|copyright\\s{0,8}(?:©|\\(c\\)|\\d{4}))\\s{0,8}.{0,500}', 2):
        (('(c)', 'copyrigh', '©'), (), 529),
    ('whole', '.{0,200}\\ball rights reserved\\b.{0,400}', 2):
        ((), ('all righ',), 619),
    ('whole', "(?:disclaimer|editor['’]?s note)\\s{0,8}:.{0,900}|this article (?:was|is) (?:funded|sponsored|paid for) .{0,300}|the views (?:and opinions )?expressed .{0,500}|(?:this|the) (?:article|content|post) (?:does not|doesn['’]?t) (?:constitute|represent) .{0,300}", 2):
        (('disclaim', "editor's", 'editors ', 'editor’s', 'the arti', 'the cont', 'the post', 'the view', 'this art', 'this con', 'this pos'), (), 922),
    ('whole', ".{0,200}\\b(?:cannot|can not|can['’]t|do not|does not|make no|makes no)\\b.{0,40}\\bwarrant(?:y|ies|ees?)\\b.{0,300}", 2):
        ((), ('warrant',), 558),
    ('whole', '(?:tags?|tagged|filed under|topics?|categor(?:y|ies)|keywords|posted in)\\s{0,8}:.{0,400}|posted in [^.!?]{1,150}', 2):
        (('categori', 'category', 'filed un', 'keywords', 'posted i', 'tag', 'topic'), (), 420),
    ('whole', '(?![(\\[]?\\d{1,3}[).\\]]\\s)(?:[^.!?\\n]|[.!?](?!\\s)){2,160}?[^\\s.!?:;,\\"”’]\\s{1,4}\\(?(?:https?://|www\\.)\\S{1,500}', 2):
        ((), ('://', 'www.'), 674),
    ('whole', '\\(?(?:https?://|www\\.)\\S{1,500}\\)?', 2):
        (('(http://', '(https:/', '(www.', 'http://', 'https://', 'www.'), (), 510),
    ('whole', '(?:e-?mail|tel|telephone|phone|fax|contact|whatsapp)\\s{0,8}:\\s{0,8}\\S.{0,120}', 2):
        (('contact', 'e-mail', 'email', 'fax', 'phone', 'tel', 'whatsapp'), (), 147),
    ('whole', '[\\w.+-]{1,60}@[\\w-]{1,60}(?:\\.[\\w-]{1,30}){1,4}(?:\\s{0,4}[|,]?\\s{0,4}\\+?[\\d(][\\d ().-]{6,20}\\d)?', 2):
        ((), ('@',), 277),
    ('whole', '\\+[0-9]{1,3}(?:[ .-][0-9]{2,5}){2,4}|(?:1[ .-])?\\(?[0-9]{3}\\)?[ .-][0-9]{3}[-.][0-9]{4}', 2):
        ((), ('+', '-', '.'), 28),
    ('whole', 'contact (?:me|us)\\W{0,3}|(?:website|web|twitter|tweet|skype|facebook|instagram|youtube|gab|telegram)\\s{0,4}:\\s{0,4}(?:https?://|www\\.|@)\\S{1,200}|skype\\s{0,4}:\\s{0,4}\\S{1,60}', 2):
        (('contact ', 'facebook', 'gab', 'instagra', 'skype', 'telegram', 'tweet', 'twitter', 'web', 'youtube'), (), 226),
    ('whole', 'view this post on instagram|view (?:this )?(?:post|tweet) on (?:instagram|twitter|x)\\W{0,3}', 2):
        (('view pos', 'view thi', 'view twe'), (), 31),
    ('whole', '(?:\\[\\s{0,8}(?:…|\\.\\.\\.)\\s{0,8}\\]|…|\\.\\.\\.)', 2):
        (('...', '[', '…'), (), 21),
    ('whole', '[\\s*•·=_~#+\\-–—―─━]{1,160}', 2):
        ((), (), 160),
    ('whole', '[-+]?\\d{1,3}\\.\\d{3,8}\\s{0,4}[,;]?\\s{0,4}[-+]?\\d{1,3}\\.\\d{3,8}', 2):
        ((), ('.',), 35),
    ('whole', '[a-z]', 0):
        ((), (), 1),
    ('whole', '[0-9]{5,14}', 2):
        ((), (), 14),
    ('whole', 'this (?:is a )?(?:breaking|developing) (?:news )?story\\b.{0,150}|(?:this|the) (?:story|article) (?:will be|is being|may be) updated\\b.{0,150}', 2):
        (('the arti', 'the stor', 'this art', 'this bre', 'this dev', 'this is ', 'this sto'), (), 181),
    ('whole', 'posted by .{1,60} on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.? \\d{1,2},? \\d{4}\\W{0,3}', 2):
        (('posted b',), (), 107),
    ('whole', "(?:check also|related|related (?:articles?|posts?|stories|coverage|content|news|reading|links|topics|videos?)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:from|in|on) .{1,40}|more (?:stories|news|articles|headlines)|recommended(?: for you| stories| reading| articles)?|(?:trending|popular|top|latest) (?:now|stories|posts|news|articles)|read next|what to read next|also read|read more|for more information see|further reading|in other news|most (?:read|popular|viewed|shared)|don['’]?t miss|more like this|around the web|from the web|sponsored stories|(?:previous|earlier|prior|past|recent|more|our|full|additional|complete) coverage|(?:previously|earlier|elsewhere) (?:on|in) [^.!?]{1,40}|also(?: on [^.!?]{1,30})?|(?:you can )?(?:also )?contact us in the following ways|other stories)\\s{0,8}[:»›>|…-]{0,2}", 2):
        (('addition', 'also', 'around t', 'check al', 'complete', 'contact ', "don't mi", 'dont mis', 'don’t mi', 'earlier ', 'elsewher', 'for more', 'from the', 'full cov', 'further ', 'in other', 'latest a', 'latest n', 'latest p', 'latest s', 'more art', 'more cov', 'more fro', 'more hea', 'more in ', 'more lik', 'more new', 'more on ', 'more sto', 'most pop', 'most rea', 'most sha', 'most vie', 'other st', 'our cove', 'past cov', 'popular ', 'previous', 'prior co', 'read mor', 'read nex', 'recent c', 'recommen', 'related', 'sponsore', 'top arti', 'top news', 'top now', 'top post', 'top stor', 'trending', 'what to ', 'you can ', 'you may ', 'you migh'), (), 64),
    ('whole', '(?:story )?highlights\\s{0,8}[:»›>|…-]{0,2}', 2):
        (('highligh', 'story hi'), (), 26),
    ('whole', "(?:[—–-] ?)?(?:[A-Z][\\w.'’-]{1,30} ){1,3}(?:is|was) (?:a|an|the) (?:[\\w-]{1,30} ){0,4}(?i:writer|reporter|columnist|meteorologist|anchor|photographer|photojournalist|videographer|critic|correspondent|contributor|editor|journalist|author|blogger|freelancer|fellow|panelist|producer|intern)\\b.{0,500}", 0):
        ((), ('is a ', 'is an ', 'is the ', 'was a ', 'was an ', 'was the '), 745),
    ('whole', '.{0,600}\\b(?:contributed to this (?:report|story)|can be reached at)\\b.{0,600}', 2):
        ((), ('can be r', 'contribu'), 1226),
    ('whole', "(?:[A-Z][\\w.'’-]{1,30} ){1,3}[A-Z][\\w.'’-]{1,30},? (?:covers|writes about|writes on|reports on) .{1,400}", 0):
        ((), (' covers ', ' reports', ' writes '), 542),
    ('whole', "(?:[Tt]he )?(?:[A-Z][\\w.&'’-]{0,30} ){0,7}(?:[A-Z][\\w&'’-]{0,30}\\.(?:com|org|net)|[A-Z][\\w.&'’-]{0,30}(?:, [A-Z]{2,10},)? (?:is|was) (?:a|an|the|one of) .{0,300}?\\b(?:organi[sz]ation|think[- ]tank|institute|non-?profit|charity|foundation|company|firm|agency|association|network|provider|publisher)\\b.{0,900}?(?:\\b(?:[Ii]ts|[Oo]ur) mission\\b|\\b[Vv]isit\\b|www\\.|\\.org\\b|\\.com\\b|\\bfounded in\\b|\\bheadquartered\\b|\\b[Ll]earn more\\b|\\bfor more information\\b)) .{0,1000}", 0):
        ((), (' is a ', ' is an ', ' is one ', ' is the ', ' was a ', ' was an ', ' was one', ' was the', '.com', '.net', '.org'), 2517),
    ('whole', "(?:[Bb]y|BY) [A-Z][\\w.'’-]{1,30}(?: [A-Z][\\w.'’-]{1,30}){0,3}", 0):
        (('by ',), (), 130),
    ('whole', '(?:authors?|written by|words)\\s{0,4}:\\s{0,4}.{1,200}', 2):
        (('author', 'words', 'written '), (), 219),
    ('whole', "(?i:about) [A-Z][\\w.'’-]{1,30}(?: [A-Z][\\w.'’-]{1,30}){1,2}\\W{0,3}", 0):
        (('about ',), (), 104),
    ('whole', "(?:[—–-] ?)?(?:[A-Z][\\w.'’-]{1,30} ){1,2}[A-Z][\\w.'’-]{1,30},? (?:is|was|serves as) (?:(?:a|an|the) )?(?:[\\w-]{1,30} ){0,3}(?i:founder|co-founder|president|director|chairman|chair|commander|head|publisher|professor|pastor|member|host|owner|partner|analyst|strategist|consultant|attorney|lawyer) (?:of|at|with|for)\\b.{0,600}", 0):
        ((), (' is ', ' serves ', ' was '), 821),
    ('inline', '(?:go )?back to top\\.?\\s*skip to:?\\s*start of article\\.?|skip article header\\.?\\s*skip to:?\\s*start of article\\.?', 2):
        ((), ('back to ', 'skip art'), 1073741824),
    ('inline', '(?:an online service is needed|you need an online service) to view this article in its entirety\\.?|thank you for reading \\d{1,3} free articles\\b[^\\n]{0,400}?(?=you need an online service|$)|choose an online service\\.', 2):
        ((), (' free ar', ' to view', 'choose a'), 1073741824),
    ('inline', '\\[ad_\\d{1,4}\\]', 2):
        ((), ('[ad_',), 1073741824),
    ('inline', 'suppress this ad slot\\s?\\.?', 2):
        ((), ('suppress',), 1073741824),
    ('inline', 'kAm[^\\n]{1,20000}?k\\^Am', 0):
        ((), ('k^am',), 1073741824),
    ('inline', '×\\s[^\\n]{1,800}?\\bbuy now\\b\\W{0,3}', 2):
        ((), ('buy now',), 1073741824),
    ('inline', '\\[(embed|audio|video|youtube)\\b[^\\]]{0,500}\\][^\\[\\]]{0,500}\\[/\\1\\]', 2):
        ((), ('[/',), 1073741824),
    ('inline', '\\[caption\\b[^\\]]{0,500}\\].{0,1000}?\\[/caption\\]', 2):
        ((), ('[/captio',), 1073741824),
    ('inline', '\\[/?(?:caption|embed|video|audio|gallery|youtube|tweet|playlist|contact-form(?:-7)?|vc_\\w{1,30}|et_pb_\\w{1,30}|su_\\w{1,30}|soundcloud|instagram|facebook|twitter|iframe|googlemaps|wpvideo|jwplayer|ad|adsense|ads?_\\w{1,20}|related\\w{0,20}|button|box|column|row|dropcap|pullquote|quote|media|slider|shortcode)\\b[^\\]]{0,500}\\]', 2):
        ((), ('[',), 1073741824),
    ('inline', '(?:click to (?:share|email|print) (?:on |this |a link )?[^()\\n]{0,40}\\(opens in new window\\)\\s*)+', 2):
        ((), ('(opens i',), 1073741824),
    ('inline', 'pic\\.twitter\\.com/\\w{1,30}', 2):
        ((), ('pic.twit',), 1073741824),
    ('inline', 'https?://t\\.co/\\w{1,20}', 2):
        ((), ('://t.co/',), 1073741824),
    ('inline', '\\((?:photo|image|picture|photograph|video|credit|pictured|file photo)s?(?: by| credit| via| courtesy(?: of)?)?\\s*:?\\s*[^()\\n]{1,100}\\)', 2):
        ((), ('(',), 1073741824),
    ('inline', '\\(\\s?(?:(?:getty images|shutterstock|istock(?:photo)?|alamy|wireimage|filmmagic)(?:/[^()\\n]{1,60})?(?:, file)?\\)|(?:(?:getty images?|afp|reuters|ap|associated press|epa|efe|shutterstock|istock(?:photo)?|alamy|bloomberg|sipa|zuma|xinhua|pa|anadolu|nurphoto|wikimedia commons|wireimage|filmmagic|invision|dpa))(?: photos?| images?|/)[^()\\n]{0,60}\\))', 2):
        ((), ('(',), 1073741824),
    ('inline', 'featured image (?:via|by|credit|courtesy of)\\s*:?[^\\n]{1,120}$', 2):
        ((), ('featured',), 1073741824),
    ('inline', '\\[\\s*(?:…|\\.\\.\\.)\\s*\\]', 2):
        ((), ('[',), 1073741824),
    ('inline', 'expand \\| collapse\\s?', 2):
        ((), ('expand |',), 1073741824),
    ('inline', '\\[(?:related|read more|read also|also read|see also|more|watch|listen|previously|related story|related coverage)\\s*:[^\\[\\]\\n]{1,200}\\]', 2):
        ((), ('[also re', '[listen', '[more', '[previou', '[read al', '[read mo', '[related', '[see als', '[watch'), 1073741824),
    ('inline', '(?:\\A|(?<=[.!?…\\"”’]\\s))(?:story |article )?(?:continued below|continues below|continue below)\\s{0,3}(?:\\.{2,3}|…|:)', 2):
        ((), ('continue',), 1073741824),
    ('inline', '(?<=[.!?…\\"”’])\\s{1,4}(?:read more|continue reading)\\s{0,3}[»›>→]{1,2}\\s*$', 2):
        ((), ('continue', 'read mor'), 1073741824),
    ('inline', '\\(?javascript must be enabled to view this email address\\)?\\.?', 2):
        ((), ('javascri',), 1073741824),
    ('inline', 'media contact\\s{0,4}:[^\\n]{0,300}$', 2):
        ((), ('media co',), 1073741824),
    ('inline', "\\A[^|\\n]{10,300} \\| (?:[\\w.'’-]{1,30} ){0,3}[\\w.'’-]{1,30}/(?:(?:getty images?|afp|reuters|ap|associated press|epa|efe|shutterstock|istock(?:photo)?|alamy|bloomberg|sipa|zuma|xinhua|pa|anadolu|nurphoto|wikimedia commons|wireimage|filmmagic|invision|dpa))(?:/[\\w .'-]{1,40})?(?: via (?:getty(?: images)?|ap|reuters))?\\s", 2):
        ((), (' | ',), 1073741824),
    ('inline', 'read (?:the )?(?:full|original|complete|entire) (?:article|story|post)(?: (?:at|on|here|from)\\b[^\\n]{0,80})?$', 2):
        ((), ('read ',), 1073741824),
    ('inline', '(?:read more|continue reading)\\s*(?:…|\\.\\.\\.)\\s*$', 2):
        ((), ('continue', 'read mor'), 1073741824),
    ('inline', '(?<=[.!?\\"”’])\\s{1,4}click here\\b[^.!?\\n]{0,100}?:?\\s{0,4}https?://\\S{1,300}\\s*$', 2):
        ((), ('://',), 1073741824),
    ('inline', '</?(?:p|br|div|span|a|em|strong|b|i|u|img|figure|figcaption|iframe|script|style|ul|ol|li|h[1-6]|blockquote)\\b[^<>\\n]{0,500}>', 2):
        ((), ('<',), 1073741824),
}
