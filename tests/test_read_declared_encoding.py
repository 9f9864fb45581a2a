"""The charset declaration is read by a text pattern over the bytes decoded as Latin-1;
it finds what the bytes pattern it replaces found."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.read import declared_encoding

BYTES_PATTERN = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.-]{2,40})""",
    re.I,
)
PIECES = st.sampled_from([b"<meta ", b"<META ", b"charset", b"CharSet", b"=", b" ", b"\xa0", b"\x85", b"\x1c", b"'", b'"',
                          b"utf-8", b"windows-1251", b"ISO-8859-1", b">", b"<?xml ", b"encoding", b"\xc3\xa9", b"\xff", b"k"])
DATA = st.lists(st.one_of(PIECES, st.binary(max_size=4)), max_size=20).map(b"".join)


def declared_by_bytes_pattern(data: bytes):
    from newsclean.read import DECLARATION_SCAN, decoder_for_declared

    m = BYTES_PATTERN.search(data[:DECLARATION_SCAN])
    return decoder_for_declared((m.group(1) or m.group(2)).decode("ascii", "replace")) if m else None


@settings(max_examples=300, deadline=None)
@given(DATA)
def test_declared_encoding_is_what_the_bytes_pattern_finds(data):
    assert declared_encoding(data) == declared_by_bytes_pattern(data)


def test_odd_spaces_are_not_spaces_in_a_declaration():
    assert declared_encoding(b'<meta charset="utf-8">') == "utf-8"
    assert declared_encoding(b'<meta charset\xa0=\xa0"koi8-r">') is None
