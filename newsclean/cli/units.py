"""Sizes as people write them on a command line: ``20M``, ``1.5GB``, ``512k``, ``10MiB``."""
from __future__ import annotations

import re

# K, M, G alone and KiB, MiB, GiB are powers of 1024 (as in ``split -b 20M``); KB, MB,
# GB are powers of 1000. Case does not matter; a trailing B alone means bytes.
_BINARY = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30}
_DECIMAL = {"kb": 10**3, "mb": 10**6, "gb": 10**9}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.I)


def parse_size(text: str) -> int:
    """Bytes in ``text``; ValueError with a message a user can act on if it is not a size."""
    m = _SIZE.fullmatch(text)
    unit = m.group(2).lower() if m else ""
    factor = _BINARY.get(unit) or _DECIMAL.get(unit)
    if m is None or factor is None:
        raise ValueError(f"{text!r} is not a size (examples: 5000000, 500K, 20M, 1.5G, 20MB)")
    return int(float(m.group(1)) * factor)


def format_size(n: int) -> str:
    """``10485760`` → ``10M``: the shortest exact form."""
    for suffix, factor in (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if n % factor == 0:
            return f"{n // factor}{suffix}"
    return str(n)
