"""Required strings looked for under gates find exactly what looking for each one finds."""
from hypothesis import given
from hypothesis import strategies as st

from newsclean.clean.cleaner import _gated, _INLINE_NEEDLES, _present
from newsclean.clean.rules import INLINE_RULES, PARAGRAPH_RULES

NEEDLES = sorted({s for r in PARAGRAPH_RULES + INLINE_RULES for s in r.requires})
TEXT = st.lists(st.sampled_from(NEEDLES + ["read", "sign", ",", " ", "[", "x", "é"]), max_size=12).map("".join)


@given(TEXT)
def test_gated_needles_are_found_as_one_by_one(text):
    gated = _gated(NEEDLES)
    assert _present(text, gated) == {n for n in NEEDLES if n in text}


def test_every_needle_is_under_a_gate_it_contains():
    gated = _gated(NEEDLES)
    assert sorted(n for _, group in gated for n in group) == NEEDLES
    assert all(gate in n for gate, group in gated for n in group)
    assert ("[", ("[", "[/", "[ad_", "[caption")) in _INLINE_NEEDLES


def test_rule_tables_made_on_the_fly_are_not_confused_with_one_another():
    from newsclean.clean.cleaner import match_paragraph_rule

    for i in range(200):  # temporary tables: a freed one's id may be reused by the next
        table = tuple(PARAGRAPH_RULES[i % 5:i % 5 + 1])
        assert (match_paragraph_rule("Advertisement", table) is not None) == (i % 5 == 0)
