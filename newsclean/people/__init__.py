"""The clean body → the people named in it, the officials among them, and who said each quote.

    people = find_people(body)
    officials = people.officials(exclude=authors)
    quotes = attribute_quotes(body, people)

The modules, each using only those before it: data (word tables) → names → affiliation →
offices → index (People, find_people) → quote_marks, cues → attribution. Their records
are plain classes with slots rather than dataclasses: a dataclass takes some 0.3 ms to
define, and the stage is imported by every run that cleans an article.
"""
from .attribution import attribute_quotes
from .index import People, find_people

__all__ = ["People", "attribute_quotes", "find_people"]
