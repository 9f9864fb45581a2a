"""Batch cleaning in worker processes: many tasks in, one :class:`Result` per task out,
always in task order.

:func:`run` cleans the tasks of a :func:`~newsclean.batch.plan.plan` in worker
processes, each file under a time limit (a worker that overruns is killed and
replaced, which :mod:`concurrent.futures` cannot do), and hands the results back in
task order through a callback, holding at most a window of them, so memory stays flat
however many files there are. With an output directory each worker writes its own
results (:func:`~newsclean.batch.output.write_atomically`), so writing runs in parallel
too.

Nothing here imports click or rich: progress is reported through the small
:class:`ProgressSink` interface, which the CLI implements with a Rich bar.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any, Protocol

from .. import patterns, pipeline, read
from ..errors import ArticleTimeout, InputError, NewscleanError, describe, error_message
from ..model import to_json
from . import DEFAULT_TIMEOUT
from .output import write_atomically
from .plan import Task

# How far ahead of the next result to deliver workers may run: bounds the results held.
WINDOW_PER_JOB = 8
_PAGE_SUFFIXES = frozenset({".htm", ".html", ".xhtml", ".shtml"})
NO_DEADLINE = float("inf")
# A task carrying more data than a pipe holds (a page out of an archive) goes only to an
# idle worker: sent to a busy one, it would hold the parent until that worker is done,
# and the other workers would wait for their next task meanwhile.
PIPE_BYTES = 32_768


@dataclass(frozen=True)
class Options:
    mode: str = "json"                # "json", "text" or "view" (the Article itself)
    indent: int | None = None
    max_bytes: int | None = read.DEFAULT_MAX_BYTES
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
            self.timed_out += result.timed_out
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

    def start(self, total: int | None) -> None: ...
    def advance(self, result: Result) -> None: ...
    def stop(self) -> None: ...


# --- what a worker does with one task ------------------------------------------------

def clean_one(task: Task, options: Options, data: bytes | str | None = None) -> Result:
    """Clean one input; every failure becomes ``Result.error``, never an exception."""
    result = Result(task.index, task.source, output=task.output)
    if task.error is not None:  # found when the inputs were listed, or a record its archive could not give
        result.error = error_message(task.source, InputError(task.error))
        return result
    try:
        if data is None:
            data = task.data
        if data is None:
            data = read.read_bytes(task.path, options.max_bytes) if task.path is not None else b""
        if task.charset is None:
            article = pipeline.process(data, source=task.source)
        else:  # a page out of a web archive, its HTTP header's charset with it
            article = pipeline.process(data, source=task.source, charset=task.charset)
    except Exception as exc:  # a bug must not stop the batch: one line, no traceback
        result.error = describe(exc, task.source)
        return result
    article.origin = task.origin
    result.removed, result.quotes, result.officials = len(article.removed), len(article.quotes), len(article.officials)
    result.warnings = list(article.warnings)
    if options.mode == "json":
        result.payload = to_json(article.to_dict(), options.indent)
    elif options.mode == "text":
        result.payload = article.body
    else:
        result.payload = article
    return result


def deliver_one(task: Task, options: Options, data: bytes | None = None) -> Result:
    """Clean one input and, with an output directory, write its file (in the worker, so
    writing runs in parallel too); the result then carries no payload."""
    result = clean_one(task, options, data)
    if result.error is None and options.output_dir is not None and task.output is not None:
        text = result.payload if result.payload.endswith("\n") else result.payload + "\n"
        try:
            write_atomically(task.output, text, root=options.output_dir, source_path=task.path)
        except NewscleanError as exc:
            result.error = describe(exc, task.source)
        result.payload = None
    return result


def _worker_main(conn: Any, options: Options) -> None:
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


# --- the worker processes ------------------------------------------------------------

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
        self.deadline = NO_DEADLINE
        self.dead = False

    def has_room(self) -> bool:
        return not self.dead and len(self.queue) < self.PREFETCH

    def send(self, task: Task, data: bytes | None, timeout: float | None) -> None:
        if not self.queue:
            self.deadline = time.monotonic() + timeout if timeout else NO_DEADLINE
        self.queue.append(task)
        self.conn.send((task, data))

    def finished_head(self, timeout: float | None) -> Task:
        task = self.queue.popleft()
        self.deadline = time.monotonic() + timeout if (self.queue and timeout) else NO_DEADLINE
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
        with contextlib.suppress(OSError):
            self.conn.send(None)
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


def run(tasks: Iterable[Task], options: Options, on_result: Callable[[Result], None], *,
        jobs: int | None = None, progress: ProgressSink | None = None,
        stdin: Callable[[], bytes] | None = None, total: int | None = None) -> Summary:
    """Clean ``tasks`` in ``jobs`` worker processes; ``on_result`` sees every result in
    task order. A task running past ``options.timeout`` seconds has its worker killed
    and becomes a timeout error; a worker that dies takes only its own task with it
    (tasks queued behind it go to another worker).

    ``tasks`` may be a lazy iterable (the records of an archive, read as they are
    needed; their number ``total`` then is unknown, None): it is drawn from no further
    ahead than the window of results in flight."""
    summary = Summary()
    started = time.monotonic()
    if isinstance(tasks, Sequence):
        total = len(tasks)
        if not tasks:
            return summary
    _load_for_workers(tasks if isinstance(tasks, Sequence) else None)
    workers = jobs or default_jobs()
    pool = _Pool(iter(tasks), options, max(1, min(workers, total) if total is not None else workers), stdin)
    if progress is not None:
        progress.start(total)
    try:
        for result in pool.results_in_order():
            on_result(result)
            summary.add(result)
            if progress is not None:
                progress.advance(result)
    except KeyboardInterrupt:
        summary.interrupted = True
    except BaseException:
        summary.interrupted = True
        raise
    finally:
        pool.close(kill=summary.interrupted)
        if progress is not None:
            progress.stop()
        summary.seconds = time.monotonic() - started
    return summary


def _load_for_workers(tasks: Sequence[Task] | None) -> None:
    """Load (and compile the patterns of) what cleaning needs once, here, so that every
    forked worker inherits it instead of loading it again. Tasks not known in advance
    are records of archives and datasets: web pages, mostly."""
    from ..people import attribution  # noqa: F401  (the pipeline loads it on first use)

    if tasks is None or any(t.path is not None and os.path.splitext(t.path)[1].lower() in _PAGE_SUFFIXES
                            for t in tasks):
        from ..html import page  # noqa: F401  (lxml and the page patterns)
    patterns.compile_all()


def _data_size(task: Task) -> int:
    return len(task.data) if task.data is not None else 0


def _reads_stdin(task: Task) -> bool:
    """The task ``-``: no file, and no record's data either."""
    return task.path is None and task.data is None and task.error is None


class _Pool:
    """The workers of one run, the tasks they hold, and the results waiting for their
    turn to be delivered."""

    def __init__(self, tasks: Iterator[Task], options: Options, jobs: int,
                 stdin: Callable[[], bytes] | None) -> None:
        self.tasks, self.options, self.stdin = tasks, options, stdin
        self.drawn = 0                         # tasks taken from the iterator so far
        self.exhausted = False
        self.context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.workers: list[_Worker] = []
        self.jobs = jobs
        self.window = jobs * WINDOW_PER_JOB
        self.done: dict[int, Result] = {}     # results that came back before their turn
        self.retry: deque[Task] = deque()     # tasks queued behind a task whose worker died
        self.next_emit = 0

    def results_in_order(self) -> Iterator[Result]:
        self.workers = [_Worker(self.context, self.options) for _ in range(self.jobs)]
        while True:
            self._hand_out()
            if not any(w.queue for w in self.workers):
                return  # nothing in flight and nothing left to hand out: every result was given
            self._collect(self._wait())
            while self.next_emit in self.done:
                yield self.done.pop(self.next_emit)
                self.next_emit += 1

    def close(self, *, kill: bool) -> None:
        for w in self.workers:
            if kill:
                w.kill()
            else:
                w.stop()

    def _next_task(self) -> Task | None:
        if self.retry:
            return self.retry.popleft()
        if not self.exhausted and self.drawn < self.next_emit + self.window:
            task = next(self.tasks, None)
            if task is None:
                self.exhausted = True
                return None
            self.drawn += 1
            return task
        return None

    def _hand_out(self) -> None:
        """Give every worker with room the next tasks, within the window."""
        for w in self.workers:
            while w.has_room():
                task = self._next_task()
                if task is None:
                    return
                if w.queue and _data_size(task) > PIPE_BYTES:
                    self.retry.appendleft(task)  # for the next idle worker, still first in line
                    break
                data = self.stdin() if _reads_stdin(task) and self.stdin is not None else None
                w.send(task, data, self.options.timeout)

    def _wait(self) -> list[Any]:
        """The busy workers' connections that have a result, waiting at most until the
        soonest deadline."""
        busy = [w for w in self.workers if w.queue]
        soonest = min(w.deadline for w in busy)
        timeout = None if soonest == NO_DEADLINE else max(0.0, soonest - time.monotonic())
        return wait([w.conn for w in busy], timeout)

    def _collect(self, ready: list[Any]) -> None:
        """Take the results that came back, and replace the workers that died or overran."""
        for i, w in enumerate(self.workers):
            if not w.queue:
                continue
            result = self._head_result(w, ready)
            if result is None:
                continue
            self.done[result.index] = result
            if w.dead:
                self.retry.extendleft(reversed(w.queue))
                self.workers[i] = _Worker(self.context, self.options)

    def _head_result(self, w: _Worker, ready: list[Any]) -> Result | None:
        """The result of a busy worker's head task if it has one, or a timeout/crash result
        after killing it; None while the head task is still within its time."""
        if w.conn in ready:
            try:
                result: Result = w.conn.recv()
            except (EOFError, OSError):
                task = w.queue.popleft()
                w.kill()
                return Result(task.index, task.source, error=f"{task.source}: the worker cleaning it crashed",
                              output=task.output)
            w.finished_head(self.options.timeout)
            return result
        if time.monotonic() >= w.deadline:
            task = w.queue.popleft()
            w.kill()
            limit = ArticleTimeout(f"{task.source}: gave up after {self.options.timeout:g} s"
                                   " (per-file time limit, see --timeout)")
            return Result(task.index, task.source, error=describe(limit, task.source), output=task.output,
                          timed_out=True)
        return None
