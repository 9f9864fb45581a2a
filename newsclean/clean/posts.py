"""Embedded social-media posts kept in the body, without their widget's furniture.

A reaction story is made of the posts it embeds: their text stays a paragraph of the
body, as the reader saw it. What goes is what the widget adds: the image link
(``pic.twitter.com/…``, an inline rule), the shortened link, and the credit line,
"— Name (@handle) June 2, 2016" (:data:`~.rules.POST_CREDITS`), which is kept as a
:class:`Post` beside the body, so that the post can be told from prose and credited
to its account holder (by the people stage, which would turn the post into a quote
with the account holder as its speaker).
"""
from __future__ import annotations

from dataclasses import dataclass

from .rules import POST_CREDITS, Rule

__all__ = ["Credit", "Post", "find_credit"]


@dataclass(frozen=True, slots=True)
class Post:
    """An embedded post: its text (a paragraph of the body) and who posted it, when."""

    text: str
    author: str | None
    handle: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class Credit:
    """A post's credit line found at the end of a paragraph: where it starts, the rule
    that found it, what it says."""

    start: int
    rule: Rule
    text: str
    author: str | None
    handle: str | None
    date: str | None

    def post(self, text: str) -> Post:
        return Post(text, self.author, self.handle, self.date)


def find_credit(paragraph: str) -> Credit | None:
    """The credit line that ends ``paragraph`` (the whole of it, when the widget put the
    credit on a line of its own), or None."""
    if "(@" not in paragraph:  # every credit names the account
        return None
    for rule in POST_CREDITS:
        m = rule.pattern.search(paragraph)
        if m is not None:
            author = (m.group("name") or "").strip() or None
            return Credit(m.start(), rule, m.group(0).strip(), author, m.group("handle"), m.group("date"))
    return None
