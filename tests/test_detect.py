"""Text or HTML, told by the content and never by a file name."""
import pytest

from newsclean.detect import detect_format, is_full_page

PAGE = "<!DOCTYPE html>\n<html><head><title>Harbour</title></head><body><p>The ferry runs.</p></body></html>"


@pytest.mark.parametrize("text", [
    PAGE,
    "<html lang='en'><body><p>The ferry runs.</p></body></html>",
    "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<!doctype html>\n<html><body><p>x</p></body></html>",
    "<!-- saved by a crawler -->\n<html><body><p>x</p></body></html>",
])
def test_saved_pages_are_full_pages(text):
    assert is_full_page(text) and detect_format(text) == "html"


def test_a_fragment_with_a_few_tags_is_html_but_not_a_page():
    fragment = "<p>The council met on Tuesday.</p>\n<p>It approved the <em>harbour</em> budget.</p>"
    assert detect_format(fragment) == "html" and not is_full_page(fragment)


@pytest.mark.parametrize("text", [
    "The council met on Tuesday. Prices rose <5% and the index fell >2%.",
    "A stray <b> in a plain text does not make it markup.\n\nNor does a second paragraph.",
    "Harbour ferry fares\n\nBy Ana Ruiz\n\nThe ferry will run until nine.",
    "",
])
def test_plain_text_is_text(text):
    assert detect_format(text) == "text"


def test_a_page_marker_far_into_a_text_does_not_make_it_a_page():
    text = "The council met on Tuesday. " * 100 + "<html><body>quoted markup</body></html>"
    assert not is_full_page(text)
