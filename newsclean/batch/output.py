"""Output files of a batch: each written through a temporary file and a rename, so an
interrupted run never leaves a half-written file, and never outside the output
directory, whatever symbolic links the tree holds."""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError


def inside(path: str | Path, root: str | Path) -> bool:
    """True when ``path``, with every symbolic link resolved, lies under ``root``."""
    real, real_root = os.path.realpath(path), os.path.realpath(root)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def write_atomically(target: str, text: str, *, root: str, source_path: str | None = None) -> None:
    """Write ``text`` to ``target`` (under ``root``) through a temporary file and a rename.

    Ctrl-C and SIGTERM are held back for the few milliseconds this takes, so a run that
    is stopped leaves either the whole file or none, and no temporary file behind."""
    directory = os.path.dirname(target) or "."
    with _signals_deferred():
        try:
            _ready_directory(directory, root, target)
            if source_path is not None and os.path.exists(target) and os.path.samefile(target, source_path):
                raise OutputError(f"{target}: refusing to overwrite the input file")
            temporary = _temporary(directory, os.path.basename(target))
        except OSError as exc:
            raise OutputError(f"{target}: {exc.strerror or exc}") from None
        try:
            with os.fdopen(temporary.fd, "wb") as fh:
                fh.write(text.encode("utf-8", "replace"))
            os.replace(temporary.path, target)
        except BaseException as exc:
            _unlink_quietly(temporary.path)
            if isinstance(exc, OSError):
                raise OutputError(f"{target}: {exc.strerror or exc}") from None
            raise


# Output directories already made and found inside their root, with the identity
# (device, inode) they had then: a directory is checked again only if it has changed
# (replaced by a symbolic link, say), so that a file costs one stat, not a walk of
# every component of its path.
_CHECKED_DIRECTORIES: dict[tuple[str, str], tuple[int, int]] = {}


def _ready_directory(directory: str, root: str, target: str) -> None:
    """Make ``directory`` if needed; raise OutputError if it leads out of ``root``."""
    key = (directory, root)
    known = _CHECKED_DIRECTORIES.get(key)
    if known is not None and _identity(directory) == known:
        return
    if not inside(directory, root):
        raise OutputError(f"{target}: output path leaves the output directory")
    os.makedirs(directory, exist_ok=True)
    if not inside(directory, root):
        raise OutputError(f"{target}: output path leaves the output directory")
    st = os.stat(directory)
    _CHECKED_DIRECTORIES[key] = (st.st_dev, st.st_ino)


def _identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of what ``path`` names now; None if it names nothing."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends (POSIX main thread; elsewhere a no-op)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


@dataclass(frozen=True, slots=True)
class _Temporary:
    fd: int    # open for writing
    path: str


def _temporary(directory: str, name: str) -> _Temporary:
    """A new file beside the target: ``.NAME.part`` (no two tasks of a run share a
    target), or a name of its own when that is taken (a run killed outright, or
    another run writing to the same tree)."""
    path = os.path.join(directory, f".{name}.part")
    try:
        return _Temporary(os.open(path, _CREATE_NEW, 0o666), path)
    except FileExistsError:
        fd, path = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory)
        return _Temporary(fd, path)


def _unlink_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
