"""The fixes' quick gates (a scan that decides whether a fix has anything to do) change
no output: each fix is compared with the same substitutions run unconditionally."""
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.clean import fixes

QUOTY = st.lists(st.sampled_from(list('ab .,;:!?“‘«”»"é1(') + [" “", "” ", "x”y", ",“", "  ", "\u00a0", "’"]),
                 max_size=16).map("".join)


def quote_spacing_without_gates(text: str) -> str:
    text = fixes._OPEN_QUOTE_SPACE.sub(r"\1", text)
    text = fixes._CLOSE_QUOTE_SPACE.sub(r"\1", text)
    text = fixes._BEFORE_OPEN.sub(r" \1", text)
    text = fixes._AFTER_CLOSE.sub(r"\1 ", text)
    straight = text.count('"')
    if straight == 0 or straight % 2:
        return text
    return fixes._STRAIGHT_PAIR.sub(r'"\1"', text)


@settings(max_examples=800, deadline=None)
@given(QUOTY)
def test_quote_spacing_gates_change_nothing(text):
    assert fixes.fix_quote_spacing(text) == quote_spacing_without_gates(text)


@given(st.text(max_size=30))
def test_quote_spacing_gates_change_nothing_on_any_text(text):
    assert fixes.fix_quote_spacing(text) == quote_spacing_without_gates(text)


def test_fixes_marked_unprintable_only_leave_printable_text_alone():
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable()) + "\n"
    assert fixes.all_printable(printable)
    gated = [fix for fix in fixes.TEXT_FIXES if fix.unprintable_only]
    assert {fix.name for fix in gated} == {"newlines", "invisible", "whitespace"}
    for fix in gated:
        assert fix.apply(printable) == printable, fix.name


@given(st.text(max_size=40))
def test_normalize_text_is_the_same_with_the_printable_gate(text):
    from newsclean.clean.cleaner import normalize_text

    ungated = text
    for fix in fixes.TEXT_FIXES:
        ungated = fix.apply(ungated)
    assert normalize_text(text) == ungated


def punctuation_spacing_without_gate(text: str) -> str:
    text = fixes._SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = fixes._CURRENCY_SPACE.sub(r"\1", text)
    return fixes._SPACE_IN_PARENS.sub(lambda m: m.group(0).strip(), text)


PUNCTUATED = st.lists(st.sampled_from(list(" a1,;:.!?%)$£€¥(”’\"]") + ["  "]), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(PUNCTUATED)
def test_punctuation_spacing_gate_changes_nothing(text):
    assert fixes.fix_punctuation_spacing(text) == punctuation_spacing_without_gate(text)
