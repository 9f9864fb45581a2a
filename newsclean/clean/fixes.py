"""Character- and spacing-level repairs, applied before and after the cleaning rules.

Like ftfy's fixes, each one is a small function that takes text and returns text, is
documented with what it repairs, and is idempotent: applying it to its own output
changes nothing. ``TEXT_FIXES`` runs on the raw text; ``PARAGRAPH_FIXES`` on every
paragraph after the artifacts are gone.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import patterns

_ENTITY = patterns.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Windows-1252 readings of UTF-8 lead bytes followed by continuation-byte readings.
_MOJIBAKE_LEADS = "\u00c2\u00c3\u00c5\u00e2\u00c4\u00c6\u00ce\u00cf\u00d0\u00d1\u00e3\u00ef"
_MOJIBAKE_CONTINUATIONS = ("\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                           "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
_MOJIBAKE = patterns.compile(f"(?:[{_MOJIBAKE_LEADS}][{_MOJIBAKE_CONTINUATIONS}]{{1,3}}){{1,8}}")
_SPACES = patterns.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_C0 = "\x00-\x08\x0b\x0e-\x1f\x7f"
_INVISIBLE_OR_C0 = patterns.compile(f"[\u00ad\u200b-\u200d\u2060\ufeff\u180e{_C0}]")
_CONTROL = patterns.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_MULTISPACE = patterns.compile(r" {2,}")


@dataclass(frozen=True, slots=True)
class Fix:
    """One repair: its name (reported in ``Article.removed``), the function and why."""

    name: str
    apply: Callable[[str], str]
    reason: str
    finder: re.Pattern[str] | None = None  # what to report in ``removed`` when the fix fires
    # True when the fix changes only characters that ``str.isprintable`` rejects (a
    # newline aside): text without any then skips it (see ``all_printable``).
    unprintable_only: bool = False


def all_printable(text: str) -> bool:
    """Whether every character but newlines is printable: one scan in C that rules out
    odd spaces, invisible and control characters and odd line ends all at once."""
    return text.replace("\n", " ").isprintable()


def unescape_entities(text: str) -> str:
    """``&#8217;`` → ``’``, ``&amp;quot;`` → ``"``: HTML entities left in text, including
    double-escaped ones, decoded at most three levels deep."""
    for _ in range(3):
        if not _ENTITY.search(text):
            break
        import html  # here: its table of 2,000 entities is loaded only for text that has one

        text = html.unescape(text)
    return text


def _may_hold_mojibake(text: str) -> bool:
    """A cheap pre-test for ``_MOJIBAKE``: substring tests run in C, a character class
    scan does not, and nearly all text holds none of the lead characters."""
    return not text.isascii() and any(map(text.__contains__, _MOJIBAKE_LEADS)) and _MOJIBAKE.search(text) is not None


def fix_mojibake(text: str) -> str:
    """``â€™`` → ``’``: UTF-8 decoded as Windows-1252, repaired by ftfy. Only runs when
    the text holds a sequence that looks like mojibake, so clean text costs nothing;
    then only on the lines that hold one (or a character ftfy rewrites alone, such as a
    C1 control), each to its own fixed point (ftfy too fixes line by line)."""
    if not _may_hold_mojibake(text):
        return text
    if "\n" not in text:
        return _ftfy_to_fixed_point(text)
    out: list[str] = []
    fixed: dict[str, str] = {}  # line -> repaired: a scrape repeats its lines
    done = 0  # where the text not yet copied starts
    for start, end in _candidate_lines(text):
        line = text[start:end]
        if line not in fixed:
            fixed[line] = _ftfy_to_fixed_point(line)
        out += (text[done:start], fixed[line])
        done = end
    out.append(text[done:])
    return "".join(out)


def fix_mojibake_whole(text: str) -> str:
    """:func:`fix_mojibake` the plain way, ftfy over the whole text: what the line-by-line
    version is held to. ftfy works line by line at about 0.15 ms a line, so a text of
    many short lines with one mojibake sequence cost 17-29 ms/KB this way (the fuzz
    inputs seed 1 #31655, #3663, #8060), 1-2 ms/KB by its lines that hold one."""
    if not _may_hold_mojibake(text):
        return text
    return _ftfy_to_fixed_point(text)


# Characters ftfy rewrites or drops on their own, with no mojibake sequence near: C1
# controls (read as Windows-1252), other control characters, the byte-order mark,
# deprecated format characters, lone surrogates.
_FTFY_ALONE = patterns.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u206a-\u206f\ufeff\ufff9-\ufffc\ud800-\udfff]")


def _candidate_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines (each with its newline, as ftfy cuts them) that hold a
    mojibake candidate or a character ftfy rewrites alone, in order, each once. (Two scans: a
    pattern of the two as alternatives is tried at every position, each alone is not.)"""
    starts = {text.rfind("\n", 0, m.start()) + 1 for m in _MOJIBAKE.finditer(text)}
    starts.update(text.rfind("\n", 0, m.start()) + 1 for m in _FTFY_ALONE.finditer(text))
    spans: list[tuple[int, int]] = []
    for start in sorted(starts):
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end + 1))
    return spans


def _ftfy_to_fixed_point(text: str) -> str:
    import ftfy  # imported here: only mojibaked input pays for it

    for _ in range(3):  # ftfy's fixes can uncover more mojibake: run to a fixed point
        fixed = ftfy.fix_text(
            text,
            unescape_html=False,
            uncurl_quotes=False,
            fix_character_width=False,
            fix_latin_ligatures=False,
            fix_line_breaks=False,
            normalization=None,
            explain=False,
        )
        if fixed == text or not _may_hold_mojibake(fixed):
            return fixed
        text = fixed
    return text


def remove_invisible(text: str) -> str:
    """Zero-width spaces, soft hyphens, byte-order marks and C0 control characters go
    before anything else, so that they cannot hide an artifact or a mojibake sequence."""
    return _INVISIBLE_OR_C0.sub("", text)


def normalize_spaces(text: str) -> str:
    """Non-breaking, thin and other odd spaces become a plain space; C1 control
    characters (kept until mojibake repair, which reads them) and lone surrogates go."""
    text = _SPACES.sub(" ", text)
    return _CONTROL.sub("", text)


def normalize_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r`` and Unicode line/paragraph separators become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


TEXT_FIXES: tuple[Fix, ...] = (
    Fix("newlines", normalize_newlines, "one line-ending convention", unprintable_only=True),
    Fix("invisible", remove_invisible, "invisible characters hide artifacts from matching", unprintable_only=True),
    Fix("html_entity", unescape_entities, "entities are markup, not text", _ENTITY),
    Fix("invisible", remove_invisible, "entities can decode to invisible characters", unprintable_only=True),
    Fix("mojibake", fix_mojibake, "UTF-8 read as Windows-1252 by the scraper", _MOJIBAKE),
    Fix("whitespace", normalize_spaces, "invisible and non-breaking spaces break matching and search",
        unprintable_only=True),
)


# --- spacing damage inside a paragraph --------------------------------------------

_OPEN_QUOTE_SPACE = patterns.compile(r"([“‘«])[ ]+")
# The lookbehind starts a try only at a run's first space: linear.
_CLOSE_QUOTE_SPACE = patterns.compile(r"(?<! )[ ]+([”»])")
_BEFORE_OPEN = patterns.compile(r"([“«])(?<=[\w,;:.!?][“«])")  # the quote first: a fast scan for it
_AFTER_CLOSE = patterns.compile(r"([”»])(?=[A-Za-z0-9À-ÿ])")
_SPACE_BEFORE_PUNCT = patterns.compile(r"(?<=[\w”’\")\]]) +([,;:.!?%])(?![\w.])")
_CURRENCY_SPACE = patterns.compile(r"([$£€¥]) (?=\d)")
_STRAY_PERIOD = patterns.compile(
    r"\b([a-z]{3,})\. (of|the|and|to|in|for|with|from|at|by|on|as|that|which|a)\b(?! [A-Z])")
_STRAY_PERIOD_KEEP = frozenset(  # abbreviations, whose full stop is no stray
    "etc vs approx incl esp viz resp cf ibid misc pp vol nos op cit dept govt univ est fig gen ave blvd jan feb aug "
    "sept oct nov dec mins hrs max min inc ltd corp bros assn intl natl".split())
# A straight pair spaced inside (`` " x " ``); a mark right after a word or the end of a
# sentence closes a quote instead (`` "…," says X. "(Aside) next`` is two quotes and an
# attribution between them, not one spaced quote to glue).
_STRAIGHT_PAIR = patterns.compile(r'(?<![\w",.!?…;:])" ([^"\n]{1,300}?) "(?![\w"])')
_SPACE_IN_PARENS = patterns.compile(r"\( +|(?<! ) +\)")  # lookbehind: linear on long space runs
_SPACED_APOSTROPHE = patterns.compile(r"(?<=\w) ([’'])(?=(?:s|t|re|ll|ve|d|m)\b)")
# A quote mark that one of the four curly-quote substitutions below would move a space
# around, found in one scan: the pattern starts with the marks, which the engine scans
# for, and only then looks around (an alternation of the four would try each everywhere).
_CURLY_QUOTE_DAMAGE = patterns.compile(
    r"[“‘«”»](?:(?<=[“‘«])(?= )|(?<= [”»])|(?<=[\w,;:.!?][“«])|(?<=[”»])(?=[A-Za-z0-9À-ÿ]))")
_OPENING_QUOTES, _CLOSING_QUOTES = ("“", "«"), ("”", "»")
_OPENING_QUOTES_SPACED, _CLOSING_QUOTES_SPACED = ("“ ", "‘ ", "« "), (" ”", " »")
# Loose punctuation (a space before ",;:.!?%)" or after "$£€¥(") in one scan: the
# pattern starts with the punctuation, which the engine scans for, then looks around.
_LOOSE_PUNCTUATION = patterns.compile(r"[,;:.!?%)$£€¥(](?:(?<= [,;:.!?%)])|(?<=[$£€¥(])(?= ))")
# Any match of _STRAY_PERIOD holds one of these: a full stop, a space, a function word.
_STRAY_PERIOD_HINT = patterns.compile(r"\. (?:of|the|and|to|in|for|with|from|at|by|on|as|that|which|a)\b")


def _has_any(text: str, needles: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, needles))


def fix_apostrophe_spacing(text: str) -> str:
    """``Spain ’s`` → ``Spain’s``, ``don ’t`` → ``don’t``: a space spun in before an apostrophe."""
    if " ’" not in text and " '" not in text:
        return text
    return _SPACED_APOSTROPHE.sub(r"\1", text)


def fix_quote_spacing(text: str) -> str:
    """``an“ important part ”of`` → ``an “important part” of``: spun and scraped text
    puts the space on the wrong side of curly quotes. Opening quotes hug the next word
    and closing quotes the previous one; a space is put back on the outside."""
    if not text.isascii():  # curly quotes and guillemets are not ASCII
        text = _fix_curly_quote_spacing(text)
    straight = text.count('"')
    if straight == 0 or straight % 2:
        return text  # an odd number of straight quotes cannot be paired safely
    return _sub_if_found(_STRAIGHT_PAIR, r'"\1"', text)


def _fix_curly_quote_spacing(text: str) -> str:
    if not _CURLY_QUOTE_DAMAGE.search(text):
        return text
    # Each substitution runs only when a substring it needs is there: ``in`` is far
    # cheaper than a regular-expression scan, and most paragraphs need none of them.
    if _has_any(text, _OPENING_QUOTES_SPACED):
        text = _OPEN_QUOTE_SPACE.sub(r"\1", text)
    if _has_any(text, _CLOSING_QUOTES_SPACED):
        text = _CLOSE_QUOTE_SPACE.sub(r"\1", text)
    if _has_any(text, _OPENING_QUOTES):
        text = _sub_if_found(_BEFORE_OPEN, r" \1", text)
    if _has_any(text, _CLOSING_QUOTES):
        text = _sub_if_found(_AFTER_CLOSE, r"\1 ", text)
    return text


def _sub_if_found(pattern: re.Pattern[str], template: str, text: str) -> str:
    """``pattern.sub(template, text)``, searching first: a substitution with a template
    goes through Python code even when nothing matches, a search does not."""
    return pattern.sub(template, text) if pattern.search(text) else text


def fix_punctuation_spacing(text: str) -> str:
    """``word ,`` → ``word,``, ``$ 9.3`` → ``$9.3``, ``( word )`` → ``(word)``."""
    if not _LOOSE_PUNCTUATION.search(text):
        return text
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _CURRENCY_SPACE.sub(r"\1", text)
    return _SPACE_IN_PARENS.sub(lambda m: m.group(0).strip(), text)


def fix_stray_periods(text: str) -> str:
    """``at the inauguration. of the meeting`` → ``at the inauguration of the meeting``:
    a full stop inside a sentence, before a lower-case function word."""
    def repl(m: re.Match[str]) -> str:
        if m.group(1) in _STRAY_PERIOD_KEEP:
            return m.group(0)
        return f"{m.group(1)} {m.group(2)}"

    if not _STRAY_PERIOD_HINT.search(text):
        return text
    return _STRAY_PERIOD.sub(repl, text)


def collapse_spaces(text: str) -> str:
    """Runs of spaces become one; a paragraph has no leading or trailing space."""
    if "  " in text:
        text = _MULTISPACE.sub(" ", text)
    return text.strip()


PARAGRAPH_FIXES: tuple[Fix, ...] = (
    Fix("spacing", collapse_spaces, "runs of spaces left where artifacts were cut"),
    Fix("apostrophe_spacing", fix_apostrophe_spacing, "spun text puts a space before the apostrophe of a contraction"),
    Fix("quote_spacing", fix_quote_spacing, "spun text detaches quote marks from the words they enclose"),
    Fix("punctuation_spacing", fix_punctuation_spacing, "spun text puts spaces before punctuation"),
    Fix("stray_period", fix_stray_periods, "spun text breaks sentences with stray full stops"),
    # Mojibake repair reads its context, which the spacing fixes may have changed.
    Fix("mojibake", fix_mojibake, "a second look once the paragraph is final, so that cleaning is idempotent"),
    Fix("spacing", collapse_spaces, "runs of spaces left where artifacts were cut"),
)
