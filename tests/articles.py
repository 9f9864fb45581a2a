"""Small invented articles shared by the CLI, batch and hostile-input tests."""

HARBOUR = """\
Harbour ferry fares to rise in spring

[ad_1]

Ferry fares across Lindqvist Bay will rise by eight percent from April, the harbour authority said on Monday, the first increase in four years.

The authority blamed higher fuel and insurance costs. “We held prices for as long as we could,” said Tove Aaland, the authority's finance director.

Commuters who buy a monthly pass will see a smaller rise of five percent.

[ad_2]
Source link
"""

ORCHARD = """\
Orchard growers count frost damage

Growers in the Valmora hills lost up to a third of their apricot blossom to two nights of frost last week, the regional farmers' union said.

"It is too early to say what the harvest will look like," said Ilse Varga, who farms forty hectares near Corvel.

Share this:
"""

LIBRARY_HTML = """\
<!doctype html>
<html><head><title>Library extends opening hours | Local News</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Library extends opening hours</h1>
<p>The central library in Brannock will open until nine in the evening on weekdays from next month, the council announced on Thursday.</p>
<p>The longer hours are paid for by a grant from a local trust, which will cover the cost for two years.</p>
<p>Students had asked for later opening during the exam season, the head librarian, Moss Okafor, said.</p>
</article>
<footer>© 2024 Brannock Courier. All rights reserved.</footer>
</body></html>
"""
