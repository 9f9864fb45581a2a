"""Artifact residue over a corpus of raw scraped files.

For every file, every example string the corpus catalogue lists is looked for in the
raw file and then in the cleaned body; one that survives is residue. Short, generic
examples ("Video", "Related") count only when they survive as a whole paragraph, long
ones anywhere. Also prints the longest paragraphs the cleaner removed, to check for
over-cleaning, and any file that failed.

    python benchmarks/corpus_residue.py ../shared/corpus [--show-removed 30]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

from newsclean import NewscleanError, process_file

# Catalogue kinds that are repaired rather than removed, or are story text by design.
NOT_REMOVED = {"truncation", "quote_spacing", "duplication", "mojibake", "whitespace"}
EXAMPLE = re.compile(r"(.+?) \((?:\d+|pool only)\)$")
SHORT_WORDS = 3


def catalogue_examples(path: Path) -> list[tuple[str, str]]:
    examples = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["category"] in NOT_REMOVED:
                continue
            for item in (row.get("top_examples") or "").split(" || "):
                m = EXAMPLE.match(item.strip())
                if m and m.group(1).strip():
                    examples.append((row["category"], m.group(1).strip()))
    return examples


def survives(example: str, body: str, paragraphs: set[str]) -> bool:
    if len(example.split()) <= SHORT_WORDS:
        return example.strip(" .:").lower() in paragraphs
    return example in body


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--show-removed", type=int, default=20, help="how many long removals to print")
    ap.add_argument("--show-residue", type=int, default=40)
    a = ap.parse_args()
    examples = catalogue_examples(a.corpus / "catalogue.tsv")
    files = sorted(p for p in a.corpus.iterdir() if p.suffix in {".txt", ".md", ".html"} and p.stem != "catalogue")
    residue: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    residue_rows: list[str] = []
    removals: list[tuple[int, str, str, str]] = []
    failures: list[str] = []
    rules: Counter[str] = Counter()
    t0 = time.perf_counter()
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        try:
            article = process_file(path)
        except NewscleanError as exc:
            failures.append(f"{path.name}: {exc}")
            continue
        except Exception as exc:  # a crash is what this benchmark exists to find
            failures.append(f"{path.name}: CRASH {type(exc).__name__}: {exc}")
            continue
        paragraphs = {p.strip(" .:").lower() for p in article.body.split("\n\n")}
        for category, example in examples:
            if example in raw:
                seen[category] += 1
                if survives(example, article.body, paragraphs):
                    residue[category] += 1
                    residue_rows.append(f"{path.name}: [{category}] {example[:90]!r}")
        for r in article.removed:
            rules[r.rule] += 1
            if r.rule not in {"duplicate_paragraph", "headline", "html_entity", "mojibake"}:
                removals.append((len(r.text.split()), r.rule, path.name, r.text))
    elapsed = time.perf_counter() - t0
    print(f"files: {len(files)}  failed: {len(failures)}  time: {elapsed:.2f}s "
          f"({len(files) / elapsed:.0f} files/s, one process)")
    print(f"catalogue strings present in raw files: {sum(seen.values())}; surviving in body: {sum(residue.values())}")
    for category in sorted(seen):
        print(f"  {category:16} present {seen[category]:4}  residue {residue[category]:3}")
    print("removals by rule:", ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    for row in residue_rows[: a.show_residue]:
        print("  residue:", row)
    for f in failures:
        print("  FAILED:", f)
    print(f"\nlongest removals (check for over-cleaning, top {a.show_removed}):")
    for words, rule, name, text in sorted(removals, reverse=True)[: a.show_removed]:
        print(f"  {words:3}w {rule:15} {name}: {text[:150]!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
