"""Batch throughput: text articles per second per core, --jobs 2 against --jobs 1, and
the 181 Zyte HTML pages against trafilatura with the same number of processes.

    python benchmarks/throughput.py [--files 10000] [--runs 3] [--skip-html] [--skip-text] [--baseline DIR/PKG]

Text: the text articles of ../shared/corpus (.txt and .md) replicated to --files
files in a temporary tree, cleaned with ``newsclean DIR -o OUT -q --jobs N``.
HTML: ../shared/bench/zyte/html/*.html.gz decompressed to a temporary directory, then
``newsclean DIR -o OUT -q --jobs P`` against ``trafilatura --input-dir DIR
--output-dir OUT --parallel P`` (P = the machine's cores). Runs alternate, each after
``os.sync()`` (the set-up's writes and deletions are not billed to it); medians.
With ``--baseline DIR/PKG`` (another copy of the package, e.g. ``git archive main
newsclean | tar -x -C DIR && mv DIR/newsclean DIR/newsclean_base``) the same commands of
that copy run in turn with this checkout's, and both are started the way the console
script starts them (``from PKG.__main__ import main``).
Targets: >= 500 text articles/s per core; jobs 2 >= 1.7x jobs 1; HTML >= 3x trafilatura.
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpus"
ZYTE = SHARED / "bench" / "zyte" / "html"
PER_DIR = 500


def replicate(sources: list[Path], total: int, root: Path) -> None:
    """``total`` files cycling through ``sources``, PER_DIR to a directory."""
    for i in range(total):
        src = sources[i % len(sources)]
        directory = root / f"d{i // PER_DIR:03d}"
        if i % PER_DIR == 0:
            directory.mkdir(parents=True)
        shutil.copyfile(src, directory / f"{i:05d}{src.suffix}")


def settle_disk() -> None:
    """Write out what the set-up wrote or deleted (the copied inputs, the last run's
    outputs), so that the timed command does not wait for it."""
    if hasattr(os, "sync"):
        os.sync()


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes and their own children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time of ``cmd`` with its worker processes."""
    start, cpu = time.perf_counter(), children_cpu()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return elapsed, children_cpu() - cpu


def alternate(commands: dict[str, list[str]], runs: int, out_dirs: list[Path]) -> dict[str, tuple[float, float]]:
    """Median wall time and median CPU time of each command, the runs taken in turn."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            for d in out_dirs:
                shutil.rmtree(d, ignore_errors=True)
            settle_disk()
            times[name].append(timed(cmd))
    return {name: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
            for name, values in times.items()}


def command(name: str) -> str | None:
    """The console script beside this interpreter (not a version manager's shim on PATH)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def newsclean_commands(baseline: Path | None) -> dict[str, list[str]]:
    """How to start this checkout's command (and the baseline copy's), by label."""
    if baseline is None:
        return {"": [command("newsclean") or "newsclean"]}
    return {"": entry_point("newsclean"), "baseline ": entry_point(baseline.name, str(baseline.resolve().parent))}


def entry_point(package: str, where: str | None = None) -> list[str]:
    path = f"sys.path.insert(0, {where!r}); " if where else ""
    code = f"import sys; {path}from {package}.__main__ import main; sys.argv[0] = 'newsclean'; sys.exit(main())"
    return [sys.executable, "-c", code]


def library_rate(sources: list[Path]) -> float:
    """Articles per second of newsclean.process in this process (no batch machinery)."""
    from newsclean import process

    data = [(p.read_bytes(), str(p)) for p in sources]
    for d, s in data:
        process(d, source=s)
    start = time.perf_counter()
    for d, s in data * 3:
        process(d, source=s)
    return len(data) * 3 / (time.perf_counter() - start)


def text_benchmark(files: int, runs: int, tmp: Path, baseline: Path | None) -> None:
    sources = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    root, out = tmp / "text", tmp / "text-out"
    replicate(sources, files, root)
    commands = {f"{label}jobs {jobs}": [*exe, str(root), "-o", str(out), "-q", "--jobs", str(jobs)]
                for label, exe in newsclean_commands(baseline).items() for jobs in (1, 2)}
    timings = alternate(commands, runs, [out])
    medians = {name: wall for name, (wall, _) in timings.items()}
    cpu = {name: used for name, (_, used) in timings.items()}
    print(f"text: {len(sources)} corpus articles (.txt/.md) replicated to {files} files; median of {runs} runs")
    print(f"  library alone, one process:   {library_rate(sources):8.0f} articles/s")
    for name, seconds in medians.items():
        jobs = int(name.split()[-1])
        print(f"  newsclean DIR -o OUT --{name:15} {seconds:7.2f} s  {files / seconds:8.0f} articles/s  "
              f"{files / seconds / jobs:6.0f} per core   CPU {cpu[name]:6.2f} s")
    if baseline is not None:
        for jobs in (1, 2):
            ratio = medians[f"baseline jobs {jobs}"] / medians[f"jobs {jobs}"]
            cpu_ratio = cpu[f"baseline jobs {jobs}"] / cpu[f"jobs {jobs}"]
            print(f"  --jobs {jobs}: this checkout is x{ratio:.2f} as fast as the baseline"
                  f" (x{cpu_ratio:.2f} in CPU time)")
    per_core = files / medians["jobs 1"]
    speedup = medians["jobs 1"] / medians["jobs 2"]
    print(f"  per core (jobs 1): {per_core:.0f}/s (target >= 500): {'met' if per_core >= 500 else 'NOT met'}")
    print(f"  jobs 2 / jobs 1 speed-up: x{speedup:.2f} (target >= 1.7): {'met' if speedup >= 1.7 else 'NOT met'}"
          f"  [{os.cpu_count()} CPUs]")


def html_benchmark(runs: int, tmp: Path, baseline: Path | None) -> None:
    pages = sorted(ZYTE.glob("*.html.gz"))
    root = tmp / "zyte"
    root.mkdir()
    for page in pages:
        (root / page.name[:-3]).write_bytes(gzip.decompress(page.read_bytes()))
    ours, theirs = tmp / "zyte-newsclean", tmp / "zyte-trafilatura"
    procs = os.cpu_count() or 1
    trafilatura = command("trafilatura")
    commands = {f"{label}newsclean": [*exe, str(root), "-o", str(ours), "-q", "--jobs", str(procs)]
                for label, exe in newsclean_commands(baseline).items()}
    if trafilatura:
        commands["trafilatura"] = [trafilatura, "--input-dir", str(root), "--output-dir", str(theirs),
                                   "--parallel", str(procs)]
    medians = {name: wall for name, (wall, _) in alternate(commands, runs, [ours, theirs]).items()}
    print(f"html: {len(pages)} Zyte pages, {procs} processes each; median of {runs} runs")
    for name, seconds in medians.items():
        print(f"  {name:18} {seconds:7.2f} s  {len(pages) / seconds:7.1f} pages/s")
    if "trafilatura" in medians:
        ratio = medians["trafilatura"] / medians["newsclean"]
        print(f"  newsclean is x{ratio:.2f} as fast as trafilatura (target >= 3): {'met' if ratio >= 3 else 'NOT met'}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-html", action="store_true")
    parser.add_argument("--skip-text", action="store_true")
    parser.add_argument("--baseline", type=Path, help="directory of another copy of the package (DIR/PKG)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"needs {CORPUS}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_text:
            text_benchmark(args.files, args.runs, Path(tmp), args.baseline)
        if not args.skip_html and ZYTE.is_dir():
            html_benchmark(args.runs, Path(tmp), args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
