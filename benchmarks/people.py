"""What the people stage (quotes and officials) adds to process().

    python benchmarks/people.py [FILES...] [--runs N]
    python benchmarks/people.py --import-cost [--runs N]
    python benchmarks/people.py --baseline DIR/PKG [FILES...] [--runs N]

Without files it uses the articles of ../shared/corpus whose size is 3-8 KB (typical
news articles), or the bundled samples when ../shared is not there. For each article it
times process() with the people stage and with it switched off, alternating the two in
the same run (one call of each in turn), and reports medians over all the articles and
over those whose clean body is 4-6 KB; also the cost of the stage alone (the pipeline's
people step, ``_extract_people``, on the finished article), whose mean over the articles
is what throughput sees: a few articles with hundreds of quotes or names weigh on it far
more than on the median.

With --baseline (a directory holding an older copy of the package under another name,
e.g. ``git archive REV newsclean | tar -x -C DIR`` then ``mv DIR/newsclean
DIR/newsclean_base``) it times the stage of both copies over all the articles (default:
the .txt and .md files of ../shared/corpus) in this one process, the two taking turns
article by article, and reports the median ratio new/old of the whole stage and of its
quote part (everything but ``find_people``, whose result is worked out beforehand); the
outputs are compared first. The bounded caches of both copies are emptied before each
pass, so that a pass meets the articles' names and titles as one batch run does. Also
given: the sum over the articles of each one's least time over the runs, and the ratio
of those sums (steadier than the medians on a busy machine, whose load only ever adds
time). Both copies are driven through their pipeline's ``_extract_people(article)``, so
the older copy may lay its people stage out differently.
"""
from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The script's own folder holds benchmarks named like standard modules (html.py).
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import newsclean.people  # noqa: E402, F401  (imported before timing)
import newsclean.pipeline as core  # noqa: E402
from newsclean import process  # noqa: E402


def default_files() -> list[Path]:
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        files = [p for p in sorted(corpus.iterdir())
                 if p.suffix in (".txt", ".md", ".html") and 3000 <= p.stat().st_size <= 8000]
        if files:
            return files
    return sorted((ROOT / "samples").glob("*.*"))


def interleaved(data: bytes, runs: int) -> tuple[float, float]:
    """Median seconds of process() without and with the people stage, the two timed in
    turn so that both see the same machine load."""
    real_stage = core._extract_people
    off, on = [], []
    try:
        for _ in range(runs):
            core._extract_people = lambda art: None
            t = time.perf_counter()
            process(data)
            off.append(time.perf_counter() - t)
            core._extract_people = real_stage
            t = time.perf_counter()
            process(data)
            on.append(time.perf_counter() - t)
    finally:
        core._extract_people = real_stage
    return statistics.median(off), statistics.median(on)


def stage_alone(article, runs: int) -> float:
    times = []
    for _ in range(runs):
        article.quotes, article.officials = [], []
        t = time.perf_counter()
        core._extract_people(article)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def corpus_files() -> list[Path]:
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        return [p for p in sorted(corpus.iterdir()) if p.suffix in (".txt", ".md")]
    return sorted((ROOT / "samples").glob("*.*"))


def _find_people_homes(package: str) -> list:
    """The modules of ``package``'s people stage that hold ``find_people`` (the stage
    calls it through one of them, whichever way it is laid out)."""
    return [m for name, m in list(sys.modules.items())
            if (name == f"{package}.people" or name.startswith(f"{package}.people.")) and hasattr(m, "find_people")]


def _bounded_caches(package: str) -> list:
    """The bounded caches (``functools.lru_cache`` with a size) of ``package``'s people
    stage: emptied before each timed pass, so that a pass meets the names and titles of
    the articles as one batch run over them does, not as the tenth pass over them."""
    found = []
    for name, module in list(sys.modules.items()):
        if name == f"{package}.people" or name.startswith(f"{package}.people."):
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if info is not None and info().maxsize is not None and value not in found:
                    found.append(value)
    return found


class _Stage:
    """One copy's people stage, timed on one article at a time: the whole stage, or its
    quote part with ``find_people`` answered from a table worked out beforehand."""

    def __init__(self, package: str, articles) -> None:
        self.step = importlib.import_module(f"{package}.pipeline")._extract_people
        real = importlib.import_module(f"{package}.people.index").find_people
        self.homes = _find_people_homes(package)
        self.known = {a.body: real(a.body) for a in articles if a.body}
        self.caches = _bounded_caches(package)

    def clear_caches(self) -> None:
        for cache in self.caches:
            cache.cache_clear()

    def time(self, article, quote_part: bool) -> float:
        article.quotes, article.officials = [], []
        if not quote_part:
            t = time.perf_counter()
            self.step(article)
            return time.perf_counter() - t
        saved = [(m, m.find_people) for m in self.homes]
        for m in self.homes:
            m.find_people = self.known.__getitem__
        try:
            t = time.perf_counter()
            self.step(article)
            return time.perf_counter() - t
        finally:
            for m, f in saved:
                m.find_people = f


def compare_with_baseline(baseline: Path, files: list[Path], runs: int) -> None:
    """Each run is one pass over the articles per part, the two copies taking turns
    article by article (who goes first alternating), their bounded caches emptied first."""
    sys.path.insert(0, str(baseline.parent))
    old = baseline.name
    importlib.import_module(f"{old}.pipeline")
    importlib.import_module(f"{old}.people.attribution")
    articles = [process(p.read_bytes(), source=p.name) for p in files]
    for a in articles:
        outputs = []
        for package in (old, "newsclean"):
            a.quotes, a.officials = [], []
            importlib.import_module(f"{package}.pipeline")._extract_people(a)
            outputs.append((repr(a.quotes), repr(a.officials)))
        if outputs[0] != outputs[1]:
            print(f"outputs differ: {a.source}")
    stages = {"old": _Stage(old, articles), "new": _Stage("newsclean", articles)}
    times: dict[tuple[str, bool], list[float]] = {(who, part): [] for who in stages for part in (False, True)}
    # the least time of each article over the runs: the machine's load only ever adds time
    least = {(who, part): [float("inf")] * len(articles) for who in stages for part in (False, True)}
    for run in range(runs):
        for part in (False, True):
            for stage in stages.values():
                stage.clear_caches()
            total = {"old": 0.0, "new": 0.0}
            for i, a in enumerate(articles):
                for who in (("old", "new") if (run + i) % 2 == 0 else ("new", "old")):
                    t = stages[who].time(a, part)
                    total[who] += t
                    least[who, part][i] = min(least[who, part][i], t)
            for who, t in total.items():
                times[who, part].append(t)
    med = statistics.median
    n = len(articles)
    for part, label in ((True, "quote part (all but find_people)"), (False, "whole stage")):
        ratios = [b / a for a, b in zip(times["old", part], times["new", part])]
        old_least, new_least = sum(least["old", part]), sum(least["new", part])
        print(f"{label}: old {med(times['old', part]) / n * 1000:.3f} ms/article, "
              f"new {med(times['new', part]) / n * 1000:.3f} ms/article, "
              f"median ratio new/old {med(ratios):.3f} ({runs} runs over {n} articles); "
              f"least times: old {old_least / n * 1000:.3f}, new {new_least / n * 1000:.3f} ms/article, "
              f"ratio {new_least / old_least:.3f}")


_IMPORT_CODE = ("import time, newsclean, newsclean.model; t = time.perf_counter(); "
                "import newsclean.people.attribution; print(time.perf_counter() - t)")


def import_cost(runs: int) -> None:
    """Median cost of importing the people stage (quotes, officials and their tables) in
    a fresh interpreter, the package itself already imported: what it adds to a cold start."""
    import subprocess
    env_cmd = [sys.executable, "-c", _IMPORT_CODE]
    subprocess.run(env_cmd, cwd=ROOT, capture_output=True)      # write the byte code
    times = [float(subprocess.run(env_cmd, cwd=ROOT, capture_output=True, text=True).stdout)
             for _ in range(runs)]
    print(f"import of the people stage: median {statistics.median(times) * 1000:.1f} ms, "
          f"min {min(times) * 1000:.1f} ms over {runs} fresh interpreters")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=31)
    ap.add_argument("--import-cost", action="store_true",
                    help="only time the import of the people stage in fresh interpreters")
    ap.add_argument("--baseline", type=Path,
                    help="an older copy of the package (DIR/PKG) to time the stage against")
    a = ap.parse_args()
    if a.import_cost:
        import_cost(a.runs)
        return
    if a.baseline:
        compare_with_baseline(a.baseline, a.files or corpus_files(), a.runs)
        return
    files = a.files or default_files()
    rows = []          # (body bytes, without, with, stage alone)
    quotes = officials = 0
    for path in files:
        data = path.read_bytes()
        article = process(data, source=str(path))
        quotes += len(article.quotes)
        officials += len(article.officials)
        for _ in range(3):  # warm caches
            process(data)
        off, on = interleaved(data, a.runs)
        rows.append((len(article.body.encode()), off, on, stage_alone(article, a.runs)))
    med = statistics.median
    print(f"articles: {len(rows)}  quotes: {quotes}  officials: {officials}  "
          f"runs per timing: {a.runs} (medians)")
    groups = [("all", rows), ("bodies of 4-6 KB", [r for r in rows if 4000 <= r[0] <= 6000])]
    for label, group in groups:
        if not group:
            continue
        without = med(r[1] for r in group)
        with_ = med(r[2] for r in group)
        print(f"[{label}: {len(group)} articles, median body {med(r[0] for r in group) / 1000:.1f} KB]")
        print(f"  process() without people stage: {without * 1000:.3f} ms")
        print(f"  process() with people stage:    {with_ * 1000:.3f} ms  (ratio {with_ / without:.2f})")
        print(f"  added per article (median of per-article differences): "
              f"{med(r[2] - r[1] for r in group) * 1000:.3f} ms")
        print(f"  people stage alone: median {med(r[3] for r in group) * 1000:.3f} ms, "
              f"mean {statistics.mean(r[3] for r in group) * 1000:.3f} ms (what throughput sees), "
              f"max {max(r[3] for r in group) * 1000:.3f} ms")


if __name__ == "__main__":
    main()
