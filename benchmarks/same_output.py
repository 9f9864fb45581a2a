"""Is the JSON of every input we have byte-identical to what another git ref gives?

    python benchmarks/same_output.py [--ref main] [--show 5]

Runs ``newsclean.process`` over every input at hand (the samples and tests' articles of
this checkout, and where ``../shared`` is beside it: the corpus, the dev and real eval
sets and the 181 Zyte pages), once with this checkout's package and once with the
package as it is at ``--ref`` (extracted with ``git archive`` into a temporary folder),
each in its own process, and compares the JSON of each input byte for byte. An input
that fails is compared by its error line. Exit 0 when every input gives the same bytes,
1 otherwise (the first ``--show`` differences are printed).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = {".txt", ".md", ".html", ".htm", ".gz"}


def inputs() -> list[Path]:
    """Every article file at hand, in a fixed order."""
    roots = [ROOT / "samples", ROOT / "tests"]
    roots += [SHARED / "corpus", SHARED / "eval", SHARED / "bench" / "zyte" / "html"]
    found: list[Path] = []
    for root in roots:
        if root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in SUFFIXES and p.name != "README.md")
    return found


def run_all(paths: list[str]) -> dict[str, str]:
    """{path: JSON or error line} from the ``newsclean`` package on sys.path."""
    from newsclean import process
    from newsclean.errors import NewscleanError

    out: dict[str, str] = {}
    for path in paths:
        data = Path(path).read_bytes()
        if path.endswith(".gz"):
            data = gzip.decompress(data)
        try:
            article = process(data, source=os.path.relpath(path, ROOT))
            out[path] = json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=False)
        except NewscleanError as exc:
            out[path] = f"error: {type(exc).__name__}: {exc}"
    return out


def outputs_of(package_parent: Path, paths: list[str]) -> dict[str, str]:
    """Run :func:`run_all` in a fresh interpreter that imports newsclean from ``package_parent``."""
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2]);"
        "from same_output import run_all; json.dump(run_all(json.load(sys.stdin)), sys.stdout)"
    )
    env = dict(os.environ, NEWSCLEAN_CACHE_DIR="")
    done = subprocess.run(
        [sys.executable, "-c", code, str(package_parent), str(Path(__file__).parent)],
        input=json.dumps(paths), capture_output=True, text=True, env=env, cwd=package_parent, check=True,
    )
    return json.loads(done.stdout)


def package_at(ref: str, into: Path) -> Path:
    """Extract the ``newsclean`` package as it is at ``ref`` into ``into``."""
    archive = subprocess.run(["git", "archive", ref, "newsclean"], cwd=ROOT, capture_output=True, check=True).stdout
    tar_path = into / "pkg.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="main", help="git ref to compare against (default: main)")
    parser.add_argument("--show", type=int, default=5, help="differences to print")
    args = parser.parse_args()
    paths = [str(p) for p in inputs()]
    with tempfile.TemporaryDirectory() as tmp:
        old = outputs_of(package_at(args.ref, Path(tmp)), paths)
    new = outputs_of(ROOT, paths)
    differ = [p for p in paths if old.get(p) != new.get(p)]
    digest = hashlib.sha256("".join(new[p] for p in paths).encode()).hexdigest()[:16]
    print(f"{len(paths)} inputs, {len(paths) - len(differ)} the same as {args.ref}, {len(differ)} differ (outputs {digest})")
    for path in differ[: args.show]:
        print(f"  {os.path.relpath(path, ROOT)}", file=sys.stderr)
        print(f"    {args.ref}: {old.get(path, '')[:300]}", file=sys.stderr)
        print(f"    here: {new.get(path, '')[:300]}", file=sys.stderr)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
