"""Reading a regular expression of the subset the cleaning rules use (literals, escapes,
classes, groups, alternation, quantifiers, lookarounds, inline flags) into a tree, and
what every match of it must hold: the strings one of which starts it (:func:`starts`),
the strings one of which it contains (:func:`requires`), and its longest length
(:func:`max_width`). Anything outside the subset raises :class:`UnsupportedPattern`.

:mod:`.rule_index` turns these into the rules' pre-tests; a run reads them from the
written table :mod:`.pretests` instead, so this module is loaded only to write that
table or for a rule the table does not hold yet.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import patterns

UNBOUNDED = 1 << 30  # the width of a pattern with no upper bound
MAX_TEXT = 8  # literal text is followed this far: a longer string tells a pre-test little more
MAX_OPENINGS = 32  # past this many ways to start, what follows is followed less far (shorter: still true)
MAX_NEEDLES = 40  # a pre-test of more strings than this costs more than it saves


def known(c: str) -> bool:
    """Whether :func:`fold_case` turns every character a pattern may match with ``c``
    into ``c.lower()``: true of ASCII and of characters without case. A literal of
    another kind is read as any character."""
    return c.isascii() or c.lower() == c == c.upper()


# --- reading a pattern -------------------------------------------------------------


@dataclass(slots=True)
class Node:
    """A part of a pattern, as far as pre-tests care. By ``kind``:

    * ``text``: the literal ``text``, lower-cased;
    * ``one_of``: one character of ``text``, or any character when ``text`` is empty;
    * ``assertion``: no character (an anchor, a word boundary, a lookaround);
    * ``backreference``: any text;
    * ``sequence`` and ``either``: all of ``items`` in turn, or one of them;
    * ``repeat``: ``items[0]``, from ``least`` to ``most`` times.
    """

    kind: str
    text: str = ""
    items: tuple[Node, ...] = ()
    least: int = 1
    most: int = 1
    opens: Openings | None = field(default=None, repr=False, compare=False)  # openings(self), once known


ANY_CHAR = Node("one_of")
ASSERTION = Node("assertion")
BACKREFERENCE = Node("backreference")


class UnsupportedPattern(ValueError):
    """The pattern uses syntax the reader does not know."""


_PLAIN = r"[^\\\[\](){}|.^$*+?]"  # a character that stands for itself
# One token of a pattern; see _kind for the kinds.
_TOKEN = patterns.compile(
    rf"(?:{_PLAIN}|\\[^\w\s])+"  # literal text, with escaped signs such as \. and \(
    rf"|\(\?:{_PLAIN}*(?:\|{_PLAIN}*)+\)"  # (?:one|two|three): the commonest group, in one token
    r"|\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|0[0-7]{0,2}|[1-7][0-7]{2}|[1-9][0-9]?|.)"
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"
    r"|(?:[*+?]|\{(?:[0-9]+(?:,[0-9]*)?|,[0-9]+)\})[?+]?"
    r"|\((?:\?(?:[aiLmsux-]*[:)]|#[^)]*\)|P=\w+\)|P<\w+>|<?[=!]|>))?"
    r"|[)|.^$]|[{}\]]",
    re.DOTALL,
)
_LOOKS = frozenset({"(?=", "(?!", "(?<=", "(?<!"})
_ELEMENT = patterns.compile(r"\\.|.", re.DOTALL)  # a character of a text token, escaped or not
_CLASS_MEMBER = patterns.compile(r"(\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)|.)(-(?=.))?", re.DOTALL)
_CLASS_ESCAPES = frozenset("dDwWsS")
_ASSERTION_ESCAPES = frozenset("bBAZ")
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTIFIERS = {"*": (0, UNBOUNDED), "+": (1, UNBOUNDED), "?": (0, 1)}

Token = tuple[str, str]  # (kind, text): what _kind says of a token, and the token


def read_pattern(pattern: str) -> Node:
    """``pattern`` as a tree of :class:`Node`. Flags change nothing a pre-test needs:
    literals are compared lower-cased, and "." is any character either way."""
    reader = _Reader(pattern, tokens(pattern))
    node = reader.alternatives()
    if reader.at != len(reader.tokens):
        raise UnsupportedPattern(f"unbalanced ')' in {pattern!r}")
    return node


def tokens(pattern: str) -> list[Token]:
    """The tokens of ``pattern``, in order."""
    found = [(_kind(token), token) for token in _TOKEN.findall(pattern)]
    if "".join(token for _, token in found) != pattern:
        raise UnsupportedPattern(f"unreadable pattern {pattern!r}")
    return found


def _kind(token: str) -> str:
    """What a token of ``_TOKEN`` is: text, words, escape, class, repeat, group, look,
    flags, backreference, close, bar, dot, anchor or brace (a literal brace or bracket)."""
    first = token[0]
    if first == "(":
        return _group_kind(token)
    if first == "\\":
        return "escape" if token[1].isalnum() else "text"
    if first == "{" and len(token) > 1:
        return "repeat"
    return _SIGN_KINDS.get(first, "text")


_SIGN_KINDS = {"[": "class", "*": "repeat", "+": "repeat", "?": "repeat", ")": "close", "|": "bar", ".": "dot",
               "^": "anchor", "$": "anchor", "{": "brace", "}": "brace", "]": "brace"}


def _group_kind(token: str) -> str:
    if token.startswith("(?:") and len(token) > 3:
        return "words"
    if token in _LOOKS:
        return "look"
    if token.startswith("(?P="):
        return "backreference"
    if token.startswith("(?#"):
        return "flags"
    if "x" in token.partition("P<")[0]:
        raise UnsupportedPattern(f"verbose flag in {token!r}")
    return "flags" if token.endswith(")") else "group"


def literal(text: str) -> Node:
    """Literal text: runs of characters of known case, lower-cased, and any character for the others."""
    if text.isascii() or all(map(known, text)):
        return Node("text", text.lower())
    return _sequence([literal(c) if known(c) else ANY_CHAR for c in text])


def _unescaped(text: str) -> str:
    return "".join(c[-1] for c in _ELEMENT.findall(text)) if "\\" in text else text


def _sequence(items: list[Node]) -> Node:
    return items[0] if len(items) == 1 else Node("sequence", items=tuple(items))


class _Reader:
    """Recursive descent over the tokens of one pattern."""

    __slots__ = ("at", "pattern", "tokens")

    def __init__(self, pattern: str, tokens: list[Token]) -> None:
        self.pattern = pattern
        self.tokens = tokens
        self.at = 0

    def _kind(self) -> str:
        return self.tokens[self.at][0] if self.at < len(self.tokens) else ""

    def alternatives(self) -> Node:
        options = [self.sequence()]
        while self._kind() == "bar":
            self.at += 1
            options.append(self.sequence())
        return options[0] if len(options) == 1 else Node("either", items=tuple(options))

    def sequence(self) -> Node:
        items: list[Node] = []
        while self._kind() not in ("", "bar", "close"):
            kind, token = self.tokens[self.at]
            self.at += 1
            if kind == "text" and self._kind() == "repeat":
                *head, token = _ELEMENT.findall(token)  # a repeat applies to the last character only
                if head:
                    items.append(literal(_unescaped("".join(head))))
            item = self.atom(kind, token)
            if self._kind() == "repeat":
                item = _repeat(item, self.tokens[self.at][1])
                self.at += 1
            items.append(item)
        return _sequence(items) if items else Node("text")

    def atom(self, kind: str, token: str) -> Node:
        if kind == "text":
            return literal(_unescaped(token))
        if kind == "words":
            return Node("either", items=tuple(map(literal, token[3:-1].split("|"))))
        if kind == "brace":
            return literal(token)
        if kind == "escape":
            return self._escape(token[1:])
        if kind == "class":
            return self._char_class(token)
        if kind in ("dot", "anchor", "flags", "backreference"):
            return {"dot": ANY_CHAR, "backreference": BACKREFERENCE}.get(kind, ASSERTION)
        if kind in ("group", "look"):
            inner = self.alternatives()
            if self._kind() != "close":
                raise UnsupportedPattern(f"missing ')' in {self.pattern!r}")
            self.at += 1
            return ASSERTION if kind == "look" else inner  # what a lookaround sees is not part of the match
        raise UnsupportedPattern(f"{token!r} where a part should start in {self.pattern!r}")

    def _escape(self, token: str) -> Node:
        if token in _CLASS_ESCAPES:
            return ANY_CHAR
        if token in _ASSERTION_ESCAPES:
            return ASSERTION
        if token[0] == "0" or (len(token) == 3 and token.isdigit()):  # an octal escape
            return literal(chr(int(token, 8)))
        if token[0].isdigit():
            return BACKREFERENCE
        return literal(self._escaped_char(token))

    def _escaped_char(self, token: str) -> str:
        """The character ``\\`` + ``token`` stands for, a class escape aside."""
        if token in _CHAR_ESCAPES:
            return _CHAR_ESCAPES[token]
        if len(token) > 1:
            return chr(int(token[1:], 16))
        if token.isalnum():
            raise UnsupportedPattern(f"escape \\{token} in {self.pattern!r}")
        return token

    def _char_class(self, token: str) -> Node:
        """``[...]``: one of its characters when they are all literal, else any character."""
        if token.startswith("[^"):
            return ANY_CHAR
        chars: list[str] = []
        for m in _CLASS_MEMBER.finditer(token, 1, len(token) - 1):
            member = m.group(1)
            if m.group(2) or (member[0] == "\\" and member[1:] in _CLASS_ESCAPES):
                return ANY_CHAR  # a range or a class such as \w: any character, for a pre-test
            if member[0] == "\\":
                member = "\b" if member == "\\b" else self._escaped_char(member[1:])
            if not known(member):
                return ANY_CHAR
            chars.append(member.lower())
        return Node("one_of", "".join(sorted(set(chars))))


def _repeat(item: Node, quantifier: str) -> Node:
    quantifier = quantifier.rstrip("?+") or quantifier[:1]  # lazy and possessive repeats match the same texts
    least, most = _QUANTIFIERS.get(quantifier) or _bounds(quantifier[1:-1])
    return Node("repeat", items=(item,), least=least, most=most)


def _bounds(inside: str) -> tuple[int, int]:
    """(least, most) of ``{m,n}``, ``{m,}``, ``{,n}`` or ``{m}``."""
    low, comma, high = inside.partition(",")
    least = int(low or 0)
    if not comma:
        return least, least
    return least, int(high) if high else UNBOUNDED


# --- what every match holds ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Openings:
    """The lower-case literal texts a match of a part can start with, followed at most
    MAX_TEXT characters: ``complete`` texts are all the part matched (what follows the
    part may be added to them), ``partial`` ones are not. ``""`` means any start."""

    complete: frozenset[str]
    partial: frozenset[str] = frozenset()

    @property
    def texts(self) -> frozenset[str]:
        return self.complete | self.partial


_EMPTY = Openings(frozenset({""}))
_UNKNOWN = Openings(frozenset(), frozenset({""}))


def openings(node: Node) -> Openings:
    """The literal texts a match of ``node`` can start with."""
    if node.opens is None:
        node.opens = _openings(node)
    return node.opens


def _openings(node: Node) -> Openings:
    kind = node.kind
    if kind == "text":
        return _text_openings(node.text)
    if kind == "one_of":
        return Openings(frozenset(node.text)) if node.text else _UNKNOWN
    if kind == "assertion":
        return _EMPTY
    if kind == "sequence":
        return _openings_of(node.items)
    if kind == "either":
        return _either_openings(node.items)
    if kind == "repeat":
        return _repeat_openings(node)
    return _UNKNOWN


def _text_openings(text: str) -> Openings:
    if len(text) <= MAX_TEXT:
        return Openings(frozenset({text}))
    return Openings(frozenset(), frozenset({text[:MAX_TEXT]}))


def _either_openings(options: tuple[Node, ...]) -> Openings:
    if all(option.kind == "text" for option in options):  # (?:one|two|three), quickly
        texts = [option.text for option in options]
        return Openings(frozenset(t for t in texts if len(t) <= MAX_TEXT),
                        frozenset(t[:MAX_TEXT] for t in texts if len(t) > MAX_TEXT))
    found = [openings(option) for option in options]
    return Openings(frozenset().union(*(o.complete for o in found)), frozenset().union(*(o.partial for o in found)))


def _repeat_openings(node: Node) -> Openings:
    once = openings(node.items[0])
    if node.most != 1:  # what follows the first time round is not known
        once = Openings(frozenset(), once.texts)
    return Openings(once.complete | {""}, once.partial) if node.least == 0 else once


def _openings_of(items: tuple[Node, ...]) -> Openings:
    """The openings of ``items`` in turn, followed only as far as the literal text goes."""
    found = _EMPTY
    for item in items:
        if not found.complete:
            break
        found = _followed_by(found, openings(item))
    return found


def _followed_by(first: Openings, then: Openings) -> Openings:
    """The openings of a part whose openings are ``first`` followed by one whose are ``then``."""
    if first is _EMPTY:
        return then
    heads = first.complete
    more_complete, more_partial = then.complete, then.partial
    if len(heads) * (len(more_complete) + len(more_partial)) > MAX_OPENINGS:  # too many ways on: one character more
        more_complete = frozenset(m for m in then.complete if len(m) <= 1)
        more_partial = frozenset(m[:1] for m in then.complete if len(m) > 1) | frozenset(m[:1] for m in then.partial)
        if len(heads) * (len(more_complete) + len(more_partial)) > MAX_OPENINGS:
            return Openings(frozenset(), first.texts)  # stop here: shorter texts are still true
    complete = {h + m for h in heads for m in more_complete}
    partial = {h + m for h in heads for m in more_partial}
    partial.update(first.partial)
    too_long = {t for t in complete if len(t) > MAX_TEXT}
    if too_long:
        complete -= too_long
        partial |= too_long
    return Openings(frozenset(complete), frozenset(t[:MAX_TEXT] for t in partial))


def starts(node: Node) -> tuple[str, ...]:
    """Strings one of which every match of ``node`` starts with, none a prefix of another
    (empty when a match may start with anything)."""
    texts = openings(node).texts
    if "" in texts:
        return ()
    return tuple(sorted(t for t in texts if not any(t[:end] in texts for end in range(1, len(t)))))


def requires(node: Node) -> tuple[str, ...]:
    """Strings one of which every match of ``node`` contains (empty when none is known)."""
    return tuple(sorted(_required(node)))


def _required(node: Node) -> frozenset[str]:
    kind = node.kind
    if kind == "text":
        return frozenset({node.text[:MAX_TEXT]}) if node.text else frozenset()
    if kind == "one_of":
        return frozenset(node.text)
    if kind == "sequence":
        return _best(_sequence_candidates(node.items))
    if kind == "either":
        chosen = [_required(option) for option in node.items]
        return _without_longer(frozenset().union(*chosen)) if all(chosen) else frozenset()
    if kind == "repeat" and node.least >= 1:
        return _required(node.items[0])
    return frozenset()


_LITERAL_KINDS = ("text", "one_of")


def _sequence_candidates(items: tuple[Node, ...]) -> Iterable[frozenset[str]]:
    """Sets of strings one of which every match of ``items`` holds: what each item holds,
    and the literal text from each point where a run of literal parts begins."""
    for k, item in enumerate(items):
        yield _required(item)
        if item.kind != "assertion" and (k == 0 or items[k - 1].kind not in _LITERAL_KINDS):
            yield _openings_of(items[k:]).texts


def _without_longer(texts: frozenset[str]) -> frozenset[str]:
    """``texts`` without those that hold a shorter one: holding one of them means the same."""
    kept: list[str] = []
    for text in sorted(texts, key=len):
        if not any(k in text for k in kept):
            kept.append(text)
    return frozenset(kept)


def _cost(needles: frozenset[str]) -> float:
    """Roughly what a pre-test of ``needles`` costs a text it does not rule out: a scan
    per string, and the chance that the text holds one, which each further character
    makes smaller: by half for a letter, digit, space or common punctuation, by eight
    for another sign (brackets, slashes and the like are rare in prose). A single common
    character (a space, a full stop) is in every text: it rules nothing out, and as the
    gate of longer needles (see :func:`gated`) it would have them all looked for."""
    return sum(_COMMON_CHAR_COST if len(n) == 1 and not _RARE_SIGN.match(n)
               else min(1.0, 2 * 0.5 ** (len(n) + 2 * len(_RARE_SIGN.findall(n)))) + 1 / 64 for n in needles)


_COMMON_CHAR_COST = 4.0


_RARE_SIGN = patterns.compile(r"[^\w ,.'’-]")


def _best(candidates: Iterable[frozenset[str]]) -> frozenset[str]:
    """The candidate most likely to rule a text out cheaply (empty when none is usable)."""
    usable = [c for c in candidates if c and "" not in c and len(c) <= MAX_NEEDLES]
    if len(usable) < 2:
        return _without_longer(usable[0]) if usable else frozenset()
    return _without_longer(min(usable, key=lambda c: (_cost(c), sorted(c))))


def max_width(node: Node) -> int:
    """The most characters a match of ``node`` can hold (UNBOUNDED when there is no bound)."""
    kind = node.kind
    if kind in ("text", "one_of"):
        return len(node.text) if kind == "text" else 1
    if kind == "assertion":
        return 0
    if kind == "sequence":
        return min(sum(map(max_width, node.items)), UNBOUNDED)
    if kind == "either":
        return max(map(max_width, node.items))
    if kind == "repeat":
        return min(node.most * max_width(node.items[0]), UNBOUNDED)
    return UNBOUNDED


