"""What the people stage (quotes and officials) adds to process().

    python benchmarks/people.py [FILES...] [--runs N]

Without files it uses the articles of ../shared/corpus whose size is 3-8 KB (typical
news articles), or the bundled samples when ../shared is not there. For each article it
times process() with the people stage and with it switched off, alternating the two in
the same run, and reports medians: per article, and the per-article cost of the stage
alone (extract_quotes_and_officials on the finished body).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The script's own folder holds benchmarks named like standard modules (html.py).
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import newsclean.core as core  # noqa: E402
from newsclean import process  # noqa: E402
from newsclean.quotes import extract_quotes_and_officials  # noqa: E402


def default_files() -> list[Path]:
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        files = [p for p in sorted(corpus.iterdir())
                 if p.suffix in (".txt", ".md", ".html") and 3000 <= p.stat().st_size <= 8000]
        if files:
            return files
    return sorted((ROOT / "samples").glob("*.*"))


def best_of(fn, runs: int) -> float:
    """Median seconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=21)
    a = ap.parse_args()
    files = a.files or default_files()
    with_people, without, stage, sizes, quotes, officials = [], [], [], [], 0, 0
    real_stage = core._extract_people
    for path in files:
        data = path.read_bytes()
        article = process(data, source=str(path))
        sizes.append(len(article.body))
        quotes += len(article.quotes)
        officials += len(article.officials)
        for _ in range(2):  # warm caches
            process(data)
        core._extract_people = lambda art: None
        off = best_of(lambda: process(data), a.runs)
        core._extract_people = real_stage
        on = best_of(lambda: process(data), a.runs)
        core._extract_people = lambda art: None
        off = min(off, best_of(lambda: process(data), a.runs))
        core._extract_people = real_stage

        def people_only():
            article.quotes, article.officials = [], []
            extract_quotes_and_officials(article)

        stage.append(best_of(people_only, a.runs))
        with_people.append(on)
        without.append(off)
    med = statistics.median
    print(f"articles: {len(files)}  median body: {med(sizes) / 1000:.1f} KB  "
          f"quotes: {quotes}  officials: {officials}  runs per timing: {a.runs}")
    print(f"process() without people stage: median {med(without) * 1000:.3f} ms")
    print(f"process() with people stage:    median {med(with_people) * 1000:.3f} ms  "
          f"(ratio {med(with_people) / med(without):.2f})")
    print(f"added per article (median of differences): "
          f"{med([w - o for w, o in zip(with_people, without)]) * 1000:.3f} ms")
    print(f"people stage alone: median {med(stage) * 1000:.3f} ms, max {max(stage) * 1000:.3f} ms, "
          f"per KB of body {med(s / max(1, z) * 1000 for s, z in zip(stage, sizes)) * 1000:.3f} ms")


if __name__ == "__main__":
    main()
