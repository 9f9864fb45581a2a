"""Time the text-cleaning stages per article, optionally against another copy of the package.

    python benchmarks/clean_stages.py [--baseline DIR/PKG] [--repeats 15] [--html]

The inputs each stage sees are recorded once by running ``newsclean.pipeline.process`` over
../shared/corpus (.txt and .md; with --html also the Zyte pages), then every stage is
timed on its recorded inputs. With --baseline (a directory holding an older copy of
the package, under any name, e.g. ``git archive REV newsclean | tar -x -C DIR`` then
``mv DIR/newsclean DIR/newsclean_base``; make DIR your own, /tmp is shared) the old and new functions
run interleaved in this one process, and each stage reports the median time of both
and their ratio; outputs are compared too.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib
import statistics
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def corpus(html: bool) -> list[tuple[bytes, str]]:
    files = [p for p in sorted((SHARED / "corpus").iterdir()) if p.suffix in (".txt", ".md")]
    data = [(p.read_bytes(), p.name) for p in files if p.name != "catalogue.md"]
    if html:
        data += [(gzip.decompress(p.read_bytes()), p.name) for p in sorted((SHARED / "bench/zyte/html").glob("*.gz"))]
    return data


def record_inputs(data: list[tuple[bytes, str]]) -> dict[str, list[tuple]]:
    """The arguments each stage function is called with while processing ``data``."""
    from newsclean import pipeline as core

    calls: dict[str, list[tuple]] = {}
    names = ("looks_binary", "split_front_matter", "normalize_text", "split_paragraphs", "extract_header",
             "clean_paragraphs")
    originals = {name: getattr(core, name) for name in names}

    def recorder(name):
        def record(*args, **kwargs):
            calls.setdefault(name, []).append((args, kwargs))
            return originals[name](*args, **kwargs)
        return record

    for name in names:
        setattr(core, name, recorder(name))
    try:
        for raw, source in data:
            with contextlib.suppress(Exception):  # an input that fails is timed as far as it gets
                core.process(raw, source)
    finally:
        for name, fn in originals.items():
            setattr(core, name, fn)
    # both are called once for each article that gets that far
    pairs = zip(calls["extract_header"], calls["clean_paragraphs"], strict=True)
    calls["header_then_clean"] = [(pair, {}) for pair in pairs]
    return calls


def fresh(args: tuple, kwargs: dict) -> tuple[tuple, dict]:
    """Copies of list arguments (the stages append to ``removed``)."""
    def copy(v):
        if isinstance(v, list):
            return list(v)
        if isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], dict):  # a recorded call
            return fresh(*v)
        return v
    return tuple(copy(a) for a in args), {k: copy(v) for k, v in kwargs.items()}


def run_stage(fn, inputs: list[tuple]) -> float:
    prepared = [fresh(a, k) for a, k in inputs]
    start = time.perf_counter()
    for args, kwargs in prepared:
        fn(*args, **kwargs)
    return time.perf_counter() - start


def stage_functions(package: str) -> dict[str, object]:
    core = importlib.import_module(f"{package}.pipeline")
    stages = {name: getattr(core, name) for name in
              ("looks_binary", "split_front_matter", "normalize_text", "split_paragraphs", "extract_header",
               "clean_paragraphs")}
    stages["header_then_clean"] = header_then_clean(core.extract_header, core.clean_paragraphs)
    return stages


def header_then_clean(extract_header, clean_paragraphs):
    """The two stages one after the other on one article, as ``process`` runs them (the
    second reads paragraphs the first has read)."""
    def run(header_call, clean_call):
        (args, kwargs), (clean_args, clean_kwargs) = header_call, clean_call
        extract_header(*args, **kwargs)
        return clean_paragraphs(*clean_args, **clean_kwargs)
    return run


def comparable(value):
    """A stage's result as plain data, so that two packages' results can be compared."""
    if isinstance(value, tuple):
        return tuple(comparable(v) for v in value)
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if hasattr(value, "__dict__") or hasattr(value, "__slots__"):
        fields = getattr(value, "__dataclass_fields__", None) or getattr(value, "__slots__", ())
        return {f: comparable(getattr(value, f)) for f in fields} | {"type": type(value).__name__}
    return value


def same_results(new, old, inputs: list[tuple]) -> bool:
    for args, kwargs in inputs:
        a1, k1 = fresh(args, kwargs)
        a2, k2 = fresh(args, kwargs)
        if comparable(new(*a1, **k1)) != comparable(old(*a2, **k2)) or comparable((a1, k1)) != comparable((a2, k2)):
            return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="path of an older copy of the package (DIR/NAME)")
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--html", action="store_true", help="the Zyte pages too")
    args = parser.parse_args()
    data = corpus(args.html)
    calls = record_inputs(data)
    articles = len(data)
    versions = {"new": stage_functions("newsclean")}
    if args.baseline:
        base = Path(args.baseline)
        sys.path.insert(0, str(base.parent))
        versions["old"] = stage_functions(base.name)
    times = {v: {name: [] for name in calls} for v in versions}
    for _ in range(args.repeats):
        for name, inputs in calls.items():
            for v, fns in versions.items():
                times[v][name].append(run_stage(fns[name], inputs))
    print(f"{articles} articles, {args.repeats} repeats, median µs per article")
    totals = {v: 0.0 for v in versions}
    for name in calls:
        row = f"{name:20s}"
        for v in versions:
            us = statistics.median(times[v][name]) / articles * 1e6
            totals[v] += us if name != "header_then_clean" else 0
            row += f"  {v} {us:8.1f}"
        if "old" in versions:
            ratios = [o / n for o, n in zip(times["old"][name], times["new"][name], strict=True)]
            same = same_results(versions["new"][name], versions["old"][name], calls[name])
            row += f"  old/new {statistics.median(ratios):5.2f}x  {'same' if same else 'DIFFERENT'}"
        print(row)
    print("(header_then_clean repeats two stages above: not in the total)")
    print(f"{'total':20s}" + "".join(f"  {v} {t:8.1f}" for v, t in totals.items())
          + (f"  old/new {totals['old'] / totals['new']:5.2f}x" if "old" in versions else ""))


if __name__ == "__main__":
    main()
