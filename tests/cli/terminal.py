"""Running ``newsclean`` on a pseudo-terminal, and reading what a person would see.

:func:`run_in_terminal` starts the command with its standard output and error (or only
its error, when ``stdout_to_pipe``) on a pseudo-terminal of the given width, and
:func:`screen_lines` plays the bytes the terminal received onto a screen: carriage
returns, erased lines and cursor moves are applied, as a terminal applies them, so a
progress bar that was drawn and then erased leaves nothing behind and one left glued to
the output shows in the line it shares with it.
"""
from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_ESCAPE = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]")


@dataclass
class Terminal:
    returncode: int
    raw: str                 # what the terminal received, escape sequences and all
    stdout: str | None       # standard output when it went to a pipe

    @property
    def lines(self) -> list[str]:
        return screen_lines(self.raw)


def run_in_terminal(args: list[str], *, columns: int = 80, stdin: bytes | None = None,
                    stdout_to_pipe: bool = False, env: dict[str, str] | None = None,
                    timeout: float = 60) -> Terminal:
    """Run ``python -m newsclean ARGS`` with a terminal of ``columns`` columns on stderr
    and on stdout (unless ``stdout_to_pipe``); stdin is the terminal too unless
    ``stdin`` bytes are given (then a pipe)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")}
    environment.update({"PYTHONPATH": str(ROOT), "TERM": "xterm-256color", **(env or {})})
    proc = subprocess.Popen([sys.executable, "-m", "newsclean", *args], stdin=subprocess.PIPE if stdin is not None
                            else slave, stdout=subprocess.PIPE if stdout_to_pipe else slave, stderr=slave,
                            env=environment, close_fds=True)
    os.close(slave)
    if stdin is not None:
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
    received = _read_until_closed(master, proc, timeout)
    piped = proc.stdout.read().decode("utf-8") if proc.stdout is not None else None
    return Terminal(proc.wait(timeout), received.decode("utf-8", "replace"), piped)


def _read_until_closed(master: int, proc: subprocess.Popen, timeout: float) -> bytes:
    out = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the other side closed: Linux reports it as EIO
                    break
                if not chunk:
                    break
                out += chunk
            elif proc.poll() is not None:
                break
    finally:
        os.close(master)
    return bytes(out)


def screen_lines(raw: str) -> list[str]:
    """The lines left on a screen that received ``raw`` (a terminal driver turns each
    ``\\n`` into ``\\r\\n``; the pseudo-terminal has done that already)."""
    lines: list[list[str]] = [[]]
    row = col = 0
    pos = 0
    for m in _ESCAPE.finditer(raw + "\x1b[0m"):
        for ch in raw[pos:m.start()]:
            if ch == "\r":
                col = 0
            elif ch == "\n":
                row += 1
                while len(lines) <= row:
                    lines.append([])
            elif ch >= " ":
                line = lines[row]
                line.extend(" " * (col - len(line)))
                if col < len(line):
                    line[col] = ch
                else:
                    line.append(ch)
                col += 1
        pos = m.end()
        argument, command = m.group(1) or "", m.group(2)
        if command == "K":  # erase in line: 2 all of it, else from the cursor on
            lines[row] = [] if argument == "2" else lines[row][:col]
        elif command == "A":
            row = max(0, row - int(argument or 1))
        elif command == "B":
            row += int(argument or 1)
            while len(lines) <= row:
                lines.append([])
        elif command == "G":
            col = int(argument or 1) - 1
    text = ["".join(line).rstrip() for line in lines]
    while text and not text[-1]:
        text.pop()
    return text


def plain(raw: str) -> str:
    """``raw`` without escape sequences and carriage returns."""
    return _ESCAPE.sub("", raw).replace("\r", "")
