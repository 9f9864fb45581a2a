"""Archives and datasets built by the tests themselves: a WARC written with warcio, a
CSV and a JSON Lines file, each holding the project's own short articles."""
import io

from articles import HARBOUR, LIBRARY_HTML, ORCHARD


def page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:] if p.strip())
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>")


PAGES = {
    "https://news.example/harbour-fares": page("Harbour ferry fares to rise in spring", HARBOUR),
    "https://news.example/orchard": page("Orchard owners count the cost of the late frost", ORCHARD),
    "https://news.example/library": LIBRARY_HTML,
}


def write_warc(path, pages=PAGES, *, gzip=True, extra=()):
    """A WARC file as a crawler writes one: a warcinfo record, then a request and a
    response per page (plus ``extra`` (uri, status, content type, body) responses)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(str(path), {"software": "newsclean tests"}))
        responses = [(uri, "200 OK", "text/html; charset=utf-8", html.encode()) for uri, html in pages.items()]
        for uri, status, content_type, body in [*responses, *extra]:
            request = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            headers = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path
