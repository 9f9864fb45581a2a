"""The text helpers of the block walk equal their plain readings, whatever the mix of
blocks, breaks, inline elements and blanks."""
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.html.page import _collapsed, parse

TEXTS = st.sampled_from(["", " ", "  ", "\n", "\n  ", "\xa0", "word", "Two words", "ends.", "ends. ", "asks?",
                         "“quoted”", "x\xa0 y", "tab\tbed", "Ünïcode…", "a\u2003b", " lead", "trail ",
                         "\x8f", "\x90", "&#143;", "&#x90;", "&amp;", "soft\xadhyphen"])
INLINE = st.sampled_from(["span", "a", "em", "b", "font", "time", "custom-tag"])
BLOCK = st.sampled_from(["p", "div", "li", "blockquote", "h2", "section", "td"])


def markup(depth: int = 3):
    leaf = TEXTS | st.just("<br>") | st.just("<br/> ") | st.just("<!-- note -->")
    if depth == 0:
        return leaf
    inner = st.lists(markup(depth - 1), max_size=5).map("".join)
    return (leaf
            | st.tuples(INLINE, inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>")
            | st.tuples(BLOCK, inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>"))


@given(st.text(alphabet=" \t\n\xa0\u2003\x85\x1cab.…\xad", max_size=30))
def test_collapsed_is_split_and_joined(text):
    assert _collapsed(text) == " ".join(text.split())


@settings(max_examples=500, deadline=None)
@given(st.lists(markup(2), min_size=1, max_size=6).map("".join))
def test_spaced_pieces_space_each_piece(fragment):
    from newsclean.html.page import _spaced_pieces

    root = parse("<div>x</div>" + fragment)
    for el in root.iter():
        assert _spaced_pieces(el) == " ".join(" ".join(el.itertext()).split())
