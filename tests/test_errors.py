"""The one error policy: every failure to clean an input is one line that starts with
the input's name; a bug in newsclean also says how to report it."""
import pytest

import newsclean
from newsclean.errors import (
    EXIT_FAILED,
    ArticleTimeout,
    InputError,
    NewscleanError,
    describe,
    error_message,
    exit_code,
)

REPORT = f"please report it with the input file and newsclean {newsclean.__version__}"


def test_a_newsclean_error_is_its_own_message_after_the_input_name():
    assert describe(InputError("a.txt: no such file"), "a.txt") == "a.txt: no such file"
    assert describe(InputError("empty HTML document"), "a.html") == "a.html: empty HTML document"
    assert describe(ArticleTimeout("gave up\nafter   1 s"), "a.txt") == "a.txt: gave up after 1 s"


def test_the_name_is_added_unless_the_message_starts_with_it():
    # a file whose name is a prefix of the message still gets its name in front
    assert describe(InputError("empty HTML document"), "empty") == "empty: empty HTML document"
    assert error_message("g", InputError("gave up")) == "g: gave up"


def test_an_exception_that_is_not_a_newsclean_error_is_an_internal_error_to_report():
    assert describe(IndexError("list index out of range"), "a.txt") == (
        f"a.txt: internal error (IndexError: list index out of range); {REPORT}")
    assert describe(KeyError(), "a.txt") == f"a.txt: internal error (KeyError); {REPORT}"


def test_an_internal_error_is_one_line_of_bounded_length():
    line = describe(ValueError("first\nsecond\t third " + "x" * 1000), "a.txt")
    assert "\n" not in line
    assert line.startswith("a.txt: internal error (ValueError: first second third xxx")
    assert line.endswith(f"x); {REPORT}")
    assert len(line) < 300


@pytest.mark.parametrize("exc, said", [(RecursionError("maximum recursion depth exceeded"),
                                        "input nested too deeply to clean"),
                                       (MemoryError(), "out of memory")])
def test_inputs_too_much_for_the_interpreter_are_no_bug(exc, said):
    assert describe(exc, "a.html") == f"a.html: {said}"


def test_exit_codes():
    assert exit_code(InputError("x")) == InputError.exit_code == EXIT_FAILED
    assert exit_code(ValueError("x")) == EXIT_FAILED
    assert issubclass(ArticleTimeout, NewscleanError)
