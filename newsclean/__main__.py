"""The ``newsclean`` command's entry point, and ``python -m newsclean``.

Every call goes to the Click command (:mod:`newsclean.cli.main`) but the commonest,
``newsclean FILE --json`` on one file: importing Click takes about as long as cleaning
a typical article, so that call goes straight to :func:`newsclean.cli.single.run_single`,
the function the Click command calls for it too. Both doors therefore print the same
bytes and exit with the same code, errors and warnings included.
"""
from __future__ import annotations

import gc
import sys

from .batch import is_batch


def main() -> None:
    name = one_file_json_call(sys.argv[1:])
    if name is None:
        from .cli.main import main as click_main

        click_main()
    else:
        sys.exit(answer_one_file_json(name))


def one_file_json_call(args: list[str]) -> str | None:
    """The input of a ``newsclean FILE --json`` (or ``--json FILE``) call on one file
    (not standard input, a web address, a directory or a glob), else None."""
    if len(args) != 2 or "--json" not in args:
        return None
    name = args[1] if args[0] == "--json" else args[0]
    if name.startswith("-") or "://" in name or is_batch([name], None):
        return None  # an option, a web address (the Click command explains) or a batch
    return name


def answer_one_file_json(name: str) -> int:
    """What the Click command does for ``newsclean FILE --json``, without loading Click."""
    gc.disable()  # the imports make thousands of long-lived objects: scanning them for cycles is wasted time
    from .cli.single import run_single

    gc.freeze()  # and leave them out of the collections that processing the article may need
    gc.enable()
    return run_single(name, mode="json")


if __name__ == "__main__":
    main()
