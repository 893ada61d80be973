"""Phone numbers a worksheet held as numbers are stored as numbers of their country are typed (import49,
field test 64: "13912345678" from the sheet beside "139 1234 5678" from the phone's vCard)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from petdesk.services.matching import phone_from_number_cell


def _values(db: Database) -> dict[str, set[str]]:
    with db.reading() as s:
        return {
            (c.family_name_zh + c.given_name_zh) or f"{c.given_name} {c.family_name}": {
                cm.value for cm in c.methods
            }
            for c in s.scalars(select(m.Contact))
        }


def test_numbers_from_number_cells_are_written_as_typed_numbers_of_their_country(
    db: Database, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "传真"])
    sheet.append(["张伟", 13912345678, None])
    sheet.append(["陳志明", 85291234567.0, None])  # a float, as some programs store whole numbers
    sheet.append(["Klaus Becker", 4923112345678, 4923112345600])
    sheet.append(["孙丽", "15033301234", None])  # typed as text: kept as typed
    sheet.append(["王芳", 3151234567, None])  # its trunk 0 lost, country unknown: left as it is
    path = tmp_path / "numbers.xlsx"
    book.save(path)
    with db.transaction() as s:
        importing.run_import(s, importing.load_file(path), "contacts")
    values = _values(db)
    assert values["张伟"] == {"139 1234 5678"}
    assert values["陳志明"] == {"+852 9123 4567"}
    assert values["Klaus Becker"] == {"+49 231 1234 5678", "+49 231 1234 5600"}
    assert values["孙丽"] == {"15033301234"}
    assert values["王芳"] == {"3151234567"}


def test_a_csv_keeps_its_numbers_as_written(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "typed.csv"
    path.write_text("姓名,手机\n张伟,13912345678\n", encoding="utf-8")
    with db.transaction() as s:
        importing.run_import(s, importing.load_file(path), "contacts")
    assert _values(db) == {"张伟": {"13912345678"}}


def test_phone_from_number_cell() -> None:
    assert phone_from_number_cell("13912345678") == "139 1234 5678"
    assert phone_from_number_cell("6591234567") == "+65 9123 4567"  # Singapore's two fours
    assert phone_from_number_cell("8613912345678") == "+86 139 1234 5678"
    assert phone_from_number_cell("12345") == "12345"
