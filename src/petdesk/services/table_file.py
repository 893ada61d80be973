"""A small list as an office sends it on: a CSV file (UTF-8 with a byte-order mark, which Excel reads)
or an Excel workbook, chosen by the file name's suffix. Text a spreadsheet would run as a formula is
made safe; dates are ISO text in a CSV and real dates in a workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from petdesk import outfile
from petdesk.csv_separators import number_cell


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
            writer.writerows([_csv_cell(v, delimiter) for v in row] for row in table)
    elif suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.utils import get_column_letter

        wb = Workbook()
        ws = wb.active
        ws.title = sheet
        ws.append(list(headers))
        for row in table:
            ws.append(row)
            for column in date_columns:
                ws.cell(ws.max_row, column).number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        for column, width in enumerate(_widths(headers, table), start=1):
            ws.column_dimensions[get_column_letter(column)].width = width
        with outfile.writing(path) as fh:
            wb.save(fh)
    else:
        raise ValueError(f"{path.name}: choose a .csv or .xlsx file name")
    return len(table)


def text_cells(cells: Iterable[Any]) -> None:
    """Keep the text of a worksheet row's ``cells`` as text: openpyxl makes "=…" a formula Excel runs
    on opening and "#N/A" an error, whoever typed the name or title (an import, another office)."""
    for cell in cells:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def text_workbook(workbook: Any) -> None:
    """:func:`text_cells` for every cell of every sheet of an openpyxl ``workbook`` (not write-only)."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            text_cells(row)


def _csv_cell(value: Any, delimiter: str) -> Any:
    """A date as ISO text (Excel of every region reads it); a fraction with the separator's decimal
    mark (csv53: German Excel read "12.50" in a semicolon file as a date)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return number_cell(value, delimiter) if isinstance(value, float) else value


#: A workbook column's width in characters: at least a date's, at most what a screen shows whole.
LEAST_CHARS, MOST_CHARS = 11, 50


def _chars(value: Any) -> int:
    """How many characters wide ``value`` shows in a spreadsheet: a date as yyyy-mm-dd, a Chinese
    or other wide character as two."""
    import unicodedata

    text = value.isoformat()[:10] if isinstance(value, dt.date) else "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(headers: Sequence[str], table: Sequence[Sequence[Any]]) -> list[int]:
    """Each column as wide as its header and longest cell (shots52: Excel's default 8.43 characters
    showed a passport's expiry as "########" and cut "护照有效期至 / Passport expiry date")."""
    return [
        min(MOST_CHARS, max(LEAST_CHARS, 2 + max(_chars(v) for v in (header, *(row[c] for row in table)))))
        for c, header in enumerate(headers)
    ]
