"""One input cleaned and printed by the function both front doors call."""
import json

import newsclean.pipeline
from newsclean.cli import single
from newsclean.cli.main import main
from newsclean.errors import EXIT_FAILED, EXIT_INTERRUPTED


def test_ctrl_c_while_cleaning_is_exit_130_without_a_traceback(runner, files, monkeypatch):
    def interrupted(data, source=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(newsclean.pipeline, "process", interrupted)
    result = runner.invoke(main, [str(files / "harbour.txt"), "--json"])
    assert result.exit_code == EXIT_INTERRUPTED
    assert result.stdout == "" and result.stderr == "newsclean: interrupted\n"


def test_a_reader_that_goes_away_is_exit_1_without_a_traceback(files, monkeypatch, capsys):
    silenced = []

    def gone(text):
        raise BrokenPipeError

    monkeypatch.setattr(single, "write_stdout", gone)
    monkeypatch.setattr(single, "silence_stdout", lambda: silenced.append(True))
    assert single.run_single(str(files / "harbour.txt")) == EXIT_FAILED
    assert silenced == [True]
    assert capsys.readouterr().err == ""


def test_quiet_leaves_out_warnings_but_not_the_result(files, capsys):
    (files / "junk.txt").write_text("[ad_1]\n\nSource link\n", encoding="utf-8")
    assert single.run_single(str(files / "junk.txt"), quiet=True) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["body"] == "" and out.err == ""
