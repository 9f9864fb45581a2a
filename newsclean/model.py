"""The result of processing one article: plain dataclasses with one JSON view."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing, which a one-file run need not load
if TYPE_CHECKING:
    from typing import Any

SCHEMA_VERSION = 1


@dataclass
class Removal:
    """One artifact taken out of (or repaired in) the text, and the rule that did it."""

    rule: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "text": self.text}


@dataclass
class Quote:
    """A direct quote; ``speaker`` is the full name it is attributed to, ``cue`` the
    words that attribute it ("said", "according to"); ``body[start:end] == text``, in
    paragraph number ``paragraph``. ``speaker_kind`` says what the speaker is:
    ``"person"``, ``"organisation"`` ("the ministry said in a statement") or None when
    there is no speaker."""

    text: str
    speaker: str | None = None
    speaker_title: str | None = None
    cue: str | None = None
    speaker_kind: str | None = None
    paragraph: int = 0
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "speaker_kind": self.speaker_kind,
            "cue": self.cue,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Official:
    """A named person holding an office, with the office (``title``) and whom they
    hold it for (``affiliation``) as the article states them."""

    name: str
    title: str | None = None
    affiliation: str | None = None
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "affiliation": self.affiliation,
            "mentions": self.mentions,
        }


@dataclass(slots=True)
class Header:
    """An article's header fields, as one source gives them: front matter, a page's
    metadata, or the first lines of the text. Every source gives the same record."""

    headline: str | None = None
    categories: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dek: str | None = None
    language: str | None = None  # ISO 639-1, as the page declares it

    @classmethod
    def by_trust(cls, *sources: Header | None) -> Header:
        """One header from several sources, most trusted first: each field as the first
        source that has it gives it."""
        found = [s for s in sources if s is not None]

        def first(name: str):
            return next((getattr(s, name) for s in found if getattr(s, name)), None)

        return cls(headline=first("headline"), categories=list(first("categories") or []),
                   authors=list(first("authors") or []), published=first("published"), dek=first("dek"),
                   language=first("language"))


@dataclass(slots=True)
class Origin:
    """Where an article taken out of an archive or a dataset came from: the WARC
    record's id and date, or the row's id and the columns kept with it. Each key that
    is set joins the article's JSON (additions to schema_version 1); an article read
    from a file of its own has none."""

    id: Any = None                          # the row's --id-field value (text or a number)
    fields: dict[str, Any] | None = None    # the row's --keep-fields columns
    warc_record_id: str | None = None
    warc_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        keys = (("id", self.id), ("fields", self.fields), ("warc_record_id", self.warc_record_id),
                ("warc_date", self.warc_date))
        return {key: value for key, value in keys if value is not None}


@dataclass
class Article:
    """Everything found in one article; :meth:`to_dict` is its JSON view."""

    source: str | None = None
    format: str = "text"
    headline: str | None = None
    category: str | None = None
    categories: list[str] = field(default_factory=list)
    dek: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = None
    body: str = ""
    quotes: list[Quote] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None
    origin: Origin | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p]

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (schema_version 1): every key always present, in this order;
        then, for an article out of an archive or a dataset, its :class:`Origin` keys."""
        out = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "format": self.format,
            "encoding": self.encoding,
            "headline": self.headline,
            "category": self.category,
            "categories": list(self.categories),
            "dek": self.dek,
            "authors": list(self.authors),
            "published": self.published,
            "language": self.language,
            "body": self.body,
            "quotes": [q.to_dict() for q in self.quotes],
            "officials": [o.to_dict() for o in self.officials],
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
        }
        if self.origin is not None:
            out.update(self.origin.to_dict())
        return out


def to_json(obj: dict, indent: int | None = None) -> str:
    """JSON text that encodes to valid UTF-8: control characters are escaped by json,
    and lone surrogates (from undecodable file names) become U+FFFD."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def error_record(source: str, message: str) -> dict[str, str]:
    return {"source": source, "error": message}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``Article.to_dict()``, shipped in the package."""
    import json
    from importlib.resources import files

    return json.loads(files("newsclean").joinpath("schema.json").read_text(encoding="utf-8"))
