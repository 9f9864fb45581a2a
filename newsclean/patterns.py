"""Regular expressions, compiled when first used.

newsclean's stages hold about two hundred patterns (artifact rules, offices, speech verbs,
name shapes). Python compiles a pattern in Python code, and compiling them all takes
longer than cleaning an article, while one article uses about a third of them: an HTML
page needs the page patterns and a plain text does not; a rule is tried only on the
paragraphs its pre-test lets through. :func:`compile` therefore gives a
:class:`LazyPattern`, which becomes the ``re`` pattern the first time any of its methods
or attributes is used. Its methods are then the compiled pattern's own bound methods, so
it matches exactly as ``re.compile(pattern, flags)`` does.

Worker processes of a batch call :func:`compile_all` before they start, so that each
pattern is compiled once in the parent rather than once per worker.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# What a LazyPattern takes over from the compiled pattern when it is first used.
_PATTERN_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                       "pattern", "flags", "groups", "groupindex")

_made: list[LazyPattern] = []  # every pattern made through compile(), for compile_all()


class LazyPattern:
    """A regular expression compiled on first use; after that, the compiled pattern's
    methods and attributes, read as fast as a compiled pattern's own."""

    __slots__ = ("_flags", "_source", *_PATTERN_ATTRIBUTES)

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str):
        # Called only while the attribute is not set yet, that is before the first use.
        if name not in _PATTERN_ATTRIBUTES:
            raise AttributeError(name)
        self.compile()
        return object.__getattribute__(self, name)

    def compile(self) -> None:
        """Compile now (a no-op once compiled)."""
        try:
            object.__getattribute__(self, "search")
            return
        except AttributeError:
            pass
        source = self._source
        compiled = re.compile(source if isinstance(source, str) else source(), self._flags)
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))

    def __repr__(self) -> str:
        return f"patterns.compile({self._source!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used.

    The pattern's syntax is checked then, not here: a pattern in the library is checked
    by the tests, which use every one of them."""
    lazy = LazyPattern(pattern, flags)
    _made.append(lazy)
    return lazy  # type: ignore[return-value]  # it is one, once used


def compile_built(build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """``compile(build(), flags)``, the pattern's text built only when it is first used:
    for a long alternation (a trie of hundreds of phrases takes a fraction of a
    millisecond to spell out) in a pattern a run may never use, such as the plain
    version kept beside a faster one."""
    lazy = LazyPattern(build, flags)
    _made.append(lazy)
    return lazy  # type: ignore[return-value]  # it is one, once used


def compile_all() -> None:
    """Compile every pattern made so far (before forking worker processes)."""
    for lazy in _made:
        lazy.compile()


# --- building patterns -------------------------------------------------------------------

UPPER = r"[^\W\d_a-zß-öø-ÿ]"
LOWER = r"[^\W\d_A-ZÀ-ÖØ-Þ]"


def _escaped(ch: str) -> str:
    """One character of a phrase as a pattern: a space stands for any run of white space."""
    if ch.isalnum():
        return ch
    return r"\s+" if ch == " " else re.escape(ch)


def char_trie(phrases) -> dict:
    """Phrases as nested dicts, one level per character; ``""`` marks a phrase's end."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def alternation(phrases) -> str:
    """Phrases as one regex alternation shaped as a trie, so that at each position the
    engine follows one branch per character instead of trying every phrase in turn.
    Longer phrases win ("prime minister" over "minister"); a space matches any run of
    white space."""
    def build(node: dict) -> str:
        branches = [run_from(ch, node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    def run_from(ch: str, node: dict) -> str:
        text = _escaped(ch)
        while len(node) == 1 and "" not in node:    # one way on: no group to open
            (ch, node), = node.items()
            text += _escaped(ch)
        return text + build(node)

    return build(char_trie(phrases))
