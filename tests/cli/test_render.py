"""The terminal view: article text and file names are shown, never read as markup nor
acted on by the terminal."""
import io

from rich.console import Console

from newsclean import process
from newsclean.cli.main import main
from newsclean.cli.render import print_article, terminal_safe
from newsclean.model import Quote


def test_terminal_view_shows_markup_in_article_text_as_text(runner, tmp_path):
    article = tmp_path / "markup.txt"
    article.write_text("Mayor says [bold]no[/bold] to \x1b[31mred\x1b[0m tape\n\n"
                       "The mayor of Ostrava Nova rejected the plan on Friday, calling it a waste of public money.\n",
                       encoding="utf-8")
    result = runner.invoke(main, [str(article)])
    assert result.exit_code == 0
    assert "[bold]no[/bold]" in result.stdout
    assert "\x1b" not in result.stdout


def test_terminal_safe_replaces_control_characters_in_every_field():
    quote = Quote(text="a\x1b[2Jb", speaker="c\x07d", start=0, end=3)
    safe = terminal_safe([quote, "e\rf", 3])
    assert safe == [Quote(text="a\ufffd[2Jb", speaker="c\ufffdd", start=0, end=3), "e\ufffdf", 3]
    assert quote.text == "a\x1b[2Jb"  # a copy: the article itself is left alone


def test_print_article_shows_escape_sequences_in_the_source_name_as_text():
    article = process(b"Harbour news\n\nThe ferry fares rise in April, the authority said on Monday.\n",
                      source="\x1b[2Jname.txt")
    out = io.StringIO()
    print_article(article, Console(file=out, width=100, force_terminal=True, color_system=None))
    assert "\x1b[2J" not in out.getvalue() and "\ufffd[2Jname.txt" in out.getvalue()
    assert "Harbour news" in out.getvalue()
