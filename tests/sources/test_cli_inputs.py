"""The command line on archives and datasets: JSON Lines in record order, one output
file per record named after its id, --skip-existing, error lines, usage errors."""
import csv
import json
import subprocess
import sys

import jsonschema
import pytest
from articles import HARBOUR, ORCHARD
from click.testing import CliRunner
from archives import PAGES, write_warc

from newsclean import process
from newsclean.cli.main import main
from newsclean.model import json_schema


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, timeout=300, check=False)


@pytest.fixture
def crawl(tmp_path):
    pytest.importorskip("warcio")
    pytest.importorskip("fastwarc")
    return write_warc(tmp_path / "crawl.warc.gz")


def test_an_archive_alone_is_json_lines_in_record_order(crawl):
    proc = run_cli(str(crawl), "--json", "-j", "2")  # one file, yet a batch: the entry point's fast path steps aside
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["source"] for r in out] == list(PAGES)
    for record, html in zip(out, PAGES.values(), strict=True):
        jsonschema.validate(record, json_schema())
        expected = process(html.encode(), source=record["source"]).to_dict()
        assert {k: v for k, v in record.items() if not k.startswith("warc_")} == expected
        assert record["warc_record_id"].startswith("<urn:uuid:")
    assert b"processed 3, failed 0" in proc.stderr


def test_one_output_per_record_named_after_its_id_and_resuming(crawl, tmp_path):
    out = tmp_path / "out"
    first = CliRunner().invoke(main, [str(crawl), "-o", str(out), "-j", "1"])
    assert first.exit_code == 0, first.stderr
    written = sorted((out / "crawl").iterdir())
    assert len(written) == 3 and all(p.suffix == ".json" and len(p.stem) == 36 for p in written)
    written[0].unlink()
    again = CliRunner().invoke(main, [str(crawl), "-o", str(out), "--skip-existing", "-j", "1"])
    assert again.exit_code == 0
    assert "processed 1," in again.stderr and "2 output exists" in again.stderr
    assert len(list((out / "crawl").iterdir())) == 3


def test_a_truncated_archive_fails_its_cut_record_only(crawl, tmp_path):
    data = crawl.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 300])
    proc = run_cli(str(cut), "--json")
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [("error" in r) for r in out] == [False, False, True]
    lines = proc.stderr.decode().splitlines()
    assert sum(1 for line in lines if line.startswith(f"newsclean: {out[2]['source']}: ")) == 1
    assert all(line.startswith("newsclean: ") for line in lines)


def test_a_csv_dataset_with_ids_and_kept_fields(tmp_path):
    path = tmp_path / "rows.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["id", "lang", "content"], ["h/1", "en", HARBOUR], ["o 2", "en", ORCHARD],
                                  ["x"]])
    proc = run_cli(str(path), "--field", "content", "--id-field", "id", "--keep-fields", "lang", "--json")
    assert proc.returncode == 1  # the short row
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert out[0]["id"] == "h/1" and out[0]["fields"] == {"lang": "en"} and out[0]["body"] == process(HARBOUR).body
    assert out[2] == {"source": f"{path}:3", "error": f"{path}:3: no field 'content'"}
    written = CliRunner().invoke(main, [str(path), "--field", "content", "--id-field", "id", "-o", str(tmp_path / "o")])
    assert sorted(p.name for p in (tmp_path / "o" / "rows").iterdir()) == ["h_1.json", "o_2.json"]


def test_json_lines_on_the_command_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": ORCHARD}) + "\n{broken\n", encoding="utf-8")
    result = CliRunner().invoke(main, [str(path), "--field", "text", "--json"])
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0]["body"] == process(ORCHARD).body and "id" not in out[0]
    assert out[1]["error"].startswith(f"{path}:2: line 2 is not JSON")


def test_row_options_need_field():
    result = CliRunner().invoke(main, ["x.csv", "--id-field", "id"])
    assert result.exit_code == 2 and "--id-field and --keep-fields need --field" in result.stderr
