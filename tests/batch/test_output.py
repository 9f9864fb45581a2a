"""Output files: written whole or not at all, never outside the output directory, never
over the input."""
import os

import pytest

from newsclean.batch.output import inside, write_atomically
from newsclean.errors import OutputError


def test_write_refuses_a_symlink_that_leads_out_of_the_output_directory(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere)
    with pytest.raises(OutputError, match="leaves the output directory"):
        write_atomically(str(out / "sub" / "x.json"), "{}", root=str(out))
    assert list(elsewhere.iterdir()) == []


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "out" / "a.json"
    write_atomically(str(target), "first\n", root=str(tmp_path / "out"))

    def fail(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(str(target), "second\n", root=str(tmp_path / "out"))
    assert target.read_text() == "first\n"
    assert os.listdir(target.parent) == ["a.json"]


def test_a_failed_write_is_an_output_error_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    def full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputError, match=r"a\.json: No space left on device$"):
        write_atomically(str(tmp_path / "a.json"), "{}", root=str(tmp_path))
    assert os.listdir(tmp_path) == []


def test_write_checks_again_a_directory_replaced_by_a_symlink(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_atomically(str(out / "sub" / "a.json"), "{}", root=str(out))
    (out / "sub" / "a.json").unlink()
    (out / "sub").rmdir()
    (out / "sub").symlink_to(elsewhere)
    with pytest.raises(OutputError, match="leaves the output directory"):
        write_atomically(str(out / "sub" / "b.json"), "{}", root=str(out))
    assert list(elsewhere.iterdir()) == []


def test_write_goes_round_a_temporary_file_left_by_a_killed_run(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".a.json.part"
    stale.write_text("half", encoding="utf-8")
    write_atomically(str(out / "a.json"), "whole\n", root=str(out))
    assert (out / "a.json").read_text(encoding="utf-8") == "whole\n"
    assert stale.read_text(encoding="utf-8") == "half"
    assert sorted(os.listdir(out)) == [".a.json.part", "a.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_output_files_get_the_usual_permissions(tmp_path):
    previous = os.umask(0o022)
    try:
        write_atomically(str(tmp_path / "a.json"), "{}", root=str(tmp_path))
    finally:
        os.umask(previous)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644


def test_write_never_overwrites_the_input(tmp_path):
    src = tmp_path / "a.json"
    src.write_text("input", encoding="utf-8")
    with pytest.raises(OutputError, match="overwrite the input"):
        write_atomically(str(src), "output", root=str(tmp_path), source_path=str(src))
    assert src.read_text() == "input"


def test_inside_resolves_links_and_does_not_match_a_mere_prefix(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out-old").mkdir()
    (tmp_path / "out" / "up").symlink_to(tmp_path)
    assert inside(tmp_path / "out" / "a" / "b.json", tmp_path / "out")
    assert inside(tmp_path / "out", tmp_path / "out")
    assert not inside(tmp_path / "out-old" / "a.json", tmp_path / "out")
    assert not inside(tmp_path / "out" / "up" / "a.json", tmp_path / "out")
