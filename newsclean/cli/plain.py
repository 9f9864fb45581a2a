"""Plain-text output: what goes into a pipe or a file, and the text of several articles
one after another. No click or rich here."""
from __future__ import annotations

import re

from ..model import Article

# Characters a terminal would act on (escape sequences, bells, carriage returns).
TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown_name(name: str) -> str:
    """A file name as printed: control characters shown as U+FFFD, never acted on."""
    return TERMINAL_CONTROL.sub("\ufffd", name)


def article_heading(source: str) -> str:
    """The line that opens each article when several are printed one after another,
    as ``head`` and ``tail`` head each file."""
    return f"==> {shown_name(source)} <=="


def one_of_several(source: str, text: str, *, first: bool) -> str:
    """An article's text headed by its name, a blank line before all but the first."""
    return ("" if first else "\n") + article_heading(source) + "\n" + text.rstrip("\n") + "\n"


def header_lines(article: Article) -> list[str]:
    """The headline, then sections, byline and date on one line (those it has)."""
    lines = [article.headline] if article.headline else []
    meta = [" › ".join(article.categories)] if article.categories else []
    if article.authors:
        meta.append("By " + ", ".join(article.authors))
    if article.published:
        meta.append(article.published)
    if meta:
        lines.append(" · ".join(meta))
    return lines


def plain_article(article: Article) -> str:
    """An article as plain text, for a pipe or a file: its header lines, a blank line,
    the clean body; one line per paragraph, no box drawing, nothing padded."""
    head = header_lines(article)
    return "\n".join(head) + ("\n\n" if head else "") + article.body + "\n"
