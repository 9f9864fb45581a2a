"""Every regex in newsclean against adversarial input, and the cost per input byte of
the whole pipeline from 1 KB to 10 MB.

    python benchmarks/regex_cost.py            # both parts (about five minutes)
    python benchmarks/regex_cost.py --patterns # part 1 only
    python benchmarks/regex_cost.py --pipeline # part 2 only
    python benchmarks/regex_cost.py --max-size 1000000

Part 1 collects every compiled pattern from the newsclean modules (module globals,
rule and fix tables) and runs ``finditer`` (every start position) and ``fullmatch``
over long runs of each adversarial unit, at 2 KB and 20 KB. Linear patterns take
about 10x longer on 10x the input; a ratio far above that (or a slow small case) is
reported as SUPER-LINEAR.

Part 2 times ``newsclean.process`` on inputs of 1 KB … 10 MB built from the same
units and from ordinary prose, and prints microseconds per input byte: a flat row is
linear cost.
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib
import newsclean
import os
import pkgutil
import re
import statistics
import sys
import time


UNITS = {
    "curly quotes": "“", "closing quotes": "”", "straight quotes": '"', "apostrophes": "'",
    "spaced quotes": "“ ”", "guillemets": "»", "open brackets": "[", "close brackets": "]",
    "parens": "(", "ad shortcodes": "[ad_", "spaces": " ", "newlines": "\n", "blank lines": "\n\n",
    "tabs+nbsp": "\t\u00a0", "less-than": "<", "tag soup": "<p", "ampersands": "&", "entity starts": "&#",
    "dashes": "- ", "em dashes": "—", "dots": ".", "ellipses": "…", "words": "word ", "capitals": "Aa ",
    "caps": "AB ", "by": "By ", "commas": "word, ", "digits": "1", "slashes": "1/", "dates": "March 3, 2024 ",
    "urls": "http://", "handles": "@a ", "mojibake": "â€", "said": "he said ", "titles": "Mr. ",
    "pipes": " | ", "colons": ": ", "unclosed quote": "“word said ", "names": "Ana Silva, ",
}
PROSE = ("The council said on Tuesday that the new bridge over the Lindqvist river would open in spring, "
         "after two years of delays. “We are nearly there,” said Tove Aaland, the city engineer.\n\n")


def all_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}

    def visit(name: str, value: object, depth: int = 0) -> None:
        if depth > 3:
            return
        if isinstance(value, re.Pattern):
            if isinstance(value.pattern, str):
                found.setdefault(name, value)
        elif isinstance(value, (tuple, list)):
            for i, v in enumerate(value):
                visit(f"{name}[{i}]", v, depth + 1)
        elif isinstance(value, dict):
            for k, v in value.items():
                visit(f"{name}[{k!r}]", v, depth + 1)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            label = getattr(value, "name", "")
            for f in dataclasses.fields(value):
                visit(f"{name}<{label}>.{f.name}", getattr(value, f.name), depth + 1)

    for info in pkgutil.iter_modules(newsclean.__path__):
        if info.name in ("cli", "progress", "render", "dask", "__main__"):
            continue
        module = importlib.import_module(f"newsclean.{info.name}")
        for attr, value in vars(module).items():
            if attr.startswith("__"):
                continue
            visit(f"{info.name}.{attr}", value)
    return found


def scan_cost(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    pattern.fullmatch(text)
    return time.perf_counter() - start


def check_patterns(small: int = 2_000, factor: int = 10) -> int:
    patterns = all_patterns()
    print(f"part 1: {len(patterns)} patterns x {len(UNITS)} adversarial units, {small} vs {small * factor} characters")
    bad = 0
    worst: list[tuple[float, str, str, float, float]] = []
    for name, pattern in patterns.items():
        for unit_name, unit in UNITS.items():
            text = unit * (small // len(unit))
            t_small = scan_cost(pattern, text)
            if t_small > 1.0:
                print(f"  SUPER-LINEAR? {name} on {unit_name}: {t_small:.2f} s already at {small} characters")
                bad += 1
                continue
            t_big = scan_cost(pattern, unit * (small * factor // len(unit)))
            ratio = t_big / max(t_small, 1e-6)
            worst.append((ratio if t_big > 0.005 else 0.0, name, unit_name, t_small, t_big))
            if ratio > factor * 2.5 and t_big > 0.02:
                print(f"  SUPER-LINEAR {name} on {unit_name}: {t_small * 1e3:.1f} ms -> {t_big * 1e3:.1f} ms (x{ratio:.0f})", flush=True)
                bad += 1
    worst.sort(reverse=True)
    print("  highest growth ratios (10x input; linear is about 10):")
    for ratio, name, unit_name, t_small, t_big in worst[:8]:
        print(f"    x{ratio:5.1f}  {t_small * 1e3:7.2f} -> {t_big * 1e3:8.2f} ms  {name} on {unit_name}")
    slowest = sorted(worst, key=lambda w: -w[4])[:5]
    print(f"  slowest at {small * factor} characters:")
    for ratio, name, unit_name, t_small, t_big in slowest:
        print(f"    {t_big * 1e3:8.1f} ms  {name} on {unit_name}")
    print(f"  {bad} super-linear pattern/input pairs")
    return bad


def pipeline_cost(max_size: int) -> int:
    from newsclean import process

    sizes = [s for s in (1_000, 10_000, 100_000, 1_000_000, 10_000_000) if s <= max_size]
    # (prefix, repeated unit): the prefix puts the run where a pattern sees it.
    families = {"prose": ("", PROSE), "one line of prose": ("", PROSE.replace("\n", " ")),
                "short lines": ("", "ab\n"), "unclosed quote": ("", "“word said "), "curly quotes": ("", "“"),
                "spaced quotes": ("", "“ ” "), "brackets": ("", "["), "ad shortcodes": ("", "[ad_"),
                "spaces": ("", " "), "dots": ("He said. ", "."), "guillemets": ("", "»"),
                "tag soup": ("", "<p>a "), "entities": ("", "&#"),
                "header space run": ("---\ntitle: Fares rise\n---\n\nFares rise", " ")}
    print("\npart 2: newsclean.process cost per input byte (microseconds), median of runs")
    print(f"  {'input':20}" + "".join(f"{s:>12,}" for s in sizes) + "   largest / 10 KB")
    bad = 0
    for label, (prefix, unit) in families.items():
        row = []
        for size in sizes:
            data = (prefix + unit * (size // len(unit) + 1))[:size].encode("utf-8")
            runs = 5 if size <= 100_000 else 1
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                try:
                    process(data, source=label)
                except newsclean.NewscleanError:
                    pass
                times.append(time.perf_counter() - start)
            row.append(statistics.median(times) / len(data) * 1e6)
        growth = row[-1] / row[1] if len(row) > 2 else 1.0
        flag = "  SUPER-LINEAR" if growth > 3 else ""
        bad += growth > 3
        print(f"  {label:20}" + "".join(f"{v:12.3f}" for v in row) + f"   x{growth:.2f}{flag}", flush=True)
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patterns", action="store_true", help="only part 1")
    parser.add_argument("--pipeline", action="store_true", help="only part 2")
    parser.add_argument("--max-size", type=int, default=10_000_000)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, newsclean {newsclean.__version__}")
    bad = 0 if args.pipeline else check_patterns()
    if not args.patterns:
        bad += pipeline_cost(args.max_size)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
