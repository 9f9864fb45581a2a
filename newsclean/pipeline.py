"""The pipeline: read → detect → (html → blocks) → clean → extract. Pure functions of
the input; nothing here prints, and nothing imports click or rich."""
from __future__ import annotations

import os

from .clean.cleaner import clean_paragraphs, normalize_text, split_paragraphs
from .clean.fixes import normalize_newlines
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
    removed: list[Removal] = []
    if text.lstrip("\ufeff").startswith("---"):
        text = normalize_newlines(text)  # front matter is found by plain newlines
    front, rest = split_front_matter(text)
    article.format = detect_format(rest)
    page = None
    if article.format == "html":
        page = _html_paragraphs(rest, removed)
        paragraphs = page.paragraphs
    else:
        paragraphs = split_paragraphs(normalize_text(rest, removed))
    top = extract_header(paragraphs, Header.by_trust(front, page.header if page else None))
    removed.extend(top.removed)
    cleaned = clean_paragraphs(top.body, removed)
    header = top.header
    add_categories(header, footer_categories(removed))
    article.headline = header.headline
    article.categories = header.categories
    article.category = header.categories[0] if header.categories else None
    article.authors = header.authors
    article.published = header.published
    article.dek = header.dek or find_dek(cleaned.paragraphs)
    article.body = "\n\n".join(cleaned.paragraphs)
    article.removed = removed
    if not article.body:
        article.warnings.append("no article text left after cleaning")
    _extract_people(article)
    return article


def _html_paragraphs(markup: str, removed: list[Removal]):
    """Blocks of a page (the article found in it) or of a fragment (all of it), each
    normalised like text; the page's metadata rides along."""
    from .html import fragment_to_blocks, page_to_document

    doc = page_to_document(markup) if is_full_page(markup) else fragment_to_blocks(markup)
    removed.extend(doc.removed)
    # one pass over all blocks (they hold no blank lines) rather than one per block
    text = normalize_text("\n\n".join(doc.paragraphs), removed)
    doc.paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return doc


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
