"""Damaged input never makes newsclean fail with anything but a clear error.

A short seeded run of the mutation fuzzer (``benchmarks/fuzz.py``) over the project's
own samples only (a fresh clone has no ``../shared``), the harness's own machinery
(kinds plugged in, time limits, crashes, minimising, runs independent of ``--jobs``),
and the minimised reproducer of every internal error the fuzzer has found
(``fuzz_regressions/``, described in its README). Deselect with ``-m "not fuzz"``.
"""
import importlib.util
import os
import sys
import time
from pathlib import Path

import pytest

from newsclean import NewscleanError, process

ROOT = Path(__file__).resolve().parents[2]
REGRESSIONS = Path(__file__).resolve().parent / "fuzz_regressions"


def _load_fuzz():
    spec = importlib.util.spec_from_file_location("newsclean_fuzz", ROOT / "benchmarks" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # where dataclasses look their module up
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()

# About 8 s of one core. The inputs are a function of the seed and the seed files, so a
# failure here is reproduced by: python benchmarks/fuzz.py --seed 20240601 --inputs 4000
SEED, INPUTS = 20240601, 4000

# Internal errors found by the fuzzer whose fix has not landed yet, by (exception, raising
# function), and the reproducer files that show them. Each entry turns the short run and its
# reproducer into an expected failure; remove it when the fix is merged. None is open now.
KNOWN_OPEN: dict[tuple[str, str], str] = {}
OPEN_REPRODUCERS: dict[str, str] = {}


def _known(outcome) -> str | None:
    return KNOWN_OPEN.get((outcome.error, outcome.where.rpartition(":")[2]))


@pytest.fixture(scope="module")
def own_corpus():
    return fuzz.load_corpus(fuzz.OWN_SEED_ROOTS)


@pytest.mark.fuzz
def test_every_input_kind_has_seeds_among_the_projects_own_files(own_corpus):
    assert [k.name for k in own_corpus.kinds] == [k.name for k in fuzz.KINDS]
    assert not any(seed.name.startswith("..") or "shared" in Path(seed.name).parts for seed in own_corpus.seeds)


@pytest.mark.fuzz
def test_short_fuzz_run_finds_no_internal_error_and_no_timeout(own_corpus):
    run = fuzz.fuzz(own_corpus, fuzz.Settings(seed=SEED, inputs=INPUTS, jobs=1, timeout=60))
    assert run.tried() == INPUTS
    assert {o.kind for o in run.outcomes.values()} == {k.name for k in fuzz.KINDS}
    failures = run.failures()
    unknown = [o for o in failures if _known(o) is None]
    assert not unknown, "\n".join(
        f"#{o.index} {o.kind}: {o.status} {o.error} in {o.where}: {o.message}\n"
        f"  again: python benchmarks/fuzz.py --seed {SEED} --index {o.index}\n{o.trace}" for o in unknown[:5])
    if failures:
        pytest.xfail(f"{len(failures)} inputs hit a known open bug: {_known(failures[0])}")


def _reproducers():
    for path in sorted(REGRESSIONS.glob("*.bytes")) + sorted(REGRESSIONS.glob("*.str")):
        reason = OPEN_REPRODUCERS.get(path.name)
        marks = [pytest.mark.xfail(strict=False, reason=reason)] if reason else []
        yield pytest.param(path, marks=marks, id=path.name)


@pytest.mark.fuzz
@pytest.mark.parametrize("path", list(_reproducers()))
def test_fuzz_reproducer_ends_in_an_article_or_a_clean_refusal(path):
    data = path.read_bytes()
    payload = data.decode("utf-8", errors="surrogatepass") if path.suffix == ".str" else data
    try:
        article = process(payload, source=path.name)
    except NewscleanError:
        return
    assert isinstance(article.to_dict()["body"], str)


# --- the harness itself ----------------------------------------------------------------

def _one_kind_corpus(feed, seeds=(b"The harbour ferry will run until nine. [needle] Fares rise in April.",)):
    """A corpus of one plugged-in kind whose feed is ``feed``, as a new input kind would be."""
    kind = fuzz.Kind("probe", (".probe",), lambda name, raw: raw, feed)
    return fuzz.Corpus((kind,), [fuzz.Seed(f"seed{i}", "probe", data) for i, data in enumerate(seeds)])


def _raise_on_needle(data, source):
    if b"[needle]" in (data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")):
        raise KeyError("needle")


@pytest.mark.fuzz
def test_a_hang_is_reported_as_a_timeout_and_a_dead_worker_as_a_crash():
    def feed(data, source):
        if source.endswith(("-0", "-2")):
            time.sleep(30)
        elif source.endswith("-1"):
            os._exit(3)

    started = time.monotonic()
    run = fuzz.fuzz(_one_kind_corpus(feed), fuzz.Settings(seed=1, inputs=4, jobs=2, timeout=0.5))
    assert time.monotonic() - started < 15
    assert [run.outcomes[i].status for i in range(4)] == ["timeout", "crash", "timeout", "ok"]


@pytest.mark.fuzz
def test_an_internal_error_is_named_by_its_raising_function_and_minimised(tmp_path):
    corpus = _one_kind_corpus(_raise_on_needle)
    run = fuzz.fuzz(corpus, fuzz.Settings(seed=3, inputs=40, jobs=1, timeout=10))
    findings = fuzz.group_failures(run)
    assert findings, "some mutants keep the needle"
    status, error, where, _ = findings[0].signature
    assert (status, error) == ("internal", "KeyError")
    assert where.endswith("test_fuzz.py:_raise_on_needle")
    fuzz.save_and_minimise(run, findings, tmp_path, minimise_seconds=30)
    minimal = next(tmp_path.rglob("minimal.*"))
    assert minimal.read_bytes() == b"[needle]"


@pytest.mark.fuzz
def test_a_run_is_the_same_whatever_the_number_of_jobs(own_corpus):
    one = fuzz.fuzz(own_corpus, fuzz.Settings(seed=5, start=1000, inputs=120, jobs=1))
    two = fuzz.fuzz(own_corpus, fuzz.Settings(seed=5, start=1000, inputs=120, jobs=2))
    assert one.digest() == two.digest()
    assert sorted(one.outcomes) == list(range(1000, 1120))
    again = fuzz.make_mutant(own_corpus, 5, 1042)
    assert again == fuzz.make_mutant(own_corpus, 5, 1042) and again.data != fuzz.make_mutant(own_corpus, 5, 1043).data


def test_ddmin_finds_a_one_minimal_input():
    def fails(pieces):
        text = b"".join(pieces)
        return b"<a" in text and b"</html>" in text

    data = b"<p>Some text</p>\n</html> and more <a href=x>link</a> after it\n"
    pieces = fuzz.ddmin([data[i:i + 1] for i in range(len(data))], fails, lambda: False)
    assert fails(pieces) and len(pieces) == len(b"</html><a")
    assert not any(fails(pieces[:i] + pieces[i + 1:]) for i in range(len(pieces)))
