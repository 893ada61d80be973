"""The ``petdesk`` executable's entry point: answers ``--version`` before importing anything else.

The command line proper (:mod:`petdesk.cli`) imports every command module and with them SQLAlchemy;
printing the version needs none of that, and is what installers and scripts call most."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from petdesk import __version__


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        print(f"petdesk {__version__}")
        return 0
    from petdesk.cli import main as cli_main

    return cli_main(args)
