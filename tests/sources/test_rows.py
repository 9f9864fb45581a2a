"""Datasets with an article per row: CSV (dialect sniffed, quoted newlines and commas,
huge fields), JSON Lines (a broken line is an error for that line) and Parquet."""
import csv
import gzip
import json

import pytest
from articles import HARBOUR, ORCHARD

from newsclean.sources import CSV, JSON_LINES, PARQUET, Reading, kind_of, records

READING = Reading(field="content", id_field="id", keep=("lang",))


def read_all(path, reading=READING):
    return list(records(str(path), kind_of(path, reading), reading))


def test_a_csv_with_an_embedded_newline_and_a_quoted_comma_in_the_field(tmp_path):
    path = tmp_path / "articles.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "lang", "content"])
        writer.writerow(["h-1", "en", HARBOUR])  # paragraphs: newlines inside the quoted field
        writer.writerow(["o-2", "en", "Growers said, after the frost, that the apples were lost."])
    assert kind_of(path, READING) == CSV
    found = read_all(path)
    assert [r.data for r in found] == [HARBOUR, "Growers said, after the frost, that the apples were lost."]
    assert [r.origin.id for r in found] == ["h-1", "o-2"]
    assert [r.origin.fields for r in found] == [{"lang": "en"}, {"lang": "en"}]
    assert [r.source for r in found] == [f"{path}:1", f"{path}:2"]
    assert [r.key for r in found] == ["h-1", "o-2"]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_the_dialect_is_sniffed(tmp_path, delimiter):
    path = tmp_path / "export.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(["content", "id", "lang"])
        writer.writerow([ORCHARD, "7", "en"])
    assert [(r.data, r.origin.id) for r in read_all(path)] == [(ORCHARD, "7")]


def test_a_short_row_is_an_error_line_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text(f'id,lang,content\na,en,"{ORCHARD}"\nb,en\nc,en,Second story about the frost.\n', encoding="utf-8")
    found = read_all(path)
    assert [r.error for r in found] == [None, "no field 'content'", None]
    assert found[2].data == "Second story about the frost."


def test_a_header_without_the_field_is_one_error_for_the_file(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("id,body\n1,text\n", encoding="utf-8")
    found = read_all(path)
    assert len(found) == 1 and found[0].error == "no column 'content' in the header row (columns: id, body)"


def test_a_huge_field_is_read_and_one_over_the_limit_is_an_error(tmp_path):
    big = "The ferry was late again. " * 20_000  # 520 KB: over the CSV module's own 128 KB limit
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["id", "content"], ["1", big], ["2", "A short one."]])
    reading = Reading(field="content", id_field="id")
    assert [r.data for r in read_all(path, reading)] == [big, "A short one."]
    small = Reading(field="content", id_field="id", max_bytes=100_000)
    found = read_all(path, small)
    assert found[0].error is not None and "limit" in found[0].error


def test_non_utf8_cells_go_to_the_pipeline_as_bytes_to_detect(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,content\n1,Caf\u00e9 owners said the fares were too steep.\n".encode("cp1252"))
    (record,) = read_all(path, Reading(field="content"))
    assert record.data == "Caf\u00e9 owners said the fares were too steep.".encode("cp1252")


def test_json_lines_with_one_broken_line(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps({"id": 1, "content": HARBOUR, "lang": "en"}),
             '{"id": 2, "content": "cut off in the mid',
             "",
             json.dumps({"id": 3, "text": "wrong field"}),
             json.dumps(["not", "an", "object"]),
             json.dumps({"id": 5, "content": ORCHARD, "lang": None})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert kind_of(path, READING) == JSON_LINES
    found = read_all(path)
    assert [r.source for r in found] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6)]
    assert [r.error for r in found] == [None, "line 2 is not JSON (Invalid control character at)",
                                        "no field 'content'", "line 5 is not a JSON object", None]
    assert found[0].data == HARBOUR and found[0].origin.id == 1 and found[0].origin.fields == {"lang": "en"}
    assert found[4].origin.fields == {"lang": None}


def test_a_json_line_over_the_limit_is_an_error_and_the_next_line_is_read(tmp_path):
    path = tmp_path / "long.jsonl.gz"
    rows = [{"content": "x" * 5000}, {"content": ORCHARD}]
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    found = read_all(path, Reading(field="content", max_bytes=2000))
    assert found[0].error == "line over the limit of 2000 bytes (see --max-bytes)"
    assert found[1].data == ORCHARD


def test_html_in_a_json_field(tmp_path):
    path = tmp_path / "pages.ndjson"
    path.write_text(json.dumps({"url": "https://news.example/a", "html": "<p>Ferry fares rise.</p>"}) + "\n",
                    encoding="utf-8")
    (record,) = read_all(path, Reading(field="html", id_field="url"))
    assert record.data == "<p>Ferry fares rise.</p>" and record.key == "https://news.example/a"


def test_parquet_rows_in_batches(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "articles.parquet"
    table = pa.table({"id": list(range(600)), "content": [HARBOUR if i % 2 else ORCHARD for i in range(600)],
                      "lang": ["en"] * 600})
    pq.write_table(table, path, row_group_size=100)
    assert kind_of(path, READING) == PARQUET
    found = read_all(path)
    assert len(found) == 600
    assert found[1].data == HARBOUR and found[1].origin.id == 1 and found[1].origin.fields == {"lang": "en"}
    missing = read_all(path, Reading(field="body"))
    assert len(missing) == 1 and missing[0].error.startswith("no column 'body'")


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_bytes(b'{"content": "Ferry \xed\xaf\xa9 fares rise."}\n')  # an encoded lone surrogate: found by the fuzzer
    (record,) = read_all(path, Reading(field="content"))
    assert record.data == "Ferry \ufffd fares rise."
