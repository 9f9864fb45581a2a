"""The clean body → the people named in it, the officials among them, and who said each quote.

    people = find_people(body)
    officials = people.officials(exclude=authors)
    quotes = attribute_quotes(body, people)
"""
from .attribution import attribute_quotes
from .index import People, find_people

__all__ = ["People", "attribute_quotes", "find_people"]
