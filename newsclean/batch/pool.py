"""Batch cleaning: many inputs in, one result per input out, always in input order.

Three steps, each usable on its own:

* :func:`plan` turns the command-line inputs (files, directories, globs, ``-``) into an
  ordered list of :class:`Task` and a count of what was skipped and why;
* :func:`run` cleans the tasks in worker processes, each file under a time limit (a
  worker that overruns is killed and replaced), and hands the results back in input
  order through a callback, so memory stays flat however many files there are;
* with an output directory, each worker puts its results in the output tree with
  :func:`write_atomically`: a temporary file in the same directory, then a rename, so
  an interrupted run never leaves a half-written file.

Nothing here imports click or rich: progress is reported through the small
:class:`ProgressSink` interface, which the CLI implements with a Rich bar.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from ..errors import ArticleTimeout, NewscleanError, OutputError, error_message
from ..model import to_json
from ..read import DEFAULT_MAX_BYTES
from . import ARTICLE_SUFFIXES, DEFAULT_TIMEOUT, GLOB_CHARS, STDIN, is_batch  # noqa: F401

# How far ahead of the next result to print workers may run: bounds the results held.
WINDOW_PER_JOB = 8
OUTPUT_SUFFIX = {"json": ".json", "text": ".txt"}
_PAGE_SUFFIXES = frozenset({".htm", ".html", ".xhtml", ".shtml"})
_UNSAFE_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f\\]")


@dataclass(frozen=True, slots=True)
class Task:
    index: int
    source: str               # the name shown to the user and put in "source"
    path: str | None          # None: read standard input
    output: str | None = None  # where the result goes, under the output directory


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_suffixes: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Options:
    mode: str = "json"                # "json", "text" or "view" (the Article itself)
    indent: int | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    output_dir: str | None = None     # set: workers write each result to Task.output


@dataclass
class Result:
    index: int
    source: str
    error: str | None = None
    payload: Any = None               # JSON text, body text or Article, by mode
    removed: int = 0
    quotes: int = 0
    officials: int = 0
    warnings: list[str] = field(default_factory=list)
    output: str | None = None
    timed_out: bool = False


@dataclass
class Summary:
    processed: int = 0
    failed: int = 0
    timed_out: int = 0
    removed: int = 0
    quotes: int = 0
    officials: int = 0
    seconds: float = 0.0
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_suffixes: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False

    def add(self, result: Result) -> None:
        if result.error is not None:
            self.failed += 1
            return
        self.processed += 1
        self.removed += result.removed
        self.quotes += result.quotes
        self.officials += result.officials

    def text(self) -> str:
        rate = (self.processed + self.failed) / self.seconds if self.seconds > 0 else 0.0
        parts = [f"processed {self.processed}", f"failed {self.failed}"
                 + (f" ({self.timed_out} timed out)" if self.timed_out else ""),
                 f"skipped {sum(self.skipped.values())}" + self._skipped_detail(),
                 f"artifacts removed {self.removed}", f"quotes {self.quotes}", f"officials {self.officials}",
                 f"time {self.seconds:.1f} s ({rate:.0f} files/s)"]
        return ("interrupted: " if self.interrupted else "") + ", ".join(parts)

    def _skipped_detail(self) -> str:
        if not self.skipped:
            return ""
        details = []
        for reason, n in sorted(self.skipped.items()):
            if reason == "not an article file" and self.skipped_suffixes:
                kinds = " ".join(f"{s or '(no suffix)'}×{c}" for s, c in self.skipped_suffixes.most_common(5))
                reason = f"{reason}: {kinds}"
            details.append(f"{n} {reason}")
        return " (" + "; ".join(details) + ")"


class ProgressSink(Protocol):
    """What :func:`run` tells a progress display. The CLI's Rich bar implements it."""

    def start(self, total: int) -> None: ...
    def advance(self, result: Result) -> None: ...
    def stop(self) -> None: ...


# --- planning --------------------------------------------------------------------

def plan(inputs: Sequence[str], *, output_dir: str | None = None, mode: str = "json",
         include: Sequence[str] = (), exclude: Sequence[str] = (), skip_existing: bool = False) -> Plan:
    """The files to clean, in input order (directories walked in sorted order), with
    the output path of each when there is an output directory."""
    out = Plan()
    out_root = Path(output_dir) if output_dir is not None else None
    out_real = os.path.realpath(output_dir) if output_dir is not None else None
    namer = _OutputNamer(out_root, OUTPUT_SUFFIX.get(mode, ".json"))
    for name in inputs:
        for source, path, rel in _expand(name, out, out_real, include, exclude):
            target = namer.name(rel) if out_root is not None else None
            if skip_existing and target is not None and os.path.exists(target):
                out.skipped["output exists"] += 1
                continue
            out.tasks.append(Task(len(out.tasks), source, path, target))
    return out


def _expand(name: str, out: Plan, out_real: str | None, include: Sequence[str],
            exclude: Sequence[str]) -> Iterable[tuple[str, str | None, str]]:
    """(source, path, relative output name) for one command-line input."""
    if name == STDIN:
        yield STDIN, None, "stdin"
    elif os.path.isdir(name):
        yield from _walk(name, out, out_real, include, exclude)
    elif GLOB_CHARS.search(name) and not os.path.lexists(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield name, name, os.path.basename(name)  # reported as "no such file"
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match, out, out_real, include, exclude)
            elif _wanted(os.path.basename(match), os.path.basename(match), out, include, exclude):
                yield match, match, os.path.basename(match)
    else:
        yield name, name, os.path.basename(name) or name  # a file named explicitly is always taken


def _walk(top: str, out: Plan, out_real: str | None, include: Sequence[str],
          exclude: Sequence[str]) -> Iterable[tuple[str, str, str]]:
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        dirnames.sort()
        filenames.sort()
        kept = []
        for d in dirnames:
            full = os.path.join(dirpath, d)
            if d.startswith("."):
                out.skipped["hidden"] += 1
            elif os.path.islink(full):
                out.skipped["symbolic link to a directory"] += 1  # never followed: no loops
            elif out_real is not None and os.path.realpath(full) == out_real:
                out.skipped["the output directory"] += 1
            else:
                kept.append(d)
        dirnames[:] = kept
        folder = PurePosixPath(*Path(os.path.relpath(dirpath, top)).parts).as_posix()  # once per directory
        for f in filenames:
            rel = f if folder == "." else f"{folder}/{f}"
            if _wanted(f, rel, out, include, exclude):
                full = os.path.join(dirpath, f)
                yield full, full, rel


def _wanted(filename: str, rel: str, out: Plan, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Whether a file found by a walk or a glob is an article to clean; counts it if not."""
    if filename.startswith("."):
        out.skipped["hidden"] += 1
        return False
    if any(_matches(p, filename, rel) for p in exclude):
        out.skipped["excluded"] += 1
        return False
    if include:
        if any(_matches(p, filename, rel) for p in include):
            return True
        out.skipped["not included"] += 1
        return False
    suffix = os.path.splitext(filename)[1].lower()
    if suffix in ARTICLE_SUFFIXES:
        return True
    out.skipped["not an article file"] += 1
    out.skipped_suffixes[suffix] += 1
    return False


def _matches(pattern: str, filename: str, rel: str) -> bool:
    return fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(filename, pattern)


class _OutputNamer:
    """Output paths that mirror the input tree, stay inside the output directory and
    never collide: ``a/b.html`` → ``OUT/a/b.json``; a second ``a/b.txt`` → ``OUT/a/b-2.json``."""

    def __init__(self, root: Path | None, suffix: str) -> None:
        self.root, self.suffix = root, suffix
        self.used: set[str] = set()
        self.folders: dict[tuple[str, ...], str] = {}  # output folder parts → its path

    def name(self, rel: str) -> str:
        assert self.root is not None
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
        assert self.root is not None
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


def inside(path: str | Path, root: str | Path) -> bool:
    """True when ``path``, with every symbolic link resolved, lies under ``root``."""
    real, real_root = os.path.realpath(path), os.path.realpath(root)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


# --- writing ---------------------------------------------------------------------

def write_atomically(target: str, text: str, *, root: str, source_path: str | None = None) -> None:
    """Write ``text`` to ``target`` (under ``root``) through a temporary file and a rename.

    Ctrl-C and SIGTERM are held back for the few milliseconds this takes, so a run that
    is stopped leaves either the whole file or none, and no temporary file behind."""
    directory = os.path.dirname(target) or "."
    with _signals_deferred():
        try:
            _ready_directory(directory, root, target)
            if source_path is not None and os.path.exists(target) and os.path.samefile(target, source_path):
                raise OutputError(f"{target}: refusing to overwrite the input file")
            fd, tmp = _temporary(directory, os.path.basename(target))
        except OSError as exc:
            raise OutputError(f"{target}: {exc.strerror or exc}") from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(text.encode("utf-8", "replace"))
            os.replace(tmp, target)
        except BaseException as exc:
            _unlink_quietly(tmp)
            if isinstance(exc, OSError):
                raise OutputError(f"{target}: {exc.strerror or exc}") from None
            raise


# Output directories already made and found inside their root, with the identity
# (device, inode) they had then: a directory is checked again only if it has changed
# (replaced by a symbolic link, say), so that a file costs one stat, not a walk of
# every component of its path.
_CHECKED_DIRECTORIES: dict[tuple[str, str], tuple[int, int]] = {}


def _ready_directory(directory: str, root: str, target: str) -> None:
    """Make ``directory`` if needed; raise OutputError if it leads out of ``root``."""
    key = (directory, root)
    known = _CHECKED_DIRECTORIES.get(key)
    if known is not None:
        try:
            st = os.stat(directory)
        except OSError:
            pass
        else:
            if (st.st_dev, st.st_ino) == known:
                return
    if not inside(directory, root):
        raise OutputError(f"{target}: output path leaves the output directory")
    os.makedirs(directory, exist_ok=True)
    if not inside(directory, root):
        raise OutputError(f"{target}: output path leaves the output directory")
    st = os.stat(directory)
    _CHECKED_DIRECTORIES[key] = (st.st_dev, st.st_ino)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends (POSIX main thread; elsewhere a no-op)."""
    import signal
    import threading

    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _temporary(directory: str, name: str) -> tuple[int, str]:
    """A new file beside the target: ``.NAME.part`` (no two tasks of a run share a
    target), or a name of its own when that is taken (a run killed outright, or
    another run writing to the same tree)."""
    path = os.path.join(directory, f".{name}.part")
    try:
        return os.open(path, _CREATE_NEW, 0o666), path
    except FileExistsError:
        import tempfile

        return tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory)


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# --- cleaning one input ------------------------------------------------------------

def clean_one(task: Task, options: Options, data: bytes | None = None) -> Result:
    """Clean one input; every failure becomes ``Result.error``, never an exception."""
    from ..pipeline import process
    from ..read import read_bytes

    result = Result(task.index, task.source, output=task.output)
    try:
        if data is None:
            data = read_bytes(task.path, options.max_bytes) if task.path is not None else b""
        article = process(data, source=task.source)
    except NewscleanError as exc:
        result.error = error_message(task.source, exc)
        return result
    except RecursionError:
        result.error = f"{task.source}: input nested too deeply to clean"
        return result
    except MemoryError:
        result.error = f"{task.source}: out of memory"
        return result
    except Exception as exc:  # a bug must not stop the batch; one line, no traceback
        result.error = f"{task.source}: internal error ({type(exc).__name__}: {_one_line(str(exc))})"
        return result
    result.removed, result.quotes, result.officials = len(article.removed), len(article.quotes), len(article.officials)
    result.warnings = list(article.warnings)
    if options.mode == "json":
        result.payload = to_json(article.to_dict(), options.indent)
    elif options.mode == "text":
        result.payload = article.body
    else:
        result.payload = article
    return result


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


# --- the worker pool ---------------------------------------------------------------

def deliver_one(task: Task, options: Options, data: bytes | None = None) -> Result:
    """Clean one input and, with an output directory, write its file (in the worker, so
    writing runs in parallel too); the result then carries no payload."""
    result = clean_one(task, options, data)
    if result.error is None and options.output_dir is not None and task.output is not None:
        text = result.payload if result.payload.endswith("\n") else result.payload + "\n"
        try:
            write_atomically(task.output, text, root=options.output_dir, source_path=task.path)
        except NewscleanError as exc:
            result.error = error_message(task.source, exc)
        result.payload = None
    return result


def _worker_main(conn: Any, options: Options) -> None:
    import signal

    # Ctrl-C reaches the whole process group: the parent decides what it means. SIGTERM
    # keeps its default (exit at once), held back only while a file is being renamed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task, data = message
        conn.send(deliver_one(task, options, data))


class _Worker:
    """One worker process with up to PREFETCH tasks sent ahead, so it never waits for
    the parent between files. The time limit runs for the task at the head."""

    PREFETCH = 2

    def __init__(self, context: Any, options: Options) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, options), daemon=True)
        self.process.start()
        child.close()
        self.queue: deque[Task] = deque()
        self.deadline = float("inf")
        self.dead = False

    def has_room(self) -> bool:
        return not self.dead and len(self.queue) < self.PREFETCH

    def send(self, task: Task, data: bytes | None, timeout: float | None) -> None:
        if not self.queue:
            self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.queue.append(task)
        self.conn.send((task, data))

    def finished_head(self, timeout: float | None) -> Task:
        task = self.queue.popleft()
        self.deadline = time.monotonic() + timeout if (self.queue and timeout) else float("inf")
        return task

    def kill(self) -> None:
        """Stop the process: SIGTERM first (a write in progress completes), then SIGKILL."""
        self.dead = True
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        else:
            self.conn.close()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run(tasks: Sequence[Task], options: Options, on_result: Callable[[Result], None], *,
        jobs: int | None = None, progress: ProgressSink | None = None,
        stdin: Callable[[], bytes] | None = None) -> Summary:
    """Clean ``tasks`` in ``jobs`` worker processes; ``on_result`` sees every result in
    task order. A task running past ``options.timeout`` seconds has its worker killed
    and becomes a timeout error; a worker that dies takes only its own task with it
    (tasks queued behind it go to another worker)."""
    import multiprocessing
    from multiprocessing.connection import wait

    # Loaded (and their patterns compiled) once here, so that forked workers inherit them.
    from .. import pipeline as core  # noqa: F401
    from ..people import attribution as quotes  # noqa: F401

    if any(t.path is not None and os.path.splitext(t.path)[1].lower() in _PAGE_SUFFIXES for t in tasks):
        from ..html import page as html  # noqa: F401  (lxml and the page patterns, for every worker at once)

    summary = Summary()
    started = time.monotonic()
    if not tasks:
        return summary
    jobs = max(1, min(jobs or default_jobs(), len(tasks)))
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    workers: list[_Worker] = []
    done: dict[int, Result] = {}
    retry: deque[Task] = deque()
    next_send = next_emit = 0
    window = jobs * WINDOW_PER_JOB

    def next_task() -> Task | None:
        nonlocal next_send
        if retry:
            return retry.popleft()
        if next_send < len(tasks) and next_send < next_emit + window:
            next_send += 1
            return tasks[next_send - 1]
        return None

    if progress is not None:
        progress.start(len(tasks))
    try:
        workers = [_Worker(context, options) for _ in range(jobs)]
        while next_emit < len(tasks):
            for w in workers:
                while w.has_room():
                    task = next_task()
                    if task is None:
                        break
                    w.send(task, stdin() if task.path is None and stdin is not None else None, options.timeout)
            busy = [w for w in workers if w.queue]
            soonest = min(w.deadline for w in busy)
            ready = wait([w.conn for w in busy], None if soonest == float("inf") else max(0.0, soonest - time.monotonic()))
            for i, w in enumerate(workers):
                if not w.queue:
                    continue
                result = _collect(w, ready, options)
                if result is None:
                    continue
                summary.timed_out += result.timed_out
                done[result.index] = result
                if w.dead:
                    retry.extendleft(reversed(w.queue))
                    workers[i] = _Worker(context, options)
            while next_emit in done:
                result = done.pop(next_emit)
                on_result(result)
                summary.add(result)
                if progress is not None:
                    progress.advance(result)
                next_emit += 1
    except KeyboardInterrupt:
        summary.interrupted = True
    except BaseException:
        summary.interrupted = True
        raise
    finally:
        for w in workers:
            if summary.interrupted:
                w.kill()
            else:
                w.stop()
        if progress is not None:
            progress.stop()
        summary.seconds = time.monotonic() - started
    return summary


def _collect(w: _Worker, ready: list[Any], options: Options) -> Result | None:
    """The result of a busy worker's head task if it has one, or a timeout/crash result
    after killing it; None while the head task is still within its time."""
    if w.conn in ready:
        try:
            result = w.conn.recv()
        except (EOFError, OSError):
            task = w.queue.popleft()
            w.kill()
            return Result(task.index, task.source, error=f"{task.source}: the worker cleaning it crashed",
                          output=task.output)
        w.finished_head(options.timeout)
        return result
    if time.monotonic() >= w.deadline:
        task = w.queue.popleft()
        w.kill()
        message = str(ArticleTimeout(f"{task.source}: gave up after {options.timeout:g} s (per-file time limit, see --timeout)"))
        return Result(task.index, task.source, error=message, output=task.output, timed_out=True)
    return None
