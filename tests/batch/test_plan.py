"""Planning a batch: what a walk or a glob takes and skips, in what order, and the
output name of each input."""
import os
from pathlib import Path, PurePosixPath

import pytest
from articles import ORCHARD

from newsclean.batch.plan import plan, safe_relative_parts


def rel_sources(planned, root):
    return [os.path.relpath(t.path, root) for t in planned.tasks]


def test_plan_walks_recursively_in_sorted_order_and_says_what_it_skipped(tree):
    planned = plan([str(tree)])
    assert rel_sources(planned, tree) == ["library.html", "drafts/unfinished.txt", "world/orchard.md",
                                          "world/europe/ferry.txt"]
    assert planned.skipped == {"hidden": 2, "not an article file": 2}
    assert planned.skipped_suffixes == {".png": 1, ".json": 1}


def test_include_and_exclude_patterns(tree):
    planned = plan([str(tree)], include=["*.txt", "*.json"], exclude=["drafts/*"])
    assert rel_sources(planned, tree) == ["feed.json", "world/europe/ferry.txt"]
    assert planned.skipped["excluded"] == 1
    assert planned.skipped["not included"] == 3  # library.html, orchard.md, logo.png


def test_globs_and_explicit_files_keep_command_line_order(tree):
    explicit = str(tree / "feed.json")  # named explicitly: taken whatever its suffix
    planned = plan([explicit, str(tree / "world" / "*.md"), "-"])
    assert [t.source for t in planned.tasks] == [explicit, str(tree / "world" / "orchard.md"), "-"]
    assert planned.tasks[2].path is None


def test_a_glob_matching_nothing_is_kept_to_be_reported(tmp_path):
    pattern = str(tmp_path / "*.txt")
    (task,) = plan([pattern]).tasks
    assert task.source == task.path == pattern


def test_a_directory_link_is_never_followed(tree):
    (tree / "loop").symlink_to(tree)
    planned = plan([str(tree)])
    assert len(planned.tasks) == 4
    assert planned.skipped["symbolic link to a directory"] == 1


def test_output_paths_mirror_the_tree_and_never_collide(tmp_path):
    root = tmp_path / "in"
    (root / "a").mkdir(parents=True)
    for name in ("a/story.txt", "a/story.html", "b.txt"):
        (root / name).write_text(ORCHARD, encoding="utf-8")
    out = tmp_path / "out"
    planned = plan([str(root), str(root / "b.txt")], output_dir=str(out), mode="text")
    assert [os.path.relpath(t.output, out) for t in planned.tasks] == ["b.txt", "a/story.txt", "a/story-2.txt",
                                                                        "b-2.txt"]


@pytest.mark.parametrize("output_dir", [".", "out/", "out//deep/.", "/"])
def test_output_paths_are_the_output_directory_joined_with_the_mirrored_name(tree, monkeypatch, output_dir):
    monkeypatch.chdir(tree.parent)
    planned = plan([str(tree) + "/"], output_dir=output_dir)
    for task in planned.tasks:
        rel = PurePosixPath(*Path(os.path.relpath(task.path, tree)).parts).with_suffix(".json")
        assert task.output == str(Path(output_dir).joinpath(*rel.parts))


def test_output_directory_inside_the_input_tree_is_not_walked(tree):
    out = tree / "clean"
    out.mkdir()
    (out / "library.txt").write_text("an earlier output", encoding="utf-8")
    planned = plan([str(tree)], output_dir=str(out))
    assert not any(t.path.startswith(str(out)) for t in planned.tasks)
    assert planned.skipped["the output directory"] == 1


def test_skip_existing_leaves_inputs_whose_output_exists(tree, tmp_path):
    out = tmp_path / "out"
    (out / "world").mkdir(parents=True)
    (out / "world" / "orchard.json").write_text("{}", encoding="utf-8")
    planned = plan([str(tree)], output_dir=str(out), skip_existing=True)
    assert rel_sources(planned, tree) == ["library.html", "drafts/unfinished.txt", "world/europe/ferry.txt"]
    assert [t.index for t in planned.tasks] == [0, 1, 2]
    assert planned.skipped["output exists"] == 1


@pytest.mark.parametrize("rel, expected", [
    ("../../etc/passwd", ["etc", "passwd"]),
    ("/abs/path.txt", ["abs", "path.txt"]),
    ("C:\\Windows\\x.txt", ["Windows", "x.txt"]),
    ("..", ["article"]),
    ("a/\x1b[31m\n.txt", ["a", "_[31m_.txt"]),
    (".hidden/x", ["_.hidden", "x"]),
])
def test_output_path_parts_cannot_leave_the_output_directory(rel, expected):
    assert safe_relative_parts(rel) == expected
