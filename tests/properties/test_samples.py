"""The bundled sample articles against their hand-checked expected output.

Each ``tests/expected/<sample>.json`` holds what a careful reader expects from
``samples/<sample>``: headline, categories, authors, date, the exact clean body, and
the rules that must have fired. Quotes and officials are tested in their own modules."""
import json
from pathlib import Path

import pytest

from newsclean import process_file

EXPECTED = Path(__file__).parent.parent / "expected"
SAMPLES = Path(__file__).parent.parent.parent / "samples"
CASES = sorted(EXPECTED.glob("*.json"))


@pytest.mark.parametrize("expected_path", CASES, ids=[p.stem for p in CASES])
def test_sample(expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = process_file(SAMPLES / expected["sample"])
    for key in ("headline", "categories", "authors", "published", "dek"):
        assert getattr(article, key) == expected[key], key
    assert article.body == "\n\n".join(expected["paragraphs"])
    fired = {r.rule for r in article.removed}
    assert set(expected["rules"]) <= fired
    for artifact in expected.get("gone", []):
        assert artifact not in article.body


@pytest.mark.parametrize("expected_path", CASES, ids=[p.stem for p in CASES])
def test_sample_cleaning_is_idempotent(expected_path):
    from newsclean import process

    sample = json.loads(expected_path.read_text(encoding="utf-8"))["sample"]
    body = process_file(SAMPLES / sample).body
    again = process(body)
    assert again.body == body
