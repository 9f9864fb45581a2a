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

from ..model import Origin
from ..sources import ARCHIVES, Reading, kind_of, records
from . import ARTICLE_SUFFIXES, GLOB_CHARS, STDIN

OUTPUT_SUFFIX = {"json": ".json", "text": ".txt"}
# A compressed article is walked like the article (its content is read through, whatever its name).
COMPRESSED_SUFFIXES = frozenset({".gz", ".bz2", ".xz", ".zst"})
# Files a walk takes besides articles: web archives (read as such by their content) …
ARCHIVE_SUFFIXES = frozenset({".warc", ".arc"})
# … and, with --field, the datasets it takes instead of articles.
DATASET_SUFFIXES = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"})
_UNSAFE_KEY_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
KEY_CHARS = 120  # of a record's id in its output file's name
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
    path: str | None          # None: read standard input (or the record's data)
    output: str | None = None  # where the result goes, under the output directory
    kind: str | None = None   # a file of many articles (sources.WARC, sources.CSV …): expanded by Plan.each_task
    data: bytes | str | None = None  # a record's article, read out of its archive or dataset
    charset: str | None = None       # the encoding its archive declared for it
    origin: Origin | None = None     # its keys for the output (record id, row id …)
    error: str | None = None         # the record could not be read: why


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_suffixes: Counter[str] = field(default_factory=Counter)
    reading: Reading = field(default_factory=Reading)
    namer: OutputNamer | None = None
    skip_existing: bool = False

    @property
    def total(self) -> int | None:
        """How many tasks there are, when that is known before reading the archives and datasets."""
        return None if any(t.kind is not None for t in self.tasks) else len(self.tasks)

    def each_task(self) -> Iterator[Task]:
        """The tasks in order, each archive or dataset replaced by a task per record as
        it is read (so memory does not grow with the file), numbered afresh."""
        if self.total is not None:
            yield from self.tasks
            return
        index = 0
        for task in self.tasks:
            if task.kind is None:
                yield Task(index, task.source, task.path, task.output)
                index += 1
                continue
            for task_of_record in self._record_tasks(task, index):
                yield task_of_record
                index += 1

    def _record_tasks(self, container: Task, first: int) -> Iterator[Task]:
        folder = container.output  # the folder for its records' outputs, with -o
        index = first
        for record in records(container.path or "", container.kind or "", self.reading, self.skipped):
            target = self.namer.name_in(folder, record.key) if self.namer is not None and folder is not None else None
            if self.skip_existing and target is not None and os.path.exists(target):
                self.skipped[OUTPUT_EXISTS] += 1
                continue
            yield Task(index, record.source, None, target, data=record.data, charset=record.charset,
                       origin=record.origin, error=record.error)
            index += 1


@dataclass(frozen=True, slots=True)
class Found:
    """One input file found for a command-line input."""

    source: str
    path: str | None   # None: standard input
    rel: str           # its name relative to what was walked: the output name's base
    error: str | None = None  # a directory that could not be read: a failure to report


def plan(inputs: Sequence[str], *, output_dir: str | None = None, mode: str = "json",
         include: Sequence[str] = (), exclude: Sequence[str] = (), skip_existing: bool = False,
         reading: Reading | None = None) -> Plan:
    """The files to clean, in input order (directories walked in sorted order), with
    the output path of each when there is an output directory.

    A web archive (by its content), or with ``reading.field`` any file (a dataset),
    is one task of its ``kind``: :meth:`Plan.each_task` reads its records. Its records'
    outputs go in a folder named after it (``DIR/pages/<record id>.json``)."""
    reading = reading or Reading()
    suffixes = DATASET_SUFFIXES | ARCHIVE_SUFFIXES if reading.rows else ARTICLE_SUFFIXES | ARCHIVE_SUFFIXES
    finder = _Finder(include, exclude, os.path.realpath(output_dir) if output_dir is not None else None, suffixes)
    namer = OutputNamer(Path(output_dir), OUTPUT_SUFFIX.get(mode, ".json")) if output_dir is not None else None
    out = Plan(skipped=finder.skipped, skipped_suffixes=finder.skipped_suffixes, reading=reading, namer=namer,
               skip_existing=skip_existing)
    for name in inputs:
        for found in finder.find(name):
            if found.error is not None:
                out.tasks.append(Task(len(out.tasks), found.source, found.path, error=found.error))
                continue
            kind = _kind(found, reading)
            if kind is not None:
                folder = namer.folder(found.rel) if namer is not None else None
                out.tasks.append(Task(len(out.tasks), found.source, found.path, folder, kind=kind))
                continue
            target = namer.name(found.rel) if namer is not None else None
            if skip_existing and target is not None and os.path.exists(target):
                out.skipped[OUTPUT_EXISTS] += 1
                continue
            out.tasks.append(Task(len(out.tasks), found.source, found.path, target))
    return out


def _kind(found: Found, reading: Reading) -> str | None:
    """The kind of a file of many articles, None for an article. Only files that may be
    one are opened to see: with --field any file; else those not named as articles."""
    if found.path is None:
        return None
    if not reading.rows and inner_suffix(found.path) in ARTICLE_SUFFIXES:
        return None
    kind = kind_of(found.path, reading)
    return kind if kind is not None and (reading.rows or kind in ARCHIVES) else None


class _Finder:
    """Finds the files of each command-line input and counts what it leaves out, and why."""

    def __init__(self, include: Sequence[str], exclude: Sequence[str], output_real: str | None,
                 suffixes: frozenset[str] = ARTICLE_SUFFIXES) -> None:
        self.include, self.exclude, self.output_real, self.suffixes = include, exclude, output_real, suffixes
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
        if os.path.splitext(filename)[0].lower() in PROJECT_FILE_NAMES:
            self.skipped[PROJECT_FILE] += 1
            return False
        suffix = inner_suffix(filename)
        if suffix in self.suffixes:
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


def inner_suffix(filename: str) -> str:
    """The suffix that says what a file holds, under a compression suffix if any
    (``story.html.gz`` → ``.html``); lower case."""
    stem, suffix = os.path.splitext(filename.lower())
    if suffix in COMPRESSED_SUFFIXES:
        return os.path.splitext(stem)[1] or suffix
    return suffix


class OutputNamer:
    """Output paths that mirror the input tree, stay inside the output directory and
    never collide: ``a/b.html`` → ``OUT/a/b.json``; a second ``a/b.txt`` → ``OUT/a/b-2.json``."""

    def __init__(self, root: Path, suffix: str) -> None:
        self.root, self.suffix = root, suffix
        self.used: set[str] = set()
        self.folders: dict[tuple[str, ...], str] = {}  # output folder parts → its path

    def name(self, rel: str) -> str:
        parts = safe_relative_parts(rel)
        stem, suffix = os.path.splitext(parts[-1])
        if suffix.lower() in COMPRESSED_SUFFIXES:  # story.html.gz → story.json
            stem = os.path.splitext(stem)[0] or stem
        stem = stem or parts[-1]
        candidate = parts[:-1] + [stem + self.suffix]
        n = 1
        while "/".join(candidate).lower() in self.used:
            n += 1
            candidate = parts[:-1] + [f"{stem}-{n}{self.suffix}"]
        self.used.add("/".join(candidate).lower())
        return self._path(candidate)

    def folder(self, rel: str) -> str:
        """The folder, under the root, for the records of the archive or dataset ``rel``
        (``crawl/pages.warc.gz`` → ``ROOT/crawl/pages``); made unique like a file name."""
        parts = safe_relative_parts(rel)
        stem = parts[-1]
        for _ in range(2):  # pages.warc.gz → pages.warc → pages
            stem, suffix = os.path.splitext(stem)
            if suffix.lower() not in COMPRESSED_SUFFIXES | ARCHIVE_SUFFIXES | DATASET_SUFFIXES:
                stem += suffix
                break
        candidate, n = parts[:-1] + [stem or "records"], 1
        while "/".join(candidate).lower() + "/" in self.used:
            n += 1
            candidate = parts[:-1] + [f"{stem}-{n}"]
        self.used.add("/".join(candidate).lower() + "/")
        return self._path(candidate)

    def name_in(self, folder: str, key: str) -> str:
        """A unique output path in ``folder`` (from :meth:`folder`) for the record whose id
        is ``key``: the id with anything but letters, digits, ``.``, ``_`` and ``-``
        replaced, at most KEY_CHARS long; ``-2``, ``-3`` … after a repeated one."""
        stem = safe_key(key)
        candidate, n = f"{stem}{self.suffix}", 1
        while (folder + "/" + candidate).lower() in self.used:
            n += 1
            candidate = f"{stem}-{n}{self.suffix}"
        self.used.add((folder + "/" + candidate).lower())
        return os.path.join(folder, candidate)

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


def safe_key(key: str) -> str:
    """A record's id as a file name: no separators, no control characters, not hidden,
    not empty, not too long (WARC ids ``<urn:uuid:…>`` keep their UUID)."""
    text = key.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    for prefix in ("urn:uuid:", "urn:"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
            break
    text = _UNSAFE_KEY_CHARS.sub("_", text).strip("._")[:KEY_CHARS]
    return text or "record"
