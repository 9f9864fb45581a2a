"""What a person sees on a terminal: run on a pseudo-terminal, the bytes it received
played onto a screen (see terminal.py)."""
import json

import pytest
from articles import HARBOUR, ORCHARD
from terminal import run_in_terminal

BAR = "cleaning"


@pytest.fixture
def two(tmp_path):
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "orchard.txt").write_text(ORCHARD, encoding="utf-8")
    return [str(tmp_path / "harbour.txt"), str(tmp_path / "orchard.txt")]


@pytest.mark.parametrize("flags", [[], ["--json"], ["--text"]])
def test_the_progress_bar_never_shares_a_line_with_output_on_a_terminal(two, flags):
    shown = run_in_terminal([*two, *flags])
    assert shown.returncode == 0
    assert not any(BAR in line and len(line.split(BAR)[0].strip()) for line in shown.lines), shown.lines
    assert not any("ETA" in line for line in shown.lines), shown.lines  # nothing of a bar is left on the screen
    if flags == ["--json"]:
        objects = [json.loads(line) for line in shown.lines if line.startswith("{")]
        assert [o["source"] for o in objects] == two
    assert shown.lines[-1].startswith("newsclean: processed 2, failed 0")


def test_with_output_going_elsewhere_the_bar_is_shown_then_erased(two, tmp_path):
    shown = run_in_terminal([*two, "-o", str(tmp_path / "out")])
    assert shown.returncode == 0
    assert BAR in shown.raw and "2/2" in shown.raw  # drawn while the files were cleaned
    assert shown.lines == [line for line in shown.lines if BAR not in line]  # and gone once they are
    assert shown.lines[-1].startswith("newsclean: processed 2, failed 0")


def test_json_into_a_file_keeps_the_bar_on_the_terminal_and_out_of_the_file(two):
    shown = run_in_terminal([*two, "--json"], stdout_to_pipe=True)
    assert shown.returncode == 0
    assert [json.loads(line)["source"] for line in shown.stdout.splitlines()] == two
    assert BAR in shown.raw and not any(BAR in line for line in shown.lines)
