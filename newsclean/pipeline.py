"""The pipeline: read → detect → (html → blocks) → clean → extract. Pure functions of
the input; nothing here prints, and nothing imports click or rich."""
from __future__ import annotations

import os

from .clean.cleaner import clean_paragraphs, normalize_text, split_paragraphs
from .clean.fixes import normalize_newlines
from .clean.markdown import looks_like_markdown
from .detect import detect_format, is_full_page
from .errors import InputError
from .header.extract import add_categories, extract_header, find_dek, footer_categories
from .header.frontmatter import split_front_matter
from .model import Article, Header, Removal
from .read import DEFAULT_MAX_BYTES, decode, looks_binary, read_bytes


def process(data: str | bytes, source: str | None = None) -> Article:
    """Clean one article given as text or bytes and return what was found in it.

    Raises :class:`newsclean.errors.InputError` for bytes that are not text."""
    article = Article(source=source)
    if isinstance(data, bytes):
        if looks_binary(data):
            raise InputError(f"{source or 'input'}: binary data, not an article")
        text, article.encoding = decode(data)
    else:
        text = data
    if text.lstrip("\ufeff").startswith("---"):
        text = normalize_newlines(text)  # front matter is found by plain newlines
    front, rest = split_front_matter(text)
    article.format = detect_format(rest)
    markdown = article.format == "text" and looks_like_markdown(rest)
    read = _html_paragraphs(rest) if article.format == "html" else _text_paragraphs(rest, markdown)
    top = extract_header(read.paragraphs, Header.by_trust(front, read.header))
    header = top.header
    cleaned = clean_paragraphs(top.body, headline=header.headline, markdown=markdown)
    add_categories(header, footer_categories(cleaned.label_lines))
    article.headline = header.headline
    article.categories = header.categories
    article.category = header.categories[0] if header.categories else None
    article.authors = header.authors
    article.published = header.published
    article.dek = header.dek or find_dek(cleaned.paragraphs)
    article.body = "\n\n".join(cleaned.paragraphs)
    article.removed = [*read.removed, *top.removed, *cleaned.removed]
    if not article.body:
        article.warnings.append("no article text left after cleaning")
    article.warnings += cleaned.warnings
    _extract_people(article)
    return article


class _Read:
    """The paragraphs of the input's text or markup, the header fields a page declares
    (none for text), and what reading them removed or repaired."""

    __slots__ = ("header", "paragraphs", "removed")

    def __init__(self, paragraphs: list[str], removed: list[Removal], header: Header | None = None) -> None:
        self.paragraphs = paragraphs
        self.removed = removed
        self.header = header


def _text_paragraphs(text: str, markdown: bool = False) -> _Read:
    """The paragraphs of a plain text (or of Markdown), after the character fixes."""
    normalized = normalize_text(text)
    return _Read(split_paragraphs(normalized.text, markdown), normalized.removed)


def _html_paragraphs(markup: str) -> _Read:
    """Blocks of a page (the article found in it) or of a fragment (all of it), each
    normalised like text; the page's metadata rides along."""
    from .html import fragment_to_blocks, page_to_document

    doc = page_to_document(markup) if is_full_page(markup) else fragment_to_blocks(markup)
    # one pass over all blocks (they hold no blank lines) rather than one per block
    normalized = normalize_text("\n\n".join(doc.paragraphs))
    paragraphs = [p.strip() for p in normalized.text.split("\n\n") if p.strip()]
    return _Read(paragraphs, [*doc.removed, *normalized.removed], doc.header)


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
