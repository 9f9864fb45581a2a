"""Inputs → tasks: the command line's files, directories, globs and ``-`` become an
ordered list of :class:`Task`, each with its output path when there is an output
directory, and a count of what was skipped and why.

Directories are walked in sorted order without following links to directories; hidden
files, files that are not :data:`~newsclean.batch.ARTICLE_SUFFIXES` and a project's
README, LICENSE, CHANGELOG and the like are skipped unless ``include`` takes them.
Output names mirror the input tree and can never leave the output directory nor collide.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from . import ARTICLE_SUFFIXES, GLOB_CHARS, STDIN

OUTPUT_SUFFIX = {"json": ".json", "text": ".txt"}
_UNSAFE_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f\\]")

# Why a file or a directory was left out (the keys of Plan.skipped).
HIDDEN = "hidden"
DIRECTORY_LINK = "symbolic link to a directory"
OUTPUT_DIRECTORY = "the output directory"
EXCLUDED = "excluded"
NOT_INCLUDED = "not included"
NOT_AN_ARTICLE = "not an article file"
OUTPUT_EXISTS = "output exists"
PROJECT_FILE = "README, LICENSE or the like"
# Files a folder of articles often holds beside them that are not articles (by name,
# whatever the suffix: README.md, LICENSE.txt, CHANGELOG.md). Not NEWS: in a folder of
# news it may well be an article.
PROJECT_FILE_NAMES = frozenset({"readme", "license", "licence", "copying", "changelog", "changes", "history",
                                "contributing", "authors", "notice", "code_of_conduct", "security"})


@dataclass(frozen=True, slots=True)
class Task:
    index: int
    source: str               # the name shown to the user and put in "source"
    path: str | None          # None: read standard input
    output: str | None = None  # where the result goes, under the output directory
    error: str | None = None   # set: the input could not even be listed (a directory not readable)


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_suffixes: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class Found:
    """One input file found for a command-line input."""

    source: str
    path: str | None   # None: standard input
    rel: str           # its name relative to what was walked: the output name's base
    error: str | None = None  # a directory that could not be read: a failure to report


def plan(inputs: Sequence[str], *, output_dir: str | None = None, mode: str = "json",
         include: Sequence[str] = (), exclude: Sequence[str] = (), skip_existing: bool = False) -> Plan:
    """The files to clean, in input order (directories walked in sorted order), with
    the output path of each when there is an output directory."""
    finder = _Finder(include, exclude, os.path.realpath(output_dir) if output_dir is not None else None)
    out = Plan(skipped=finder.skipped, skipped_suffixes=finder.skipped_suffixes)
    namer = OutputNamer(Path(output_dir), OUTPUT_SUFFIX.get(mode, ".json")) if output_dir is not None else None
    for name in inputs:
        for found in finder.find(name):
            if found.error is not None:
                out.tasks.append(Task(len(out.tasks), found.source, found.path, error=found.error))
                continue
            target = namer.name(found.rel) if namer is not None else None
            if skip_existing and target is not None and os.path.exists(target):
                out.skipped[OUTPUT_EXISTS] += 1
                continue
            out.tasks.append(Task(len(out.tasks), found.source, found.path, target))
    return out


class _Finder:
    """Finds the files of each command-line input and counts what it leaves out, and why."""

    def __init__(self, include: Sequence[str], exclude: Sequence[str], output_real: str | None) -> None:
        self.include, self.exclude, self.output_real = include, exclude, output_real
        self.skipped: Counter[str] = Counter()
        self.skipped_suffixes: Counter[str] = Counter()  # of the files that are not articles

    def find(self, name: str) -> Iterator[Found]:
        if name == STDIN:
            yield Found(STDIN, None, "stdin")
        elif os.path.isdir(name):
            yield from self._walk(name)
        elif GLOB_CHARS.search(name) and not os.path.lexists(name):
            yield from self._glob(name)
        else:
            yield Found(name, name, os.path.basename(name) or name)  # a file named explicitly is always taken

    def _glob(self, pattern: str) -> Iterator[Found]:
        matches = sorted(glob.glob(pattern, recursive=True))
        if not matches:
            yield Found(pattern, pattern, os.path.basename(pattern))  # reported as "no such file"
        for match in matches:
            if os.path.isdir(match):
                yield from self._walk(match)
            elif self._wanted(os.path.basename(match), os.path.basename(match)):
                yield Found(match, match, os.path.basename(match))

    def _walk(self, top: str) -> Iterator[Found]:
        unreadable: list[OSError] = []  # directories the walk could not list, as it meets them
        for dirpath, dirnames, filenames in os.walk(top, onerror=unreadable.append, followlinks=False):
            yield from _failures(unreadable)
            dirnames[:] = [d for d in sorted(dirnames) if self._descend(os.path.join(dirpath, d), d)]
            folder = PurePosixPath(*Path(os.path.relpath(dirpath, top)).parts).as_posix()  # once per directory
            for f in sorted(filenames):
                rel = f if folder == "." else f"{folder}/{f}"
                if self._wanted(f, rel):
                    full = os.path.join(dirpath, f)
                    yield Found(full, full, rel)
        yield from _failures(unreadable)

    def _descend(self, full: str, name: str) -> bool:
        """Whether the walk goes into a directory; counts it if not."""
        if name.startswith("."):
            self.skipped[HIDDEN] += 1
        elif os.path.islink(full):
            self.skipped[DIRECTORY_LINK] += 1  # never followed: no loops
        elif self.output_real is not None and os.path.realpath(full) == self.output_real:
            self.skipped[OUTPUT_DIRECTORY] += 1
        else:
            return True
        return False

    def _wanted(self, filename: str, rel: str) -> bool:
        """Whether a file found by a walk or a glob is an article to clean; counts it if not."""
        if filename.startswith("."):
            self.skipped[HIDDEN] += 1
            return False
        if any(matches(p, filename, rel) for p in self.exclude):
            self.skipped[EXCLUDED] += 1
            return False
        if self.include:
            if any(matches(p, filename, rel) for p in self.include):
                return True
            self.skipped[NOT_INCLUDED] += 1
            return False
        stem, suffix = os.path.splitext(filename)
        if stem.lower() in PROJECT_FILE_NAMES:
            self.skipped[PROJECT_FILE] += 1
            return False
        suffix = suffix.lower()
        if suffix in ARTICLE_SUFFIXES:
            return True
        self.skipped[NOT_AN_ARTICLE] += 1
        self.skipped_suffixes[suffix] += 1
        return False


def _failures(unreadable: list[OSError]) -> Iterator[Found]:
    """A failure for each directory a walk could not list (and empty the list)."""
    for exc in unreadable:
        name = str(exc.filename)
        yield Found(name, name, name, error=f"{name}: cannot read this directory: {(exc.strerror or str(exc)).lower()}")
    unreadable.clear()


def matches(pattern: str, filename: str, rel: str) -> bool:
    """An --include or --exclude GLOB matches a file's name or its path relative to the walk."""
    return fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(filename, pattern)


class OutputNamer:
    """Output paths that mirror the input tree, stay inside the output directory and
    never collide: ``a/b.html`` → ``OUT/a/b.json``; a second ``a/b.txt`` → ``OUT/a/b-2.json``."""

    def __init__(self, root: Path, suffix: str) -> None:
        self.root, self.suffix = root, suffix
        self.used: set[str] = set()
        self.folders: dict[tuple[str, ...], str] = {}  # output folder parts → its path

    def name(self, rel: str) -> str:
        parts = safe_relative_parts(rel)
        stem = os.path.splitext(parts[-1])[0] or parts[-1]
        candidate = parts[:-1] + [stem + self.suffix]
        n = 1
        while "/".join(candidate).lower() in self.used:
            n += 1
            candidate = parts[:-1] + [f"{stem}-{n}{self.suffix}"]
        self.used.add("/".join(candidate).lower())
        return self._path(candidate)

    def _path(self, parts: list[str]) -> str:
        """``str(root.joinpath(*parts))``, the folder's part worked out once per folder."""
        folder = tuple(parts[:-1])
        path = self.folders.get(folder)
        if path is None:
            path = self.folders[folder] = str(self.root.joinpath(*folder))
        return parts[-1] if path == "." else os.path.join(path, parts[-1])


def safe_relative_parts(rel: str) -> list[str]:
    """Path components that cannot leave a directory: no ``..``, no root, no drive, no
    control characters, no hidden names."""
    parts = []
    for part in re.split(r"[/\\]+", rel):
        part = _UNSAFE_NAME_CHARS.sub("_", part).strip()
        if part in ("", ".", "..") or part.endswith(":"):
            continue
        parts.append("_" + part if part.startswith(".") else part)
    return parts or ["article"]
