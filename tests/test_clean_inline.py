"""Inline cuts are remembered for a few paragraphs; every caller still gets its removals."""
from newsclean.clean.cleaner import strip_inline


def test_a_paragraph_cut_twice_reports_its_cuts_both_times():
    paragraph = "The port reopened [ad_1] on Monday (Photo: Getty Images) after the strike."
    first: list = []
    second: list = []
    assert strip_inline(paragraph, first) == strip_inline(paragraph, second)
    assert [(r.rule, r.text) for r in first] == [(r.rule, r.text) for r in second]
    assert [r.rule for r in first] == ["ad_shortcode", "image_credit"]
    assert first[0] is not second[0]  # separate records, not shared ones
