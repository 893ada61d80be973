"""``petdesk exchange export --format-version 1.0``: a file for a hub whose petdesk (or any tool
following the strict 1.0 schema) reads only an older version of the 3iPET exchange format."""

from __future__ import annotations

import argparse

from petdesk.cli.context import Translate
from petdesk.exchange import VERSION
from petdesk.exchange.versions import WRITABLE


def add_format_version_option(p: argparse.ArgumentParser, _: Translate) -> None:
    p.add_argument(
        "--format-version",
        choices=WRITABLE,
        default=VERSION,
        help=_(
            "the version of the file: 1.0 for a hub whose petdesk reads only 1.0 (match notes "
            "are left out, and a sheet has no notes column) (default: {version})"
        ).format(version=VERSION),
    )
