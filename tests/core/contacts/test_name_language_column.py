"""A Japanese or Korean name written in Han characters only (山田 太郎 "ja", 金 敏俊 "ko") keeps its
language through a CSV or Excel export and re-import at another office: the files carry it in a
"Name language" column. Without the column (an older file) the language is guessed as before."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import exporting, importing

#: (family, given, native family, native given, reading family, reading given, language)
PEOPLE = [
    ("Yamada", "Taro", "山田", "太郎", "やまだ", "たろう", "ja"),
    ("", "", "田中", "花子", "", "", "ja"),
    ("Kim", "Minjun", "金", "敏俊", "", "", "ko"),
    ("Zhang", "Wei", "张", "伟", "", "", ""),
]


@pytest.fixture
def other_office(tmp_path: Path, empty_template: Path) -> Iterator[Database]:
    path = tmp_path / "other.sqlite"
    shutil.copy(empty_template, path)
    database = open_database(path)
    yield database
    database.close()


def _people(db: Database) -> None:
    with db.transaction() as s:
        for family, given, family_native, given_native, reading_f, reading_g, language in PEOPLE:
            contact = cs.create_contact(
                s,
                family_name=family,
                given_name=given,
                family_name_zh=family_native,
                given_name_zh=given_native,
                phonetic_family_name=reading_f,
                phonetic_given_name=reading_g,
            )
            contact.native_name_language = language  # as the editor's language choice sets it


def _languages(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {
            c.family_name_zh + c.given_name_zh: c.native_name_language or ""
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        }


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_name_language_survives_export_and_import(
    db: Database, other_office: Database, tmp_path: Path, fmt: str
) -> None:
    _people(db)
    out = tmp_path / f"people.{fmt}"
    with db.reading() as s:
        exporting.export_contacts(s, out, fmt)  # type: ignore[arg-type]
    assert "Name language" in exporting.headers("en")
    with other_office.transaction() as s:
        report = importing.import_file(s, out)
    assert report.counts.get("added") == len(PEOPLE)
    expected = {native_f + native_g: language for _f, _g, native_f, native_g, *_r, language in PEOPLE}
    assert _languages(other_office) == expected
    # and re-importing its own export at the first office is no change
    with db.transaction() as s:
        again = importing.import_file(s, out)
    assert [o.changes for o in again.outcomes if o.action == "updated"] == []


def test_an_older_file_without_the_column_is_read_as_before(
    db: Database, other_office: Database, tmp_path: Path
) -> None:
    _people(db)
    out = tmp_path / "people.csv"
    with db.reading() as s:
        exporting.export_contacts(s, out, "csv")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    at = rows[0].index("Name language")
    older = tmp_path / "older.csv"
    with open(older, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([row[:at] + row[at + 1 :] for row in rows])
    with other_office.transaction() as s:
        importing.import_file(s, older)
    # the kana reading still says Japanese; Han characters alone read as Chinese
    assert _languages(other_office) == {"山田太郎": "ja", "田中花子": "", "金敏俊": "", "张伟": ""}
