"""Cold start: wall time of ``newsclean ARTICLE --json`` against ``python -c pass``, an
older copy of the package and trafilatura's single-file command.

    python benchmarks/startup.py [--runs 41] [--baseline DIR/PKG] [--page PAGE] [ARTICLE]

Every command runs once per round, in turn (so machine noise hits them alike); the
medians and their ratios are printed. The rows:

* ``python -c pass`` and ``python -c 'import click'``: the interpreter alone, and what
  importing Click adds to it;
* ``newsclean ARTICLE --json`` of this checkout, the same through its Click command
  (what the entry point's Click-free door saves), and on the HTML PAGE;
* with ``--baseline DIR/PKG`` (another copy of the package, e.g. ``git archive main
  newsclean | tar -x -C DIR && mv DIR/newsclean DIR/newsclean_base``): the same calls
  of that copy, and that copy's Click command called directly; an older copy that kept an
  on-disk cache of compiled patterns (before d92fb3d) is timed with it warm and with it
  turned off (``NEWSCLEAN_CACHE_DIR=``), the variable being ignored by newer copies;
* ``trafilatura < PAGE`` when trafilatura is installed (``--trafilatura PATH`` names
  its command, e.g. from another environment).

Each copy of the package runs as its console script does: ``from PKG.__main__ import
main; sys.exit(main())``. Targets: this/python <= 1.6; this/baseline <= 1.5; this/trafilatura <= 1/3.
ARTICLE defaults to the first text article of ../shared/corpus, else a short built-in
article; PAGE to samples/news-template.html. Run it after ``pip install .`` or with
bytecode written (the commands are run without PYTHONDONTWRITEBYTECODE): an uncompiled
package pays for compiling its source on every run.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_PAGE = ROOT / "samples" / "news-template.html"
BUILTIN = ("Ferry fares to rise in spring\n\nFerry fares across Lindqvist Bay will rise by eight percent from "
           "April, the harbour authority said on Monday.\n\n[ad_1]\n\nSource link\n")
CACHE_OFF = {"NEWSCLEAN_CACHE_DIR": ""}


def article_path(given: str | None, tmp: str) -> str:
    if given:
        return given
    texts = sorted(SHARED_CORPUS.glob("*.txt")) if SHARED_CORPUS.is_dir() else []
    if texts:
        return str(texts[0])
    path = os.path.join(tmp, "article.txt")
    Path(path).write_text(BUILTIN, encoding="utf-8")
    return path


def entry_point(package: str, module: str = "__main__", where: str | None = None) -> list[str]:
    """The command a console script runs, for the package ``package`` (found on ``where``
    when given); ``module`` "cli.main" calls the Click command directly."""
    path = f"sys.path.insert(0, {where!r}); " if where else ""
    code = f"import sys; {path}from {package}.{module} import main; sys.argv[0] = 'newsclean'; sys.exit(main())"
    return [sys.executable, "-c", code]


# Every command may write its bytecode: under PYTHONDONTWRITEBYTECODE an uninstalled
# package is compiled from source on every run, which is not what an installed one does.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


class Command:
    def __init__(self, argv: list[str], env: dict[str, str] | None = None, stdin: str | None = None) -> None:
        self.argv, self.stdin = argv, stdin
        self.env = {**ENV, **(env or {})}

    def wall(self) -> float:
        start = time.perf_counter()
        if self.stdin is None:
            subprocess.run(self.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=self.env)
        else:
            with open(self.stdin, "rb") as fh:
                subprocess.run(self.argv, stdin=fh, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                               env=self.env)
        return time.perf_counter() - start


def trafilatura_command(given: str | None) -> str | None:
    if given:
        return given
    beside = os.path.join(os.path.dirname(sys.executable), "trafilatura")
    return beside if os.path.exists(beside) else shutil.which("trafilatura")


THIS, THIS_CLICK, THIS_PAGE = "newsclean ARTICLE --json", "  its Click command", "newsclean PAGE --json"
BASE, BASE_OFF, BASE_CLICK, BASE_PAGE = ("baseline: newsclean ARTICLE --json", "baseline:   pattern cache off",
                                         "baseline:   its Click command", "baseline: newsclean PAGE --json")
CLICK, PYTHON, TRAFILATURA = "python -c 'import click'", "python -c pass", "trafilatura < PAGE"


def commands(article: str, page: str, baseline: Path | None, trafilatura: str | None) -> dict[str, Command]:
    this = entry_point("newsclean")
    table = {
        PYTHON: Command([sys.executable, "-c", "pass"]),
        CLICK: Command([sys.executable, "-c", "import click"]),
        THIS: Command([*this, article, "--json"]),
        THIS_CLICK: Command([*entry_point("newsclean", "cli.main"), article, "--json"]),
        THIS_PAGE: Command([*this, page, "--json"]),
    }
    if baseline is not None:
        where = str(baseline.resolve().parent)
        base = entry_point(baseline.name, where=where)
        table[BASE] = Command([*base, article, "--json"])
        table[BASE_OFF] = Command([*base, article, "--json"], CACHE_OFF)
        table[BASE_CLICK] = Command([*entry_point(baseline.name, "cli.main", where=where), article, "--json"])
        table[BASE_PAGE] = Command([*base, page, "--json"])
    if trafilatura is not None:
        table[TRAFILATURA] = Command([trafilatura], stdin=page)
    return table


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?")
    parser.add_argument("--runs", type=int, default=41)
    parser.add_argument("--page", default=str(DEFAULT_PAGE), help="HTML page for trafilatura and newsclean PAGE")
    parser.add_argument("--baseline", type=Path, help="directory of another copy of the package (DIR/PKG)")
    parser.add_argument("--trafilatura", help="trafilatura's command [default: beside this Python, else on PATH]")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article = article_path(args.article, tmp)
        table = commands(article, args.page, args.baseline, trafilatura_command(args.trafilatura))
        for cmd in table.values():  # warm the page cache (and the baseline's pattern cache)
            cmd.wall()
        times: dict[str, list[float]] = {name: [] for name in table}
        for _ in range(args.runs):
            for name, cmd in table.items():
                times[name].append(cmd.wall())
    medians = {name: statistics.median(values) for name, values in times.items()}
    report(medians, article, args)
    return 0


def report(medians: dict[str, float], article: str, args: argparse.Namespace) -> None:
    python = medians[PYTHON]
    print(f"article: {article}  page: {args.page}  runs: {args.runs}  cpus: {os.cpu_count()}")
    for name, median in medians.items():
        print(f"  {name:36} median {median * 1e3:7.1f} ms   x{median / python:.2f} of python -c pass")
    this = medians[THIS]
    print(f"Click's own import: {(medians[CLICK] - python) * 1e3:.1f} ms; the entry point's Click-free door for"
          f" ARTICLE --json saves {(medians[THIS_CLICK] - this) * 1e3:.1f} ms over the Click command")
    verdict = {True: "met", False: "NOT met"}
    print(f"ratio newsclean/python: {this / python:.2f} (target <= 1.6): {verdict[this / python <= 1.6]}")
    if BASE in medians:
        print(f"the baseline's entry point saves {(medians[BASE_CLICK] - medians[BASE]) * 1e3:.1f} ms"
              " over its Click command")
        ratio = this / medians[BASE]
        print(f"ratio newsclean/baseline: {ratio:.2f} (target <= 1.5): {verdict[ratio <= 1.5]}")
    if TRAFILATURA in medians:
        for name in (THIS, THIS_PAGE):
            share = medians[name] / medians[TRAFILATURA]
            print(f"ratio {name} / trafilatura: {share:.2f} (target <= 0.33): {verdict[share <= 1 / 3]}")


if __name__ == "__main__":
    sys.exit(main())
