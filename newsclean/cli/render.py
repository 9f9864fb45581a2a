"""Rich terminal view of an Article. Only the CLI imports this module."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Article


def article_view(article: Article, *, show_removed: bool = True) -> Group:
    """Everything is built from Text objects, so article text is never read as markup."""
    parts: list = []
    title = Text(article.headline or "(no headline)", style="bold")
    meta = Text()
    if article.categories:
        meta.append(" › ".join(article.categories), style="cyan")
    if article.authors:
        meta.append(("  ·  " if meta else "") + "By " + ", ".join(article.authors), style="green")
    if article.published:
        meta.append(("  ·  " if meta else "") + article.published, style="magenta")
    header = [title]
    if meta:
        header.append(meta)
    if article.dek:
        header.append(Text(article.dek, style="italic"))
    parts.append(Panel(Group(*header), title=Text(article.source or "article"), title_align="left"))
    body = Text("\n\n".join(article.paragraphs) or "(no article text)")
    parts.append(body)
    if article.quotes:
        table = Table(title="Quotes", show_lines=False, expand=True)
        table.add_column("Speaker", style="green", no_wrap=True, ratio=1)
        table.add_column("Quote", ratio=4)
        for q in article.quotes:
            table.add_row(Text(q.speaker or "?"), Text(q.text))
        parts.append(table)
    if article.officials:
        table = Table(title="Officials", expand=True)
        for col in ("Name", "Title", "Affiliation", "Mentions"):
            table.add_column(col, justify="right" if col == "Mentions" else "left")
        for o in article.officials:
            table.add_row(Text(o.name), Text(o.title or ""), Text(o.affiliation or ""), str(o.mentions))
        parts.append(table)
    if show_removed and article.removed:
        table = Table(title=f"Removed ({len(article.removed)})", expand=True, style="dim")
        table.add_column("Rule", no_wrap=True)
        table.add_column("Text")
        for r in article.removed:
            table.add_row(Text(r.rule), Text(r.text if len(r.text) <= 160 else r.text[:157] + "…"))
        parts.append(table)
    for w in article.warnings:
        parts.append(Text("warning: " + w, style="yellow"))
    return Group(*parts)


def print_article(article: Article, console: Console | None = None, **kw) -> None:
    (console or Console()).print(article_view(article, **kw))
