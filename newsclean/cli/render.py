"""Rich terminal view of an Article. Only the CLI imports this module."""
from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar, cast

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Article

REMOVED_TEXT_CHARS = 160  # of each removed artifact shown
# Characters a terminal would act on (escape sequences, bells, carriage returns).
TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

T = TypeVar("T")


def print_article(article: Article, console: Console | None = None, *, show_removed: bool = True) -> None:
    (console or Console()).print(article_view(terminal_safe(article), show_removed=show_removed))


def article_view(article: Article, *, show_removed: bool = True) -> Group:
    """Everything is built from Text objects, so article text is never read as markup."""
    parts: list[RenderableType] = [_header(article), Text("\n\n".join(article.paragraphs) or "(no article text)")]
    if article.quotes:
        parts.append(_quotes(article))
    if article.officials:
        parts.append(_officials(article))
    if show_removed and article.removed:
        parts.append(_removed(article))
    parts.extend(Text("warning: " + w, style="yellow") for w in article.warnings)
    return Group(*parts)


def _header(article: Article) -> Panel:
    """Headline, then categories · byline · date, then the dek, framed and titled with the source."""
    meta = Text()
    if article.categories:
        meta.append(" › ".join(article.categories), style="cyan")
    if article.authors:
        meta.append(("  ·  " if meta else "") + "By " + ", ".join(article.authors), style="green")
    if article.published:
        meta.append(("  ·  " if meta else "") + article.published, style="magenta")
    lines = [Text(article.headline or "(no headline)", style="bold")]
    if meta:
        lines.append(meta)
    if article.dek:
        lines.append(Text(article.dek, style="italic"))
    return Panel(Group(*lines), title=Text(article.source or "article"), title_align="left")


def _quotes(article: Article) -> Table:
    table = Table(title="Quotes", show_lines=False, expand=True)
    table.add_column("Speaker", style="green", no_wrap=True, ratio=1)
    table.add_column("Quote", ratio=4)
    for q in article.quotes:
        table.add_row(Text(q.speaker or "?"), Text(q.text))
    return table


def _officials(article: Article) -> Table:
    table = Table(title="Officials", expand=True)
    for col in ("Name", "Title", "Affiliation", "Mentions"):
        table.add_column(col, justify="right" if col == "Mentions" else "left")
    for o in article.officials:
        table.add_row(Text(o.name), Text(o.title or ""), Text(o.affiliation or ""), str(o.mentions))
    return table


def _removed(article: Article) -> Table:
    table = Table(title=f"Removed ({len(article.removed)})", expand=True, style="dim")
    table.add_column("Rule", no_wrap=True)
    table.add_column("Text")
    for r in article.removed:
        shown = r.text if len(r.text) <= REMOVED_TEXT_CHARS else r.text[:REMOVED_TEXT_CHARS - 3] + "…"
        table.add_row(Text(r.rule), Text(shown))
    return table


def terminal_safe(value: T) -> T:
    """A copy with terminal control characters shown as U+FFFD: a file name or a page
    title holding an escape sequence is displayed, never executed by the terminal."""
    if isinstance(value, str):
        return cast(T, TERMINAL_CONTROL.sub("\ufffd", value))
    if isinstance(value, list):
        return cast(T, [terminal_safe(v) for v in value])
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {f.name: terminal_safe(getattr(value, f.name))
                                   for f in dataclasses.fields(value) if f.init}
        return cast(T, dataclasses.replace(value, **changes))
    return value
