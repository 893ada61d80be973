"""``--delimiter {comma,semicolon,tab}``: the field separator of a CSV file a command writes, the
same option for every command that writes one (:mod:`petdesk.csv_separators`)."""

from __future__ import annotations

import argparse

from petdesk.cli.context import Translate
from petdesk.csv_separators import DEFAULT, SEPARATORS


def add_delimiter_option(p: argparse.ArgumentParser, _: Translate) -> None:
    p.add_argument(
        "--delimiter",
        choices=tuple(SEPARATORS),
        default=DEFAULT,
        help=_(
            "field separator of a CSV file: semicolon for Excel in Germany, France or the Netherlands, "
            "which reads a comma-separated file as one column (default: comma)"
        ),
    )
