"""Rich terminal view of an Article. Only the CLI imports this module."""
from __future__ import annotations

import dataclasses
import os
from typing import Any, TypeVar, cast

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Article
from .audit import Audit
from .plain import TERMINAL_CONTROL, diff_pieces
from .table import COLUMNS, ArticleRow

REMOVED_TEXT_CHARS = 160  # of each removed artifact shown
SPEAKER_MIN_WIDTH = 12  # the speaker column's widest, at the least (a third of the width on a wide terminal)

T = TypeVar("T")


def print_article(article: Article, console: Console | None = None, *, show_removed: bool = True) -> None:
    console = console or Console()
    console.print(article_view(terminal_safe(article), show_removed=show_removed, width=console.width))


def article_view(article: Article, *, show_removed: bool = True, width: int = 80) -> Group:
    """Everything is built from Text objects, so article text is never read as markup.
    Names are never cut short: a column too narrow for one wraps it between words."""
    parts: list[RenderableType] = [_header(article), Text("\n\n".join(article.paragraphs) or "(no article text)")]
    if article.quotes:
        parts.append(_quotes(article, width))
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


def _quotes(article: Article, width: int) -> Table:
    table = Table(title="Quotes", show_lines=False, expand=True)
    table.add_column("Speaker", style="green", max_width=max(SPEAKER_MIN_WIDTH, width // 3), overflow="fold")
    table.add_column("Quote", ratio=1, overflow="fold")
    for q in article.quotes:
        table.add_row(Text(q.speaker or "?"), Text(q.text))
    return table


def _officials(article: Article) -> Table:
    table = Table(title="Officials", expand=True)
    for col in ("Name", "Title", "Affiliation", "Mentions"):
        table.add_column(col, justify="right" if col == "Mentions" else "left", overflow="fold")
    for o in article.officials:
        table.add_row(Text(o.name), Text(o.title or ""), Text(o.affiliation or ""), str(o.mentions))
    return table


def _removed(article: Article) -> Table:
    table = Table(title=f"Removed ({len(article.removed)})", expand=True, style="dim")
    table.add_column("Rule", no_wrap=True)
    table.add_column("Text", overflow="fold")
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


# The table gives each article one line when its headline column can be this wide;
# on a narrower terminal it puts the headline and section under the file name, so
# that the counts keep their columns.
HEADLINE_MIN_WIDTH = 36
NARROW_HEADINGS = {"Warnings": "Warn."}
SECTION_MAX_WIDTH = 20


def articles_table(rows: list[ArticleRow], width: int) -> Table:
    """The table of a batch's articles for a terminal ``width`` columns wide: file
    names shown whole (folded if need be), under the folder they share; a headline
    too long for its column ends in an ellipsis."""
    folder = shared_folder([row.source for row in rows])
    names = [terminal_safe(row.source[len(folder):]) for row in rows]
    rows = [terminal_safe(row) for row in rows]
    table = Table(box=None, padding=(0, 1), pad_edge=False, expand=False, header_style="bold underline",
                  title=Text(folder, style="bold") if folder else None, title_justify="left")
    longest = max((len(name) for name in names), default=4)
    section_width = max(len("Section"), min(max((len(row.section) for row in rows), default=0), SECTION_MAX_WIDTH))
    headline_width = width - _counts_width(rows, [h for h, _, _ in COLUMNS[3:]]) - min(longest, width // 3) \
        - section_width - 4
    wide = headline_width >= HEADLINE_MIN_WIDTH
    headings = [heading if wide else NARROW_HEADINGS.get(heading, heading) for heading, _, _ in COLUMNS[3:]]
    name_width = min(longest, width // 3 if wide else width // 2)
    if wide:
        table.add_column("File", overflow="fold", width=name_width)
        table.add_column("Headline", no_wrap=True, overflow="ellipsis", max_width=headline_width)
        table.add_column("Section", no_wrap=True, overflow="ellipsis", max_width=SECTION_MAX_WIDTH, style="cyan")
    else:
        table.add_column("Article", overflow="fold", width=max(name_width, width - _counts_width(rows, headings)))
    for heading in headings:
        table.add_column(heading, justify="right", no_wrap=True)
    for name, row in zip(names, rows, strict=True):
        counts = [Text(cell, style="dim" if cell == "0" else "") for cell in row.cells()[3:]]
        if wide:
            table.add_row(Text(name, style="bold"), Text(row.headline), Text(row.section), *counts)
        else:
            table.add_row(_article_cell(name, row), *counts)
    return table


def _counts_width(rows: list[ArticleRow], headings: list[str]) -> int:
    """Columns taken by the counts, with the gap before each."""
    return sum(max(len(heading), *(len(row.cells()[i + 3]) for row in rows)) + 2 for i, heading in enumerate(headings))


def _article_cell(name: str, row: ArticleRow) -> Text:
    """File name, then the headline and the section under it."""
    cell = Text(name, style="bold")
    if row.headline:
        cell.append("\n" + row.headline)
    if row.section:
        cell.append(("  · " if row.headline else "\n") + row.section, style="cyan")
    return cell


def shared_folder(sources: list[str]) -> str:
    """The folder every source lies in, with its trailing slash ("" if none)."""
    folders = [source.rpartition("/")[0] for source in sources]
    if not folders or "" in folders or len({f.startswith("/") for f in folders}) > 1:
        return ""
    common = os.path.commonpath(folders)
    return common.rstrip("/") + "/" if common else ""


# How each kind of piece of the --diff view looks on a terminal (plain.diff_pieces);
# the markers around them carry the meaning without colour.
DIFF_STYLES = {"removed": "strike red", "repaired_from": "strike red", "repaired_to": "bold green",
               "marker": "dim", "label": "magenta", "note": "bold", "text": ""}


def print_diff(audit: Audit, console: Console | None = None) -> None:
    """The --diff view: the input with each removal struck out and labelled by rule."""
    view = Text()
    for text, kind in diff_pieces(audit):
        view.append(TERMINAL_CONTROL.sub("\ufffd", text), style=DIFF_STYLES[kind])
    (console or Console()).print(view, highlight=False)
