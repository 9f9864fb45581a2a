"""The worker pool: results in input order whatever the workers, time limits, worker
crashes, the one error policy, and whole runs of the command (resume, interruption)."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from articles import HARBOUR, LIBRARY_HTML, ORCHARD

import newsclean
import newsclean.pipeline
from newsclean.batch import pool
from newsclean.batch.plan import Task, plan


def run_collect(tasks, jobs, **kw):
    seen = []
    summary = pool.run(tasks, pool.Options(**kw), seen.append, jobs=jobs)
    return seen, summary


def test_results_come_in_input_order_whatever_the_number_of_workers(tmp_path):
    texts = [HARBOUR, ORCHARD, LIBRARY_HTML]
    for i in range(30):
        (tmp_path / f"{i:02d}.txt").write_text(texts[i % 3] * (1 + (i * 7) % 5), encoding="utf-8")
    tasks = plan([str(tmp_path)]).tasks
    one, s1 = run_collect(tasks, 1)
    three, s3 = run_collect(tasks, 3)
    assert [r.index for r in three] == list(range(30))
    assert [r.payload for r in three] == [r.payload for r in one]
    assert s1.processed == s3.processed == 30 and s3.failed == 0
    assert s3.removed == s1.removed > 0


def test_no_tasks_is_an_empty_summary():
    seen, summary = run_collect([], 2)
    assert seen == [] and summary.processed == summary.failed == 0


def test_workers_write_the_output_files_and_the_results_carry_no_payload(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ORCHARD, encoding="utf-8")
    out = tmp_path / "out"
    tasks = plan([str(tmp_path / "in")], output_dir=str(out), mode="text").tasks
    (result,), summary = run_collect(tasks, 1, mode="text", output_dir=str(out))
    assert result.error is None and result.payload is None
    assert (out / "a.txt").read_text(encoding="utf-8").startswith("Growers in the Valmora hills")
    assert summary.processed == 1


def test_a_stuck_file_times_out_and_the_batch_goes_on(tmp_path, monkeypatch):
    for name in ("a.txt", "stuck.txt", "c.txt"):
        (tmp_path / name).write_text(ORCHARD, encoding="utf-8")
    real = pool.clean_one

    def clean_or_hang(task, options, data=None):
        if task.source.endswith("stuck.txt"):
            time.sleep(600)
        return real(task, options, data)

    monkeypatch.setattr(pool, "clean_one", clean_or_hang)  # forked workers inherit it
    started = time.monotonic()
    results, summary = run_collect(plan([str(tmp_path)]).tasks, 2, timeout=1.0)
    assert time.monotonic() - started < 30
    assert [r.error is None for r in results] == [True, True, False]
    assert results[2].error == f"{tmp_path / 'stuck.txt'}: gave up after 1 s (per-file time limit, see --timeout)"
    assert results[2].timed_out
    assert summary.timed_out == 1 and summary.failed == 1 and summary.processed == 2
    assert "failed 1 (1 timed out)" in summary.text()


def test_a_crashing_worker_fails_only_its_own_file(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "crash.txt", "d.txt"):
        (tmp_path / name).write_text(HARBOUR, encoding="utf-8")
    real = pool.clean_one

    def clean_or_die(task, options, data=None):
        if task.source.endswith("crash.txt"):
            os._exit(3)
        return real(task, options, data)

    monkeypatch.setattr(pool, "clean_one", clean_or_die)
    results, summary = run_collect(plan([str(tmp_path)]).tasks, 2)
    assert [r.error is None for r in results] == [True, True, False, True]
    assert "crashed" in results[2].error
    assert summary.processed == 3


def broken(data, source=None):
    raise ValueError("boom\nsecond line")


def test_a_library_bug_is_one_line_that_says_how_to_report_it(monkeypatch):
    monkeypatch.setattr(newsclean.pipeline, "process", broken)
    result = pool.clean_one(Task(0, "x.txt", None), pool.Options(), b"text")
    assert result.error == ("x.txt: internal error (ValueError: boom second line); please report it with the "
                            f"input file and newsclean {newsclean.__version__}")


def test_a_library_bug_in_a_worker_fails_only_its_file(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HARBOUR, encoding="utf-8")
    real = newsclean.pipeline.process
    monkeypatch.setattr(newsclean.pipeline, "process",
                        lambda data, source=None: broken(data) if source.endswith("a.txt") else real(data, source))
    results, summary = run_collect(plan([str(tmp_path)]).tasks, 2)
    assert results[0].error.startswith(f"{tmp_path / 'a.txt'}: internal error (ValueError: boom second line)")
    assert results[1].error is None
    assert summary.failed == summary.processed == 1


def test_summary_says_what_was_skipped_and_why():
    summary = pool.Summary(processed=3, failed=1, seconds=2.0)
    summary.skipped.update({"hidden": 2, "not an article file": 3})
    summary.skipped_suffixes.update({".png": 2, "": 1})
    assert summary.text() == ("processed 3, failed 1, skipped 5 (2 hidden; 3 not an article file: .png×2 "
                              "(no suffix)×1), artifacts removed 0, quotes 0, officials 0, time 2.0 s (2 files/s)")


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, timeout=120, **kw)


def test_skip_existing_resumes_a_run(tree, tmp_path):
    out = tmp_path / "out"
    first = cli(str(tree), "-o", str(out))
    assert first.returncode == 0, first.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert written == ["drafts/unfinished.json", "library.json", "world/europe/ferry.json", "world/orchard.json"]
    (out / "library.json").unlink()
    before = (out / "world" / "orchard.json").stat().st_mtime_ns
    second = cli(str(tree), "-o", str(out), "--skip-existing")
    assert second.returncode == 0
    assert "processed 1," in second.stderr.decode() and "3 output exists" in second.stderr.decode()
    assert (out / "library.json").exists()
    assert (out / "world" / "orchard.json").stat().st_mtime_ns == before


def test_inputs_are_never_modified(tree):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tree.rglob("*") if p.is_file()}
    assert cli(str(tree), "-o", str(tree / "clean"), "--text").returncode == 0
    assert cli(str(tree), "--json").returncode == 0
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tree.rglob("*")
             if p.is_file() and "clean" not in p.parts}
    assert after == before


def test_killed_run_leaves_only_complete_files(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for i in range(400):
        (root / f"{i:03d}.txt").write_text(HARBOUR * 3, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", str(root), "-o", str(out), "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and any(out.iterdir())):
        time.sleep(0.01)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err
    names = os.listdir(out)
    assert all(n.endswith(".json") and not n.startswith(".") for n in names)  # no temporary files
    for name in names:
        json.loads((out / name).read_text(encoding="utf-8"))  # every file complete
    if proc.returncode == 130:
        assert b"interrupted" in err
        resumed = cli(str(root), "-o", str(out), "--skip-existing", "-q")
        assert resumed.returncode == 0
        assert len(os.listdir(out)) == 400


def test_summary_counts_what_happened(tree):
    (tree / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    proc = cli(str(tree), "--json")
    assert proc.returncode == 1
    summary = proc.stderr.decode().strip().splitlines()[-1]
    assert summary.startswith("newsclean: processed 4, failed 1, skipped 4 (2 hidden; 2 not an article file: ")
    assert "artifacts removed" in summary and "quotes" in summary and "officials" in summary


@pytest.mark.parametrize("jobs", [1, 2])
def test_standard_input_is_read_once_for_the_task_dash(tmp_path, jobs):
    (tmp_path / "a.txt").write_text(HARBOUR, encoding="utf-8")
    proc = cli("-", str(tmp_path / "a.txt"), "--json", "-q", "-j", str(jobs), input=ORCHARD.encode("utf-8"))
    assert proc.returncode == 0
    first, second = (json.loads(line) for line in proc.stdout.splitlines())
    assert first["source"] == "-" and first["headline"] == "Orchard growers count frost damage"
    assert second["headline"] == "Harbour ferry fares to rise in spring"
