"""Header figures: headline, authors, date and language, newsclean beside trafilatura.

    python benchmarks/header_figures.py [--shared ../shared] [--show] [--no-trafilatura] [--only zyte|real|corpus]

Three parts, each from the evaluation material beside the checkout (``../shared``):

- **zyte**: headline, authors and date on the 181 Zyte pages, scored against the
  hand-read ``bench/zyte/meta-gold.json`` with the benchmark's own metric
  (``eval/meta_score.py``), for newsclean (``process``, as ``newsclean --json``) and for
  trafilatura's metadata (``extract_metadata``: title, author, date). Also how many
  pages got a ``language``.
- **real**: the headline on the 24 hand-annotated real scrapes (``eval/real/gold.json``),
  exact after the scorer's folding, as ``eval/score.py`` counts it.
- **corpus**: over the 250 scrapes of ``corpus/``, the headline left null although its
  title is in the file (the manifest's title, found in the file's text), the headline
  found that is not that title, and the authors left empty although the file holds a
  credit line naming a reporter ("By Jane Roe", "(Reporting by …)", "… contributed to
  this report"), by a detector of this script's own.

``--show`` lists the pages and files behind each count.
"""
from __future__ import annotations

import argparse
import gzip
import html
import importlib.util
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"

# Credit lines naming a reporter, as the corpus writes them: the detector of the
# "authors empty with a credit line" count (independent of the package's own rules).
CREDIT = re.compile(
    r"^(?i:written |story |words |reporting )?(?i:by):?\s+(?:[A-Z][\w.'’-]+\s){1,3}"
    r"|\((?i:additional )?(?i:reporting|writing) (?i:by) [A-Z]"
    r"|\b[A-Z][a-z]+ [A-Z][\w'’-]+ (?:also )?contributed (?:to )?(?:this|the) (?:report|story|article)"
    r"|\b(?i:written by) [A-Z][a-z]+ [A-Z]",
    re.M)
TAGS = re.compile(r"<[^>]{0,2000}>")
# "Headline – Site Name" in the manifest's titles: the suffix after the last separator.
SITE_SUFFIX = re.compile(r"\s+(?:[-–—|‹›⋆:]|::)\s+((?:[^-–—|‹›⋆]|(?<=\w)-(?=\w)){1,60})$")
WORDS = re.compile(r"\w+")


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fold(text: str | None) -> str:
    """Words only, lower case, quotes and accents as the scorers fold them."""
    text = unicodedata.normalize("NFKC", html.unescape(text or ""))
    return " ".join(WORDS.findall(text.lower()))


# --- zyte -----------------------------------------------------------------------------

def zyte_predictions(shared: Path) -> tuple[dict[str, bytes], dict[str, dict], float]:
    from newsclean import process

    gold = json.loads((shared / "bench/zyte/meta-gold.json").read_text(encoding="utf-8"))
    pages = {k: gzip.decompress((shared / "bench/zyte/html" / f"{k}.html.gz").read_bytes()) for k in gold}
    t0 = time.perf_counter()
    preds = {k: process(data, source=f"{k}.html").to_dict() for k, data in pages.items()}
    return pages, preds, time.perf_counter() - t0


def trafilatura_predictions(pages: dict[str, bytes]) -> tuple[dict[str, dict], float, str]:
    import trafilatura
    from trafilatura import extract_metadata

    preds = {}
    t0 = time.perf_counter()
    for k, data in pages.items():
        meta = extract_metadata(data.decode("utf-8", "replace"))
        authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()] if meta else []
        preds[k] = {"headline": meta.title if meta else None, "authors": authors,
                    "published": meta.date if meta else None, "language": meta.language if meta else None}
    return preds, time.perf_counter() - t0, trafilatura.__version__


def zyte_part(shared: Path, show: bool, with_trafilatura: bool) -> None:
    metric = load_module(shared / "eval/meta_score.py", "meta_score")
    gold = json.loads((shared / "bench/zyte/meta-gold.json").read_text(encoding="utf-8"))
    pages, ours, seconds = zyte_predictions(shared)
    runs = {"newsclean": (ours, seconds)}
    if with_trafilatura:
        try:
            theirs, t_seconds, version = trafilatura_predictions(pages)
            runs[f"trafilatura {version}"] = (theirs, t_seconds)
        except ImportError as exc:
            print(f"trafilatura not available ({exc})", file=sys.stderr)
    print(f"zyte: {len(gold)} pages, meta-gold.json")
    print(f"  {'extractor':<18} {'headline':>8} {'main':>6} {'auth P':>7} {'auth R':>7} {'auth F1':>8}"
          f" {'date':>6} {'lang':>5} {'s':>6}")
    for name, (preds, secs) in runs.items():
        res = metric.score(gold, preds, show and name == "newsclean")
        langs = sum(bool(p.get("language")) for p in preds.values())
        print(f"  {name:<18} {res['headline']:>8.3f} {res['headline_main']:>6.3f} {res['author_p']:>7.3f}"
              f" {res['author_r']:>7.3f} {res['author_f1']:>8.3f} {res['date']:>6.3f} {langs:>5} {secs:>6.1f}")


# --- real -----------------------------------------------------------------------------

def real_part(shared: Path, show: bool) -> None:
    from newsclean import process_file

    gold = json.loads((shared / "eval/real/gold.json").read_text(encoding="utf-8"))
    ok = 0
    for name, entry in gold.items():
        got = process_file(shared / "corpus" / name).headline
        want = entry.get("headline") or None
        hit = _score_fold(got) == _score_fold(want) if want else got is None
        ok += hit
        if show and not hit:
            print(f"  real {name}: {got!r} != {want!r}", file=sys.stderr)
    print(f"real: headline {ok / len(gold):.3f} ({ok}/{len(gold)})")


def _score_fold(text: str | None) -> str:
    """As eval/score.py compares headlines: NFKC, straight quotes, one space."""
    text = unicodedata.normalize("NFKC", text or "")
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"), ("\u00a0", " ")):
        text = text.replace(a, b)
    return " ".join(text.split())


# --- corpus ---------------------------------------------------------------------------

def corpus_part(shared: Path, show: bool) -> None:
    import csv

    from newsclean import process_file

    corpus = shared / "corpus"
    with (corpus / "manifest.tsv").open(encoding="utf-8") as fh:
        titles = {row["filename"]: row["title"] for row in csv.DictReader(fh, delimiter="\t")}
    counts = {"files": 0, "null": 0, "null_visible": 0, "found": 0, "not_title": 0, "credit": 0, "credit_empty": 0}
    lists: dict[str, list[str]] = {"null_visible": [], "not_title": [], "credit_empty": []}
    for path in sorted(corpus.iterdir()):
        if path.name not in titles:
            continue
        counts["files"] += 1
        raw = path.read_text(encoding="utf-8", errors="replace")
        text = html.unescape(TAGS.sub(" ", raw))
        article = process_file(path)
        title = fold(titles[path.name])
        shown = shown_titles(html.unescape(html.unescape(titles[path.name])), domain_of(path.name))
        if article.headline is None:
            counts["null"] += 1
            if title and title in fold(text):
                counts["null_visible"] += 1
                lists["null_visible"].append(f"{path.name}: {titles[path.name]!r}")
        else:
            counts["found"] += 1
            if fold(article.headline) not in shown:
                counts["not_title"] += 1
                lists["not_title"].append(f"{path.name}: {article.headline!r} / {titles[path.name]!r}")
        credit = CREDIT.search(text)
        if credit:
            counts["credit"] += 1
            if not article.authors:
                counts["credit_empty"] += 1
                lists["credit_empty"].append(f"{path.name}: {credit.group(0)[:60]!r}")
    print(f"corpus: {counts['files']} files; headline null {counts['null']}, of them with the title in the file "
          f"{counts['null_visible']}; found {counts['found']}, not the manifest's title {counts['not_title']}; "
          f"credit line in {counts['credit']}, authors empty in {counts['credit_empty']} of them")
    if show:
        for kind, items in lists.items():
            for item in items:
                print(f"  {kind} {item}", file=sys.stderr)


def domain_of(name: str) -> str:
    """``wio_020_www-postbulletin-com.md`` → ``wwwpostbulletincom``."""
    return re.sub(r"\W|_", "", name.split("_", 2)[-1].rsplit(".", 1)[0]).lower()


def shown_titles(title: str, domain: str) -> set[str]:
    """The headlines (folded) the manifest's title allows: without a suffix naming the
    site (one of whose words, or all of it squashed, is in the file's domain); with or
    without a last suffix that may be the site's name or part of the headline."""
    m = SITE_SUFFIX.search(title)
    if m is None:
        return {fold(title)}
    words = [w.lower() for w in WORDS.findall(m.group(1))]
    squashed = "".join(words)
    if (squashed and squashed in domain) or any(len(w) >= 3 and w in domain for w in words):
        return {fold(title[: m.start()])}
    return {fold(title), fold(title[: m.start()])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--show", action="store_true", help="list what is behind each count (on stderr)")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--only", choices=("zyte", "real", "corpus"))
    a = ap.parse_args()
    if a.only in (None, "real"):
        real_part(a.shared, a.show)
    if a.only in (None, "corpus"):
        corpus_part(a.shared, a.show)
    if a.only in (None, "zyte"):
        zyte_part(a.shared, a.show, not a.no_trafilatura)


if __name__ == "__main__":
    main()
