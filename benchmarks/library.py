"""Articles per second of ``newsclean.process`` on the corpus text articles, in this one
process (no file system, no worker processes), optionally against another copy of the
package.

    python benchmarks/library.py [--baseline DIR/PKG] [--rounds 15]

The inputs are the .txt and .md files of ../shared/corpus, read once. Each round runs
``process`` over all of them; with --baseline (a directory holding an older copy of the
package under another name, e.g. ``git archive REV newsclean | tar -x -C DIR`` then
``mv DIR/newsclean DIR/newsclean_base``) the old and new packages take turns round by
round, their JSON is compared first, and the median time per article of each and their
ratio are printed. This is the ceiling for ``newsclean DIR -o OUT --jobs 1``, which adds
reading, writing and the worker's messages for each file.
"""
from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
# The script's own folder holds benchmarks named like standard modules (html.py).
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]


def load(package: str):
    return importlib.import_module(f"{package}.pipeline").process


def round_time(process, data: list[tuple[bytes, str]]) -> float:
    start = time.perf_counter()
    for raw, source in data:
        process(raw, source)
    return (time.perf_counter() - start) / len(data)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, help="directory of another copy of the package")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"needs {CORPUS}", file=sys.stderr)
        return 2
    data = [(p.read_bytes(), p.name) for p in sorted(CORPUS.iterdir()) if p.suffix in (".txt", ".md")]
    versions = {"new": load("newsclean")}
    if args.baseline is not None:
        sys.path.insert(0, str(args.baseline.resolve().parent))
        versions = {"old": load(args.baseline.name), **versions}
        differ = sum(versions["old"](raw, s).to_dict() != versions["new"](raw, s).to_dict() for raw, s in data)
        print(f"outputs: {len(data) - differ} of {len(data)} articles the same")
    for process in versions.values():
        round_time(process, data)  # warm: patterns compiled, tables built
    times: dict[str, list[float]] = {name: [] for name in versions}
    for _ in range(args.rounds):
        for name, process in versions.items():
            times[name].append(round_time(process, data))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"{len(data)} corpus text articles, median of {args.rounds} rounds")
    for name, seconds in medians.items():
        print(f"  {name:4} {seconds * 1e3:7.3f} ms/article  {1 / seconds:6.0f} articles/s")
    if "old" in medians:
        print(f"  old/new: x{medians['old'] / medians['new']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
