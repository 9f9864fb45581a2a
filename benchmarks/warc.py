"""Web archives: ``newsclean pages.warc.gz --json`` against the same pages as files, and
against the usual hand-glued recipe (a WARC library + trafilatura), with the same number
of processes; then memory as the archive grows.

    python benchmarks/warc.py [--zyte ../shared/bench/zyte] [--jobs 2] [--runs 3] [--scale 200,20000]
                              [--work DIR]

The archive is written here from the Zyte benchmark pages (one gzipped response record
per page, as a crawler writes them), in ``--work`` (a temporary folder by default). Each
way is timed as a whole command (start-up, reading, cleaning, JSON out), the three in
turn ``--runs`` times; the medians and ratios are printed. The recipe is what people
write around an extractor: warcio's ArchiveIterator in the parent, HTML responses sent
to a ``multiprocessing.Pool(jobs).imap`` (input order kept, as newsclean keeps it) where
``trafilatura.extract(html, output_format="json", with_metadata=True, url=uri)`` gives the
body and the metadata (title, author, date, categories), as newsclean's JSON does.

``--scale`` then writes archives of that many records (the pages over and over) and
runs ``newsclean ARCHIVE --json -q`` on each, sampling the resident memory of its whole
process tree (the parent and its workers): it must not grow with the archive.
"""
from __future__ import annotations

import argparse
import gzip
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_ZYTE = ROOT.parent / "shared" / "bench" / "zyte"

RECIPE = r'''
import json, sys
from multiprocessing import Pool
import trafilatura
from warcio.archiveiterator import ArchiveIterator

def pages(path):
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if record.http_headers.get_statuscode() != "200":
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                continue
            yield record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read()

def extract(item):
    uri, html = item
    return trafilatura.extract(html, output_format="json", with_metadata=True, url=uri) or json.dumps({"url": uri})

if __name__ == "__main__":
    out = sys.stdout
    with Pool(int(sys.argv[2])) as pool:
        for line in pool.imap(extract, pages(sys.argv[1]), chunksize=1):
            out.write(line.replace("\n", " ") + "\n")
'''


def load_pages(zyte: Path) -> list[bytes]:
    return [gzip.decompress(p.read_bytes()) for p in sorted((zyte / "html").glob("*.html.gz"))]


def write_warc(path: Path, pages: list[bytes], records: int) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(records):
            body = pages[i % len(pages)]
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://pages.example/{i}.html", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
    return path


def write_files(folder: Path, pages: list[bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, body in enumerate(pages):
        (folder / f"{i:03d}.html").write_bytes(body)
    return folder


def newsclean_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsclean", *args]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds the command took, and how many lines it printed."""
    started = time.perf_counter()
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[:4]} failed with exit {proc.returncode}")
    return seconds, proc.stdout.count(b"\n")


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        stack.extend(int(c) for c in children)
    return total


def peak_memory(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds and the peak resident memory (MB) of the command's process tree, sampled."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.05)
    return time.perf_counter() - started, peak // 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--zyte", type=Path, default=DEFAULT_ZYTE)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scale", default="200,20000", help="record counts for the memory runs ('' for none)")
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="newsclean-warc-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    pages = load_pages(args.zyte)
    archive = write_warc(work / "pages.warc.gz", pages, len(pages))
    files = write_files(work / "pages", pages)
    recipe = work / "recipe.py"
    recipe.write_text(RECIPE, encoding="utf-8")
    ways = {
        "newsclean pages.warc.gz --json": newsclean_command(str(archive), "--json", "-q", "-j", str(args.jobs)),
        "newsclean pages/ --json (files)": newsclean_command(str(files), "--json", "-q", "-j", str(args.jobs)),
        "warcio + trafilatura (recipe)": [sys.executable, str(recipe), str(archive), str(args.jobs)],
    }
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(args.runs):
        for name, command in ways.items():
            seconds, lines = timed(command, env)
            if lines != len(pages):
                raise SystemExit(f"{name}: {lines} lines for {len(pages)} pages")
            times[name].append(seconds)
    print(f"{len(pages)} pages, {args.jobs} processes, median of {args.runs} runs")
    print(f"{'way':36} {'seconds':>8} {'pages/s':>8}")
    rates = {}
    for name, values in times.items():
        median = statistics.median(values)
        rates[name] = len(pages) / median
        print(f"{name:36} {median:8.2f} {rates[name]:8.1f}")
    warc_rate = rates["newsclean pages.warc.gz --json"]
    print(f"newsclean on the archive / the recipe: {warc_rate / rates['warcio + trafilatura (recipe)']:.1f}x; "
          f"/ the same pages as files: {warc_rate / rates['newsclean pages/ --json (files)']:.2f}x")
    for count in (int(c) for c in args.scale.split(",") if c.strip()):
        big = write_warc(work / f"scale-{count}.warc.gz", pages, count)
        seconds, peak = peak_memory(newsclean_command(str(big), "--json", "-q", "-j", str(args.jobs)), env)
        print(f"{count:6d} records: {seconds:7.1f} s, {count / seconds:6.1f} records/s, peak memory of the process "
              f"tree {peak} MB (archive {big.stat().st_size // 1_000_000} MB)")
        big.unlink()


if __name__ == "__main__":
    main()
