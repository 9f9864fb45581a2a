import os
import tempfile
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# The compiled-pattern cache of the test run goes to a directory of its own, never to
# the user's cache (subprocesses started by the tests inherit it).
os.environ["NEWSCLEAN_CACHE_DIR"] = tempfile.mkdtemp(prefix="newsclean-test-cache-")


@pytest.fixture
def samples() -> Path:
    return SAMPLES
