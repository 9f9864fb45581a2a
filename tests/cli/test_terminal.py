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
    assert any(line.startswith("newsclean: processed 2, failed 0") for line in shown.lines[-2:])


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


@pytest.mark.parametrize("columns", [60, 80, 140])
def test_a_folder_on_a_terminal_is_a_table_of_its_articles_and_says_how_to_get_more(tmp_path, columns):
    (tmp_path / "scraped").mkdir()
    (tmp_path / "scraped" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "scraped" / "orchard.txt").write_text(ORCHARD, encoding="utf-8")
    shown = run_in_terminal([str(tmp_path / "scraped")], columns=columns)
    assert shown.returncode == 0
    screen = "\n".join(shown.lines)
    assert len(shown.lines) < 20  # not two full views
    assert "Lindqvist Bay" not in screen  # no body text
    assert all(len(line) <= columns for line in shown.lines if not line.startswith("newsclean:"))
    heading = next(line for line in shown.lines if "Quotes" in line)
    assert heading.split()[-4:-1] == ["Quotes", "Officials", "Removed"]
    harbour = next(i for i, line in enumerate(shown.lines) if line.startswith("harbour.txt"))
    assert shown.lines[harbour].split()[-4:] == ["1", "0", "4", "0"]  # quotes, officials, removed, warnings
    assert "Harbour ferry fares to rise in spring" in " ".join(shown.lines[harbour:harbour + 3])
    assert str(tmp_path / "scraped") + "/" in "".join(shown.lines[:harbour])  # the folder, named once above
    assert "--json prints JSON Lines, --csv a table for a spreadsheet, -o DIR writes one file per article" in \
        " ".join(shown.lines[-2:])


def test_a_folder_into_a_pipe_is_the_table_in_plain_columns(tmp_path):
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "orchard.txt").write_text(ORCHARD, encoding="utf-8")
    shown = run_in_terminal([str(tmp_path)], stdout_to_pipe=True, columns=60)
    lines = shown.stdout.splitlines()
    assert lines[0].split() == ["File", "Headline", "Section", "Quotes", "Officials", "Removed", "Warnings"]
    assert lines[1].startswith(str(tmp_path / "harbour.txt") + "  Harbour ferry fares to rise in spring")
    assert lines[2].startswith(str(tmp_path / "orchard.txt") + "  Orchard growers count frost damage")
    assert all(line == line.rstrip() and not set(line) & set("─│╭┃━") for line in lines)
    assert len({line.index("Quotes") + len("Quotes") for line in lines[:1]} |
               {len(line.split("  ")[0]) for line in lines[1:]}) <= 2  # columns line up


def test_no_input_on_a_terminal_is_a_usage_error_that_says_what_to_give():
    shown = run_in_terminal([])
    assert shown.returncode == 2
    assert "Error: no input: name an article file, a folder or a glob (or pipe an article in)" in shown.lines


def test_one_article_into_a_pipe_is_plain_text_with_its_header_lines(tmp_path):
    quote = "“It is the biggest change in a decade,” said Ansel Marr, the council's transport director."
    long_paragraph = "The council said the new timetable " + "would add services on every route " * 6 + "in May."
    (tmp_path / "bus.txt").write_text(
        "Bus timetable to change in May\n\nBy Rhea Castell\n\n" + long_paragraph + "\n\n"
        f"{quote}\n\nShare this:\n", encoding="utf-8")
    shown = run_in_terminal([str(tmp_path / "bus.txt")], stdout_to_pipe=True, columns=60)
    assert shown.returncode == 0
    assert shown.stdout == ("Bus timetable to change in May\n"
                            "By Rhea Castell\n"
                            "\n"
                            f"{long_paragraph}\n"  # one line, however wide: the reader's pager wraps it
                            "\n"
                            f"{quote}\n")


def test_one_article_on_a_terminal_is_the_framed_view(tmp_path):
    (tmp_path / "orchard.txt").write_text(ORCHARD, encoding="utf-8")
    shown = run_in_terminal([str(tmp_path / "orchard.txt")])
    assert shown.returncode == 0
    assert shown.lines[0].startswith("╭─ ") and "Orchard growers count frost damage" in shown.lines[1]


def words_on_screen(lines):
    """The words of a screen, with the box drawing taken out."""
    box_drawing = dict.fromkeys(range(0x2500, 0x2580), " ")
    return " ".join(line.translate(box_drawing) for line in lines).split()


def test_at_60_columns_the_view_cuts_no_name_short(tmp_path):
    (tmp_path / "talks.txt").write_text(
        "Coalition talks stall over budget\n\n"
        "Prime Minister Jonas Albrecht told parliament he would keep governing. “The country cannot wait,” "
        "Albrecht said.\n\n"
        "“We are ready to compromise on everything except the deficit,” said Carla Mendes-Vasconcelos, "
        "the opposition leader.\n", encoding="utf-8")
    shown = run_in_terminal([str(tmp_path / "talks.txt")], columns=60)
    assert shown.returncode == 0
    assert all(len(line) <= 60 for line in shown.lines)
    assert "…" not in "\n".join(shown.lines)
    quotes = shown.lines[next(i for i, line in enumerate(shown.lines) if line.strip() == "Quotes"):]
    words = words_on_screen(quotes)
    assert words[words.index("Jonas"):][:2] == ["Jonas", "Albrecht"]
    assert "Mendes-Vasconcelos" in "".join(words)  # a name too long for its column is folded, whole


def test_help_at_60_columns_breaks_no_word(tmp_path):
    shown = run_in_terminal(["--help"], columns=60)
    assert shown.returncode == 0
    assert all(len(line) <= 60 for line in shown.lines)
    text = " ".join(shown.lines)
    for phrase in ("newsclean scraped/ --json > all.jsonl", "JSON Lines, one object per article",
                   "130 interrupted", "--timeout (default 60 s) is abandoned as failed"):
        assert phrase in " ".join(text.split()), phrase


def test_an_empty_file_on_a_terminal_is_warned_about_once(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    shown = run_in_terminal([str(tmp_path / "empty.txt")])
    assert shown.returncode == 0
    assert "\n".join(shown.lines).count("no article text left after cleaning") == 1
