"""A training's attendees to a file, as the command line's ``export-contacts --training`` and the
training editor's Export attendees… both write it: one service function for both."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.db import Database, open_database
from petdesk.models import Contact
from petdesk.services import importing, record_people
from petdesk.services import trainings as ts
from petdesk.services.exporting import Format
from petdesk.services.visits import ScheduleError
from tests.core.visits.data import person
from tests.helpers import trainings_data


def test_attendees_not_trainers_with_headers_in_the_language_asked(db: Database, tmp_path: Path) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    out = tmp_path / "attendees.xlsx"
    with db.reading() as s:
        n = record_people.export_training_attendees(s, ids["training"], out, "xlsx", language="zh_CN")
    assert n == 2
    table = importing.read_table(out)
    assert "姓名顺序" in table.headers  # the Chinese window's words, as the other exports
    names = {" ".join(cell for cell in row if cell) for _n, row in table.rows}
    assert any("Bergström" in name for name in names) and any("Becker" in name for name in names)
    assert not any("Andersson" in name for name in names)  # Erik is the trainer


def test_vcard_and_a_training_gone(db: Database, tmp_path: Path) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=False)
    out = tmp_path / "attendees.vcf"
    with db.reading() as s:
        assert record_people.export_training_attendees(s, ids["training"], out, "vcf") == 2
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    with db.transaction() as s:
        ts.delete_training(s, ids["training"])
    gone = tmp_path / "gone.csv"
    with db.reading() as s, pytest.raises(ScheduleError, match="training"):
        record_people.export_training_attendees(s, ids["training"], gone, "csv")
    assert not gone.exists()


@pytest.mark.parametrize(
    ("fmt", "language", "name_header"), [("xlsx", "zh_CN", "姓名"), ("csv", "en", "Full name")]
)
def test_the_name_comes_first_and_the_file_imports_back_as_the_same_people(
    db: Database, tmp_path: Path, empty_template: Path, fmt: Format, language: str, name_header: str
) -> None:
    """Field test 92: 姓名 was the 64th of 67 columns. It is the first now; the importer maps the
    columns by their header, so the file still brings back the same people."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        mei = person(s, "Mei", "Wang", "王梅", "mei@example.cn", family_first=True)
        ts.register(s, ids["training"], mei.id)
    out = tmp_path / f"attendees.{fmt}"
    with db.reading() as s:
        assert record_people.export_training_attendees(s, ids["training"], out, fmt, language=language) == 3
    table = importing.read_table(out)
    assert table.headers[0] == name_header, table.headers[:3]
    assert {row[0] for _n, row in table.rows} == {"王梅", "Lars Bergström", "Anna Becker"}

    other_path = tmp_path / "other.sqlite"
    shutil.copy(empty_template, other_path)
    other = open_database(other_path)
    try:
        with other.transaction() as s:
            report = importing.import_file(s, out)
        assert (report.count("added"), report.count("updated")) == (3, 0), report.counts
        with db.reading() as s, other.reading() as t:
            wanted = {ids["lars"], ids["anna"], mei.id}
            assert _people(t) == {p for p in _people(s) if p[0] in wanted}
    finally:
        other.close()


def _people(session: Session) -> set[tuple[str, ...]]:
    """Each live contact's id, names and e-mail addresses."""
    return {
        (
            c.id,
            c.family_name,
            c.given_name,
            c.family_name_zh,
            c.given_name_zh,
            c.name_order.value,
            *sorted(m.value for m in c.methods if m.deleted_at is None),
        )
        for c in session.scalars(select(Contact).where(Contact.deleted_at.is_(None)))
    }
