"""The character and spacing fixes: a table of cases per fix (what each repairs and
what it leaves alone), each fix idempotent on them; and the fixes' quick gates (a scan
that decides whether a fix has anything to do) held to the substitutions run without them."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.clean import fixes
from newsclean.clean.fixes import (
    PARAGRAPH_FIXES,
    TEXT_FIXES,
    collapse_spaces,
    fix_apostrophe_spacing,
    fix_mojibake,
    fix_punctuation_spacing,
    fix_quote_spacing,
    fix_stray_periods,
    normalize_newlines,
    normalize_spaces,
    remove_invisible,
    unescape_entities,
)

FIX_CASES = [  # fix, text, fixed text (the text itself: left alone)
    (unescape_entities, "&#8217;", "’"),
    (unescape_entities, "&amp;quot;", '"'),  # double-escaped
    (unescape_entities, "&amp;amp;#8217;", "’"),  # three levels deep
    (unescape_entities, "AT&T and R&D", "AT&T and R&D"),
    (fix_mojibake, "â€™", "’"),
    (fix_mojibake, "cafÃ©", "café"),
    (fix_mojibake, "plain café", "plain café"),
    (remove_invisible, "a\u200bb", "ab"),
    (remove_invisible, "\ufeffHello", "Hello"),
    (remove_invisible, "soft\u00adhyphen", "softhyphen"),
    (remove_invisible, "bell\x07", "bell"),
    (normalize_spaces, "a\u00a0b\u2009c\td", "a b c d"),
    (normalize_spaces, "a\x85b", "ab"),  # a C1 control character
    (normalize_spaces, "a\ud800b", "ab"),  # a lone surrogate
    (normalize_newlines, "a\r\nb\rc\u2028d\u2029e", "a\nb\nc\nd\n\ne"),
    (fix_apostrophe_spacing, "Spain ’s", "Spain’s"),
    (fix_apostrophe_spacing, "don ’t", "don’t"),
    (fix_apostrophe_spacing, "the ’90s", "the ’90s"),
    (fix_apostrophe_spacing, "rock 'n' roll", "rock 'n' roll"),
    (fix_quote_spacing, "an“ important part ”of", "an “important part” of"),
    (fix_quote_spacing, "Il a dit« oui »et", "Il a dit «oui» et"),
    (fix_quote_spacing, 'He said " yes " today', 'He said "yes" today'),
    (fix_quote_spacing, 'an odd " quote', 'an odd " quote'),  # an odd number cannot be paired
    # an attribution between two quotes is not a spaced quote to glue
    (fix_quote_spacing, '"We are ready," says Ines Varga. "(Laughs) Mostly ready."',
     '"We are ready," says Ines Varga. "(Laughs) Mostly ready."'),
    (fix_quote_spacing, '"It is over." she said. "...And it will not come back."',
     '"It is over." she said. "...And it will not come back."'),
    (fix_punctuation_spacing, "word , then", "word, then"),
    (fix_punctuation_spacing, "$ 9.3 billion", "$9.3 billion"),
    (fix_punctuation_spacing, "( word )", "(word)"),
    (fix_punctuation_spacing, "rose 5 %", "rose 5%"),
    (fix_punctuation_spacing, "version 2 .0", "version 2 .0"),
    (fix_stray_periods, "at the inauguration. of the meeting", "at the inauguration of the meeting"),
    (fix_stray_periods, "tea, coffee etc. of all kinds", "tea, coffee etc. of all kinds"),
    (fix_stray_periods, "He left. The board met.", "He left. The board met."),
    (fix_stray_periods, "the vote. of The Hague", "the vote. of The Hague"),
    (collapse_spaces, "  a   b  ", "a b"),
]


@pytest.mark.parametrize("fix,text,fixed", FIX_CASES, ids=[f"{f.__name__}-{i}" for i, (f, *_) in enumerate(FIX_CASES)])
def test_fix(fix, text, fixed):
    assert fix(text) == fixed
    assert fix(fixed) == fixed  # idempotent


def test_entities_are_decoded_three_levels_deep_at_most():
    assert unescape_entities("&amp;amp;amp;amp;") == "&amp;"


def test_every_fix_has_cases_and_a_reason():
    cased = {fix for fix, *_ in FIX_CASES}
    for fix in TEXT_FIXES + PARAGRAPH_FIXES:
        assert fix.apply in cased, fix.name
        assert fix.apply.__doc__ and len(fix.reason) > 10, fix.name


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


@pytest.mark.speed_equivalence
@settings(max_examples=800, deadline=None)
@given(QUOTY)
def test_quote_spacing_gates_change_nothing(text):
    assert fixes.fix_quote_spacing(text) == quote_spacing_without_gates(text)


@pytest.mark.speed_equivalence
@given(st.text(max_size=30))
def test_quote_spacing_gates_change_nothing_on_any_text(text):
    assert fixes.fix_quote_spacing(text) == quote_spacing_without_gates(text)


@pytest.mark.speed_equivalence
def test_fixes_marked_unprintable_only_leave_printable_text_alone():
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable()) + "\n"
    assert fixes.all_printable(printable)
    gated = [fix for fix in fixes.TEXT_FIXES if fix.unprintable_only]
    assert {fix.name for fix in gated} == {"newlines", "invisible", "whitespace"}
    for fix in gated:
        assert fix.apply(printable) == printable, fix.name


def punctuation_spacing_without_gate(text: str) -> str:
    text = fixes._SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = fixes._CURRENCY_SPACE.sub(r"\1", text)
    return fixes._SPACE_IN_PARENS.sub(lambda m: m.group(0).strip(), text)


PUNCTUATED = st.lists(st.sampled_from(list(" a1,;:.!?%)$£€¥(”’\"]") + ["  "]), max_size=14).map("".join)


@pytest.mark.speed_equivalence
@settings(max_examples=800, deadline=None)
@given(PUNCTUATED)
def test_punctuation_spacing_gate_changes_nothing(text):
    assert fixes.fix_punctuation_spacing(text) == punctuation_spacing_without_gate(text)


# Lines as a scrape gives them: clean prose, UTF-8 read as Windows-1252 (once, twice),
# Windows-1252 quotes left as C1 controls, accents that are right and mojibake-looking
# pairs that are not, empty lines.
SCRAPED_LINES = [
    "The council voted 7-2 on Tuesday to close the old pier.",
    "The mayor\u00e2\u20ac\u2122s office said the repairs would cost \u00e2\u20ac\u201c at least \u2013 $4 million.",
    "\u00e2\u20ac\u0153We have waited long enough,\u00e2\u20ac\u009d said Ren\u00c3\u00a9e Dupr\u00c3\u00a9.",
    "The caf\u00c3\u0192\u00c2\u00a9 owner, twice garbled, had no comment.",
    "She called it \x93a long week\x94 in a note to staff.",
    "A plain caf\u00e9 and a na\u00efve r\u00e9sum\u00e9 are fine as they are.",
    "Prices fell 5\u00c2\u00a0percent, the agency said.",
    "SOURCE: \u00c2\u00a9 2024 City Desk",
    "\ufeffA line that kept its byte-order mark.",
    "",
    "   ",
    "Crowds gathered \u2014 some 300 people \u2014 by the water.",
]


@pytest.mark.speed_equivalence
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SCRAPED_LINES), max_size=40), st.booleans())
def test_mojibake_repair_by_lines_equals_the_whole_text(lines, final_newline):
    text = "\n".join(lines) + ("\n" if final_newline else "")
    assert fixes.fix_mojibake(text) == fixes.fix_mojibake_whole(text)


@pytest.mark.speed_equivalence
def test_mojibake_repair_touches_only_the_lines_that_hold_mojibake():
    clean = "A line of plain prose about the harbour, repeated.\n" * 200
    text = clean + SCRAPED_LINES[1] + "\n" + clean
    fixed = fixes.fix_mojibake(text)
    assert fixed == fixes.fix_mojibake_whole(text)
    assert fixed.count("\n") == text.count("\n")
    assert "mayor’s office" in fixed and "\u00e2\u20ac" not in fixed
