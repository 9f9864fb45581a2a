"""What the people stage's tests ask of a body written for them: its quotes with their
speakers (each quote's bounds checked against the body), and the one quote holding a
fragment."""
from __future__ import annotations

from newsclean.people import attribute_quotes, find_people


def quotes_of(*paragraphs: str) -> list:
    body = "\n\n".join(paragraphs)
    quotes = attribute_quotes(body, find_people(body))
    for q in quotes:
        assert body[q.start:q.end] == q.text
    return quotes


def only(quotes, fragment: str):
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]
