"""The table of a batch's articles (``newsclean FOLDER`` without a format flag): one
row per article, as Rich renders it on a terminal (:mod:`newsclean.cli.render`) or as
plain aligned columns into a pipe (:func:`plain_table`). No click or rich here."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article

# (heading, attribute, right-aligned) of every column, in order.
COLUMNS = (
    ("File", "source", False),
    ("Headline", "headline", False),
    ("Section", "section", False),
    ("Quotes", "quotes", True),
    ("Officials", "officials", True),
    ("Removed", "removed", True),
    ("Warnings", "warnings", True),
)
COLUMN_GAP = "  "


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the table shows of one article."""

    source: str
    headline: str
    section: str
    quotes: int
    officials: int
    removed: int
    warnings: int

    @classmethod
    def of(cls, article: Article) -> ArticleRow:
        return cls(article.source or "-", article.headline or "", article.category or "", len(article.quotes),
                   len(article.officials), len(article.removed), len(article.warnings))

    def cells(self) -> list[str]:
        return [_cell(getattr(self, attribute)) for _, attribute, _ in COLUMNS]


def _cell(value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    return " ".join(value.split())  # one line per row, whatever the headline holds


def plain_table(rows: list[ArticleRow]) -> str:
    """The table as plain text: columns aligned with spaces, no box drawing, nothing
    cut short, no trailing spaces (what goes into a pipe or a file)."""
    table = [[heading for heading, _, _ in COLUMNS], *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
    lines = []
    for line in table:
        cells = [cell.rjust(width) if right else cell.ljust(width)
                 for cell, width, (_, _, right) in zip(line, widths, COLUMNS, strict=True)]
        lines.append(COLUMN_GAP.join(cells).rstrip())
    return "\n".join(lines) + "\n"
