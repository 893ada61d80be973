"""Two people with the same Chinese name at one organisation stay two people (field test 20, defect 1):
"Zhang Wen 张伟, Engineer" was made an update of "Zhang Wei 张伟, Accountant", renaming him and giving
him both people's e-mails and phones."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing

HEADER = "Name,Chinese name,Email,Mobile,Organisation,Position\n"
ZHANG_WEN = "Zhang Wen,张伟,zhang.wen@sz-water.example,+86 135 0000 1111,Shenzhen Water Group,Engineer\n"


def _import(db: Database, path: Path, text: str) -> importing.ImportReport:
    path.write_text(HEADER + text, encoding="utf-8")
    with db.transaction() as s:
        return importing.import_file(s, path)


def _people(db: Database) -> list[tuple[str, str, list[str]]]:
    with db.reading() as s:
        return sorted(
            (c.given_name, c.family_name, sorted(cm.value for cm in c.methods))
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        )


def test_another_latin_name_email_and_phone_make_a_new_person_to_check(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path / "sn1.csv", ZHANG_WEN)
    report = _import(
        db,
        tmp_path / "sn2.csv",
        "Zhang Wei,张伟,zhang.wei@sz-water.example,+86 137 9999 2222,Shenzhen Water Group,Accountant\n",
    )
    assert not report.updated and len(report.added) == 1
    assert report.added[0].possible_match and "possible match" in report.added[0].reason
    assert _people(db) == [
        ("Wei", "Zhang", ["+86 137 9999 2222", "zhang.wei@sz-water.example"]),
        ("Wen", "Zhang", ["+86 135 0000 1111", "zhang.wen@sz-water.example"]),
    ]


def test_another_latin_name_alone_is_not_a_copy_to_skip(db: Database, tmp_path: Path) -> None:
    """With no e-mail or phone, the row named the same in Chinese but otherwise in Latin letters is
    still added (for checking), never skipped as "nothing new" nor merged."""
    _import(db, tmp_path / "sn1.csv", ZHANG_WEN)
    report = _import(db, tmp_path / "sn2.csv", "Zhang Wei,张伟,,,Shenzhen Water Group,Accountant\n")
    assert not report.updated and len(report.added) == 1 and report.added[0].possible_match
    assert "another name in Latin letters" in report.added[0].reason
    assert [p[:2] for p in _people(db)] == [("Wei", "Zhang"), ("Wen", "Zhang")]


def test_an_email_and_a_phone_both_other_than_the_namesakes_make_a_new_person(
    db: Database, tmp_path: Path
) -> None:
    _import(db, tmp_path / "sn1.csv", "Zhang Wen,张伟,zhang.wen@sz-water.example,+86 135 0000 1111,SWG,\n")
    report = _import(db, tmp_path / "sn2.csv", ",张伟,zw@sz-water.example,+86 137 9999 2222,SWG,\n")
    assert not report.updated and len(report.added) == 1 and report.added[0].possible_match


def test_someone_elses_email_is_no_match_by_name(db: Database, tmp_path: Path) -> None:
    """The row's e-mail is another contact's (Li Na's): the namesake at the organisation is not this row."""
    _import(
        db,
        tmp_path / "sn1.csv",
        ZHANG_WEN + "Li Na,李娜,li.na@sz-water.example,,Other Org,\n",
    )
    report = _import(db, tmp_path / "sn2.csv", ",张伟,li.na@sz-water.example,,Shenzhen Water Group,\n")
    assert not any(o.name == "张伟" and o.action == "updated" for o in report.outcomes)
    wen = [p for p in _people(db) if p[0] == "Wen"]
    assert wen == [("Wen", "Zhang", ["+86 135 0000 1111", "zhang.wen@sz-water.example"])]


def test_the_same_person_typed_again_still_updates(db: Database, tmp_path: Path) -> None:
    """Same names, a new phone where none was known, a new position: the same man, updated, and the
    reason names the contact he was taken for."""
    _import(db, tmp_path / "sn1.csv", "Zhang Wen,张伟,zhang.wen@sz-water.example,,Shenzhen Water Group,\n")
    report = _import(
        db, tmp_path / "sn2.csv", "Wen Zhang,张伟,,+86 135 0000 1111,Shenzhen Water Group,Engineer\n"
    )
    assert len(report.updated) == 1 and not report.added
    assert report.updated[0].reason.startswith("same name 张伟 (Zhang Wen) at the same organisation")
    assert _people(db) == [("Wen", "Zhang", ["+86 135 0000 1111", "zhang.wen@sz-water.example"])]
