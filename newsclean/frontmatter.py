"""YAML front matter, as static-site and WordPress exports put above the article."""
from __future__ import annotations

import re

from . import patterns
from .dates import parse_date
from .fixes import unescape_entities
from .model import Metadata

_FRONT_MATTER = patterns.compile(r"\A\ufeff?---[ \t]*\n(.{0,20000}?)\n---[ \t]*(?:\n|\Z)", re.S)
_KEY_LINE = patterns.compile(r"^([A-Za-z_][\w-]{0,40}):[ \t]*(.*)$", re.M)
_CAMEL_CASE = patterns.compile(r"(?<=[a-z])(?=[A-Z])")
_DASHES = patterns.compile(r"[-_]+")

# Which front-matter keys carry which field, most trusted first.
HEADLINE_KEYS = ("title", "post_title", "headline", "original_title")
CATEGORY_KEYS = ("categories", "category", "section", "original_cats", "tags_section")
AUTHOR_KEYS = ("author", "authors", "byline", "post_author")
DATE_KEYS = ("date", "post_date", "published", "published_at", "pubdate")


FrontMatter = Metadata


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """(front matter, the text after it); (None, text) when there is none."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return None, text
    data = _load(m.group(1))
    return _interpret(data), text[m.end():]


def _load(block: str) -> dict:
    """The top-level keys of a YAML front-matter block.

    A small reader for the subset that site generators and WordPress exports write:
    ``key: value``, quoted values, folded/literal blocks (``>``, ``|``) and lists of
    ``- item`` (themselves possibly folded). Nested mappings are skipped. It never
    raises, and it costs a fraction of a full YAML parser."""
    data: dict[str, object] = {}
    key: str | None = None
    items: list[str] | None = None
    folded: list[str] | None = None
    for line in block.split("\n"):
        stripped = line.strip()
        if not stripped or stripped[0] == "#":
            continue
        if line[0] not in " \t":
            if key is not None:
                _close(data, key, items, folded)
            key, items, folded = None, None, None
            m = _KEY_LINE.match(line)
            if not m:
                continue
            key, value = m.group(1), m.group(2).strip()
            if value in (">", "|", ">-", "|-", ">+", "|+"):
                folded = []
            elif value:
                data[key] = _scalar(value)
                key = None
            continue
        if key is None:
            continue
        if stripped.startswith("- ") or stripped == "-":
            items = [] if items is None else items
            if folded:
                items.append(" ".join(folded))
            folded = None
            value = stripped[1:].strip()
            if value in (">", "|", ">-", "|-"):
                folded = []
            elif value:
                items.append(_scalar(value))
        elif folded is not None:
            folded.append(stripped)
    _close(data, key, items, folded)
    return data


def _close(data: dict, key: str | None, items: list[str] | None, folded: list[str] | None) -> None:
    if key is None:
        return
    if items is not None:
        if folded:
            items.append(" ".join(folded))
        data[key] = items
    elif folded:
        data[key] = " ".join(folded)


def _scalar(value: str) -> str | list[str]:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    if value.startswith("[") and value.endswith("]"):
        return [_scalar(v.strip()) for v in value[1:-1].split(",") if v.strip()]  # flow list
    return value


def _first(data: dict, keys: tuple[str, ...]) -> object:
    for key in keys:
        value = data.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _strings(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return [" ".join(str(value).split())]


def humanize_label(label: str) -> str:
    """``topNews`` → ``Top News``, ``world-news`` → ``World News``."""
    label = _CAMEL_CASE.sub(" ", label)
    label = _DASHES.sub(" ", label).strip()
    return " ".join(w[:1].upper() + w[1:] for w in label.split())


def _interpret(data: dict) -> FrontMatter:
    fm = FrontMatter()
    headline = _strings(_first(data, HEADLINE_KEYS))
    fm.headline = unescape_entities(headline[0]).strip() if headline else None
    fm.categories = [humanize_label(unescape_entities(c)) for c in _strings(_first(data, CATEGORY_KEYS))]
    fm.categories = [c for c in fm.categories if c]
    fm.authors = [a for a in _strings(_first(data, AUTHOR_KEYS)) if a.lower() not in {"staff writer", "admin", "staff"}]
    date = _first(data, DATE_KEYS)
    fm.published = parse_date(str(date)) if date is not None else None
    return fm
