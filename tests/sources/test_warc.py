"""Web archives: each HTML response with status 200 is one article; the rest of a
crawl (requests, warcinfo, redirects, images) is passed over; a truncated or corrupt
record is an error for that record alone."""
import gzip
from collections import Counter

import pytest
from archives import PAGES, write_warc

from newsclean import process
from newsclean.sources import ARC, WARC, Reading, archive_kind, head_of, is_archive, records
from newsclean.sources.warc import NOT_A_PAGE, dechunked, http_decoded

pytest.importorskip("warcio")
pytest.importorskip("fastwarc")


def read_all(path, kind=WARC, max_bytes=10_000_000):
    skipped = Counter()
    return list(records(str(path), kind, Reading(max_bytes=max_bytes), skipped)), skipped


@pytest.mark.parametrize("gzipped", [True, False])
def test_every_html_page_is_one_record_with_its_uri_id_and_date(tmp_path, gzipped):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), gzip=gzipped)
    assert is_archive(path)
    found, skipped = read_all(path)
    assert [r.source for r in found] == list(PAGES)
    for record, html in zip(found, PAGES.values(), strict=True):
        assert record.error is None
        assert record.data == html.encode()
        assert record.charset == "utf-8"
        assert record.origin.warc_record_id.startswith("<urn:uuid:")
        assert record.origin.warc_date.endswith("Z")
        assert record.key == record.origin.warc_record_id
    assert skipped == Counter()


def test_redirects_errors_and_images_are_passed_over_and_counted(tmp_path):
    extra = [("https://news.example/old", "301 Moved Permanently", "text/html", b"<a href='/new'>moved</a>"),
             ("https://news.example/gone", "404 Not Found", "text/html", b"<p>no such page</p>"),
             ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
             ("https://news.example/x.xhtml", "200 OK", "application/xhtml+xml", PAGES["https://news.example/orchard"].encode())]
    found, skipped = read_all(write_warc(tmp_path / "mixed.warc.gz", extra=extra))
    assert [r.source for r in found] == [*PAGES, "https://news.example/x.xhtml"]
    assert skipped == Counter({NOT_A_PAGE: 3})


def test_a_truncated_archive_gives_its_whole_records_and_an_error_for_the_cut_one(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz").read_bytes()
    plain = gzip.decompress(whole)
    cut_at = plain.index(b"Orchard owners count") + 200  # inside the second page's body
    for name, data in [("cut.warc", plain[:cut_at])]:
        path = tmp_path / name
        path.write_bytes(data)
        found, _ = read_all(path)
        assert [r.source for r in found] == list(PAGES)[:2]
        assert found[0].error is None
        assert found[1].error.startswith("truncated WARC record (")
    # Per-record gzip cut in the middle of the second page's member.
    members = _member_offsets(whole)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: (members[4] + members[5]) // 2])
    found, _ = read_all(path)
    assert found[0].error is None and found[0].data == PAGES["https://news.example/harbour-fares"].encode()
    assert len(found) == 2 and found[1].error is not None


def test_a_corrupt_record_in_the_middle_costs_only_itself(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz").read_bytes()
    members = _member_offsets(whole)  # warcinfo, then request and response per page
    start, end = members[4], members[5]  # the second page's response
    damaged = whole[:start + 40] + bytes(b ^ 0xA5 for b in whole[start + 40:end - 20]) + whole[end - 20:]
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(damaged)
    found, _ = read_all(path)
    good = [r for r in found if r.error is None]
    bad = [r for r in found if r.error is not None]
    assert [r.source for r in good] == ["https://news.example/harbour-fares", "https://news.example/library"]
    assert len(bad) == 1 and bad[0].error.startswith("corrupt WARC record (")
    assert bad[0].error.endswith(f") at byte {start}")


def test_a_mangled_header_in_an_uncompressed_archive_is_skipped_to_the_next_record(tmp_path):
    plain = gzip.decompress(write_warc(tmp_path / "w.warc.gz").read_bytes())
    second = plain.index(b"WARC/1.", plain.index(b"harbour-fares") )
    mangled = plain[:second] + b"WXRC/1.0" + plain[second + 8:]
    path = tmp_path / "mangled.warc"
    path.write_bytes(mangled)
    found, _ = read_all(path)
    assert [r.source for r in found if r.error is None][-1] == "https://news.example/library"
    assert any(r.error and r.error.startswith("corrupt WARC record") for r in found)


def test_a_page_over_the_limit_is_an_error_for_that_page(tmp_path):
    found, _ = read_all(write_warc(tmp_path / "c.warc.gz"), max_bytes=1000)
    assert [r.error is not None for r in found] == [len(h.encode()) > 1000 for h in PAGES.values()]
    assert all(r.error.endswith("over the limit of 1000 bytes (see --max-bytes)") for r in found if r.error)


def test_archives_are_known_by_content_whatever_their_name(tmp_path):
    path = write_warc(tmp_path / "download.bin")
    assert archive_kind(head_of(path)) == WARC
    assert archive_kind(b"filedesc://crawl.arc 0.0.0.0 20240101000000 text/plain 76\n") == ARC
    story = tmp_path / "story.warc"
    story.write_text("WARC is the format web archives are kept in.\n", encoding="utf-8")
    assert not is_archive(story)


def test_the_records_are_the_pages_the_pipeline_reads_alone(tmp_path):
    found, _ = read_all(write_warc(tmp_path / "crawl.warc.gz"))
    for record, html in zip(found, PAGES.values(), strict=True):
        assert process(record.data, record.source, charset=record.charset).body == process(html).body


def test_chunked_and_deflated_bodies_are_decoded():
    body = b"<p>The ferry leaves at nine.</p>"
    chunked = b"10\r\n" + body[:16] + b"\r\n" + format(len(body) - 16, "x").encode() + b"\r\n" + body[16:] + b"\r\n0\r\n\r\n"
    assert dechunked(chunked) == body
    import zlib

    assert http_decoded(zlib.compress(chunked), "chunked", None, None) != body  # deflate undone only when declared
    assert http_decoded(chunked, "chunked", None, None) == body
    assert http_decoded(zlib.compress(body), None, "deflate", None) == body
    raw = zlib.compressobj(wbits=-15)
    assert http_decoded(raw.compress(body) + raw.flush(), None, "deflate", None) == body


def test_an_arc_file_is_read_with_warcio(tmp_path):
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGES["https://news.example/orchard"].encode()
    version = b"1 0 newsclean tests\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://t.arc 0.0.0.0 20240101000000 text/plain %d\n" % len(version) + version + b"\n"
    record = b"https://news.example/orchard 10.0.0.1 20240102030405 text/html %d\n" % len(body) + body + b"\n"
    path = tmp_path / "old.arc"
    path.write_bytes(header + record)
    found, _ = read_all(path, ARC)
    assert [r.source for r in found] == ["https://news.example/orchard"]
    assert found[0].origin.warc_date == "2024-01-02T03:04:05Z"
    assert b"late frost" in found[0].data


def _member_offsets(data: bytes) -> list[int]:
    """Where each gzip member of a per-record gzipped WARC starts."""
    import zlib

    offsets, at = [], 0
    while at < len(data):
        offsets.append(at)
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflater.decompress(data[at:])
        at = len(data) - len(inflater.unused_data)
    return offsets


