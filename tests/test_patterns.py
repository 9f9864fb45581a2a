"""Patterns compiled on first use match exactly as ``re.compile`` makes them."""
import os
import re
import subprocess
import sys

import pytest

from newsclean import patterns

CASES = [
    (r"(?P<name>[A-Z]\w+) said", 0, "Minister Okafor said on Friday"),
    (r"\(?(?:source|via)\s{0,8}:?\s{0,8}.{0,40}\)?", re.IGNORECASE, "Source: Harbour Gazette"),
    (r"(\w+)\s+\1", 0, "the the harbour"),
    (r"(?<=[a-z]{3})\. (?:of|the)\b", 0, "session. of the council"),
    (r"[“”‘’«»]+", 0, "“quoted” text"),
]


@pytest.mark.parametrize("source, flags, text", CASES)
def test_lazy_pattern_behaves_like_re(source, flags, text):
    ours, theirs = patterns.compile(source, flags), re.compile(source, flags)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
        (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
    assert ours.sub("|", text) == theirs.sub("|", text)
    assert ours.split(text) == theirs.split(text) and ours.findall(text) == theirs.findall(text)
    assert bool(ours.fullmatch(text)) == bool(theirs.fullmatch(text))


def test_a_pattern_is_compiled_only_when_first_used():
    lazy = patterns.compile(r"harbou?r")
    with pytest.raises(AttributeError):
        object.__getattribute__(lazy, "search")
    assert lazy.search("the harbour").span() == (4, 11)
    assert object.__getattribute__(lazy, "search") is not None


def test_a_built_pattern_is_built_only_when_first_used():
    built = []

    def build():
        built.append(1)
        return r"harbou?r"

    lazy = patterns.compile_built(build, re.IGNORECASE)
    assert not built
    assert lazy.search("the HARBOR").span() == (4, 10) and lazy.pattern == r"harbou?r"
    assert lazy.findall("harbour harbor") == ["harbour", "harbor"] and built == [1]


def test_an_invalid_pattern_raises_re_error_when_used():
    lazy = patterns.compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def test_unknown_attributes_are_not_invented():
    with pytest.raises(AttributeError):
        patterns.compile("a").no_such_thing  # noqa: B018


def test_every_pattern_of_the_library_compiles():
    # In a fresh interpreter: the patterns this test file makes on purpose are not the library's.
    code = (
        "import importlib, pkgutil, newsclean\n"
        "from newsclean import patterns\n"
        "for m in pkgutil.walk_packages(newsclean.__path__, 'newsclean.'):\n"
        "    if not m.name.startswith('newsclean.cli') and m.name != 'newsclean.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "patterns.compile_all()\n"  # raises re.error for a pattern that does not compile
        "print(len(patterns._made))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 150


def test_importing_the_library_writes_nothing(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    code = "import newsclean; newsclean.process(b'The council met on Tuesday. \"It went well,\" Mayor Ana Ruiz said.')"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=tmp_path)
    assert list(tmp_path.iterdir()) == []
