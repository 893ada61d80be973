"""A blank row in the middle of a worksheet is skipped and said: the result counts it (service and
command line; the window's result page in tests/gui/contacts/test_import_dialog_blank_rows.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.i18n import translator
from petdesk.services import importing
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue


def blank_rows_workbook(path: Path) -> Path:
    """Name/E-mail, Ann, a blank row, Bo, two blank rows, Cy, then rows Excel keeps formatted but
    empty at the end (openpyxl reads them as rows of empty cells)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Name", "E-mail"])
    ws.append(["Ann Lee", "ann@example.org"])
    ws.append([])  # row 3
    ws.append(["Bo Chen", "bo@example.org"])
    ws.append([])
    ws.append([])
    ws.append(["Cy Wu", "cy@example.org"])
    ws.cell(row=12, column=1).number_format = "@"  # a formatted, empty cell far below
    ws.cell(row=12, column=1).value = None
    wb.save(path)
    return path


@pytest.mark.usefixtures("tree_catalogue")
def test_blank_rows_between_records_are_counted_and_said(db: Database, tmp_path: Path) -> None:
    path = blank_rows_workbook(tmp_path / "people.xlsx")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert report.count("added") == 3
    assert report.blank_rows == 3  # rows 3, 5 and 6; not the empty ones at the end
    assert [o.line for o in report.added] == [2, 4, 7]
    assert report.summary() == "3 added, 0 updated, 0 skipped; 3 blank rows skipped"
    assert "已跳过 3 个空行" in report.summary(translator("zh_CN"))
    with db.reading() as s:
        assert sorted(s.scalars(select(m.Contact.given_name))) == ["Ann", "Bo", "Cy"]


def test_one_blank_row_reads_in_the_singular_and_a_sheet_without_any_says_nothing(
    db: Database, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["Name"], ["Ann Lee"], [], ["Bo Chen"]):
        ws.append(row)
    wb.save(tmp_path / "one.xlsx")
    with db.transaction() as s:
        report = importing.import_file(s, tmp_path / "one.xlsx")
    assert report.summary().endswith("; 1 blank row skipped")
    ws.delete_rows(3)
    wb.save(tmp_path / "none.xlsx")
    with db.transaction() as s:
        report = importing.import_file(s, tmp_path / "none.xlsx")
    assert report.blank_rows == 0 and "blank" not in report.summary()


def test_a_blank_row_above_a_row_that_gives_no_record_is_still_counted(db: Database, tmp_path: Path) -> None:
    """A row holding only an ignored column gives no record; the blank row above it is told with
    the next record's row."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["Name", "Unused"], ["Ann Lee", ""], [], ["", "x"], ["Bo Chen", ""]):
        ws.append(row)
    wb.save(tmp_path / "gap.xlsx")
    with db.transaction() as s:
        report = importing.import_file(s, tmp_path / "gap.xlsx", mapping_spec="Name=full_name")
    assert (report.count("added"), report.blank_rows) == (2, 1)


@pytest.mark.usefixtures("tree_catalogue")
def test_the_command_line_says_how_many_blank_rows_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli import main

    path = blank_rows_workbook(tmp_path / "people.xlsx")
    db = ["--db", str(tmp_path / "office.sqlite")]
    assert main([*db, "import-contacts", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 added, 0 updated, 0 skipped; 3 blank rows skipped (people.xlsx)" in out, out
    assert main([*db, "--lang", "zh_CN", "import-contacts", "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "跳过 3 条；已跳过 3 个空行（people.xlsx）" in out, out
