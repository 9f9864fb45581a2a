"""Decoding bytes: byte-order marks, declared charsets, UTF-8, detection; and the
encoding each article records."""
import codecs

import pytest

from newsclean import process
from newsclean.read import declared_encoding, decode

STORY = ("The harbour master said \u201cthe new pier will open in May\u201d and thanked the divers \u2014 all "
         "twelve of them \u2014 who worked through the caf\u00e9 season to finish the foundations on time.")


def page(charset_meta: str, body: str = STORY) -> str:
    return (f"<!DOCTYPE html><html><head>{charset_meta}<title>Pier to open in May</title></head>"
            f"<body><article><p>{body}</p><p>{body}</p></article></body></html>")


@pytest.mark.parametrize("bom, codec, name", [
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
])
def test_byte_order_mark_decides_and_is_not_kept(bom, codec, name):
    text, encoding = decode(bom + page("").encode(codec))
    assert encoding == name
    assert text.startswith("<!DOCTYPE html>")
    assert STORY in text


def test_utf16_without_bom_is_recognised():
    text, encoding = decode(page("").encode("utf-16-le"))
    assert encoding == "utf-16-le"
    assert STORY in text


def test_meta_charset_windows_1252_gives_smart_quotes():
    data = page('<meta charset="windows-1252">').encode("cp1252")
    text, encoding = decode(data)
    assert encoding == "cp1252"
    assert "\u201cthe new pier will open in May\u201d" in text
    assert "\u00e2\u20ac" not in text  # no mojibake


def test_http_equiv_content_type_is_read():
    data = page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
                "\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0441\u043a\u0430\u0437\u0430\u043b").encode("koi8-r")
    text, encoding = decode(data)
    assert encoding == "koi8-r"
    assert "\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430" in text


def test_xml_declaration_is_read_and_latin1_means_windows_1252():
    data = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + page("")).encode("cp1252")
    text, encoding = decode(data)
    assert encoding == "cp1252"  # the WHATWG reading of a Latin-1 label: smart quotes survive
    assert "\u201cthe new pier" in text


def test_declaration_after_a_long_head_is_still_found():
    head_script = "<script>" + "var x = 1;\n" * 600 + "</script>"
    data = page(head_script + '<meta charset="windows-1252">').encode("cp1252")
    assert declared_encoding(data) == "cp1252"
    assert decode(data)[1] == "cp1252"


def test_utf8_page_that_declares_latin1_is_read_as_utf8():
    data = page('<meta charset="iso-8859-1">').encode("utf-8")
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert STORY in text


def test_undeclared_windows_1252_is_detected_as_windows_1252():
    data = page("").encode("cp1252")
    text, encoding = decode(data)
    assert encoding == "cp1252"
    assert STORY in text


def test_undeclared_central_european_text_keeps_its_own_code_page():
    polish = ("Zaż\u00f3łć gęślą jaźń. Ł\u00f3dź to miasto, w kt\u00f3rym mieszka wielu ludzi. "
              "Świętokrzyskie g\u00f3ry są piękne, a ż\u00f3łw śpi w ogrodzie przy rzece.") * 3
    text, encoding = decode(page("", polish).encode("cp1250"))
    assert encoding in ("cp1250", "iso8859-2")
    assert "Świętokrzyskie" in text


def test_undeclared_cyrillic_is_detected():
    russian = ("\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0437\u0430\u044f\u0432\u0438\u043b, "
               "\u0447\u0442\u043e \u043c\u043e\u0441\u0442 \u0431\u0443\u0434\u0435\u0442 "
               "\u043e\u0442\u0440\u0435\u043c\u043e\u043d\u0442\u0438\u0440\u043e\u0432\u0430\u043d "
               "\u0434\u043e \u0437\u0438\u043c\u044b.") * 4
    text, encoding = decode(page("", russian).encode("cp1251"))
    assert encoding == "cp1251"
    assert russian in text


def test_unknown_declared_charset_falls_back_to_the_bytes():
    data = page('<meta charset="x-no-such-charset">').encode("utf-8")
    assert declared_encoding(data) is None
    assert decode(data) == (data.decode("utf-8"), "utf-8")


def test_utf7_declaration_is_not_honoured():
    data = page('<meta charset="utf-7">', "+ADw-b+AD4-bold+ADw-/b+AD4- claims").encode("ascii")
    assert declared_encoding(data) is None
    assert decode(data)[1] == "utf-8"


def test_declared_utf8_with_broken_bytes_is_detected_instead():
    data = page('<meta charset="utf-8">').encode("cp1252")
    text, encoding = decode(data)
    assert encoding == "cp1252"
    assert "\u201cthe new pier" in text


def test_article_records_the_encoding_and_text_is_right(samples):
    article = process((samples / "legacy-windows-1252.html").read_bytes(), source="legacy.html")
    assert article.encoding == "cp1252"
    assert article.format == "html"
    assert "town\u2019s 200-year-old stone bridge" in article.body
    assert "\u00a3380,000" in article.body
    assert "caf\u00e9" in article.body


def test_text_given_as_str_is_not_decoded_again():
    article = process(page(""), source="page.html")
    assert article.encoding is None
    assert "\u201cthe new pier will open in May\u201d" in article.body


def test_a_few_windows_1252_bytes_are_not_read_as_another_code_page():
    from newsclean.read import decode

    for text in ("Zoë", "Zoë Brandt met the mayor.", "Straße"):
        assert decode(text.encode("cp1252")) == (text, "cp1252")
