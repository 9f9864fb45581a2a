"""How much of each article's prose survives cleaning, and what newsclean warns about.

    python benchmarks/corpus_prose.py ../shared/corpus [--baseline DIR/PKG] [--show 30]

A file's *input prose* is read from the raw file, independently of newsclean: front matter
dropped, markup turned into text (block tags end a paragraph), then every sentence of
eight words or more that ends like a sentence and is mostly words of letters (not a
paywall's scrambled copy, code or a table of figures). A sentence *survives* when its words, in
order, are in the cleaned body. The report lists the files whose body keeps less than
half of the input prose (by words), the warnings newsclean gave, and the files where
one disagrees with the other (lost prose without a warning; a warning with most prose
kept). Captions, related links and bios in the input count as prose here too, so a file
under half is a file to read, not necessarily a mistake.

With ``--baseline`` (a directory holding an older copy of the package under another
name: ``git archive main newsclean | tar -x -C DIR && mv DIR/newsclean DIR/newsclean_base``)
both are run and the report gives before → after for each figure and each file whose
share of prose kept moved by more than ten points.
"""
from __future__ import annotations

import argparse
import html
import importlib
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

SUFFIXES = {".txt", ".md", ".html", ".htm"}
MIN_SENTENCE_WORDS = 8
MIN_PROSE_WORDS = 50  # a file with less input prose is not judged on its share
HALF = 0.5
MOVED = 0.10

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", re.S)
_DROPPED = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.S | re.I)
_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|table|section|article|figure|figcaption|"
                    r"header|footer|aside|nav|pre|dd|dt)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*$")
_WORD = re.compile(r"\w+")
_PLAIN_TOKEN = re.compile(r"\W{0,3}[^\W\d_]+(?:['’-][^\W\d_]+)*\W{0,3}")
PLAIN_SHARE = 0.7  # of a sentence's tokens, words of letters: else it is scrambled text, code or a list of numbers


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return _WORD.findall(text)


def input_prose(raw: str) -> list[str]:
    """The sentences of prose in a raw file, as word strings."""
    text = _FRONT_MATTER.sub("", raw)
    if "<" in text and _TAG.search(text):
        text = _DROPPED.sub(" ", text)
        text = _BLOCK.sub("\n\n", text)
        text = html.unescape(_TAG.sub(" ", text))
    sentences = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        for sentence in _SENTENCE_SPLIT.split(paragraph.strip()):
            sentence = sentence.strip()
            w = words(sentence)
            if len(w) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(sentence) and _is_plain(sentence):
                sentences.append(" ".join(w))
    return sentences


def _is_plain(sentence: str) -> bool:
    tokens = sentence.split()
    return sum(bool(_PLAIN_TOKEN.fullmatch(t)) for t in tokens) >= PLAIN_SHARE * len(tokens)


@dataclass
class FileResult:
    name: str
    prose_words: int
    kept_words: int
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def share(self) -> float:
        return self.kept_words / self.prose_words if self.prose_words else 1.0

    @property
    def under_half(self) -> bool:
        return self.prose_words >= MIN_PROSE_WORDS and self.share < HALF


def run(package: str, files: list[Path]) -> dict[str, FileResult]:
    pipeline = importlib.import_module(f"{package}.pipeline")
    results: dict[str, FileResult] = {}
    for path in files:
        raw_bytes = path.read_bytes()
        raw = raw_bytes.decode("utf-8", errors="replace")
        prose = input_prose(raw)
        total = sum(len(s.split()) for s in prose)
        try:
            article = pipeline.process(raw_bytes, source=path.name)
        except Exception as exc:  # a refusal or a crash: reported, not fatal here
            results[path.name] = FileResult(path.name, total, 0, error=f"{type(exc).__name__}: {exc}")
            continue
        body = " " + " ".join(words(article.body)) + " "
        kept = sum(len(s.split()) for s in prose if f" {s} " in body)
        results[path.name] = FileResult(path.name, total, kept, list(article.warnings))
    return results


def summary(results: dict[str, FileResult]) -> dict[str, int]:
    rows = list(results.values())
    judged = [r for r in rows if r.prose_words >= MIN_PROSE_WORDS and r.error is None]
    return {
        "files": len(rows),
        "errors": sum(r.error is not None for r in rows),
        "prose words in": sum(r.prose_words for r in judged),
        "prose words kept": sum(r.kept_words for r in judged),
        "bodies under half the input prose": sum(r.under_half for r in judged),
        "files with a warning": sum(bool(r.warnings) for r in rows),
        "under half, no warning": sum(r.under_half and not r.warnings for r in judged),
        "warning, over half kept": sum(bool(r.warnings) and not r.under_half for r in judged),
    }


def show(results: dict[str, FileResult], limit: int) -> None:
    warnings = Counter(w.split(":")[0] for r in results.values() for w in r.warnings)
    print("  warnings given:", ", ".join(f"{w!r} {n}" for w, n in warnings.most_common()) or "none")
    under = sorted((r for r in results.values() if r.under_half), key=lambda r: r.share)
    print(f"  bodies under half the input prose ({len(under)}):")
    for r in under[:limit]:
        print(f"    {r.share:5.0%} of {r.prose_words:5} words  {r.name}  {'; '.join(r.warnings) or '(no warning)'}")
    warned = [r for r in results.values() if r.warnings and not r.under_half]
    print(f"  warned with over half kept ({len(warned)}):")
    for r in warned[:limit]:
        print(f"    {r.share:5.0%} of {r.prose_words:5} words  {r.name}  {'; '.join(r.warnings)}")
    for r in results.values():
        if r.error:
            print(f"    ERROR {r.name}: {r.error}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--baseline", type=Path, help="directory of another copy of the package (DIR/PKG)")
    ap.add_argument("--show", type=int, default=30, help="how many files to list per kind")
    a = ap.parse_args()
    files = sorted(p for p in a.corpus.iterdir() if p.suffix in SUFFIXES and p.stem != "catalogue")
    new = run("newsclean", files)
    if a.baseline is None:
        for key, value in summary(new).items():
            print(f"{key:36} {value}")
        show(new, a.show)
        return 0
    sys.path.insert(0, str(a.baseline.resolve().parent))
    old = run(a.baseline.name, files)
    before, after = summary(old), summary(new)
    print(f"{'':36} {'before':>8} {'after':>8}")
    for key in after:
        print(f"{key:36} {before[key]:>8} {after[key]:>8}")
    print("\nbefore:")
    show(old, a.show)
    print("\nafter:")
    show(new, a.show)
    moved = [(new[n].share - old[n].share, n) for n in new if n in old and abs(new[n].share - old[n].share) > MOVED]
    print(f"\nfiles whose share of prose kept moved by more than {MOVED:.0%} ({len(moved)}):")
    for _delta, name in sorted(moved):
        print(f"  {old[name].share:5.0%} → {new[name].share:5.0%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
