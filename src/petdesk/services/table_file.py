"""A small list as an office sends it on: a CSV file (UTF-8 with a byte-order mark, which Excel reads)
or an Excel workbook, chosen by the file name's suffix. Text a spreadsheet would run as a formula is
made safe; dates are ISO text in a CSV and real dates in a workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from petdesk import outfile


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet: str,
    date_columns: Sequence[int] = (),
    delimiter: str = ",",
) -> int:
    """Write ``headers`` and ``rows`` to ``path`` (.csv or .xlsx); ``date_columns`` (counted from 1)
    get a date format in a workbook; ``delimiter`` separates a CSV's fields (a semicolon for Excel
    where numbers have a decimal comma). Returns the rows written."""
    from petdesk.services.exporting import safe_cell

    table = [[safe_cell(v) if isinstance(v, str) else v for v in row] for row in rows]
    suffix = path.suffix.lower()
    if suffix == ".csv":
        import csv

        with outfile.writing(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            writer.writerow(headers)
            writer.writerows([v.isoformat() if isinstance(v, dt.date) else v for v in row] for row in table)
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = sheet
        ws.append(list(headers))
        for row in table:
            ws.append(row)
            for column in date_columns:
                ws.cell(ws.max_row, column).number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        with outfile.writing(path) as fh:
            wb.save(fh)
    else:
        raise ValueError(f"{path.name}: choose a .csv or .xlsx file name")
    return len(table)
