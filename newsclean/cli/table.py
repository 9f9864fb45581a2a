"""Articles as rows: the table of a batch (``newsclean FOLDER`` without a format flag),
as Rich renders it on a terminal (:mod:`newsclean.cli.render`) or as plain aligned
columns into a pipe (:func:`plain_table`), and the ``--csv`` table for corpus work
(:func:`csv_row`). No click or rich here."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from ..model import Article
from .plain import shown_name

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
    return shown_name(" ".join(value.split()))  # one line per row, whatever the headline holds


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


# The --csv columns, in order. Lists (authors, warnings) are joined with "; ".
CSV_COLUMNS = ("source", "headline", "category", "authors", "published", "words", "quotes", "officials", "warnings")
LIST_SEPARATOR = "; "


def csv_line(cells: list[str]) -> str:
    """One CSV record (RFC 4180: quoted when needed, CRLF-terminated as the csv module writes it)."""
    out = io.StringIO()
    csv.writer(out).writerow(cells)
    return out.getvalue()


def csv_header() -> str:
    return csv_line(list(CSV_COLUMNS))


def csv_row(article: Article) -> str:
    """An article's record under :data:`CSV_COLUMNS`."""
    return csv_line([article.source or "-", article.headline or "", article.category or "",
                     LIST_SEPARATOR.join(article.authors), article.published or "", str(len(article.body.split())),
                     str(len(article.quotes)), str(len(article.officials)), LIST_SEPARATOR.join(article.warnings)])
