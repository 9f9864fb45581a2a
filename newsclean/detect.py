"""Detection stage: is this text an HTML page (or fragment), or plain text? Decided by
the content, never by a file name."""
from __future__ import annotations

import re

from . import patterns

_PAGE_MARKERS = patterns.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
# What a saved page may open with before its markup proper.
_MARKUP_START = patterns.compile(
    r"\A\ufeff?\s{0,2000}(?:<!--|<!doctype|<\?xml|<html|<head|<meta|<title|<link|<script|<body)", re.I)
# A page saved after something else (HTTP headers, a crawler's note) starts a line with it.
_PAGE_LINE = patterns.compile(r"^[ \t]{0,40}(?:<!doctype\s+html|<html[\s>])", re.I | re.M)
_BLOCK_TAGS = patterns.compile(
    r"</?(?:p|div|br|span|a|h[1-6]|ul|ol|li|table|article|section|figure|img|blockquote|em|strong)"
    r"\b[^<>]{0,2000}>", re.I)
# A fragment counts as HTML when tags are frequent enough to be its structure, not a stray "<b>".
MIN_FRAGMENT_TAGS = 3
# How far a page marker may sit: a page opening with markup may have a long head
# comment or scripts first; one opening with anything else must show it at once.
PAGE_SCAN, LOOSE_PAGE_SCAN = 65_536, 1024


def detect_format(text: str) -> str:
    """``"html"`` for pages and markup fragments, ``"text"`` otherwise."""
    if is_full_page(text):
        return "html"
    for tags, _ in enumerate(_BLOCK_TAGS.finditer(text, 0, 65536), start=1):  # an end position: no copy
        if tags >= MIN_FRAGMENT_TAGS:
            return "html"
    return "text"


def is_full_page(text: str) -> bool:
    """A whole saved page (doctype, ``<html>``, ``<head>`` or ``<body>``) rather than a fragment."""
    if _MARKUP_START.match(text):
        return bool(_PAGE_MARKERS.search(text, 0, PAGE_SCAN))
    return bool(_PAGE_LINE.search(text, 0, LOOSE_PAGE_SCAN))
