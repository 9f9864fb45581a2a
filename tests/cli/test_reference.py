"""docs/cli.md is the command's --help: regenerated here and compared, so CI fails when
an option changes and the page does not."""
from pathlib import Path

from newsclean.cli.reference import help_text, reference

PAGE = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_the_cli_reference_is_the_current_help():
    assert PAGE.read_text(encoding="utf-8") == reference(), \
        "docs/cli.md is out of date: run python -m newsclean.cli.reference"


def test_the_reference_holds_every_option():
    from newsclean.cli.main import main

    text = help_text()
    for option in main.params:
        for name in option.opts:
            assert name in text or option.human_readable_name == "inputs", name
    assert all(len(line) <= 80 for line in text.splitlines())
