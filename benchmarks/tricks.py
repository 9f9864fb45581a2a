"""Each speed trick of the table in docs/performance.md undone in a scratch copy of the
package, and timed against the package as it is, in one process.

    python benchmarks/tricks.py [--rounds 21] [VARIANT ...]     # default: every variant
    python benchmarks/tricks.py --list

A variant is a copy of this checkout's ``newsclean/`` (in a temporary folder, under
another name) with a few lines replaced, so that one trick is read the plain way; a
variant whose lines are no longer in the code says so and is skipped. The inputs are the
text articles of ``../shared/corpus`` (``*.txt`` and ``*.md`` but ``catalogue.md``).
Each variant is timed on the stage its trick lives in (``people``: the quotes-and-
officials step on each article processed without it; ``process``: the whole of
``process()``), against an unchanged copy, the two taking turns article by article (the
order reversed every other round), on the CPU clock (``time.process_time``: steadier on
a busy machine). Printed: the outputs compared (identical or how many articles differ),
each copy's median time per article, and the median over the rounds of variant/package
(above 1: the trick saves). The unchanged copy ``same`` measures the noise.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Variant:
    name: str
    stage: str                                   # "people" or "process"
    what: str                                    # the trick undone
    edits: tuple[tuple[str, str, str], ...]      # (file under newsclean/, old lines, new lines)


VARIANTS = (
    Variant("same", "people", "nothing (the noise of two copies)", ()),
    Variant("plainkey", "process", "a dedupe key for every paragraph, not only for those whose e/t counts match", (
        ("clean/cleaner.py", "seen = LetterCountDedupe()", "seen = Dedupe()"),
        ("clean/cleaner.py", "from .repeats import HeadlineMatch, LetterCountDedupe,",
         "from .repeats import Dedupe, HeadlineMatch, LetterCountDedupe,"),
        ("clean/repeats.py",
         "        key = self._forms.get(letter_counts(paragraph))\n"
         "        return key is not None and dedupe_key(paragraph) == key",
         "        return dedupe_key(paragraph) in self._forms.values()"),
    )),
    Variant("noscantext", "people", "a paragraph's padded copy, verbs and marked copy made on every ask", (
        ("people/cues.py", "        if self._padded is None:\n", "        if True:\n"),
        ("people/cues.py", "        if self._verbs is None:\n", "        if True:\n"),
        ("people/cues.py", "        if self._marked is None:\n", "        if True:\n"),
    )),
    Variant("notrie", "people", "the offices' tries built on every ask", (
        ("people/offices.py", "@functools.cache\ndef _trie_after", "def _trie_after"),
    )),
    Variant("nomentionsof", "people", "each person's mentions found by a scan of all mentions", (
        ("people/attribution.py", "        if self.mentions_of is None:\n", "        if True:\n"),
    )),
    Variant("nogenders", "people", "a person's gender worked out on every ask", (
        ("people/attribution.py", "        if person in self.genders:\n", "        if False:\n"),
    )),
    Variant("noplaces", "people", "whether a person is a place worked out on every ask", (
        ("people/attribution.py", "        found = self.places.get(person)\n", "        found = None\n"),
    )),
    Variant("noroles", "people", "a finished sentence's roles worked out on every ask", (
        ("people/attribution.py", "        if whole and (p, k) in self.sentence_roles:\n", "        if False:\n"),
    )),
)


def make_copy(tmp: Path, variant: Variant) -> str | None:
    """The package name of ``variant``'s copy under ``tmp``, or None when its lines are gone."""
    name = f"newsclean_{variant.name}"
    shutil.copytree(ROOT / "newsclean", tmp / name, ignore=shutil.ignore_patterns("__pycache__"))
    for file, old, new in variant.edits:
        path = tmp / name / file
        text = path.read_text(encoding="utf-8")
        if text.count(old) != 1:
            print(f"{variant.name}: its lines are no longer in {file}; skipped")
            return None
        path.write_text(text.replace(old, new), encoding="utf-8")
    return name


def articles() -> list[tuple[bytes, str]]:
    return [(p.read_bytes(), p.name) for p in sorted(CORPUS.iterdir())
            if p.suffix in (".txt", ".md") and p.name != "catalogue.md"]


def people_step(package: str):
    pipeline = importlib.import_module(f"{package}.pipeline")
    step = pipeline._extract_people

    def run(article):
        article.quotes, article.officials = [], []
        step(article)
        return [(q.text, q.speaker) for q in article.quotes], [(o.name, o.title) for o in article.officials]
    return run


def people_inputs(package: str, data: list[tuple[bytes, str]]) -> list:
    """The articles processed without the people step (what the step is handed)."""
    pipeline = importlib.import_module(f"{package}.pipeline")
    step, pipeline._extract_people = pipeline._extract_people, lambda article: None
    try:
        done = [pipeline.process(raw, source) for raw, source in data]
    finally:
        pipeline._extract_people = step
    return [a for a in done if a.body]


def process_step(package: str):
    process = importlib.import_module(f"{package}.pipeline").process

    def run(item):
        return process(*item).to_dict()
    return run


def compare(variant: str, base_run, plain_run, items: list, rounds: int) -> None:
    differ = sum(base_run(item) != plain_run(item) for item in items)  # also the warm-up
    times: dict[str, list[float]] = {"trick": [], "plain": []}
    runs = {"trick": base_run, "plain": plain_run}
    for r in range(rounds):
        order = ("trick", "plain") if r % 2 == 0 else ("plain", "trick")
        spent = dict.fromkeys(order, 0.0)
        for item in items:
            for which in order:
                start = time.process_time()
                runs[which](item)
                spent[which] += time.process_time() - start
        for which in order:
            times[which].append(spent[which])
    ratios = [p / t for p, t in zip(times["plain"], times["trick"], strict=True)]
    per = 1000 / len(items)
    print(f"{variant:13} outputs {'identical' if not differ else f'differ in {differ} of {len(items)}'}; "
          f"with the trick {statistics.median(times['trick']) * per:.3f} ms, plain "
          f"{statistics.median(times['plain']) * per:.3f} ms per article: x{statistics.median(ratios):.3f} "
          f"(rounds x{min(ratios):.3f}-x{max(ratios):.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variants", nargs="*", help="names of the variants (default: all)")
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--list", action="store_true", help="the variants and the trick each undoes")
    args = parser.parse_args()
    chosen = [v for v in VARIANTS if not args.variants or v.name in args.variants]
    if args.list or not chosen:
        for v in VARIANTS:
            print(f"{v.name:13} {v.stage:8} {v.what}")
        return 0 if args.list else 2
    if not CORPUS.is_dir():
        print(f"needs the corpus at {CORPUS}", file=sys.stderr)
        return 2
    data = articles()
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        base = make_copy(Path(tmp), Variant("package", "", "", ()))
        assert base is not None
        inputs = {"people": people_inputs(base, data), "process": data}
        steps = {"people": people_step, "process": process_step}
        print(f"{len(data)} corpus text articles, {args.rounds} rounds; CPU time; ratio plain/trick")
        for variant in chosen:
            name = make_copy(Path(tmp), variant)
            if name is not None:
                compare(variant.name, steps[variant.stage](base), steps[variant.stage](name),
                        inputs[variant.stage], args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
