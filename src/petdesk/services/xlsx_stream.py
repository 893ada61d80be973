"""A one-sheet Excel workbook of text cells, written as fast as a file can be zipped.

openpyxl's write-only mode builds an object and an XML element per cell: 4.8 million of them for
100,000 contacts of 48 columns took minutes. Here openpyxl still writes the workbook (styles,
column widths, frozen panes, the header row), and the data rows are written into its sheet as
XML text, a row at a time, the way openpyxl's own cell writer renders a text cell (the tests
compare the two byte for byte): an empty cell is ``<c r="B2" t="inlineStr" />``, a text cell
``<c r="B2" t="inlineStr"><is><t>…</t></is></c>`` (``xml:space="preserve"`` when it starts or
ends with white space), an error code such as ``#N/A`` ``<c r="B2" t="e"><v>#N/A</v></c>``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

SHEET = "xl/worksheets/sheet1.xml"
#: Longest text openpyxl keeps in a cell (it cuts longer ones).
MAX_CELL = 32767
#: Separator of the cells in a row's text: no cell holds it (control characters are removed first).
SEP = "\x00"
#: Stands for the row number in the cell templates (a control character too).
_ROW = "\x01"
#: Deflate level of the file: 1 zips a 100,000-contact sheet three times faster than the default
#: 6, for a file a fifth larger.
COMPRESSION = 1
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))


class RowWriter:
    """Renders rows of text cells (their texts joined by :data:`SEP`) as sheet XML."""

    def __init__(self, columns: int) -> None:
        from openpyxl.utils import get_column_letter

        letters = [get_column_letter(i) for i in range(1, columns + 1)]
        self.columns = columns
        self.empty = [f'<c r="{col}{_ROW}" t="inlineStr" />' for col in letters]
        self.head = [f'<c r="{col}{_ROW}" t="inlineStr"><is><t>' for col in letters]
        self.kept = [f'<c r="{col}{_ROW}" t="inlineStr"><is><t xml:space="preserve">' for col in letters]
        self.error = [f'<c r="{col}{_ROW}" t="e"><v>' for col in letters]

    def row(self, number: int, text: str) -> str:
        if len(text) > MAX_CELL:
            text = SEP.join(cell[:MAX_CELL] for cell in text.split(SEP))
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        parts = [f'<row r="{number}">']
        empty, head = self.empty, self.head
        for index, cell in enumerate(text.split(SEP)):
            if not cell:
                parts.append(empty[index])
            elif cell in _ERROR_CODES:
                parts.append(f"{self.error[index]}{cell}</v></c>")
            elif (cell[0].isspace() or cell[-1].isspace()) and not cell.isspace():
                parts.append(f"{self.kept[index]}{cell}</t></is></c>")  # escaping keeps the edges
            else:
                parts.append(f"{head[index]}{cell}</t></is></c>")
        parts.append("</row>")
        return "".join(parts).replace(_ROW, str(number))


def write_workbook(out: IO[bytes] | Path, workbook: Any, columns: int, rows: Iterable[str]) -> None:
    """Save openpyxl's write-only ``workbook`` (its one sheet holding the header row) to ``out``
    with ``rows`` (texts of :data:`SEP`-joined cells) added to the sheet after the header."""
    import io

    template = io.BytesIO()
    workbook.save(template)
    writer = RowWriter(columns)
    with (
        zipfile.ZipFile(template) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSION) as dst,
    ):
        for info in src.infolist():
            data = src.read(info)
            if info.filename != SHEET:
                dst.writestr(info, data)
                continue
            head, tail = data.split(b"</sheetData>")
            # force_zip64: the sheet's size is not known before it is written
            with dst.open(SHEET, "w", force_zip64=True) as sheet:
                sheet.write(head)
                batch: list[str] = []
                for number, text in enumerate(rows, start=2):
                    batch.append(writer.row(number, text))
                    if len(batch) >= 500:
                        sheet.write("".join(batch).encode("utf-8"))
                        batch.clear()
                sheet.write("".join(batch).encode("utf-8"))
                sheet.write(b"</sheetData>" + tail)
