"""The compiled-pattern cache gives the same pattern objects as ``re`` and never fails
on a bad cache file."""
import marshal
import os
import re
import subprocess
import sys
import textwrap

import pytest

from newsclean import patterns
from newsclean.clean.rules import INLINE_RULES, PARAGRAPH_RULES

CASES = [
    (r"(?P<name>[A-Z]\w+) said", 0, "Minister Okafor said on Friday"),
    (r"\(?(?:source|via)\s{0,8}:?\s{0,8}.{0,40}\)?", re.IGNORECASE, "Source: Harbour Gazette"),
    (r"(\w+)\s+\1", 0, "the the harbour"),
    (r"(?<=[a-z]{3})\. (?:of|the)\b", 0, "session. of the council"),
    (r"[“”‘’«»]+", 0, "“quoted” text"),
]


@pytest.mark.parametrize("source, flags, text", CASES)
def test_compiled_pattern_behaves_like_re(source, flags, text):
    ours, theirs = patterns.compile(source, flags), re.compile(source, flags)
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
        (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    assert ours.sub("|", text) == theirs.sub("|", text)


def test_rule_patterns_match_like_re():
    for r in PARAGRAPH_RULES + INLINE_RULES:
        fresh = re.compile(r.pattern.pattern, r.pattern.flags)
        for text in ("Source link", "Share this: Facebook Twitter", "[ad_1]", "(Photo: Lena Marsh/Reuters)",
                     "The council met on Tuesday to discuss the harbour budget."):
            assert bool(r.pattern.fullmatch(text)) == bool(fresh.fullmatch(text)), r.name
            assert r.pattern.sub(" ", text) == fresh.sub(" ", text), r.name


def test_max_width():
    assert patterns.max_width(r"ab{0,3}c") == 5
    assert patterns.max_width(r"\[ad_\d{1,4}\]") == 9
    assert patterns.max_width(r"a+") == 1 << 30


def test_invalid_pattern_raises_re_error():
    with pytest.raises(re.error):
        patterns.compile(r"(unclosed")


def _run(code: str, cache_dir: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSCLEAN_CACHE_DIR": cache_dir}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True)


PROGRAM = """
    from newsclean import patterns
    p = patterns.compile(r"(?P<word>harbou?r) (\\w+)")
    print(p.search("the harbour authority").group("word", 2))
"""


def test_cache_is_written_once_and_read_back(tmp_path):
    first = _run(PROGRAM, str(tmp_path))
    assert first.returncode == 0, first.stderr
    files = list(tmp_path.iterdir())
    assert [f.name.startswith("patterns-") for f in files] == [True]
    entries = marshal.loads(files[0].read_bytes())
    assert any(key[0] == r"(?P<word>harbou?r) (\w+)" for key in entries)
    mtime = files[0].stat().st_mtime_ns
    second = _run(PROGRAM, str(tmp_path))
    assert second.stdout == first.stdout == "('harbour', 'authority')\n"
    assert files[0].stat().st_mtime_ns == mtime  # nothing new compiled: nothing written


@pytest.mark.parametrize("garbage", [b"", b"not marshal data", marshal.dumps([1, 2, 3]),
                                     marshal.dumps({(r"(?P<word>harbou?r) (\w+)", 0): (0, [1, 2, 3], 0, {}, (), 5)})])
def test_damaged_cache_is_ignored(tmp_path, garbage):
    _run(PROGRAM, str(tmp_path))
    (cache,) = tmp_path.iterdir()
    cache.write_bytes(garbage)
    result = _run(PROGRAM, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "('harbour', 'authority')\n" and result.stderr == ""


def test_cache_can_be_turned_off(tmp_path):
    result = _run(textwrap.dedent(PROGRAM) + "print(patterns.cache_path())\n", "")
    assert result.stdout.splitlines() == ["('harbour', 'authority')", "None"]


def test_unwritable_cache_directory_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = _run(PROGRAM, str(blocker / "cache"))
    assert result.returncode == 0 and result.stderr == ""


def test_an_overgrown_cache_keeps_only_what_a_run_used(tmp_path, monkeypatch):
    stale = {(f"stale pattern {i}", 0): (32, [1], -1, {}, (), 1) for i in range(patterns._MAX_ENTRIES + 5)}
    (tmp_path / patterns.cache_path().rsplit("/", 1)[1]).write_bytes(marshal.dumps(stale))
    result = _run(PROGRAM, str(tmp_path))
    assert result.returncode == 0, result.stderr
    (cache,) = tmp_path.iterdir()
    kept = marshal.loads(cache.read_bytes())
    assert len(kept) < 10 and (r"(?P<word>harbou?r) (\w+)", 0) in kept
