"""A saved page or HTML fragment → blocks of text and the page's header fields."""
from .page import HtmlDocument, fragment_to_blocks, page_to_document

__all__ = ["HtmlDocument", "fragment_to_blocks", "page_to_document"]
