"""A saved page or HTML fragment → blocks of text and the page's header fields."""
