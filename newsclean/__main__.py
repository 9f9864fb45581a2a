"""The ``newsclean`` command's entry point.

The commonest call, ``newsclean FILE --json``, is answered here without loading Click:
importing Click takes longer than cleaning a typical article. It takes exactly that
shape of call on a regular file that cleans without a warning; anything else (other
options, several inputs, directories, stdin, an error or a warning to report) goes to
the Click command in :mod:`newsclean.cli`, which gives the same output for this call.
"""
from __future__ import annotations

import gc
import os
import sys


def main() -> None:
    path = _plain_json_call(sys.argv[1:])
    if path is not None and _print_json(path):
        sys.exit(0)
    from .cli.main import main as click_main

    click_main()


def _plain_json_call(args: list[str]) -> str | None:
    """The file of a ``newsclean FILE --json`` (or ``--json FILE``) call, else None."""
    if len(args) != 2 or "--json" not in args:
        return None
    path = args[1] if args[0] == "--json" else args[0]
    if path.startswith("-") or not os.path.isfile(path):
        return None
    return path


def _print_json(path: str) -> bool:
    """Clean ``path`` and print its JSON; False, having printed nothing, when the
    full command should handle the call (it reports errors and warnings)."""
    gc.disable()  # the imports make thousands of long-lived objects: scanning them for cycles is wasted time
    from .cli.io import silence_stdout, write_stdout
    from .errors import EXIT_FAILED
    from .model import to_json
    from .pipeline import process_file

    gc.freeze()  # and leave them out of the collections that processing the article may need
    gc.enable()
    try:
        article = process_file(path)
    except Exception:
        return False
    if article.warnings:
        return False
    try:
        write_stdout(to_json(article.to_dict()) + "\n")
    except BrokenPipeError:
        silence_stdout()
        sys.exit(EXIT_FAILED)
    return True


if __name__ == "__main__":
    main()
