"""The pipeline: read → detect → (html → blocks) → clean → extract. Pure functions of
the input; nothing here prints, and nothing imports click or rich."""
from __future__ import annotations

import os

from .clean.cleaner import clean_paragraphs, normalize_text, split_paragraphs
from .clean.fixes import normalize_newlines
from .clean.markdown import looks_like_markdown
from .detect import detect_format, is_full_page
from .errors import InputError
from .header.extract import (
    add_categories,
    credit_authors,
    extract_header,
    find_dek,
    footer_categories,
    script_language,
)
from .header.frontmatter import split_front_matter
from .model import Article, Header, Removal
from .read import DEFAULT_MAX_BYTES, decode, decompress, looks_binary, read_bytes


def process(data: str | bytes, source: str | None = None, *, charset: str | None = None) -> Article:
    """Clean one article given as text or bytes and return what was found in it.
    ``charset`` is the encoding the bytes came declared with from outside them (an HTTP
    Content-Type header), trusted over what the page itself declares.

    Compressed bytes (gzip, bzip2, xz, zstd) are decompressed first, up to the default
    size limit. Raises :class:`newsclean.errors.InputError` for bytes that are not text."""
    article = Article(source=source)
    if isinstance(data, bytes):
        data = decompress(data, DEFAULT_MAX_BYTES, source or "input")
        if looks_binary(data):
            raise InputError(f"{source or 'input'}: binary data, not an article")
        text, article.encoding = decode(data, charset)
    else:
        text = data
    if text.lstrip("\ufeff").startswith("---"):
        text = normalize_newlines(text)  # front matter is found by plain newlines
    front, rest = split_front_matter(text)
    article.format = detect_format(rest)
    markdown = article.format == "text" and looks_like_markdown(rest)
    read = _html_paragraphs(rest) if article.format == "html" else _text_paragraphs(rest, markdown)
    # a page's or fragment's headline is its markup's, never a guess from its lines
    top = extract_header(read.paragraphs, Header.by_trust(front, read.header), guess_headline=article.format == "text")
    header = top.header
    cleaned = clean_paragraphs(top.body, headline=header.headline, markdown=markdown)
    add_categories(header, footer_categories(cleaned.label_lines))
    if not read.page:  # a page's authors are its byline's; a text's or fragment's, the credits at its foot else
        header.authors = header.authors or credit_authors(cleaned.credit_lines)
    article.headline = header.headline
    article.categories = header.categories
    article.category = header.categories[0] if header.categories else None
    article.authors = header.authors
    article.published = header.published
    article.dek = header.dek or find_dek(cleaned.paragraphs)
    article.body = "\n\n".join(cleaned.paragraphs)
    article.language = header.language or script_language(article.body)
    article.removed = [*read.removed, *top.removed, *cleaned.removed]
    article.warnings += read.warnings
    if not article.body:
        article.warnings.append("no article text left after cleaning")
    article.warnings += cleaned.warnings
    _extract_people(article)
    return article


class _Read:
    """The paragraphs of the input's text or markup, the header fields a page declares
    (none for text), what reading them removed or repaired, and what it warns of."""

    __slots__ = ("header", "page", "paragraphs", "removed", "warnings")

    def __init__(self, paragraphs: list[str], removed: list[Removal], header: Header | None = None,
                 page: bool = False, warnings: list[str] | None = None) -> None:
        self.paragraphs = paragraphs
        self.removed = removed
        self.header = header
        self.page = page  # a full page (not a fragment nor a text)
        self.warnings = warnings or []


def _text_paragraphs(text: str, markdown: bool = False) -> _Read:
    """The paragraphs of a plain text (or of Markdown), after the character fixes."""
    normalized = normalize_text(text)
    return _Read(split_paragraphs(normalized.text, markdown), normalized.removed)


def _html_paragraphs(markup: str) -> _Read:
    """Blocks of a page (the article found in it) or of a fragment (all of it), each
    normalised like text; the page's metadata rides along."""
    from .html import fragment_to_blocks, page_to_document

    page = is_full_page(markup)
    doc = page_to_document(markup) if page else fragment_to_blocks(markup)
    # one pass over all blocks (they hold no blank lines) rather than one per block
    normalized = normalize_text("\n\n".join(doc.paragraphs))
    paragraphs = [p.strip() for p in normalized.text.split("\n\n") if p.strip()]
    return _Read(paragraphs, [*doc.removed, *normalized.removed], doc.header, page=page, warnings=doc.warnings)


def _extract_people(article: Article) -> None:
    """The people named in the final body, the officials among them (the article's
    authors left out), and who said each quote."""
    if not article.body:
        return
    from .people import attribute_quotes, find_people  # its tables cost only callers that get this far

    people = find_people(article.body)
    article.officials = people.officials(exclude=article.authors)
    article.quotes = attribute_quotes(article.body, people)


def process_file(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> Article:
    """Read and process one file."""
    return process(read_bytes(path, max_bytes), source=str(path))
