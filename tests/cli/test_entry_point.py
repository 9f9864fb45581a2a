"""The entry point (``newsclean`` and ``python -m newsclean``): ``newsclean FILE --json``
is answered without loading Click, by the same function the Click command calls, so
the two doors give the same bytes and exit code; every other call goes to Click."""
import json
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner

import newsclean
from newsclean.__main__ import one_file_json_call
from newsclean.cli.main import main
from newsclean.model import json_schema


def entry_point(args, **kw):
    """Run the installed command's entry point (newsclean.__main__:main) in a subprocess."""
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, timeout=60, **kw)


def test_python_dash_m_runs_the_same_cli(files):
    proc = entry_point([str(files / "orchard.txt"), "--json"])
    assert proc.returncode == 0
    obj = json.loads(proc.stdout)
    jsonschema.validate(obj, json_schema())
    assert obj["headline"] == "Orchard growers count frost damage"


def test_which_calls_take_the_click_free_door(files):
    path = str(files / "harbour.txt")
    assert one_file_json_call([path, "--json"]) == path
    assert one_file_json_call(["--json", path]) == path
    assert one_file_json_call([str(files / "gone.txt"), "--json"]) == str(files / "gone.txt")  # reported alike
    for args in ([path], [path, "--text"], [path, "--json", "-q"], [path, path], ["-", "--json"],
                 [str(files), "--json"], [str(files / "*.txt"), "--json"], ["--json", "--json"], ["-q", "--json"]):
        assert one_file_json_call(args) is None, args


def junk(files):
    (files / "junk.txt").write_text("[ad_1]\n\nSource link\n\n[ad_2]\n", encoding="utf-8")  # cleans to nothing
    return "junk.txt"


def binary(files):
    (files / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return "image.txt"


@pytest.mark.speed_equivalence
@pytest.mark.parametrize("name", ["harbour.txt", "orchard.txt", "library.html", "gone.txt", junk, binary])
@pytest.mark.parametrize("order", ["file_first", "json_first"])
def test_one_file_json_call_answers_exactly_like_the_click_command(files, name, order):
    path = str(files / (name(files) if callable(name) else name))
    args = [path, "--json"] if order == "file_first" else ["--json", path]
    fast = entry_point(args)
    full = CliRunner().invoke(main, args)
    assert fast.returncode == full.exit_code
    assert fast.stdout.decode("utf-8") == full.stdout
    assert fast.stderr.decode("utf-8") == full.stderr


def test_one_file_json_call_loads_no_module_it_does_not_need(files):
    # Modules the interpreter's start-up may already hold are checked as new imports.
    unneeded = ("click", "rich", "pathlib", "tempfile", "typing", "multiprocessing", "lxml", "html")
    code = ("import sys; before = set(sys.modules)\n"
            "from newsclean.__main__ import main; sys.argv = ['newsclean', sys.argv[1], '--json']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            f"print(sorted(m for m in set(sys.modules) - before if m.split('.')[0] in {unneeded!r}), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(files / "harbour.txt")], capture_output=True, timeout=60)
    assert proc.stderr.decode().strip().splitlines()[-1] == "[]"


def test_entry_point_reports_errors_and_warnings_and_hands_batches_to_click(files):
    missing = entry_point([str(files / "gone.txt"), "--json"])
    assert missing.returncode == 1 and missing.stdout == b""
    assert missing.stderr.decode() == f"newsclean: {files / 'gone.txt'}: no such file\n"
    empty = entry_point([str(files / junk(files)), "--json"])
    assert empty.returncode == 0 and json.loads(empty.stdout)["body"] == ""
    assert empty.stderr.decode() == f"newsclean: warning: {files / 'junk.txt'}: no article text left after cleaning\n"
    directory = entry_point([str(files), "--json"])
    assert directory.returncode == 0 and len(directory.stdout.splitlines()) == 4  # a batch: JSON Lines


def test_a_library_bug_through_the_entry_point_says_how_to_report_it(files):
    code = ("import sys, newsclean.pipeline\n"
            "def broken(data, source=None):\n    raise IndexError('list index out of range')\n"
            "newsclean.pipeline.process = broken\n"
            "from newsclean.__main__ import main; sys.argv = ['newsclean', sys.argv[1], '--json']; main()")
    path = files / "harbour.txt"
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, timeout=60)
    assert proc.returncode == 1 and proc.stdout == b""
    assert proc.stderr.decode() == (f"newsclean: {path}: internal error (IndexError: list index out of range); "
                                    f"please report it with the input file and newsclean {newsclean.__version__}\n")
