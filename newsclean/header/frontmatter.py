"""YAML front matter, as static-site and WordPress exports put above the article."""
from __future__ import annotations

from .. import patterns
from ..clean.fixes import unescape_entities
from ..model import Header
from .data import AUTHOR_KEYS, CATEGORY_KEYS, DATE_KEYS, FRONT_MATTER_GENERIC_AUTHORS, HEADLINE_KEYS
from .dates import parse_date
from .titles import split_title

# A block opens with a line "---" and ends at the first line "---" after it (as
# r"\A\ufeff?---[ \t]*\n(.{0,20000}?)\n---[ \t]*(?:\n|\Z)" with re.S finds it; the
# closing line is looked for with str.find, in C, rather than by a lazy repeat).
_OPENING = patterns.compile(r"\A\ufeff?---[ \t]*\n")
_CLOSING = patterns.compile(r"---[ \t]*(?:\n|\Z)")
MAX_BLOCK_CHARS = 20_000
_CAMEL_CASE = patterns.compile(r"(?<=[a-z])(?=[A-Z])")
_DASHES = patterns.compile(r"[-_]+")

# The keys the fields are read from (data.HEADLINE_KEYS and the others); the rest are skipped.
READ_KEYS = frozenset(HEADLINE_KEYS + CATEGORY_KEYS + AUTHOR_KEYS + DATE_KEYS)



# A value as the reader gives it: a string, or a list (flow lists may nest).
_Value = str | list["_Value"]


def split_front_matter(text: str) -> tuple[Header | None, str]:
    """(front matter, the text after it); (None, text) when there is none."""
    span = _block_span(text)
    if span is None:
        return None, text
    start, end, after = span
    data = _load(text[start:end], READ_KEYS)
    return _interpret(data), text[after:]


def _block_span(text: str) -> tuple[int, int, int] | None:
    """(where the block starts, where it ends, where the text after its closing line
    starts), or None when the text opens with no front matter."""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    start = at = opening.end()
    limit = start + MAX_BLOCK_CHARS + len("\n---")
    while (at := text.find("\n---", at, limit)) >= 0:
        closing = _CLOSING.match(text, at + 1)
        if closing is not None:
            return start, at, closing.end()
        at += 1
    return None


def _load(block: str, keys: frozenset[str]) -> dict:
    """The top-level ``keys`` of a YAML front-matter block.

    A small reader for the subset that site generators and WordPress exports write:
    ``key: value``, quoted values, folded/literal blocks (``>``, ``|``) and lists of
    ``- item`` (themselves possibly folded). Nested mappings are skipped, and so are the
    lines under another key. It never raises, and it costs a fraction of a full YAML
    parser."""
    data: dict[str, object] = {}
    key: str | None = None
    items: list[_Value] | None = None
    folded: list[str] | None = None
    for line in block.split("\n"):
        if not line:
            continue
        if line[0] in " \t":
            if key is None:
                continue  # under a key not read, or under none
            stripped = line.strip()
            if not stripped or stripped[0] == "#":
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
            continue
        stripped = line.strip()
        if not stripped or stripped[0] == "#":
            continue
        if key is not None:
            _close(data, key, items, folded)
        key, items, folded = None, None, None
        # (a key line is a name of letters, digits, '_' and '-' before its first colon: every
        # key read is such a name)
        name, colon, value = line.partition(":")
        if not colon or name not in keys:
            continue
        value = value.strip()
        if value in (">", "|", ">-", "|-", ">+", "|+"):
            key, folded = name, []
        elif value:
            data[name] = _scalar(value)
        else:
            key = name
    _close(data, key, items, folded)
    return data


def _close(data: dict, key: str | None, items: list[_Value] | None, folded: list[str] | None) -> None:
    if key is None:
        return
    if items is not None:
        if folded:
            items.append(" ".join(folded))
        data[key] = items
    elif folded:
        data[key] = " ".join(folded)


def _scalar(value: str) -> _Value:
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


# category as written → as shown: sites repeat the same few labels.
_LABELS: dict[str, str] = {}
_LABELS_MAX = 10_000


def _category(raw: str) -> str:
    label = _LABELS.get(raw)
    if label is None:
        label = humanize_label(_unescaped(raw))
        if len(_LABELS) < _LABELS_MAX:
            _LABELS[raw] = label
    return label


def _unescaped(text: str) -> str:
    return unescape_entities(text) if "&" in text else text  # (every entity opens with "&")


def _interpret(data: dict) -> Header:
    fm = Header()
    headline = _strings(_first(data, HEADLINE_KEYS))
    title_sections: list[str] = []
    if headline:  # an export's title ends with the site's name, maybe a section before it
        fm.headline, title_sections = split_title(_unescaped(headline[0]).strip(), page_title=True)
    fm.categories = title_sections + [_category(c) for c in _strings(_first(data, CATEGORY_KEYS))]
    fm.categories = [c for c in fm.categories if c]
    fm.authors = [a for a in _strings(_first(data, AUTHOR_KEYS)) if a.lower() not in FRONT_MATTER_GENERIC_AUTHORS]
    date = _first(data, DATE_KEYS)
    fm.published = parse_date(str(date)) if date is not None else None
    return fm
