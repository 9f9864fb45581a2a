"""A story and a page around it, shared by the HTML stage's tests."""
from newsclean import process

PARAS = [
    "The county council voted on Tuesday to reopen the Eastgate swimming baths, closed since a roof leak in March.",
    "Repairs to the roof and the boiler will cost about 1.2 million, paid from the leisure budget and a lottery grant.",
    "Swimming clubs had asked for the baths to reopen before the winter league starts, and most of them will train there again.",
]
STORY = "".join(f"<p>{p}</p>" for p in PARAS)
# One of each kind of boilerplate, by what it is.
BOILERPLATE = {
    "navigation": '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>',
    "header": '<header><a href="/">Eastgate Echo</a> <span>Your town, your news, every morning since 1911</span></header>',
    "footer": '<footer><p>Eastgate Echo, 4 Mill Road. Registered in the county, company number 41122.</p></footer>',
    "cookie banner": '<div class="cookie-notice"><p>We use cookies to give you the best experience on our site, accept to continue.</p></div>',
    "share bar": '<div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share by email with a friend</a></div>',
    "related stories": '<div class="related-articles"><h3>Read next</h3><p>Ice rink plans rejected by the committee after a long debate</p></div>',
    "newsletter form": '<div class="newsletter-box"><p>Get the Morning Echo delivered free to your inbox every single day of the week.</p><form><input></form></div>',
    "author box": '<div class="author-bio"><p>Priya Lindgren has covered the council for the Echo for nine years and lives on the east side.</p></div>',
    "comments": '<section id="comments"><p>Great to see the pool coming back, my kids learned to swim there years and years ago.</p></section>',
    "sidebar": '<div class="sidebar"><h3>Most read today</h3><p>Bus lane cameras switched on along the ring road this weekend.</p></div>',
    "ad slot": '<div class="ad-container"><span>Advertisement: holiday cottages on the coast from 99 a night, book now</span></div>',
    "embedded post widget": '<div class="instagram-embed"><a href="https://social.example/p/1">View this post on the app</a>'
                            '<span>Swim club (@eastgateswim)</span></div><script src="https://platform.example/embed.js"></script>',
    # an embedded post's widget (its own text, a <blockquote>, is story text: tests/clean/test_posts.py)
    "embedded tweet": '<div class="twitter-embed"><p>Tweets by @morningecho: follow the Echo for the latest</p></div>'
                      '<script src="https://platform.example/widgets.js"></script>',
    "caption and credit": '<figure><img src="pool.jpg"><figcaption>The main pool before the leak, seen from the gallery. Photo: Echo archive</figcaption></figure>',
    "caption by class": '<div class="wp-caption"><img src="pool.jpg"><p class="wp-caption-text">The main pool before the leak, seen from the gallery</p></div>',
    "tag list": '<ul class="post-tags"><li><a href="/t/pools">Pools</a></li><li><a href="/t/council">Council</a></li></ul>',
    "pop-up": '<div class="modal-subscribe"><p>You have read three free stories this month, subscribe for unlimited access.</p></div>',
    "dateline tag": '<span class="articleLocation">EASTGATE</span>',
    "hidden text": '<div style="display: none"><p>Subscribers get early access to every story we publish on the site each day.</p></div>',
}


def make_page(head: str = "", body: str = "", story: str = STORY) -> str:
    return (f"<!DOCTYPE html><html><head>{head}</head><body>{body}"
            f"<article><div class='entry-content'>{story}</div></article></body></html>")


def run(markup: str, source: str = "page.html"):
    return process(markup.encode("utf-8"), source=source)
