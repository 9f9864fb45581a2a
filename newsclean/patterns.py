"""Regular expressions compiled once per machine rather than once per run.

newsclean's rules, offices and verbs are a few hundred regular expressions. CPython's
regex compiler is written in Python, and compiling them all takes longer than cleaning
an article, so a command that cleans one file would spend most of its time there.
:func:`compile` therefore keeps CPython's compiled form of each pattern (the list of
opcodes that ``re`` itself hands to its C engine) in a cache file, and a later process
builds its pattern objects straight from that list, in a few milliseconds for all of
them. The objects are the ones ``re.compile`` makes; only the parsing is skipped.

* Where: ``$NEWSCLEAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsclean``, else
  ``~/.cache/newsclean``. ``NEWSCLEAN_CACHE_DIR=""`` turns the cache off.
* One file per Python build (implementation, version and regex engine magic in its
  name), keyed by pattern text and flags: a changed pattern is simply a new entry.
* Written atomically at exit, only when a pattern was compiled afresh; a missing,
  unreadable, stale or corrupt file costs a compile, never an error.
* Any Python without CPython's regex internals compiles with ``re`` as usual.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array

try:  # CPython's regex internals; elsewhere the cache is off
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Pythons
    _sre = None
# The array type whose items are the regex engine's code words.
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE), "I")

# flags, code, groups - 1, group index, index group, widest match. The code is kept as
# the bytes of an array of C ints: marshal reads one bytes object far faster than a
# list of thousands of ints.
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...], int]
_FORMAT = 2
_MAX_ENTRIES = 2000  # past this, patterns this process did not use (older versions') are dropped on save
_UNBOUNDED = 1 << 30

_entries: dict[tuple[str, int], _Entry] | None = None
_fresh: set[tuple[str, int]] = set()  # compiled in this process, not found in the cache
_used: set[tuple[str, int]] = set()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when it holds the pattern."""
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    _used.add(key)
    entry = _load().get(key)
    if entry is not None:
        try:
            return _build(pattern, entry)
        except Exception:  # an entry from a damaged file: compile it again
            pass
    try:
        entry = _compile_entry(pattern, int(flags))
        compiled = _build(pattern, entry)
    except re.error:
        raise
    except Exception:  # pragma: no cover - internals of a Python this was not written for
        return re.compile(pattern, flags)
    _load()[key] = entry
    _fresh.add(key)
    return compiled


def _build(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry[:5]
    return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)


def max_width(pattern: str, flags: int = 0) -> int:
    """The most characters ``pattern`` can match (``1 << 30`` when unbounded)."""
    if _sre is None:  # pragma: no cover - other Pythons
        return _UNBOUNDED
    key = (pattern, int(flags))
    if key not in _load():
        compile(pattern, flags)
    return _load()[key][5]


def _compile_entry(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` computes, kept as plain ints, strings and dicts."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE_TYPE, [int(op) for op in _compiler._code(parsed, flags)]).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    width = min(parsed.getwidth()[1], _UNBOUNDED)
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup), width)


def cache_path() -> str | None:
    """The cache file for this Python, or None when the cache is turned off."""
    directory = os.environ.get("NEWSCLEAN_CACHE_DIR")
    if directory is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        directory = os.path.join(base, "newsclean")
    if not directory or _sre is None:
        return None
    build = f"v{_FORMAT}-{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return os.path.join(directory, f"patterns-{build}.marshal")


def _load() -> dict[tuple[str, int], _Entry]:
    global _entries
    if _entries is None:
        _entries = _read(cache_path())
        atexit.register(save)
    return _entries


def _read(path: str | None) -> dict[tuple[str, int], _Entry]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            entries = marshal.loads(f.read())  # one read: marshal.load(f) reads in small pieces
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def save() -> None:
    """Write the cache if this process compiled a pattern it did not hold (at exit)."""
    path = cache_path()
    if path is None or not _fresh or _entries is None:
        return
    entries = _entries
    if len(entries) > _MAX_ENTRIES:
        entries = {key: entries[key] for key in _used if key in entries}
    import tempfile  # only a process that writes the cache pays for importing it

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".patterns-", dir=os.path.dirname(path))
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(entries))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        return  # a read-only or full disk: the next run compiles again
    _fresh.clear()


# --- patterns built from tables of words ------------------------------------------------
# A letter that may start a name (any letter but a Latin-1 lower-case one) and one that
# may follow it (any letter but a Latin-1 capital): "Łukasz", "Erdoğan", "Müller".
# Written as negated classes, which compile far faster than ranges beyond Latin-1.
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


class LazyPattern:
    """A pattern compiled (with :func:`compile`) the first time it is called for: for
    patterns that few articles need."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile(self.pattern, self.flags)
        return self._compiled


def lazy_pattern(pattern: str, flags: int = 0) -> LazyPattern:
    """``pattern`` compiled when first asked for: ``lazy_pattern(p)()`` is ``compile(p)``."""
    return LazyPattern(pattern, flags)
