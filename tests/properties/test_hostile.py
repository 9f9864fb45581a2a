"""Files nobody has checked. Every hostile input below is built on the fly and must end
in a best-effort article or a one-line error with a documented exit code: no
traceback, no hang, no partial output file, and in a batch the other files still
succeed."""
import gzip
import http.server
import json
import os
import random
import subprocess
import sys
import threading
from typing import ClassVar

import pytest
from articles import HARBOUR, ORCHARD
from click.testing import CliRunner

from newsclean import InputError, process, process_file
from newsclean.batch import pool
from newsclean.batch.plan import plan
from newsclean.cli.main import main
from newsclean.model import to_json
from newsclean.read import DEFAULT_MAX_BYTES, read_bytes

EN = ("Ferry fares to rise\n\nZoë Brünnhilde, who runs the café by the harbour in Fjällbacka, said the new fares "
      "were “too steep” — about €4 more a week.\n\nThe authority said the increase was needed to cover fuel.\n")
EN_LATIN1 = EN.replace("“", '"').replace("”", '"').replace("—", "-").replace("€", "EUR ")
JA = ("市役所は月曜日、新しい図書館が来月開館すると発表した。\n\n図書館は駅の近くに建てられ、午後九時まで開いている。"
      "市長は「子どもたちが安心して勉強できる場所になる」と話した。\n\n建設費は約十二億円で、国の補助金が使われた。\n")
PARAGRAPH = "The council said on Tuesday that the new bridge would open in spring, after two years of delays. "
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
ZIPPED = (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(16) + b"\x08\x00\x00\x00story.txt"
          + gzip.compress(HARBOUR.encode())[10:])  # a zip archive: many files, not an article
BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
                  + "".join(f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">\n'
                            for i in range(1, 10))
                  + ']>\n<html><body><p>Harbour news &lol9; from the quay at Fjällbacka, where the ferries berth.</p>'
                  + "<p>The authority said the increase was needed to cover rising fuel costs this year.</p>"
                  + "</body></html>")

# Inputs that must come out as an article (possibly empty, with a warning).
ARTICLES = {
    "empty.txt": b"",
    "whitespace.txt": b" \n\t\n\r\n   \n\n",
    "artifacts.txt": b"[ad_1]\n\nShare this:\n\nSource link\n\n[ad_2]\n",
    "utf16-bom.txt": EN.encode("utf-16"),
    "utf16le-no-bom.txt": EN.encode("utf-16-le"),
    "utf16be-no-bom.txt": EN.encode("utf-16-be"),
    "latin1.txt": EN_LATIN1.encode("latin-1"),
    "cp1252.txt": EN.encode("cp1252"),
    "shift-jis.txt": JA.encode("shift_jis"),
    "bad-utf8.txt": EN.encode()[:40] + b"\xff\xfe\xc3(\xa0\xa1\xed\xa0\x80" + EN.encode()[40:],
    "one-line-5mb.txt": (PARAGRAPH * (5_000_000 // len(PARAGRAPH))).encode(),
    "nested.html": ("<html><body>" + "<div>" * 100_000 + "<p>Deep text about the harbour ferry.</p>"
                    + "</div>" * 100_000 + "</body></html>").encode(),
    "billion-laughs.html": BILLION_LAUGHS.encode(),
    "archive.txt": gzip.compress(HARBOUR.encode()),  # compressed data is read through, whatever its name
}
# Inputs that must be refused with a one-line error.
REFUSED = {
    "image.txt": PNG,
    "zipped.txt": ZIPPED,
    "random.txt": random.Random(6).randbytes(20_000),
    "nul.txt": b"\x00" * 5000,
}

# What each encoding test expects to survive decoding.
WORDS = {"utf16-bom.txt": "Brünnhilde", "utf16le-no-bom.txt": "Brünnhilde", "utf16be-no-bom.txt": "Brünnhilde",
         "latin1.txt": "Brünnhilde", "shift-jis.txt": "図書館", "bad-utf8.txt": "harbour", "cp1252.txt": "harbour",
         "archive.txt": "harbour"}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    for name, data in {**ARTICLES, **REFUSED}.items():
        (root / name).write_bytes(data)
    (root / "good-1.txt").write_text(HARBOUR, encoding="utf-8")
    (root / "good-2.txt").write_text(ORCHARD, encoding="utf-8")
    (root / "dangling.txt").symlink_to(root / "does-not-exist.txt")
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    os.mkfifo(root / "fifo.txt")
    (root / "folder.txt").mkdir()  # a directory with an article's name: walked, and it is empty
    (root / "selfloop").symlink_to(root)  # a directory link back up: never followed
    return root


def run_cli(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, timeout=timeout)


def assert_clean_stderr(stderr: bytes):
    text = stderr.decode("utf-8")
    assert "Traceback" not in text
    for line in text.splitlines():
        assert line.startswith("newsclean: "), line


def test_a_batch_of_hostile_files_fails_only_the_bad_ones(hostile_dir, tmp_path):
    out = tmp_path / "out"
    proc = run_cli(str(hostile_dir), "--json", "-j", "2")
    assert proc.returncode == 1
    assert_clean_stderr(proc.stderr)
    records = {os.path.basename(r["source"]): r for r in map(json.loads, proc.stdout.decode("utf-8").splitlines())}
    for name in [*ARTICLES, "good-1.txt", "good-2.txt"]:
        assert "error" not in records[name], records[name]
    for name in REFUSED:
        assert records[name]["error"].endswith("binary data, not an article")
    assert records["dangling.txt"]["error"].endswith("broken symbolic link (its target does not exist)")
    assert records["loop-a.txt"]["error"].endswith("symbolic link loop")
    assert records["fifo.txt"]["error"].endswith("not a regular file")
    assert records["good-1.txt"]["headline"] == "Harbour ferry fares to rise in spring"
    for name, word in WORDS.items():
        assert word in records[name]["body"], name
    assert "Deep text" in records["nested.html"]["body"] or records["nested.html"]["body"] == ""
    assert "1 symbolic link to a directory" in proc.stderr.decode()

    proc = run_cli(str(hostile_dir), "-o", str(out), "-q")
    assert proc.returncode == 1
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(os.path.splitext(n)[0] + ".json" for n in [*ARTICLES, "good-1.txt", "good-2.txt"])
    for p in out.iterdir():
        json.loads(p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_each_hostile_article_alone_gives_an_article(hostile_dir, name):
    result = CliRunner().invoke(main, [str(hostile_dir / name), "--json"])
    assert result.exit_code == 0, result.stderr
    obj = json.loads(result.stdout)
    assert obj["source"] == str(hostile_dir / name)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", sorted(REFUSED) + ["dangling.txt", "loop-a.txt", "fifo.txt"])
def test_each_refused_input_alone_is_one_line_and_exit_1(hostile_dir, name):
    result = CliRunner().invoke(main, [str(hostile_dir / name), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"newsclean: {hostile_dir / name}: ")


def test_empty_and_artifact_only_files_warn(hostile_dir):
    for name in ("empty.txt", "whitespace.txt", "artifacts.txt"):
        article = process_file(hostile_dir / name)
        assert article.body == "" and article.warnings == ["no article text left after cleaning"]


def test_size_limit_is_documented_and_adjustable(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(HARBOUR, encoding="utf-8")
    small = CliRunner().invoke(main, [str(article), "--json", "--max-bytes", "100"])
    assert small.exit_code == 1
    assert small.stderr.strip() == (f"newsclean: {article}: {len(HARBOUR.encode())} bytes is over the limit of 100"
                                    " (see --max-bytes)")
    assert CliRunner().invoke(main, [str(article), "--json", "--max-bytes", "100000"]).exit_code == 0


def test_a_50_mb_article_is_refused_at_once_by_the_default_limit(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        for _ in range(50):
            fh.write((PARAGRAPH * (1_000_000 // len(PARAGRAPH) + 1)).encode()[:1_000_000])
    assert DEFAULT_MAX_BYTES < 50_000_000
    with pytest.raises(InputError, match="over the limit"):
        read_bytes(big)


def test_read_bytes_refuses_what_is_not_a_regular_file(tmp_path):
    with pytest.raises(InputError, match="is a directory, not a file"):
        read_bytes(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_bytes(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="not a regular file"):
        read_bytes("/dev/null")


def test_unreadable_file_is_a_clear_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(HARBOUR, encoding="utf-8")

    def refuse(path, flags, *args):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("newsclean.read.os.open", refuse)
    with pytest.raises(InputError, match=r"locked\.txt: permission denied$"):
        read_bytes(locked)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_on_disk(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(HARBOUR, encoding="utf-8")
    locked.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_bytes(locked)


def test_a_file_that_vanishes_mid_batch_fails_alone(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ORCHARD, encoding="utf-8")
    tasks = plan([str(tmp_path)]).tasks
    (tmp_path / "b.txt").unlink()
    results = []
    summary = pool.run(tasks, pool.Options(), results.append, jobs=2)
    assert [r.error for r in results] == [None, f"{tmp_path / 'b.txt'}: no such file", None]
    assert summary.processed == 2 and summary.failed == 1


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self):
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY remote "FETCHED-FROM-NETWORK">')

    def log_message(self, *args):
        pass


def test_no_entity_is_expanded_from_outside_and_nothing_is_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("LOCAL-SECRET-CONTENT", encoding="utf-8")
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = (f'<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "{url}/evil.dtd" [\n'
                f'<!ENTITY file SYSTEM "file://{secret}">\n<!ENTITY net SYSTEM "{url}/net">\n]>\n'
                f'<html><head><link rel="stylesheet" href="{url}/style.css"></head><body>'
                f'<p>Ferry fares will rise by eight percent from April, the authority said. &file; &net; &remote;</p>'
                f'<p>Commuters who buy a monthly pass will see a smaller rise.</p>'
                f'<img src="{url}/pixel.png"><iframe src="{url}/frame"></iframe></body></html>')
        article = process(page.encode(), source="xxe.html")
    finally:
        server.shutdown()
    assert "LOCAL-SECRET-CONTENT" not in json.dumps(article.to_dict())
    assert "FETCHED-FROM-NETWORK" not in json.dumps(article.to_dict())
    assert _Recorder.hits == []
    assert "Ferry fares will rise" in article.body


def test_entity_bombs_are_not_expanded(hostile_dir):
    article = process_file(hostile_dir / "billion-laughs.html")
    assert "lollollol" not in article.body
    assert len(json.dumps(article.to_dict())) < 20_000


def test_json_output_is_valid_utf8_for_odd_file_names_and_characters(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    odd = os.path.join(os.fsencode(root), b"caf\xe9-\x1b[31m-name.txt")  # not UTF-8, with an escape
    with open(odd, "wb") as fh:
        fh.write(b"Lone \xed\xa0\x80 surrogate and \x01\x02 controls\n\nThe harbour authority met on Monday.\n")
    proc = run_cli(str(root), "--json", "-q")
    assert proc.returncode == 0
    line = proc.stdout.decode("utf-8")  # strict: raises on invalid UTF-8
    obj = json.loads(line)
    assert obj["source"].endswith("-\x1b[31m-name.txt") and "\ufffd" in obj["source"]
    assert "\x01" not in obj["body"] and "\ud800" not in obj["body"]
    out = tmp_path / "out"
    assert run_cli(str(root), "-o", str(out), "-q").returncode == 0
    (written,) = os.listdir(os.fsencode(out))
    assert b"\x1b" not in written and written.endswith(b".json")


def test_lone_surrogates_never_reach_json():
    text = to_json({"source": "x\udcffy", "body": "a\ud800b\x00c"})
    text.encode("utf-8")
    assert json.loads(text) == {"source": "x\ufffdy", "body": "a\ufffdb\x00c"}


def test_terminal_view_never_passes_escape_sequences_from_a_page(tmp_path):
    page = tmp_path / "\x1b[2Jtitle.html"
    page.write_text("<html><head><title>Big &#27;[31mred&#27;[0m news</title></head><body>"
                    "<p>The council of Ostrava Nova said on Friday that the bridge would open in spring.</p>"
                    "<p>Work on the crossing began two years ago and ran over budget.</p></body></html>",
                    encoding="utf-8")
    result = CliRunner().invoke(main, [str(page)])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "[31mred" in result.stdout
