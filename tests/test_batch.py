"""Batch cleaning: discovery, input order whatever the workers, atomic writes, resuming,
time limits and worker crashes."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from articles import HARBOUR, LIBRARY_HTML, ORCHARD

from newsclean.batch import pool as batch
from newsclean.errors import OutputError


def make_tree(root):
    (root / "world" / "europe").mkdir(parents=True)
    (root / "drafts").mkdir()
    (root / ".cache").mkdir()
    (root / "world" / "europe" / "ferry.txt").write_text(HARBOUR, encoding="utf-8")
    (root / "world" / "orchard.md").write_text(ORCHARD, encoding="utf-8")
    (root / "library.html").write_text(LIBRARY_HTML, encoding="utf-8")
    (root / "drafts" / "unfinished.txt").write_text(ORCHARD, encoding="utf-8")
    (root / ".cache" / "old.txt").write_text(ORCHARD, encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "feed.json").write_text("{}", encoding="utf-8")
    return root


def rel_sources(plan, root):
    return [os.path.relpath(t.path, root) for t in plan.tasks]


def test_plan_walks_recursively_in_sorted_order_and_says_what_it_skipped(tmp_path):
    root = make_tree(tmp_path / "in")
    plan = batch.plan([str(root)])
    assert rel_sources(plan, root) == ["library.html", "drafts/unfinished.txt", "world/orchard.md",
                                       "world/europe/ferry.txt"]
    assert plan.skipped == {"hidden": 2, "not an article file": 2}
    assert plan.skipped_suffixes == {".png": 1, ".json": 1}


def test_include_and_exclude_patterns(tmp_path):
    root = make_tree(tmp_path / "in")
    plan = batch.plan([str(root)], include=["*.txt", "*.json"], exclude=["drafts/*"])
    assert rel_sources(plan, root) == ["feed.json", "world/europe/ferry.txt"]
    assert plan.skipped["excluded"] == 1
    assert plan.skipped["not included"] == 3  # library.html, orchard.md, logo.png


def test_globs_and_explicit_files_keep_command_line_order(tmp_path):
    root = make_tree(tmp_path / "in")
    explicit = str(root / "feed.json")  # named explicitly: taken whatever its suffix
    plan = batch.plan([explicit, str(root / "world" / "*.md"), "-"])
    assert [t.source for t in plan.tasks] == [explicit, str(root / "world" / "orchard.md"), "-"]
    assert plan.tasks[2].path is None


def test_output_paths_mirror_the_tree_and_never_collide(tmp_path):
    root = tmp_path / "in"
    (root / "a").mkdir(parents=True)
    for name in ("a/story.txt", "a/story.html", "b.txt"):
        (root / name).write_text(ORCHARD, encoding="utf-8")
    out = tmp_path / "out"
    plan = batch.plan([str(root), str(root / "b.txt")], output_dir=str(out), mode="text")
    assert [os.path.relpath(t.output, out) for t in plan.tasks] == ["b.txt", "a/story.txt", "a/story-2.txt", "b-2.txt"]


@pytest.mark.parametrize("output_dir", [".", "out/", "out//deep/.", "/"])
def test_output_paths_are_the_output_directory_joined_with_the_mirrored_name(tmp_path, monkeypatch, output_dir):
    from pathlib import Path, PurePosixPath

    root = make_tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    plan = batch.plan([str(root) + "/"], output_dir=output_dir)
    for task in plan.tasks:
        rel = PurePosixPath(*Path(os.path.relpath(task.path, root)).parts).with_suffix(".json")
        assert task.output == str(Path(output_dir).joinpath(*rel.parts))


def test_output_directory_inside_the_input_tree_is_not_walked(tmp_path):
    root = make_tree(tmp_path / "in")
    out = root / "clean"
    out.mkdir()
    (out / "library.txt").write_text("an earlier output", encoding="utf-8")
    plan = batch.plan([str(root)], output_dir=str(out))
    assert not any(t.path.startswith(str(out)) for t in plan.tasks)
    assert plan.skipped["the output directory"] == 1


@pytest.mark.parametrize("rel, expected", [
    ("../../etc/passwd", ["etc", "passwd"]),
    ("/abs/path.txt", ["abs", "path.txt"]),
    ("C:\\Windows\\x.txt", ["Windows", "x.txt"]),
    ("..", ["article"]),
    ("a/\x1b[31m\n.txt", ["a", "_[31m_.txt"]),
    (".hidden/x", ["_.hidden", "x"]),
])
def test_output_path_parts_cannot_leave_the_output_directory(rel, expected):
    assert batch.safe_relative_parts(rel) == expected


def test_write_refuses_a_symlink_that_leads_out_of_the_output_directory(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere)
    with pytest.raises(OutputError, match="leaves the output directory"):
        batch.write_atomically(str(out / "sub" / "x.json"), "{}", root=str(out))
    assert list(elsewhere.iterdir()) == []


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "out" / "a.json"
    batch.write_atomically(str(target), "first\n", root=str(tmp_path / "out"))

    def fail(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        batch.write_atomically(str(target), "second\n", root=str(tmp_path / "out"))
    assert target.read_text() == "first\n"
    assert os.listdir(target.parent) == ["a.json"]


def test_write_checks_again_a_directory_replaced_by_a_symlink(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    batch.write_atomically(str(out / "sub" / "a.json"), "{}", root=str(out))
    (out / "sub" / "a.json").unlink()
    (out / "sub").rmdir()
    (out / "sub").symlink_to(elsewhere)
    with pytest.raises(OutputError, match="leaves the output directory"):
        batch.write_atomically(str(out / "sub" / "b.json"), "{}", root=str(out))
    assert list(elsewhere.iterdir()) == []


def test_write_goes_round_a_temporary_file_left_by_a_killed_run(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".a.json.part"
    stale.write_text("half", encoding="utf-8")
    batch.write_atomically(str(out / "a.json"), "whole\n", root=str(out))
    assert (out / "a.json").read_text(encoding="utf-8") == "whole\n"
    assert stale.read_text(encoding="utf-8") == "half"
    assert sorted(os.listdir(out)) == [".a.json.part", "a.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_output_files_get_the_usual_permissions(tmp_path):
    previous = os.umask(0o022)
    try:
        batch.write_atomically(str(tmp_path / "a.json"), "{}", root=str(tmp_path))
    finally:
        os.umask(previous)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644


def test_write_never_overwrites_the_input(tmp_path):
    src = tmp_path / "a.json"
    src.write_text("input", encoding="utf-8")
    with pytest.raises(OutputError, match="overwrite the input"):
        batch.write_atomically(str(src), "output", root=str(tmp_path), source_path=str(src))
    assert src.read_text() == "input"


def run_collect(tasks, jobs, **kw):
    seen = []
    summary = batch.run(tasks, batch.Options(**kw), seen.append, jobs=jobs)
    return seen, summary


def test_results_come_in_input_order_whatever_the_number_of_workers(tmp_path):
    texts = [HARBOUR, ORCHARD, LIBRARY_HTML]
    for i in range(30):
        (tmp_path / f"{i:02d}.txt").write_text(texts[i % 3] * (1 + (i * 7) % 5), encoding="utf-8")
    tasks = batch.plan([str(tmp_path)]).tasks
    one, s1 = run_collect(tasks, 1)
    three, s3 = run_collect(tasks, 3)
    assert [r.index for r in three] == list(range(30))
    assert [r.payload for r in three] == [r.payload for r in one]
    assert s1.processed == s3.processed == 30 and s3.failed == 0
    assert s3.removed == s1.removed > 0


def test_a_stuck_file_times_out_and_the_batch_goes_on(tmp_path, monkeypatch):
    for name in ("a.txt", "stuck.txt", "c.txt"):
        (tmp_path / name).write_text(ORCHARD, encoding="utf-8")
    real = batch.clean_one

    def clean_or_hang(task, options, data=None):
        if task.source.endswith("stuck.txt"):
            time.sleep(600)
        return real(task, options, data)

    monkeypatch.setattr(batch, "clean_one", clean_or_hang)  # forked workers inherit it
    started = time.monotonic()
    results, summary = run_collect(batch.plan([str(tmp_path)]).tasks, 2, timeout=1.0)
    assert time.monotonic() - started < 30
    assert [r.error is None for r in results] == [True, True, False]
    assert "time limit" in results[2].error and results[2].timed_out
    assert summary.timed_out == 1 and summary.failed == 1 and summary.processed == 2


def test_a_crashing_worker_fails_only_its_own_file(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "crash.txt", "d.txt"):
        (tmp_path / name).write_text(HARBOUR, encoding="utf-8")
    real = batch.clean_one

    def clean_or_die(task, options, data=None):
        if task.source.endswith("crash.txt"):
            os._exit(3)
        return real(task, options, data)

    monkeypatch.setattr(batch, "clean_one", clean_or_die)
    results, summary = run_collect(batch.plan([str(tmp_path)]).tasks, 2)
    assert [r.error is None for r in results] == [True, True, False, True]
    assert "crashed" in results[2].error
    assert summary.processed == 3


def test_a_library_bug_is_one_line_not_a_traceback(monkeypatch):
    import newsclean.pipeline

    def broken(data, source=None):
        raise ValueError("boom\nsecond line")

    monkeypatch.setattr(newsclean.pipeline, "process", broken)
    result = batch.clean_one(batch.Task(0, "x.txt", None), batch.Options(), b"text")
    assert result.error == "x.txt: internal error (ValueError: boom second line)"


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "newsclean", *args], capture_output=True, timeout=120, **kw)


def test_skip_existing_resumes_a_run(tmp_path):
    root = make_tree(tmp_path / "in")
    out = tmp_path / "out"
    first = cli(str(root), "-o", str(out))
    assert first.returncode == 0, first.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert written == ["drafts/unfinished.json", "library.json", "world/europe/ferry.json", "world/orchard.json"]
    (out / "library.json").unlink()
    before = (out / "world" / "orchard.json").stat().st_mtime_ns
    second = cli(str(root), "-o", str(out), "--skip-existing")
    assert second.returncode == 0
    assert "processed 1," in second.stderr.decode() and "3 output exists" in second.stderr.decode()
    assert (out / "library.json").exists()
    assert (out / "world" / "orchard.json").stat().st_mtime_ns == before


def test_inputs_are_never_modified(tmp_path):
    root = make_tree(tmp_path / "in")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}
    assert cli(str(root), "-o", str(root / "clean"), "--text").returncode == 0
    assert cli(str(root), "--json").returncode == 0
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file() and "clean" not in p.parts}
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


def test_summary_counts_what_happened(tmp_path):
    root = make_tree(tmp_path / "in")
    (root / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    proc = cli(str(root), "--json")
    assert proc.returncode == 1
    summary = proc.stderr.decode().strip().splitlines()[-1]
    assert summary.startswith("newsclean: processed 4, failed 1, skipped 4 (2 hidden; 2 not an article file: ")
    assert "artifacts removed" in summary and "quotes" in summary and "officials" in summary
