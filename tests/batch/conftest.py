import pytest
from articles import HARBOUR, LIBRARY_HTML, ORCHARD


def make_tree(root):
    """An input tree with articles at several depths, hidden files and non-articles."""
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


@pytest.fixture
def tree(tmp_path):
    return make_tree(tmp_path / "in")
