"""Cost grows linearly: 10x the files takes <= 11x the time, and peak memory for 10,000
files stays within 1.2x of that for 1,000.

    python benchmarks/scale.py [--small 1000] [--runs 3] [--jobs N]

The text articles of ../shared/corpus are replicated to --small and 10x --small files;
``newsclean DIR -o OUT -q`` and ``newsclean DIR --json > /dev/null`` run on each. Peak
memory is the largest sum of resident memory of newsclean and its worker processes,
sampled every 20 ms from /proc (Linux). Runs alternate; medians.
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # for throughput.py only
from throughput import CORPUS, replicate

del sys.path[0]


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def measure(cmd: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(cmd, stdout=devnull, stderr=subprocess.DEVNULL)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss_kib(proc.pid))
            time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    return elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"needs {CORPUS}", file=sys.stderr)
        return 2
    exe = shutil.which("newsclean") or "newsclean"
    sources = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    sizes = (args.small, args.small * 10)
    with tempfile.TemporaryDirectory() as tmp:
        roots = {n: Path(tmp) / f"in-{n}" for n in sizes}
        for n, root in roots.items():
            replicate(sources, n, root)
        out = Path(tmp) / "out"
        modes = {"-o OUT": lambda r: [exe, str(r), "-o", str(out), "-q", "--jobs", str(args.jobs)],
                 "--json": lambda r: [exe, str(r), "--json", "-q", "--jobs", str(args.jobs)]}
        print(f"{len(sources)} corpus text articles replicated to {sizes[0]} and {sizes[1]} files; "
              f"--jobs {args.jobs}; median of {args.runs} runs")
        for mode, build in modes.items():
            results: dict[int, list[tuple[float, int]]] = {n: [] for n in sizes}
            for _ in range(args.runs):
                for n in sizes:
                    shutil.rmtree(out, ignore_errors=True)
                    results[n].append(measure(build(roots[n])))
            t = {n: statistics.median(r[0] for r in results[n]) for n in sizes}
            m = {n: statistics.median(r[1] for r in results[n]) for n in sizes}
            for n in sizes:
                print(f"  newsclean DIR {mode:7} {n:6} files: {t[n]:7.2f} s  {n / t[n]:6.0f} files/s  "
                      f"peak RSS {m[n] / 1024:6.1f} MiB")
            time_ratio, mem_ratio = t[sizes[1]] / t[sizes[0]], m[sizes[1]] / m[sizes[0]]
            print(f"  {mode}: time x{time_ratio:.2f} for 10x files (target <= 11):"
                  f" {'met' if time_ratio <= 11 else 'NOT met'};"
                  f" peak memory x{mem_ratio:.2f} (target <= 1.2): {'met' if mem_ratio <= 1.2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
