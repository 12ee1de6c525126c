"""The ``kinerja`` executable's entry point: answers ``--version`` without loading the app
(the full command line imports sqlite-utils, reportlab helpers and more: ~0.25 s), and turns a
``.kinerja`` package given as the only argument (a double-click, or a file dropped on the
program) into ``gui --import FILE``. Everything else goes to ``desktop.cli``.
"""

from __future__ import annotations

import sys

from desktop import __version__

PACKAGE_SUFFIX = ".kinerja"  # desktop.sync.export.SUFFIX (not imported: it loads the store)


def fast_answer(args: list[str]) -> str | None:
    """The text to print for a command that needs nothing of the app, else None."""
    if args == ["--version"]:
        return f"kinerja, version {__version__}"  # what click's version option prints
    return None


def rewrite(args: list[str]) -> list[str]:
    """``[FILE.kinerja]`` → ``["gui", "--import", FILE.kinerja]``; other arguments unchanged."""
    if len(args) == 1 and args[0].lower().endswith(PACKAGE_SUFFIX):
        return ["gui", "--import", args[0]]
    return args


def main() -> None:
    args = sys.argv[1:]
    answer = fast_answer(args)
    if answer is not None:
        print(answer)
        return
    sys.argv[1:] = rewrite(args)
    from desktop.cli import main as cli_main

    cli_main()
