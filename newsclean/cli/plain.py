"""Plain-text output: what goes into a pipe or a file, and the text of several articles
one after another. No click or rich here."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Article, Removal

if TYPE_CHECKING:
    from .audit import Audit

# Characters a terminal would act on (escape sequences, bells, carriage returns).
TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown_name(name: str) -> str:
    """A file name (or any text) as printed: control characters but newlines and tabs
    shown as U+FFFD, never acted on by a terminal."""
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
    the clean body; one line per paragraph, no box drawing, nothing padded, and no
    character a terminal would act on (the pipe may well end in one)."""
    head = header_lines(article)
    return shown_name("\n".join(head) + ("\n\n" if head else "") + article.body) + "\n"


# --- the --diff view ----------------------------------------------------------------

SHOWN_CHARS = 160  # of each removal listed under the text
# The pieces of the diff view, as (text, kind); kind names a style on a terminal and is
# ignored elsewhere, so the view reads the same with colour, with NO_COLOR and in a file.
REMOVED, REPAIRED_FROM, REPAIRED_TO, MARKER, LABEL, NOTE, TEXT = (
    "removed", "repaired_from", "repaired_to", "marker", "label", "note", "text")


def diff_pieces(audit: Audit) -> list[tuple[str, str]]:
    """The input with each removal struck out as ``[-text-]{rule}`` and each repair as
    ``[before→after]{rule}``, then what could not be placed on it."""
    pieces = [(diff_legend(audit) + "\n\n", NOTE)]
    at = 0
    for mark in audit.marks:
        pieces.append((audit.text[at:mark.start], TEXT))
        shown = audit.text[mark.start:mark.end]
        if mark.after is None:
            pieces += [("[-", MARKER), (shown, REMOVED), ("-]", MARKER)]
        else:
            pieces += [("[", MARKER), (shown, REPAIRED_FROM), ("→", MARKER), (mark.after, REPAIRED_TO), ("]", MARKER)]
        pieces.append(("{" + mark.rule + "}", LABEL))
        at = mark.end
    pieces.append((audit.text[at:].rstrip("\n") + "\n", TEXT))
    pieces += _listed("Removed, but not found in the text above", audit.unplaced)
    pieces += _listed("Dropped with the page's markup before its text was read", audit.dropped)
    return pieces


def diff_legend(audit: Audit) -> str:
    removed = sum(1 for m in audit.marks if m.after is None)
    repaired = len(audit.marks) - removed
    where = "the text blocks taken from the page" if audit.format == "html" else "the input"
    return (f"==> {shown_name(audit.source)} <== {where}: {removed} removal{'s' * (removed != 1)} "
            f"[-struck out-]{{rule}}, {repaired} repair{'s' * (repaired != 1)} [before→after]{{rule}}")


def _listed(title: str, removals: list[Removal]) -> list[tuple[str, str]]:
    if not removals:
        return []
    pieces = [(f"\n{title} ({len(removals)}):\n", NOTE)]
    for r in removals:
        text = " ".join(r.text.split())
        text = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"
        pieces += [("  {" + r.rule + "} ", LABEL), (text + "\n", REMOVED)]
    return pieces


def plain_diff(audit: Audit) -> str:
    """The --diff view as plain text, with no character a terminal would act on."""
    return shown_name("".join(text for text, _ in diff_pieces(audit)))
