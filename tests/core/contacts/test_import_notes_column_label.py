"""A column the user sends to the notes keeps its name there: a WPS list's 首次联系日期 mapped to the
notes gave notes of a bare "2023-11-01" above "大气处", and nobody could say what the date was
(field test 64). A notes column of its own (备注, Notes) is written as before."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.core.test_field_64_first_week import wps_workbook


def test_a_column_mapped_to_the_notes_is_named_in_them(db: Database, tmp_path: Path) -> None:
    loaded = importing.load_file(wps_workbook(tmp_path / "partners.xlsx"))
    assert loaded.table is not None
    mapping = importing.guess_mapping(loaded.table.headers)
    dates = loaded.table.headers.index("首次联系日期")
    assert dates not in mapping  # left out unless the user says where it goes
    mapping[dates] = "notes"
    with db.transaction() as s:
        chosen = importing.LoadedFile.from_table(loaded.path, loaded.table, mapping, "contacts")
        report = importing.run_import(s, chosen, "contacts")
    assert "首次联系日期" not in report.dropped
    with db.reading() as s:
        notes = {c.given_name_zh or c.given_name: c.notes for c in s.scalars(select(m.Contact))}
    assert notes["伟"].splitlines()[:2] == ["首次联系日期：2023-11-01", "大气处"]  # Excel serial 45231
    assert notes["Klaus"].splitlines() == ["首次联系日期：2024-07-27", "德国代表团联系人"]


def test_note_label() -> None:
    assert importing.note_label("首次联系日期") == "首次联系日期："
    assert importing.note_label("First contact") == "First contact: "
    assert importing.note_label("备注") == importing.note_label("Notes") == importing.note_label("") == ""
