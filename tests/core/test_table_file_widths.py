"""A registration list or hotel list as a workbook (services.table_file): its columns wide enough
for their headers and dates (shots52: at Excel's default width a passport's expiry showed as
"########" and the bilingual headers were cut)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from petdesk.services.table_file import write_table

HEADERS = ["姓名 / Name", "护照有效期至 / Passport expiry date", "Visa note"]


def test_each_column_is_as_wide_as_its_header_and_its_longest_cell(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    rows = [["Zhang Chao", dt.date(2031, 5, 1), "L visa"], ["欧阳娜娜", None, "x" * 200]]
    assert write_table(path, HEADERS, rows, sheet="登记名单", date_columns=(2,)) == 2
    sheet = load_workbook(path).active
    widths = [sheet.column_dimensions[letter].width for letter in "ABC"]
    assert widths[0] >= len("姓名 / Name") + 2  # two wide characters count double
    assert widths[1] >= len("Passport expiry date") + len(" / ") + 2 * len("护照有效期至")
    assert 11 <= widths[2] <= 50  # a long note is cut on screen, not a column across the sheet
    assert sheet["B2"].number_format == "yyyy-mm-dd" and sheet["B2"].value == dt.datetime(2031, 5, 1)

