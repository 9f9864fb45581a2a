"""Articles per second of ``newsclean.process`` on the corpus text articles, in this one
process (no file system, no worker processes), optionally against another copy of the
package.

    python benchmarks/library.py [--baseline DIR/PKG] [--rounds 15] [--cold N] [--cpu]

The inputs are the .txt and .md files of ../shared/corpus, read once. Each round runs
``process`` over all of them; with --baseline (a directory holding an older copy of the
package under another name, e.g. ``git archive REV newsclean | tar -x -C DIR`` then
``mv DIR/newsclean DIR/newsclean_base``) the old and new packages take turns round by
round, their JSON is compared first, and the median time per article of each and their
ratio are printed. This is the ceiling for ``newsclean DIR -o OUT --jobs 1``, which adds
reading, writing and the worker's messages for each file.

With --cold N, the first article is instead cleaned N times in a fresh interpreter per
package (the packages taking turns), timing the CPU of importing ``pipeline`` and of the
first ``process``: what work done once per process (compiling patterns, deriving the
rules' pre-tests) costs a one-file run. Bytecode is cached in a temporary folder, as an
installed package's is; the compiled-pattern cache is timed warm (a temporary folder of
its own) and off (``NEWSCLEAN_CACHE_DIR=""``).
"""
from __future__ import annotations

import argparse
import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
# The script's own folder holds benchmarks named like standard modules (html.py).
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]


def load(package: str):
    return importlib.import_module(f"{package}.pipeline").process


def round_time(process, data: list[tuple[bytes, str]], clock=time.perf_counter) -> float:
    start = clock()
    for raw, source in data:
        process(raw, source)
    return (clock() - start) / len(data)


# Run in a fresh interpreter: import the package's pipeline, clean one article, print the two CPU times.
_COLD = """
import sys, time
sys.path.insert(0, sys.argv[1])
start = time.process_time()
process = __import__(sys.argv[2] + ".pipeline", fromlist=["process"]).process
imported = time.process_time()
process(open(sys.argv[3], "rb").read(), "article")
print(imported - start, time.process_time() - imported)
"""


def cold_runs(packages: dict[str, tuple[Path, str]], article: Path, runs: int) -> None:
    """Median CPU of import and first process in fresh interpreters, pattern cache warm and off."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "bytecode")
        for cache in (os.path.join(tmp, "patterns"), ""):
            env["NEWSCLEAN_CACHE_DIR"] = cache
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in packages}
            for round_ in range(runs + 1):  # the first round fills the bytecode and pattern caches
                for name, (parent, package) in packages.items():
                    out = subprocess.run([sys.executable, "-c", _COLD, str(parent), package, str(article)], env=env,
                                         capture_output=True, text=True, check=True).stdout.split()
                    if round_:
                        times[name].append((float(out[0]), float(out[1])))
            print(f"pattern cache {'warm' if cache else 'off'}: median CPU ms of {runs} fresh interpreters")
            for name, values in times.items():
                imports, firsts = (statistics.median(v) * 1e3 for v in zip(*values, strict=True))
                print(f"  {name:4} import {imports:6.1f}  first process {firsts:6.1f}  both {imports + firsts:6.1f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, help="directory of another copy of the package")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--cold", type=int, metavar="N", help="time N one-article runs in fresh interpreters instead")
    parser.add_argument("--cpu", action="store_true",
                        help="time this process's CPU (time.process_time), not the wall clock, and report the least "
                             "round as well: steadier on a machine other work keeps busy")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"needs {CORPUS}", file=sys.stderr)
        return 2
    if args.cold:
        packages = {"new": (ROOT, "newsclean")}
        if args.baseline is not None:
            packages = {"old": (args.baseline.resolve().parent, args.baseline.name), **packages}
        cold_runs(packages, min(p for p in CORPUS.iterdir() if p.suffix == ".txt"), args.cold)
        return 0
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
            times[name].append(round_time(process, data, time.process_time if args.cpu else time.perf_counter))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"{len(data)} corpus text articles, median of {args.rounds} rounds")
    for name, seconds in medians.items():
        print(f"  {name:4} {seconds * 1e3:7.3f} ms/article  {1 / seconds:6.0f} articles/s")
    if "old" in medians:
        print(f"  old/new: x{medians['old'] / medians['new']:.2f}")
    if args.cpu:
        least = {name: min(values) for name, values in times.items()}
        print("  least round: " + "  ".join(f"{name} {seconds * 1e3:.3f} ms/article" for name, seconds in least.items())
              + (f"  old/new: x{least['old'] / least['new']:.2f}" if "old" in least else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
