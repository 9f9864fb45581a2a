"""Cold start: wall time of ``newsclean ARTICLE --json`` against ``python -c pass``.

    python benchmarks/startup.py [--runs 41] [ARTICLE]

Both commands run alternately (so machine noise hits both alike); the medians and
their ratio are printed. The compiled-pattern cache (see README) is warm after the
first run; a few first runs with an empty cache are timed too, for reference. Target: ratio <= 1.6. ARTICLE defaults to the first text
article of ../shared/corpus, else a short built-in article.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
BUILTIN = ("Ferry fares to rise in spring\n\nFerry fares across Lindqvist Bay will rise by eight percent from "
           "April, the harbour authority said on Monday.\n\n[ad_1]\n\nSource link\n")


def article_path(given: str | None, tmp: str) -> str:
    if given:
        return given
    texts = sorted(SHARED_CORPUS.glob("*.txt")) if SHARED_CORPUS.is_dir() else []
    if texts:
        return str(texts[0])
    path = os.path.join(tmp, "article.txt")
    Path(path).write_text(BUILTIN, encoding="utf-8")
    return path


def wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


def first_runs(cmd: list[str], runs: int) -> float:
    """Median wall time of ``cmd`` with an empty pattern cache each time (a first run)."""
    values = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            values.append(wall(cmd, {**os.environ, "NEWSCLEAN_CACHE_DIR": cache}))
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?")
    parser.add_argument("--runs", type=int, default=41)
    args = parser.parse_args()
    # the console script beside this interpreter, not a version manager's shim on PATH
    beside = os.path.join(os.path.dirname(sys.executable), "newsclean")
    exe = beside if os.path.exists(beside) else shutil.which("newsclean")
    if exe is None:
        print("newsclean is not installed (pip install -e .)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        article = article_path(args.article, tmp)
        baseline_cmd = [sys.executable, "-c", "pass"]
        commands = {
            "python -c pass": baseline_cmd,
            "newsclean ARTICLE --json": [exe, article, "--json"],
            "python -m newsclean ARTICLE --json": [sys.executable, "-m", "newsclean", article, "--json"],
        }
        for cmd in commands.values():  # warm the page cache
            wall(cmd)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(wall(cmd))
        first = first_runs(commands["newsclean ARTICLE --json"], max(3, args.runs // 4))
    base = statistics.median(times["python -c pass"])
    print(f"article: {article}  runs: {args.runs}  cpus: {os.cpu_count()}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:36} median {median * 1e3:7.1f} ms   x{median / base:.2f} of python -c pass")
    print(f"  {'first run (empty pattern cache)':36} median {first * 1e3:7.1f} ms   x{first / base:.2f} of python -c pass")
    ratio = statistics.median(times["newsclean ARTICLE --json"]) / base
    print(f"ratio newsclean/python: {ratio:.2f} (target <= 1.6): {'met' if ratio <= 1.6 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
