import pytest
from articles import HARBOUR, LIBRARY_HTML, ORCHARD
from click.testing import CliRunner


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def files(tmp_path):
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "orchard.txt").write_text(ORCHARD, encoding="utf-8")
    (tmp_path / "library.html").write_text(LIBRARY_HTML, encoding="utf-8")
    return tmp_path
