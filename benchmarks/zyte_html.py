"""Article-body extraction on the Zyte benchmark: newsclean against trafilatura, one run.

Runs ``newsclean.process`` (the whole pipeline, as ``newsclean --json`` does) and, when
it is installed, ``trafilatura.extract`` over every page of the benchmark, times each
page, and scores both with the benchmark's own metric (``../shared/eval/zyte.py``:
4-token shingle F1, averaged over pages).

    python benchmarks/zyte_html.py [--zyte ../shared/bench/zyte] [--jsonl out.jsonl] [--worst 10] [--stages]
                                   [--baseline DIR/PKG]

``--jsonl`` also writes newsclean's JSON lines, which ``zyte.py --jsonl`` scores alone.
``--baseline`` (a directory holding another copy of the package under any name, as for
``benchmarks/clean_stages.py``) times the HTML stage of that copy against this one's,
page by page in turn in this one process, each page once (as a run meets it), and
checks that both find the same document.
"""
from __future__ import annotations

import argparse
import gzip
import importlib
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


def _html_entry_points(package: str):
    """The module holding ``page_to_document`` in a copy of the package: ``html.page``
    since the HTML stage is a package, ``html`` in copies from before."""
    try:
        return importlib.import_module(f"{package}.html.page")
    except ModuleNotFoundError:
        return importlib.import_module(f"{package}.html")


def _comparable(doc) -> dict:
    """A document's fields, its removals as (rule, text) pairs and its header as its
    fields, whatever classes (of which copy of the package) hold them."""
    fields = dict(vars(doc))
    fields["removed"] = [r if isinstance(r, tuple) else (r.rule, r.text) for r in fields["removed"]]
    header = fields.get("header")
    if header is not None and hasattr(header, "__dataclass_fields__"):
        fields["header"] = {name: getattr(header, name) for name in header.__dataclass_fields__}
    return fields


def compare_html_stage(pages: dict[str, bytes], baseline: Path) -> None:
    """The HTML stage of the ``baseline`` copy and of this package, alternating which
    runs first on each page; median and total milliseconds of each."""
    from newsclean.html.page import page_to_document
    from newsclean.read import decode

    sys.path.insert(0, str(baseline.parent))
    base = _html_entry_points(baseline.name)
    texts = [decode(data)[0] for data in pages.values()]
    base.page_to_document(texts[0])  # imports and regex compilation
    page_to_document(texts[0])
    times: dict[str, list[float]] = {"baseline": [], "this": []}
    runs = (("baseline", base.page_to_document), ("this", page_to_document))
    differ = 0
    for i, text in enumerate(texts):
        docs = {}
        for name, fn in runs if i % 2 == 0 else runs[::-1]:
            t0 = time.perf_counter()
            docs[name] = fn(text)
            times[name].append(time.perf_counter() - t0)
        differ += _comparable(docs["baseline"]) != _comparable(docs["this"])
    print(f"html stage, {baseline} against this copy ({len(texts)} pages, each once, in turn):")
    for name, values in times.items():
        print(f"  {name:<9} median {statistics.median(values) * 1000:6.2f} ms  total {sum(values) * 1000:7.0f} ms")
    ratio = statistics.median(times["baseline"]) / statistics.median(times["this"])
    print(f"  median ratio baseline / this: {ratio:.2f}x; documents that differ: {differ}")


def main() -> None:
    from newsclean import process
    from newsclean.html.page import page_to_document
    from newsclean.read import decode

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zyte", type=Path, default=DEFAULT_ZYTE, help="the benchmark folder")
    ap.add_argument("--jsonl", type=Path, help="also write newsclean's JSON lines here")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages newsclean scores worst on")
    ap.add_argument("--no-baseline", action="store_true", help="skip trafilatura")
    ap.add_argument("--stages", action="store_true",
                    help="also time the HTML stage alone (decode + find the article, no cleaning, quotes or officials)")
    ap.add_argument("--baseline", type=Path, help="only time the HTML stage of this copy of the package (DIR/PKG) "
                                                   "against this one's")
    a = ap.parse_args()
    metric = load_metric(a.zyte)
    truth = json.loads((a.zyte / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {p.name.split(".")[0]: gzip.decompress(p.read_bytes()) for p in sorted((a.zyte / "html").glob("*.html.gz"))}
    pages = {k: v for k, v in pages.items() if k in truth}
    if a.baseline:
        compare_html_stage(pages, a.baseline)
        return

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
