"""The Click command's contract: stdout carries only results, messages go to stderr,
exit codes are 0 / 1 / 2, and every JSON object validates against the shipped schema."""
import inspect
import json
import os
import subprocess
import sys

import jsonschema
import pytest
from articles import ORCHARD

import newsclean
import newsclean.pipeline
from newsclean.cli import single
from newsclean.cli.main import main
from newsclean.model import json_schema


def validate(obj):
    jsonschema.validate(obj, json_schema())


def test_single_file_json_is_one_object_and_nothing_else(runner, files):
    result = runner.invoke(main, [str(files / "harbour.txt"), "--json"])
    assert result.exit_code == 0
    obj = json.loads(result.stdout)  # the whole of stdout is one JSON document
    validate(obj)
    assert obj["source"] == str(files / "harbour.txt")
    assert obj["headline"] == "Harbour ferry fares to rise in spring"
    assert "[ad_1]" not in obj["body"] and "Source link" not in obj["body"]
    assert result.stderr == ""


def test_several_files_give_json_lines_in_input_order(runner, files):
    names = [str(files / "orchard.txt"), str(files / "harbour.txt"), str(files / "library.html")]
    result = runner.invoke(main, [*names, "--json", "--jobs", "2"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    objs = [json.loads(line) for line in lines]
    assert [o["source"] for o in objs] == names
    for obj in objs:
        validate(obj)
    assert objs[2]["format"] == "html"
    assert "processed 3" in result.stderr  # the summary goes to stderr


def test_a_failing_input_is_an_error_line_and_exit_1(runner, files):
    missing = str(files / "gone.txt")
    result = runner.invoke(main, [str(files / "harbour.txt"), missing, "--json"])
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    validate(first)
    assert second == {"source": missing, "error": f"{missing}: no such file"}
    assert f"newsclean: {missing}: no such file" in result.stderr.splitlines()


def test_single_missing_file_is_one_line_on_stderr(runner, files):
    result = runner.invoke(main, [str(files / "nope.txt"), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr


def test_dash_reads_standard_input(runner):
    result = runner.invoke(main, ["-", "--json"], input=ORCHARD.encode("utf-8"))
    assert result.exit_code == 0
    obj = json.loads(result.stdout)
    assert obj["source"] == "-"
    assert obj["headline"] == "Orchard growers count frost damage"


def test_text_prints_only_the_clean_body(runner, files):
    result = runner.invoke(main, [str(files / "orchard.txt"), "--text"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Growers in the Valmora hills")
    assert "Share this:" not in result.stdout
    assert "Orchard growers count frost damage" not in result.stdout  # the headline is not body


def test_terminal_view_shows_the_article(runner, files):
    result = runner.invoke(main, [str(files / "harbour.txt")])
    assert result.exit_code == 0
    assert "Harbour ferry fares to rise in spring" in result.stdout
    assert "Lindqvist Bay" in result.stdout


def test_directory_to_json_lines_is_sorted_and_recursive(runner, files):
    (files / "sub").mkdir()
    (files / "sub" / "a.txt").write_text(ORCHARD, encoding="utf-8")
    result = runner.invoke(main, [str(files), "--json", "-q"])
    assert result.exit_code == 0
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(files / "harbour.txt"), str(files / "library.html"), str(files / "orchard.txt"),
                       str(files / "sub" / "a.txt")]
    assert result.stderr == ""  # --quiet: no summary


def test_output_directory_gets_one_file_per_input(runner, files, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(main, [str(files), "-o", str(out)])
    assert result.exit_code == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["harbour.json", "library.json", "orchard.json"]
    validate(json.loads((out / "harbour.json").read_text(encoding="utf-8")))
    assert result.stdout == ""


@pytest.mark.parametrize("args", [
    ["--json", "--text"],
    ["--skip-existing"],
    ["--jobs", "0"],
    ["--max-bytes", "0"],
    ["--max-bytes", "20X"],
    ["--json", "--json-array"],
    ["--json-array", "-o", "out"],
    ["--no-such-option"],
])
def test_usage_errors_exit_2(runner, files, args):
    result = runner.invoke(main, [str(files / "harbour.txt"), *args])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_with_no_input_piped_standard_input_is_read(runner):
    for args in (["--json"], []):
        result = runner.invoke(main, args, input=ORCHARD.encode("utf-8"))
        assert result.exit_code == 0, result.stderr
        assert "Orchard growers count frost damage" in result.stdout
    assert json.loads(runner.invoke(main, ["--json"], input=ORCHARD.encode("utf-8")).stdout)["source"] == "-"


def test_piped_stdin_without_a_dash_through_the_command(files):
    with open(files / "orchard.txt", "rb") as fh:
        proc = subprocess.run([sys.executable, "-m", "newsclean", "--json"], stdin=fh, capture_output=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["headline"] == "Orchard growers count frost damage"


def test_no_input_and_empty_standard_input_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "newsclean"], stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=60)
    assert proc.returncode == 2 and proc.stdout == b""
    assert b"no input: standard input is empty" in proc.stderr


def test_output_directory_equal_to_input_directory_is_refused(runner, files):
    result = runner.invoke(main, [str(files), "-o", str(files)])
    assert result.exit_code == 2
    assert sorted(p.name for p in files.iterdir()) == ["harbour.txt", "library.html", "orchard.txt"]


def test_help_documents_exit_codes_and_limits(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for phrase in ("Exit status: 0", "1 one or more inputs failed", "2 usage error", "--max-bytes", "--timeout",
                   "--jobs", "--skip-existing", "default: 10M"):
        assert phrase in text


def test_json_path_does_not_import_rich_or_multiprocessing(files):
    code = ("import sys; from newsclean.cli.main import main; sys.argv = ['newsclean', sys.argv[1], '--json'];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'multiprocessing')), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(files / "harbour.txt")], capture_output=True, timeout=60)
    assert proc.stderr.decode().strip().splitlines()[-1] == "[]"


def test_several_files_without_a_format_are_a_table_in_input_order(runner, files):
    result = runner.invoke(main, [str(files / "orchard.txt"), str(files / "harbour.txt"), "-q"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["File", "Headline"]
    assert [line.split()[0] for line in lines[1:]] == [str(files / "orchard.txt"), str(files / "harbour.txt")]
    assert "Orchard growers count frost damage" in lines[1] and "Lindqvist Bay" not in result.stdout


def test_text_of_several_files_heads_each_body_with_its_name(runner, files):
    orchard, harbour = str(files / "orchard.txt"), str(files / "harbour.txt")
    result = runner.invoke(main, [orchard, harbour, "--text", "-q"])
    assert result.exit_code == 0
    first, second = result.stdout.split("\n\n==> ")
    assert first.startswith(f"==> {orchard} <==\nGrowers in the Valmora hills")
    assert second.startswith(f"{harbour} <==\nFerry fares across Lindqvist Bay")
    assert result.stdout.count("==> ") == 2 and result.stdout.endswith("five percent.\n")
    assert "Share this:" not in result.stdout and "[ad_1]" not in result.stdout
    assert "==> FILE <==" in " ".join(runner.invoke(main, ["--help"]).stdout.split())  # and --help says so


def test_text_of_one_file_is_the_body_alone(runner, files):
    result = runner.invoke(main, [str(files / "orchard.txt"), "--text"])
    assert result.stdout.startswith("Growers in the Valmora hills") and "==>" not in result.stdout


def test_one_file_goes_to_the_function_the_entry_point_calls_with_the_same_options(runner, files, monkeypatch):
    # the entry point answers `newsclean FILE --json` with run_single(FILE, mode="json"): the
    # Click command must hand that call over with the same arguments for both doors to answer alike
    signature = inspect.signature(single.run_single)

    def arguments(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        return bound.arguments

    calls = []
    monkeypatch.setattr(single, "run_single", lambda *args, **kwargs: calls.append(arguments(*args, **kwargs)) or 0)
    path = str(files / "harbour.txt")
    for args in ([path, "--json"], ["--json", path]):
        assert runner.invoke(main, args).exit_code == 0
    assert calls == [arguments(path, mode="json")] * 2
    runner.invoke(main, [path, "--text", "--indent", "2", "--max-bytes", "99", "-q", "--no-removed"])
    assert calls[-1] == arguments(path, mode="text", indent=2, max_bytes=99, quiet=True, show_removed=False)


def raise_index_error(data, source=None):
    raise IndexError("list index out of range")


def test_a_library_bug_on_one_file_says_how_to_report_it(runner, files, monkeypatch):
    monkeypatch.setattr(newsclean.pipeline, "process", raise_index_error)
    path = files / "harbour.txt"
    result = runner.invoke(main, [str(path), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"newsclean: {path}: internal error (IndexError: list index out of range); "
                             f"please report it with the input file and newsclean {newsclean.__version__}\n")
    assert "Traceback" not in result.stderr


def test_a_library_bug_in_a_batch_is_the_same_line_on_stderr_and_in_the_json_lines(runner, files, monkeypatch):
    monkeypatch.setattr(newsclean.pipeline, "process", raise_index_error)  # forked workers inherit it
    path = str(files / "harbour.txt")
    result = runner.invoke(main, [path, str(files / "orchard.txt"), "--json", "-j", "1"])
    assert result.exit_code == 1
    line = (f"{path}: internal error (IndexError: list index out of range); "
            f"please report it with the input file and newsclean {newsclean.__version__}")
    assert json.loads(result.stdout.splitlines()[0]) == {"source": path, "error": line}
    assert f"newsclean: {line}" in result.stderr.splitlines()


def unreadable(monkeypatch, *paths):
    """Listing these directories fails as it does for a user without read permission
    (the tests may run as root, who can read anything)."""
    real_scandir = os.scandir
    blocked = {os.fspath(p) for p in paths}

    def scandir(path="."):
        if os.fspath(path) in blocked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_directory_given_is_a_failure_not_an_empty_folder(runner, files, monkeypatch):
    unreadable(monkeypatch, files)
    result = runner.invoke(main, [str(files)])
    assert result.exit_code == 1
    assert f"newsclean: {files}: cannot read this directory: permission denied" in result.stderr.splitlines()
    assert "processed 0, failed 1" in result.stderr
    assert "no article files found" not in result.stderr


def test_an_unreadable_directory_inside_a_walk_is_counted_and_reported_in_its_place(runner, files, monkeypatch):
    (files / "locked").mkdir()
    (files / "locked" / "a.txt").write_text(ORCHARD, encoding="utf-8")
    unreadable(monkeypatch, files / "locked")
    result = runner.invoke(main, [str(files), "--json"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(files / n) for n in ("harbour.txt", "library.html", "orchard.txt",
                                                                        "locked")]  # a folder's files, then its folders
    assert records[3]["error"] == f"{files / 'locked'}: cannot read this directory: permission denied"
    assert "processed 3, failed 1" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a directory whatever its permissions")
def test_a_directory_without_read_permission_is_a_failure(runner, files):
    (files / "locked").mkdir(mode=0)
    try:
        result = runner.invoke(main, [str(files / "locked")])
    finally:
        (files / "locked").chmod(0o755)
    assert result.exit_code == 1 and "cannot read this directory" in result.stderr


def test_a_second_run_with_skip_existing_says_everything_is_done(runner, files, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert runner.invoke(main, [str(files), "-o", str(out)]).exit_code == 0
    again = runner.invoke(main, [str(files), "-o", str(out), "--skip-existing"])
    assert again.exit_code == 0
    assert again.stderr == "newsclean: all 3 outputs exist, nothing to do\n"


def test_a_folder_without_articles_says_what_it_skipped(runner, tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(ORCHARD, encoding="utf-8")
    result = runner.invoke(main, [str(tmp_path)])
    assert result.exit_code == 0
    assert result.stderr == "newsclean: no article files found (2 skipped: 1 hidden, 1 not an article file (.pdf))\n"


@pytest.mark.parametrize(("args", "advice"), [
    (["-o", "OUT"], "to resume, run the same command with --skip-existing"),
    (["-o", "OUT", "--skip-existing"], "to resume, run the same command again"),
])
def test_an_interrupted_run_says_how_to_resume(runner, files, tmp_path_factory, monkeypatch, args, advice):
    from newsclean.batch import pool

    def stopped_after_one(tasks, options, on_result, **kwargs):
        on_result(pool.deliver_one(next(iter(tasks)), options))
        return pool.Summary(processed=1, interrupted=True)  # what run() returns when Ctrl-C stops it

    monkeypatch.setattr(pool, "run", stopped_after_one)
    out = str(tmp_path_factory.mktemp("out"))
    result = runner.invoke(main, [str(files), *[out if a == "OUT" else a for a in args]])
    assert result.exit_code == 130
    lines = result.stderr.splitlines()
    assert lines[-2].startswith("newsclean: interrupted: processed 1")
    assert lines[-1] == f"newsclean: every file written is whole; {advice}"


def test_an_interrupted_run_to_stdout_gives_no_resume_advice(runner, files, monkeypatch):
    from newsclean.batch import pool

    monkeypatch.setattr(pool, "run", lambda *a, **k: pool.Summary(interrupted=True))
    result = runner.invoke(main, [str(files), "--json", "-q"])
    assert result.exit_code == 130
    assert result.stderr.startswith("newsclean: interrupted:") and "resume" not in result.stderr


@pytest.mark.parametrize(("size", "limit"), [("1200", 1200), ("1K", 1024), ("1.2k", 1228), ("2KB", 2000),
                                             ("20M", 20 * 1024 * 1024), ("1GiB", 1 << 30)])
def test_max_bytes_takes_units(size, limit):
    from newsclean.cli.units import parse_size

    assert parse_size(size) == limit


def test_max_bytes_with_a_unit_limits_the_file(runner, files):
    big = files / "harbour.txt"  # 439 bytes
    assert runner.invoke(main, [str(big), "--json", "--max-bytes", "1K"]).exit_code == 0
    refused = runner.invoke(main, [str(big), "--json", "--max-bytes", "0.3K"])
    assert refused.exit_code == 1 and "439 bytes is over the limit of 307" in refused.stderr
    bad = runner.invoke(main, [str(big), "--max-bytes", "20 parsecs"])
    assert bad.exit_code == 2 and "is not a size (examples: 5000000, 500K, 20M" in bad.stderr


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(runner, flag):
    result = runner.invoke(main, [flag])
    assert result.exit_code == 0 and result.stdout.strip().endswith(f"version {newsclean.__version__}")


@pytest.mark.parametrize("args", [["https://example.com/news/a.html"], ["https://example.com/a.html", "--json"],
                                  ["http://example.com/a.html", "b.txt"]])
def test_a_web_address_says_newsclean_reads_saved_files(args):
    proc = subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, timeout=60)
    assert proc.returncode == 2 and proc.stdout == b""
    assert "is a web address, and newsclean reads saved files: save the page first, e.g. curl -sL" in \
        " ".join(proc.stderr.decode().split())
    assert "no such file" not in proc.stderr.decode()


def test_project_files_in_a_folder_are_not_articles(runner, files):
    for name in ("README.md", "LICENSE", "LICENSE.txt", "CHANGELOG.md", "readme.txt", "CONTRIBUTING.md"):
        (files / name).write_text("# Notes\n\nThis folder holds the scraped articles of March.\n", encoding="utf-8")
    result = runner.invoke(main, [str(files), "--json"])
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        str(files / n) for n in ("harbour.txt", "library.html", "orchard.txt")]
    assert "skipped 6 (6 README, LICENSE or the like)" in result.stderr
    named = runner.invoke(main, [str(files / "README.md"), "--json"])  # a file named on the command line is taken
    assert named.exit_code == 0 and json.loads(named.stdout)["source"] == str(files / "README.md")
    included = runner.invoke(main, [str(files), "--json", "-q", "--include", "README.md"])
    assert [json.loads(line)["source"] for line in included.stdout.splitlines()] == [str(files / "README.md")]


def test_an_empty_file_is_warned_about_once(runner, files):
    (files / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, [str(files / "empty.txt")])
    assert result.exit_code == 0
    assert (result.stdout + result.stderr).count("no article text left after cleaning") == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_array_is_one_document_with_errors_in_their_place(runner, files, jobs):
    names = [str(files / "orchard.txt"), str(files / "gone.txt"), str(files / "harbour.txt")]
    result = runner.invoke(main, [*names, "--json-array", "-q", "-j", jobs])
    assert result.exit_code == 1
    array = json.loads(result.stdout)
    assert [o["source"] for o in array] == names
    assert array[1] == {"source": names[1], "error": f"{names[1]}: no such file"}
    validate(array[0])
    one = json.loads(runner.invoke(main, [names[0], "--json-array", "--indent", "2"]).stdout)
    assert len(one) == 1 and one[0]["headline"] == "Orchard growers count frost damage"


def test_json_array_of_an_empty_folder_is_an_empty_array(runner, tmp_path):
    result = runner.invoke(main, [str(tmp_path), "--json-array"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_help_says_several_json_inputs_are_json_lines(runner):
    text = " ".join(runner.invoke(main, ["--help"]).stdout.split())
    assert "JSON Lines (one object per line) for several" in text
    assert "--json-array Print one JSON array of every article" in text


def test_csv_of_a_folder_is_one_record_per_article(runner, files):
    import csv
    import io

    result = runner.invoke(main, [str(files), str(files / "missing.txt"), "--csv", "-q"])
    assert result.exit_code == 1  # the missing file is an error on stderr, not a record
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(records[0]) == ["source", "headline", "category", "authors", "published", "words", "quotes",
                                "officials", "warnings"]
    assert [r["source"] for r in records] == [str(files / n) for n in ("harbour.txt", "library.html", "orchard.txt")]
    harbour = records[0]
    assert harbour["headline"] == "Harbour ferry fares to rise in spring" and harbour["quotes"] == "1"
    assert int(harbour["words"]) == len(json.loads(runner.invoke(main, [str(files / "harbour.txt"), "--json"])
                                                   .stdout)["body"].split())
    assert "missing.txt: no such file" in result.stderr


def test_csv_quotes_commas_and_joins_lists(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Budget, tax and the deficit: what changes\n\nBy Rhea Castell and Ansel Marr\n\n"
                                    "The finance minister presented the budget on Tuesday.\n\n"
                                    "It raises the tax on fuel and cuts the deficit by a fifth.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, [str(tmp_path / "a.txt"), str(tmp_path / "empty.txt"), "--csv", "-q"])
    lines = result.stdout.splitlines()
    assert lines[1] == (f'{tmp_path / "a.txt"},"Budget, tax and the deficit: what changes",,'
                        "Rhea Castell; Ansel Marr,,21,0,0,")  # the comma-holding field quoted, the authors joined
    assert lines[2] == f"{tmp_path / 'empty.txt'},,,,,0,0,0,no article text left after cleaning"
    one = runner.invoke(main, [str(tmp_path / "a.txt"), "--csv"])
    assert one.stdout.splitlines() == lines[:2]  # one file: the header and its record
