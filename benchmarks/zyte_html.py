"""Article-body extraction on the Zyte benchmark: newsclean against trafilatura, one run.

Runs ``newsclean.process`` (the whole pipeline, as ``newsclean --json`` does) and, when
it is installed, ``trafilatura.extract`` over every page of the benchmark, times each
page, and scores both with the benchmark's own metric (``../shared/eval/zyte.py``:
4-token shingle F1, averaged over pages).

    python benchmarks/zyte_html.py [--zyte ../shared/bench/zyte] [--jsonl out.jsonl] [--worst 10] [--stages]

``--jsonl`` also writes newsclean's JSON lines, which ``zyte.py --jsonl`` scores alone.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_ZYTE = HERE.parent.parent / "shared" / "bench" / "zyte"


def load_metric(zyte_dir: Path):
    """The benchmark's scoring module, beside the data in ../shared/eval."""
    path = zyte_dir.parent.parent / "eval" / "zyte.py"
    spec = importlib.util.spec_from_file_location("zyte_metric", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(name: str, extract, pages: dict[str, bytes]) -> tuple[dict[str, dict], list[float]]:
    from newsclean import NewscleanError

    preds: dict[str, dict] = {}
    times: list[float] = []
    for page_id, data in pages.items():
        t0 = time.perf_counter()
        try:
            body = extract(page_id, data)
        except NewscleanError as exc:
            print(f"{name}: {page_id}: {exc}", file=sys.stderr)
            body = ""
        times.append(time.perf_counter() - t0)
        preds[page_id] = {"articleBody": body or ""}
    return preds, times


def main() -> None:
    from newsclean import process
    from newsclean.html import page_to_document
    from newsclean.read import decode

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zyte", type=Path, default=DEFAULT_ZYTE, help="the benchmark folder")
    ap.add_argument("--jsonl", type=Path, help="also write newsclean's JSON lines here")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages newsclean scores worst on")
    ap.add_argument("--no-baseline", action="store_true", help="skip trafilatura")
    ap.add_argument("--stages", action="store_true",
                    help="also time the HTML stage alone (decode + find the article, no cleaning, quotes or officials)")
    a = ap.parse_args()
    metric = load_metric(a.zyte)
    truth = json.loads((a.zyte / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {p.name.split(".")[0]: gzip.decompress(p.read_bytes()) for p in sorted((a.zyte / "html").glob("*.html.gz"))}
    pages = {k: v for k, v in pages.items() if k in truth}

    articles = {}

    def newsclean_body(page_id: str, data: bytes) -> str:
        article = process(data, source=f"{page_id}.html")
        articles[page_id] = article
        return article.body

    def html_stage_body(page_id: str, data: bytes) -> str:
        return "\n\n".join(page_to_document(decode(data)[0]).paragraphs)

    results = {}
    process(next(iter(pages.values())), source="warm-up.html")  # imports and regex compilation
    results["newsclean"] = run("newsclean", newsclean_body, pages)
    if a.stages:
        results["  html stage only"] = run("html stage", html_stage_body, pages)
    if not a.no_baseline:
        try:
            import trafilatura
        except ImportError as exc:
            print(f"trafilatura not available ({exc}); pip install '.[bench]'", file=sys.stderr)
        else:
            trafilatura.extract(next(iter(pages.values())))
            results[f"trafilatura {trafilatura.__version__}"] = run(
                "trafilatura", lambda _id, data: trafilatura.extract(data, include_comments=False), pages)

    print(f"{len(pages)} pages from {a.zyte}")
    print(f"{'extractor':<22} {'F1':>6} {'P':>6} {'R':>6} {'median ms':>10} {'pages/s':>8}")
    medians = {}
    for name, (preds, times) in results.items():
        s = metric.score(truth, preds)
        med = statistics.median(times) * 1000
        medians[name] = med
        print(f"{name:<22} {s['f1']:>6.3f} {s['precision']:>6.3f} {s['recall']:>6.3f} {med:>10.2f} "
              f"{len(times) / sum(times):>8.1f}")
    base = next((name for name in medians if name.startswith("trafilatura")), None)
    if base is not None:
        for name, ms in medians.items():
            if name != base:
                print(f"speed ratio (median ms/page, {base} / {name.strip()}): {medians[base] / ms:.1f}x")
    if a.jsonl:
        with a.jsonl.open("w", encoding="utf-8") as fh:
            for article in articles.values():
                fh.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    if a.worst:
        preds = results["newsclean"][0]
        rows = []
        for k in truth:
            tp, fp, fn = metric.page_counts(truth[k]["articleBody"], preds[k]["articleBody"])
            rows.append((metric.prec(tp, fp, fn), metric.rec(tp, fp, fn), k))
        rows.sort(key=lambda r: 2 * r[0] * r[1] / (r[0] + r[1] + 1e-9))
        for p, r, k in rows[: a.worst]:
            print(f"  P {p:.2f} R {r:.2f}  {k[:16]}  {truth[k]['url'][:90]}")


if __name__ == "__main__":
    main()
