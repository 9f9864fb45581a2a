"""The Dask recipe of docs/dask.md, run on Dask's local schedulers (dask is in the test
extra, so this runs wherever the suite does)."""
import json
from pathlib import Path

import jsonschema
import pytest
from articles import HARBOUR, LIBRARY_HTML, ORCHARD

from newsclean import process
from newsclean.batch.dask import (
    bag_from_files,
    bag_from_jsonl,
    clean_mapping,
    clean_record,
    to_jsonl,
)
from newsclean.model import json_schema


@pytest.fixture
def folder(tmp_path):
    texts = {"a-harbour.txt": HARBOUR, "b-orchard.txt": ORCHARD, "c-library.html": LIBRARY_HTML}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "d-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return tmp_path


def test_bag_over_files_gives_what_the_library_gives_in_order(folder):
    paths = sorted(str(p) for p in folder.iterdir())
    records = bag_from_files(paths, npartitions=2).compute(scheduler="processes", num_workers=2)
    assert [r["source"] for r in records] == paths
    for path, record in zip(paths[:3], records[:3], strict=True):
        jsonschema.validate(record, json_schema())
        with open(path, "rb") as fh:
            assert record == process(fh.read(), source=path).to_dict()
    assert records[3] == {"source": paths[3], "error": f"{paths[3]}: binary data, not an article"}


def test_bag_over_json_lines_and_back_to_json_lines(tmp_path):
    source = tmp_path / "articles.jsonl"
    rows = [{"id": "h1", "body_html": HARBOUR}, {"id": "o1", "body_html": ORCHARD}, {"id": "x", "body_html": None}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    bag = bag_from_jsonl(str(source), text_key="body_html", source_key="id")
    to_jsonl(bag, str(tmp_path / "out" / "*.jsonl"))
    out = [json.loads(line) for p in sorted((tmp_path / "out").glob("*.jsonl"))
           for line in p.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in out] == ["h1", "o1", "x"]
    assert out[0]["headline"] == "Harbour ferry fares to rise in spring"
    assert out[2] == {"source": "x", "error": "x: no article text"}


def test_records_never_raise():
    assert clean_record(b"\x00" * 100, "zeros")["error"] == "zeros: binary data, not an article"
    assert clean_mapping({"text": ORCHARD})["source"] is None
    assert clean_record("")["body"] == ""


def test_a_library_bug_is_an_error_record_that_says_how_to_report_it(monkeypatch):
    import newsclean
    import newsclean.batch.dask

    def broken(data, source=None):
        raise IndexError("list index out of range")

    monkeypatch.setattr(newsclean.batch.dask, "process", broken)
    assert clean_record(b"Some text.", "a.txt") == {
        "source": "a.txt",
        "error": "a.txt: internal error (IndexError: list index out of range); please report it with the input "
                 f"file and newsclean {newsclean.__version__}"}


def test_an_unreadable_file_is_an_error_record(tmp_path):
    from newsclean.batch.dask import clean_file

    missing = str(tmp_path / "gone.txt")
    assert clean_file(missing) == {"source": missing, "error": f"{missing}: no such file"}


def test_bag_over_web_archives_gives_what_the_command_gives(tmp_path):
    pytest.importorskip("fastwarc")
    pytest.importorskip("warcio")
    import sys as _sys

    _sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sources"))
    from archives import PAGES, write_warc

    from newsclean.batch.dask import bag_from_archives

    first = write_warc(tmp_path / "a.warc.gz")
    second = write_warc(tmp_path / "b.warc", gzip=False)
    out = bag_from_archives([str(first), str(second)]).compute(scheduler="processes", num_workers=2)
    assert [r["source"] for r in out] == [*PAGES, *PAGES]
    for record, html in zip(out, [*PAGES.values(), *PAGES.values()], strict=True):
        jsonschema.validate(record, json_schema())
        assert record["body"] == process(html.encode()).body and record["warc_record_id"]


def test_bag_over_a_parquet_column_row_group_by_row_group(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from newsclean.batch.dask import bag_from_parquet

    path = tmp_path / "scrape.parquet"
    texts = [HARBOUR, ORCHARD, None, HARBOUR]
    pq.write_table(pa.table({"url": [f"u{i}" for i in range(4)], "html": texts}), path, row_group_size=2)
    out = bag_from_parquet(str(path), text_key="html", id_key="url").compute(scheduler="processes", num_workers=2)
    assert [r["source"] for r in out] == [f"{path}:{n}" for n in (1, 2, 3, 4)]
    assert [r.get("id") for r in out] == ["u0", "u1", None, "u3"]
    assert out[2] == {"source": f"{path}:3", "error": f"{path}:3: field 'html' is empty (null)"}
    assert out[1]["body"] == process(ORCHARD).body
