"""docs/cli.md, the command's reference, generated from its ``--help``, so that it
cannot drift from the command: ``tests/cli/test_reference.py`` fails when the page is
not what this module makes, and ``python -m newsclean.cli.reference [PATH]`` rewrites
it (PATH defaults to docs/cli.md)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .main import main

WIDTH = 80  # the help as an 80-column terminal shows it
PAGE = """\
# Command reference

<!-- Generated from `newsclean --help` by `python -m newsclean.cli.reference`: do not edit.
     tests/cli/test_reference.py fails when this page and the command disagree. -->

`newsclean --help`, as an {width}-column terminal shows it. What the output looks like
is in the [README](../README.md); batch mode in full in [batch.md](batch.md); exit
codes and limits in [limits.md](limits.md).

```text
{help}
```
"""


def help_text(width: int = WIDTH) -> str:
    """The command's ``--help`` at ``width`` columns, as the ``newsclean`` command prints it."""
    settings = {**main.context_settings, "terminal_width": width, "max_content_width": width}
    with click.Context(main, info_name="newsclean", **settings) as ctx:
        return main.get_help(ctx)


def reference() -> str:
    return PAGE.format(width=WIDTH, help=help_text())


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/cli.md")
    target.write_text(reference(), encoding="utf-8")
    print(f"wrote {target}")
