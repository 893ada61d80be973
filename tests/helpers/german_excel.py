"""A CSV file read as Excel on a German system opens it by a double click: split at semicolons, a
cell taken as a number only in the German form (decimal comma, dots only between groups of three),
an ISO date as a date; anything else stays text (or worse: "12.50" becomes December 1950)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

#: 1234,5 / -0,73 / 1.234,50 (German groups); "1234.50" is none of them.
_NUMBER = re.compile(r"-?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d+)?")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")

Cell = float | dt.date | str


def cell(text: str) -> Cell:
    """``text`` as German Excel takes it: a float, a date, or text (what it cannot sum)."""
    if _NUMBER.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _ISO_DATE.fullmatch(text):
        return dt.date.fromisoformat(text)
    return text


def rows(path: Path) -> list[dict[str, Cell]]:
    """The file's rows by header as German Excel shows them (the BOM tells it the file is UTF-8)."""
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "without a BOM Excel reads the system's code page"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    return [{h: cell(v) for h, v in zip(table[0], row, strict=True)} for row in table[1:]]
