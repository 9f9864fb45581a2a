"""Splitting paragraphs: the one-line fast path gives what the general path gives."""
from hypothesis import given
from hypothesis import strategies as st

from newsclean.clean.cleaner import _BLANK_LINE, _is_hard_wrapped, split_paragraphs

TEXT = st.lists(st.sampled_from(["a", " ", "\n", "\n\n", "\t", "\x0b", "word " * 9, ".", "\u2028", "\x85", "\n \n"]),
                max_size=16).map("".join)


def split_by_lines(text: str) -> list[str]:
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text.strip("\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines and _is_hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


@given(TEXT)
def test_one_line_blocks_split_as_any_block(text):
    assert split_paragraphs(text) == split_by_lines(text)
