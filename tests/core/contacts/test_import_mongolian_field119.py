"""Contacts from the Ulaanbaatar hub office (field test 119): a Mongolian Excel sheet saved as
"CSV UTF-8" and as "CSV (Comma delimited)" in Windows-1251. Before, no Mongolian column ("Овог",
"Нэр", "Албан тушаал" …) was known and the file was refused; and the Windows-1251 file, where Excel
wrote "?" for Ө and Ү, imported "?лзийбаяр" as a new person and moved a known one to a new
organisation "Ногоон Х?гжил ХХК"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "field119"


def test_mongolian_headers_are_known() -> None:
    headers = ["Овог", "Нэр", "Албан тушаал", "Байгууллага", "Утас", "И-мэйл"]
    assert list(importing.guess_mapping(headers).values()) == [
        "family_name", "given_name", "position", "organisation", "phone", "email",
    ]  # fmt: skip


def test_mongolian_sheet_in_utf8(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "excel_mn_utf8_bom.csv")
    assert (len(report.added), len(report.skipped)) == (4, 0)
    with db.reading() as s:
        given = set(s.scalars(select(m.Contact.given_name)))
        orgs = set(s.scalars(select(m.Organisation.name_en)))
    assert {"Болд", "Өлзийбаяр", "Түмэнбаяр", "Сарангэрэл"} <= given
    assert "Ногоон Хөгжил ХХК" in orgs


def test_letters_lost_by_windows_1251_stop_the_import(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "excel_mn_utf8_bom.csv")
    with db.reading() as s:
        before = set(s.execute(select(m.Affiliation.contact_id, m.Affiliation.organisation_id)).all())
        orgs = set(s.scalars(select(m.Organisation.name_en)))
    lost = r"\?лзийбаяр.*Windows-1251.*CSV UTF-8"
    with pytest.raises(importing.ImportFileError, match=lost) as caught, db.transaction() as s:
        importing.import_file(s, SAMPLES / "excel_mn_cp1251.csv")
    assert caught.value.line == 3
    with db.reading() as s:
        assert set(s.execute(select(m.Affiliation.contact_id, m.Affiliation.organisation_id)).all()) == before
        assert set(s.scalars(select(m.Organisation.name_en))) == orgs


def test_a_question_mark_in_utf8_or_in_notes_is_kept() -> None:
    from petdesk.services import lost_letters

    assert lost_letters.lost_letter("given_name", "Т?мэнбаяр", "cp1251")
    assert not lost_letters.lost_letter("given_name", "Т?мэнбаяр", "utf-8-sig")
    assert not lost_letters.lost_letter("notes", "Who? Why?", "cp1251")
    assert not lost_letters.lost_letter("organisation", "Company (?)", "cp1252")


def test_whole_mongolian_names_with_titles(db: Database, tmp_path: Path) -> None:
    """"Нэр" alone holds the whole name: "Д-р Б. Болд" was read as given "Д-р Б." and family "Болд"."""
    sheet = tmp_path / "names.csv"
    sheet.write_text(
        "Нэр,Байгууллага\r\nД-р Б. Болд,ШУА\r\nНоён Батын Ганбаатар,ШУА\r\nХатагтай Г. Сарнай,ШУА\r\n",
        encoding="utf-8-sig",
    )
    with db.transaction() as s:
        importing.import_file(s, sheet)
    with db.reading() as s:
        people = {
            c.given_name: (c.family_name, c.honorific_en, c.honorific_zh, c.name_latin)
            for c in s.scalars(select(m.Contact))
        }
    assert people == {
        "Болд": ("Б.", "Dr.", "博士", "Б. Болд"),
        "Ганбаатар": ("Батын", "Mr.", "先生", "Батын Ганбаатар"),
        "Сарнай": ("Г.", "Ms.", "女士", "Г. Сарнай"),
    }
