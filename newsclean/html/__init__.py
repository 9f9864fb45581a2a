"""A saved page or HTML fragment → blocks of text and the page's header fields."""
from .page import fragment_to_blocks, page_to_document

__all__ = ["fragment_to_blocks", "page_to_document"]
