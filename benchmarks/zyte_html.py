"""Article-body extraction on the Zyte benchmark: newsclean against trafilatura, one run.

Runs ``newsclean.process`` (the whole pipeline, as ``newsclean --json`` does) and, when
it is installed, ``trafilatura.extract`` over every page of the benchmark, times each
page, and scores both with the benchmark's own metric (``../shared/eval/zyte.py``:
4-token shingle F1, averaged over pages).

    python benchmarks/zyte_html.py [--zyte ../shared/bench/zyte] [--jsonl out.jsonl] [--worst 10] [--stages]
                                   [--baseline DIR/PKG] [--perturb KIND ...]

``--jsonl`` also writes newsclean's JSON lines, which ``zyte.py --jsonl`` scores alone.
``--perturb KIND`` scores the HTML stage on the pages as they are and as KIND changes
them, to show a rule that holds only on these pages: ``classes`` renames every class and
id word (a site in another language), ``class:share-story`` adds words to the class of
the story's container, ``teasers`` puts the page's own teaser list twice more after the
story (``teasers-in``: once at the end of the story's container, its class words
renamed), ``scroll`` appends the next page's story as infinite scroll does.
``--baseline`` (a directory holding another copy of the package under any name, as for
``benchmarks/clean_stages.py``) times the HTML stage of that copy against this one's,
page by page in turn in this one process, each page once (as a run meets it), and
checks that both find the same document.
"""
from __future__ import annotations

import argparse
import copy
import gzip
import importlib
import importlib.util
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
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


# --- perturbations: the same pages, changed the way other sites differ -----------------

WORD = re.compile(r"\w+")
_CLASS_TOKEN = re.compile(r"[A-Za-z0-9]+")


def _lxml_page(text: str):
    from lxml import etree

    return etree.fromstring(text, etree.HTMLParser(recover=True, remove_comments=True))


def _text(el) -> str:
    from lxml import etree

    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def story_container(root, body_text: str):
    """The smallest element holding 85% of the true body's words: where the page's story
    sits, found from the answer (a perturbation may use it; newsclean never does)."""
    want = Counter(WORD.findall(body_text))
    total = sum(want.values()) or 1
    best = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "head"):
            continue
        text = _text(el)
        if len(text) < len(body_text) * 0.5 or (best is not None and len(text) >= best[0]):
            continue
        if sum((want & Counter(WORD.findall(text))).values()) / total >= 0.85:
            best = (len(text), el)
    return best[1] if best else None


def rename_classes(root, rng: random.Random) -> None:
    """Every class and id word replaced by a random token (the same word by the same
    token on a page): a page written in another language, or by a minifier."""
    tokens: dict[str, str] = {}

    def token(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        if word not in tokens:
            tokens[word] = "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(7))
        return tokens[word]

    for el in root.iter():
        for name in ("class", "id"):
            value = el.get(name) if isinstance(el.tag, str) else None
            if value:
                el.set(name, _CLASS_TOKEN.sub(token, value))


def teaser_list(root, container, body_text: str):
    """The page's largest list of story links outside the story: five links or more,
    less than half of its words in the true body."""
    truth_words = set(WORD.findall(body_text))
    best = None
    for el in root.iter("ul", "ol", "div", "section"):
        if len(el.findall(".//a")) < 5 or el is container:
            continue
        text = _text(el)
        words = WORD.findall(text)
        if not 300 <= len(text) <= 20_000 or sum(w in truth_words for w in words) > len(words) / 2:
            continue
        if any(a is container for a in el.iterancestors()) or any(a is el for a in container.iterancestors()):
            continue
        if best is None or len(text) > best[0]:
            best = (len(text), el)
    return best[1] if best else None


def next_story(root, container, other_root, other_container) -> None:
    """Infinite scroll: another page's story appended after this one's, in a copy of
    this story's wrapper (the nearest element around it holding an <h1>), its <h1>
    retitled."""
    wrap = next((el for el in (container, *container.iterancestors())
                 if el.find(".//h1") is not None and el.tag not in ("body", "html")), container)
    clone = copy.deepcopy(wrap)
    inner = clone
    path = []
    el = container
    while el is not wrap:
        path.append(el.getparent().index(el))
        el = el.getparent()
    for i in reversed(path):
        inner = inner[i]
    for child in list(inner):
        inner.remove(child)
    inner.text = None
    for child in other_container:
        inner.append(copy.deepcopy(child))
    if clone.find(".//h1") is None:  # the headline was inside the story's container
        clone.insert(0, clone.makeelement("h1", {}))
    for h1 in clone.iter("h1"):
        for child in list(h1):
            h1.remove(child)
        h1.text = "Another story: " + (other_root.findtext(".//title") or "next")
    wrap.addnext(clone)


def wrap_end(container, words: str) -> None:
    """The second half of the story's paragraphs wrapped in an element named ``words``
    (a paywall, a "read more" fold), where the page had them."""
    paragraphs = [el for el in container.iter("p") if len(_text(el)) >= 80]
    if len(paragraphs) < 2:
        return
    start = paragraphs[len(paragraphs) // 2]
    parent = start.getparent()
    rest = [start, *start.itersiblings()]
    wrapper = parent.makeelement("div", {"class": words})
    start.addprevious(wrapper)
    for el in rest:
        wrapper.append(el)


def perturbed(kind: str, text: str, page_id: str, truth: dict, texts: dict[str, str], rng: random.Random) -> str:
    """A page changed by a perturbation: ``classes`` (every class/id word renamed),
    ``class:WORDS`` (the story's container also named WORDS, as "share-story"),
    ``parent:WORDS`` (the element around it so named, as "social-layout"),
    ``teasers`` (the page's own largest teaser list twice more, after the story),
    ``teasers-in`` (that list once more at the end of the story's container, its class
    and id words renamed), ``end:WORDS`` (the second half of the story's paragraphs
    wrapped in an element named WORDS, as "paywall"),
    ``scroll`` (the next page's story after this one's, as infinite scroll loads it)."""
    from lxml import etree

    root = _lxml_page(text)
    if root is None:
        return text
    body_text = truth[page_id]["articleBody"]
    if kind == "classes":
        rename_classes(root, rng)
        return etree.tostring(root, encoding=str, method="html")
    container = story_container(root, body_text)
    if container is None:
        return text
    if kind.startswith("class:"):
        container.set("class", f"{container.get('class') or ''} {kind[6:]}".strip())
    elif kind.startswith("parent:"):
        parent = container.getparent()
        if parent is not None and parent.tag not in ("body", "html"):
            parent.set("class", f"{parent.get('class') or ''} {kind[7:]}".strip())
    elif kind == "teasers":
        teasers = teaser_list(root, container, body_text)
        for _ in range(2 if teasers is not None else 0):
            container.addnext(copy.deepcopy(teasers))
    elif kind == "teasers-in":
        teasers = teaser_list(root, container, body_text)
        if teasers is not None:
            teasers = copy.deepcopy(teasers)
            rename_classes(teasers, rng)
            container.append(teasers)
    elif kind.startswith("end:"):
        wrap_end(container, kind[4:])
    elif kind == "scroll":
        ids = sorted(texts)
        other = ids[(ids.index(page_id) + 1) % len(ids)]
        other_root = _lxml_page(texts[other])
        other_container = story_container(other_root, truth[other]["articleBody"])
        if other_container is not None:
            next_story(root, container, other_root, other_container)
    else:
        raise SystemExit(f"unknown perturbation {kind!r}")
    return etree.tostring(root, encoding=str, method="html")


def score_perturbations(kinds: list[str], pages: dict[str, bytes], truth: dict, metric) -> None:
    """The HTML stage's body score on the pages as they are and as each perturbation
    changes them: F1, pages whose precision or recall is under .8, pages with under 200
    characters of body."""
    from newsclean.html.page import page_to_document
    from newsclean.read import decode

    texts = {page_id: decode(data)[0] for page_id, data in pages.items()}
    print(f"{'perturbation':<26} {'F1':>6} {'P':>6} {'R':>6} {'P|R<.8':>7} {'<200ch':>7}")
    for kind in ["none", *kinds]:
        rng = random.Random(1)
        preds = {}
        for page_id, text in texts.items():
            page = text if kind == "none" else perturbed(kind, text, page_id, truth, texts, rng)
            preds[page_id] = {"articleBody": "\n\n".join(page_to_document(page).paragraphs)}
        s = metric.score(truth, preds)
        wrong = empty = 0
        for page_id in truth:
            counts = metric.page_counts(truth[page_id]["articleBody"], preds[page_id]["articleBody"])
            wrong += metric.prec(*counts) < 0.8 or metric.rec(*counts) < 0.8
            empty += len(preds[page_id]["articleBody"]) < 200
        print(f"{kind:<26} {s['f1']:>6.3f} {s['precision']:>6.3f} {s['recall']:>6.3f} {wrong:>7} {empty:>7}")


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
    ap.add_argument("--perturb", action="append", default=[], metavar="KIND",
                    help="only score the HTML stage on the pages as they are and changed by KIND (repeatable): "
                         "classes, class:WORDS (e.g. class:share-story), parent:WORDS, teasers, teasers-in, end:WORDS "
                         "(e.g. end:paywall), scroll")
    a = ap.parse_args()
    metric = load_metric(a.zyte)
    truth = json.loads((a.zyte / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {p.name.split(".")[0]: gzip.decompress(p.read_bytes()) for p in sorted((a.zyte / "html").glob("*.html.gz"))}
    pages = {k: v for k, v in pages.items() if k in truth}
    if a.baseline:
        compare_html_stage(pages, a.baseline)
        return
    if a.perturb:
        score_perturbations(a.perturb, pages, truth, metric)
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
