"""The pre-tests read off the rules' patterns, and the indexes that use them.

A pre-test lets a text skip a rule without running its pattern, so it must hold for
every text the pattern can match: the derived ones are checked against a reference
reading of CPython's own parse (``test_rules_pretests``), and the indexes are held to
the plain readings (every rule tried) they stand in for.
"""
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_rules_pretests import parsed, prefixes, requires_hold, starts_hold

from newsclean.clean import pattern_reader, rule_index
from newsclean.clean.cleaner import INLINE_RULES, cut_inline, match_paragraph_rule, split_paragraphs
from newsclean.clean.pattern_reader import UNBOUNDED, UnsupportedPattern, max_width, read_pattern, requires, starts
from newsclean.clean.rule_index import (
    RuleIndex,
    SpanRuleIndex,
    first_match,
    fold_case,
    gated,
    inline_pre_test,
    present_needles,
    whole_text_pre_test,
)
from newsclean.clean.rules import PARAGRAPH_RULES, SECTION_RULES, TRAILER_RULES, Rule, rule

WHOLE_TEXT_TABLES = {"paragraph": PARAGRAPH_RULES, "section": SECTION_RULES, "trailer": TRAILER_RULES}
WHOLE_TEXT_RULES = PARAGRAPH_RULES + SECTION_RULES + TRAILER_RULES
ALL_RULES = WHOLE_TEXT_RULES + INLINE_RULES


def _ids(rules):
    return [f"{i}-{r.name}" for i, r in enumerate(rules)]


# --- the reader ------------------------------------------------------------------------

READINGS = [  # pattern, starts, requires, max width
    (r"read more", ("read mor",), ("read mor",), 9),  # literal text is followed MAX_TEXT characters
    (r"(?:read more|see also)\W{0,3}", ("read mor", "see also"), ("read mor", "see also"), 12),
    (r"(?:[Bb]y|BY) [A-Z]\w{1,30}", ("by ",), ("by ",), 34),
    (r"(?:share|share this|tweet)\s{0,8}:?", ("share", "tweet"), ("share", "tweet"), 19),
    (r"\[ad_\d{1,4}\]", ("[ad_",), ("[ad_",), 9),
    (r"\(?(?:https?://|www\.)\S{1,500}\)?", ("(http://", "(https:/", "(www.", "http://", "https://", "www."),
     ("://", "www."), 510),
    (r".{0,60}\bclick (?:here|below)\b.{0,200}", (), ("click ",), 271),
    (r".{0,20}, (?:left|right)\b", (), (", left", ", right"), 27),
    (r"(?i:delivered by|from) (?:[Tt]he )?[A-Z]", ("delivere", "from "), ("delivere", "from "), 18),
    (r"(?:^|(?<=\s))pic\.twitter\.com/\w+$", ("pic.twit",), ("pic.twit",), UNBOUNDED),
    (r"(?:\[\s{0,8}(?:…|\.\.\.)\s{0,8}\]|…|\.\.\.)", ("...", "[", "…"), ("...", "[", "…"), 21),
    (r"\[(embed|video)\b[^\]]{0,9}\]\[/\1\]", ("[embed", "[video"), ("][/",), UNBOUNDED),  # \1: any text
    (r"(?:a|b)?c", ("ac", "bc", "c"), ("c",), 2),
    (r"x*", (), (), UNBOUNDED),
    (r"(?:\d+ )?comments?", (), ("comment",), UNBOUNDED),
    (r"\x41\u2014\n", ("a—\n",), ("a—\n",), 3),
    (r"é|e", (), (), 1),  # a letter whose case folds unlike ASCII's is any character
    (r"[-–—]+", ("-", "–", "—"), ("-", "–", "—"), UNBOUNDED),
]


@pytest.mark.parametrize("pattern,expected_starts,expected_requires,width", READINGS)
def test_reader(pattern, expected_starts, expected_requires, width):
    node = read_pattern(pattern)
    assert (starts(node), requires(node), max_width(node)) == (expected_starts, expected_requires, width)


@pytest.mark.parametrize("pattern", [r"(?x) a b", r"a\N{EM DASH}", r"(?(1)a|b)", r"a)", r"(a", r"\p"])
def test_syntax_the_reader_does_not_know_is_an_error(pattern):
    with pytest.raises(UnsupportedPattern):
        read_pattern(pattern)


# --- the derived pre-tests hold for every match -----------------------------------------


@pytest.mark.parametrize("r", WHOLE_TEXT_RULES, ids=_ids(WHOLE_TEXT_RULES))
def test_whole_text_pre_tests_hold_for_every_match(r):
    test, items = whole_text_pre_test(r), parsed(r.pattern)
    if test.starts:
        assert starts_hold(items, test.starts), [t for t, _ in prefixes(items) if not t.startswith(test.starts)]
    if test.requires:
        assert requires_hold(items, test.requires)
    assert test.max_len >= min(re._parser.parse(r.source, r.flags).getwidth()[1], UNBOUNDED)


@pytest.mark.parametrize("r", INLINE_RULES, ids=_ids(INLINE_RULES))
def test_inline_pre_tests_hold_for_every_match(r):
    test = inline_pre_test(r)
    assert test.requires and requires_hold(parsed(r.pattern), test.requires)


@pytest.mark.parametrize("r", WHOLE_TEXT_RULES, ids=_ids(WHOLE_TEXT_RULES))
def test_a_rule_whose_matches_start_with_literal_text_gets_a_pre_test(r):
    if "" not in {text for text, _ in prefixes(parsed(r.pattern))}:
        test = whole_text_pre_test(r)
        assert test.starts or test.requires


def test_every_rule_but_the_separator_has_a_pre_test_of_strings():
    tests = [whole_text_pre_test(r) for r in WHOLE_TEXT_RULES]
    untested = [r.name for r, t in zip(WHOLE_TEXT_RULES, tests, strict=True) if not (t.starts or t.requires)]
    # a class's characters alone: tried only on texts as short
    assert untested == ["separator", "stray_character", "numeric_id"]


def test_the_cross_check_catches_a_wrong_pre_test():
    wrong = rule("example", r"(?:read more|see also)\W{0,3}", "an example")
    assert not starts_hold(parsed(wrong.pattern), ("read",))


# --- reading text as case-insensitive patterns do ------------------------------------

EVERY_CHARACTER = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
RULE_CHARACTERS = sorted({c for r in ALL_RULES for c in r.source if not c.isascii()} | set(map(chr, range(128))))


def test_fold_case_reads_every_character_a_literal_matches_as_the_literal():
    for c in RULE_CHARACTERS:
        if not pattern_reader.known(c):
            continue
        matched = set(re.findall(re.escape(c), EVERY_CHARACTER, re.IGNORECASE))
        assert {fold_case(t) for t in matched} <= {c.lower()}, c


@pytest.mark.parametrize("text", [
    "ſubscribe to our daily briefing",  # long s: re's IGNORECASE reads it as "s"
    "SUBSCRİBE TO OUR DAİLY BRİEFİNG",  # dotted capital I: lower-cases to two characters
    "Paıd content",  # dotless i: re reads it as "i"
])
def test_pre_tests_see_what_case_insensitive_patterns_see(text):
    assert match_paragraph_rule(text) is not None


# --- the indexes give what trying every rule gives -----------------------------------

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ARTICLES = [p for p in sorted(SAMPLES.glob("*")) if p.suffix in (".txt", ".md")]
SAMPLE_PARAGRAPHS = sorted({p for path in ARTICLES for p in split_paragraphs(path.read_text(encoding="utf-8"))})
PIECES = sorted({piece for r in ALL_RULES for piece in re.findall(r"[a-z][a-z ']{2,20}", r.source)}
                | {"Share", "READ MORE", ": ", "(", ")", "[", "]", "/", "<p>", "(@x)", "©", "…", " ", "\n", "ſ", "İ",
                   "ı", "The council met on Tuesday.", "*", "#", "https://x.io", "— A (@b) March 1, 2024", "1", "k"}
                | {"Share this:", "Read more: ", "[ad_1]", "(Photo: AP)", "pic.twitter.com/x1", "<br>", "Advertisement",
                   "Source: ", "Via ", "Tags: ", "Click here", "Sign up", "newsletter", "Home » ", "© 2024 ",
                   "[caption]", "[/caption]", "Dana Whitfield is a reporter", "By Ana Silva", "Related Articles"})
TEXTS = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


def _first_matches_agree(text):
    for name, table in WHOLE_TEXT_TABLES.items():
        assert RuleIndex(table).first_match(text) == first_match(text, table), (name, text)


@pytest.mark.speed_equivalence
@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_rule_index_finds_what_trying_every_rule_finds(text):
    _first_matches_agree(text)


@pytest.mark.speed_equivalence
@pytest.mark.parametrize("text", SAMPLE_PARAGRAPHS[:400])
def test_rule_index_on_sample_paragraphs(text):
    _first_matches_agree(text)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_every_text_a_rule_matches_passes_its_pre_test(text):
    for table in WHOLE_TEXT_TABLES.values():
        for r, test in zip(table, RuleIndex(table).pre_tests, strict=True):
            if r.matches(text):
                assert test.admits(fold_case(text), len(text)), (r.name, text)
    for r, test in zip(INLINE_RULES, SpanRuleIndex(INLINE_RULES).pre_tests, strict=True):
        if r.pattern.search(text):
            assert test.admits(fold_case(text), len(text)), (r.name, text)


@pytest.mark.speed_equivalence
@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_inline_cuts_with_the_index_are_those_of_every_rule(text):
    indexed, plain = cut_inline(text), cut_inline(text, index=None)
    assert (indexed.text, indexed.removed) == (plain.text, plain.removed)


@pytest.mark.speed_equivalence
def test_a_cut_that_makes_a_needle_lets_its_rule_run():
    text = "Read[ad_1]the full story at Example.com"  # "read the" exists only once the shortcode is cut
    indexed, plain = cut_inline(text), cut_inline(text, index=None)
    assert (indexed.text, indexed.removed) == (plain.text, plain.removed)
    assert [r.rule for r in plain.removed] == ["ad_shortcode", "source_link"]


NEEDLES = sorted({s for t in RuleIndex(PARAGRAPH_RULES).pre_tests + SpanRuleIndex(INLINE_RULES).pre_tests
                  for s in t.requires})


@pytest.mark.speed_equivalence
@given(st.lists(st.sampled_from(NEEDLES + ["read", "sign", ",", " ", "[", "x", "é"]), max_size=12).map("".join))
def test_gated_needles_are_found_as_one_by_one(text):
    assert present_needles(text, gated(NEEDLES)) == {n for n in NEEDLES if n in text}


def test_every_needle_is_under_a_gate_it_contains():
    groups = gated(NEEDLES)
    assert sorted(n for _, group in groups for n in group) == NEEDLES
    assert all(gate in n for gate, group in groups for n in group)


def test_a_table_of_ones_own_is_read_rule_by_rule():
    for i in range(20):
        table = tuple(PARAGRAPH_RULES[i % 5:i % 5 + 1])
        assert (match_paragraph_rule("Advertisement", table) is not None) == (i % 5 == 0)


def test_a_long_text_is_not_tried_against_short_rules():
    index = RuleIndex(SECTION_RULES)
    assert index.first_match("Related " * 40) is None
    assert max(t.max_len for t in index.pre_tests) < len("Related " * 40)


def test_rules_compile_when_first_used():
    def compiled(rule: Rule) -> bool:
        try:
            object.__getattribute__(rule.pattern, "fullmatch")
        except AttributeError:
            return False
        return True

    fresh = Rule("example", r"fresh example \d+", "a rule of this test")
    assert not compiled(fresh)
    assert RuleIndex((fresh,)).first_match("nothing alike") is None
    assert not compiled(fresh)  # its pre-test ruled the text out
    assert RuleIndex((fresh,)).first_match("Fresh example 12") is fresh
    assert compiled(fresh)


def test_the_library_reads_patterns_without_cpythons_parser():
    for module in (rule_index, pattern_reader):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "_parser" not in source and "sre_" not in source and "re._" not in source


@pytest.mark.speed_equivalence
def test_the_written_table_of_pre_tests_is_what_the_patterns_give():
    """newsclean/clean/pretests.py is generated; after changing a rule, write it again with
    ``python -m newsclean.clean.rule_index > newsclean/clean/pretests.py``."""
    from newsclean.clean import pretests
    from newsclean.clean.rule_index import pre_test_table
    from newsclean.clean.rules import INLINE_RULES, PARAGRAPH_RULES, SECTION_RULES, TRAILER_RULES

    written = Path(pretests.__file__).read_text(encoding="utf-8")
    assert written == pre_test_table(PARAGRAPH_RULES + SECTION_RULES + TRAILER_RULES, INLINE_RULES), \
        "stale: python -m newsclean.clean.rule_index > newsclean/clean/pretests.py"


def test_a_rule_missing_from_the_table_gets_its_pre_test_from_its_pattern():
    from newsclean.clean.rule_index import derive_whole_text_pre_test, whole_text_pre_test

    fresh = Rule("example", r"harbour notice \d{1,3}", "a rule of this test")
    assert whole_text_pre_test(fresh) == derive_whole_text_pre_test(fresh)
    assert whole_text_pre_test(fresh).starts == ("harbour ",)



@pytest.mark.speed_equivalence
@given(st.lists(st.text(alphabet="aAİıſ ß.K", max_size=8), max_size=6))
def test_folding_remembered_by_identity_folds_as_the_plain_fold(texts):
    for text in texts + texts + ["".join(texts)]:
        assert rule_index.fold_case(text) == rule_index.fold_case_plain(text)
        copy = "".join([text[:1], text[1:]])  # equal, maybe another object
        assert rule_index.fold_case(copy) == rule_index.fold_case_plain(text)


@pytest.mark.speed_equivalence
@given(st.lists(st.sampled_from(["Advertisement", "Share this:", "Related Articles", "Source", "Yes.", "",
                                 "The council met on Tuesday.", "Read more: Ferry fares rise"]), max_size=30))
def test_answers_kept_for_texts_met_before_are_the_answers_worked_out_again(texts):
    index = RuleIndex(PARAGRAPH_RULES)
    for text in texts + texts:
        assert index.first_match(text) is index.first_match_unseen(text) is first_match(text, PARAGRAPH_RULES)


def test_the_answers_kept_are_bounded():
    index = RuleIndex(PARAGRAPH_RULES)
    for n in range(rule_index.SEEN_TEXTS * 3):
        index.first_match(f"Line number {n}")
    assert len(index._seen) <= rule_index.SEEN_TEXTS


@pytest.mark.speed_equivalence
@given(st.lists(st.sampled_from(["[ad_1] The talks resumed.", "pic.twitter.com/Ab12", "(Photo: Getty Images)",
                                 "Read more… ", "The council met on Tuesday.", ""]), max_size=20))
def test_inline_answers_kept_are_the_answers_worked_out_again(texts):
    index = SpanRuleIndex(INLINE_RULES)
    for text in texts + texts:
        assert index.admitted(text) == index.admitted_unseen(text)
