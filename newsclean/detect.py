"""Detection stage: is this text an HTML page (or fragment), or plain text?"""
from __future__ import annotations

import re

_PAGE_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_BLOCK_TAGS = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|ul|ol|li|table|article|section|figure|img|blockquote|em|strong)\b[^<>]{0,2000}>", re.I)
# A fragment counts as HTML when tags are frequent enough to be its structure, not a stray "<b>".
MIN_FRAGMENT_TAGS = 3


def detect_format(text: str) -> str:
    """``"html"`` for pages and markup fragments, ``"text"`` otherwise."""
    head = text[:65536]
    if _PAGE_MARKERS.search(head[:4096]):
        return "html"
    tags = 0
    for _ in _BLOCK_TAGS.finditer(head):
        tags += 1
        if tags >= MIN_FRAGMENT_TAGS:
            return "html"
    return "text"


def is_full_page(text: str) -> bool:
    return bool(_PAGE_MARKERS.search(text[:4096]))
