"""HTML stage: turn a page or a markup fragment into a list of text blocks."""
from __future__ import annotations

from dataclasses import dataclass, field

# Elements whose content is never article text.
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
             "form", "button", "select", "textarea", "input", "nav", "aside", "footer", "header",
             "figure", "figcaption", "picture", "video", "audio", "map", "head", "title")
# Elements that end a paragraph.
BLOCK_TAGS = frozenset(("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                        "section", "article", "main", "table", "tr", "td", "th", "pre", "dd", "dt", "dl",
                        "hr", "address", "center", "body", "html"))
# Reuters-style markup that carries a dateline or a location tag, not story text.
DROP_CLASSES = ("articleLocation", "wp-caption-text", "wp-caption", "sharedaddy", "jp-relatedposts",
                "sd-sharing", "addtoany", "related-posts", "yarpp-related")


@dataclass
class HtmlDocument:
    paragraphs: list[str] = field(default_factory=list)
    headline: str | None = None
    categories: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dek: str | None = None


def fragment_to_blocks(markup: str) -> HtmlDocument:
    """Text blocks of an HTML fragment or page, in document order, markup dropped."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(markup, parser=lxml.html.HTMLParser(recover=True, no_network=True, huge_tree=False))
    except (etree.ParserError, ValueError):
        return HtmlDocument(paragraphs=[])
    for el in list(root.iter(*DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for cls in DROP_CLASSES:
        for el in root.xpath(f'//*[contains(concat(" ", normalize-space(@class), " "), " {cls} ")]'):
            if el.getparent() is not None:
                el.drop_tree()
    doc = HtmlDocument()
    doc.paragraphs = _blocks(root)
    return doc


def _blocks(root) -> list[str]:
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buf).split())
        if text:
            out.append(text)
        buf.clear()

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in BLOCK_TAGS
        if block:
            flush()
        if el.text and tag:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return out
