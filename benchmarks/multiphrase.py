"""A multi-phrase automaton (pyahocorasick) against the regular expression the people
stage finds speech verbs with (``cues._VERB_AT``: a trie-shaped alternation of every
inflected reporting verb, with the character before it and a word end after it).

    pip install pyahocorasick && python benchmarks/multiphrase.py

Printed: what each costs to make (compiling the pattern, against importing the module
and building the automaton: the part a one-file run pays), the time to find the verbs
in each clean body of the corpus text articles (CPU, median of 7 passes; the automaton's
hits checked for the same word boundaries in Python), and in how many bodies the two
find different spans (the automaton reports every match, nested ones included, where
the pattern takes one match at a time from left to right).
"""
from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

from newsclean import process
from newsclean.patterns import alternation
from newsclean.people import data as D

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
BEFORE = frozenset(" \t\n,;:—–(-")


def main() -> int:
    words = D.SPEECH_VERBS + D.SPEECH_PARTICIPLES
    start = time.perf_counter()
    pattern = re.compile(rf"[\s,;:—–(-](?:{alternation(words)})(?![\w'-])(?!’)")
    compile_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    try:
        import ahocorasick
    except ImportError:
        print("needs pyahocorasick: pip install pyahocorasick", file=sys.stderr)
        return 2
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    build_ms = (time.perf_counter() - start) * 1000

    def by_pattern(text: str) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text)]

    def by_automaton(text: str) -> list[tuple[int, int]]:
        hits = []
        for end, word in automaton.iter(text):
            first = end - len(word) + 1
            after = text[end + 1:end + 2]
            if first and text[first - 1] in BEFORE and not (after and (after.isalnum() or after in "_'-’")):
                hits.append((first - 1, end + 1))
        return hits

    bodies = [process(p.read_bytes(), p.name).body for p in sorted(CORPUS.iterdir())
              if p.suffix in (".txt", ".md") and p.name != "catalogue.md"]

    def per_body(find) -> float:
        passes = []
        for _ in range(7):
            start = time.process_time()
            for body in bodies:
                find(body)
            passes.append(time.process_time() - start)
        return statistics.median(passes) / len(bodies) * 1000

    differ = sum(by_pattern(b) != by_automaton(b) for b in bodies)
    print(f"{len(words)} verb forms, {len(bodies)} corpus bodies")
    print(f"to make: pattern {compile_ms:.2f} ms; automaton {build_ms:.2f} ms (import and build)")
    print(f"per body: pattern {per_body(by_pattern):.4f} ms; automaton {per_body(by_automaton):.4f} ms;"
          f" bodies whose spans differ: {differ}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
